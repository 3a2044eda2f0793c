"""Build hook: ship `resources/` inside the package and compile the Qt Linguist catalogues.

`translations/*.ts` are compiled with lrelease (from PySide6-Essentials, a build requirement)
into `pmdesk/_translations/*.qm`: in the built wheel, or in the source tree for an editable
install (setuptools runs build_py in place then). `.qm` files are never committed.
"""

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def compile_catalogues(target: Path) -> None:
    """lrelease every translations/*.ts into `target`; fail the build loudly if it cannot."""
    target.mkdir(parents=True, exist_ok=True)
    for source in sorted((ROOT / "translations").glob("pmdesk_*.ts")):
        output = target / source.with_suffix(".qm").name
        command = [
            sys.executable,
            "-c",
            "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())",
            "-silent",
            str(source),
            "-qm",
            str(output),
        ]
        subprocess.run(command, check=True)


class BuildWithAssets(build_py):
    """The standard build, plus resources and compiled translations inside the package."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            compile_catalogues(ROOT / "src" / "pmdesk" / "_translations")
            return
        package = Path(self.build_lib) / "pmdesk"
        shutil.copytree(ROOT / "resources", package / "_resources", dirs_exist_ok=True)
        compile_catalogues(package / "_translations")


setup(cmdclass={"build_py": BuildWithAssets})
