"""Package list for setuptools: the ``desktop`` package and ``resources/`` as ``vigie_resources``.

Everything else is declared in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["desktop", "desktop.*"]), "vigie_resources"],
    package_dir={"vigie_resources": "resources"},
    package_data={
        "vigie_resources": [
            "data/*.json",
            "fonts/*.ttf",
            "fonts/*.txt",
            "icons/*",
            "guide-installation.pdf",
        ]
    },
)
