"""Packaging glue that pyproject.toml cannot express: ``resources/`` (rule packs, snippets,
phrases, translations, icons) sits at the top of the source tree and is installed inside the
package as ``ozon_assistant/resources``, where ``core.paths.resources_dir`` finds it."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["ozon_assistant", "ozon_assistant.*"]), "ozon_assistant.resources"],
    package_dir={"ozon_assistant.resources": "resources"},
    package_data={"ozon_assistant.resources": ["*", "**/*"]},
    include_package_data=False,
)
