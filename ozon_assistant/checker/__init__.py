"""The house-style checker: rule packs (TOML data) compiled once, then applied per paragraph.

Public entry points: :func:`ozon_assistant.checker.engine.get_checker` and
:class:`ozon_assistant.checker.engine.CheckContext`.
"""
