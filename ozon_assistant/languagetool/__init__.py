"""LanguageTool as a finding source: a local installation, the seller's own server, or (opt-in)
the public API. Everything here talks plain HTTP to LanguageTool's ``/v2`` API, so the three modes
share one client and one set of tests; :mod:`.local` only starts and stops a server process.
"""


def stop_local_servers() -> None:
    """Stop the local LanguageTool servers this process started or took over (the window calls
    this on closing, and when LanguageTool is switched away from local). Imports nothing when the
    local mode was never used."""
    import sys

    local = sys.modules.get("ozon_assistant.languagetool.local")
    if local is not None:
        local.stop_all()
