"""Build hook: ship the top-level `resources/` inside the package as `pmdesk/_resources`, so an
installed wheel finds its assets where `pmdesk.resources.resource_path` looks."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithResources(build_py):
    """The standard build, plus the resources folder copied into the built package."""

    def run(self) -> None:
        super().run()
        source = Path(__file__).resolve().parent / "resources"
        target = Path(self.build_lib) / "pmdesk" / "_resources"
        shutil.copytree(source, target, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithResources})
