"""Only what pyproject.toml cannot say: resources/ (top of the source tree) ships as assistant/resources."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["assistant", "assistant.*"]), "assistant.resources"],
    package_dir={"assistant.resources": "resources"},
)
