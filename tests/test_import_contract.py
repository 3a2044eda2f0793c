"""The core stays free of widgets: import-linter's contracts hold, and they do bite."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def run_lint_imports(cwd: Path, source: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(source)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=cwd, env=env, capture_output=True, text=True
    )


@pytest.fixture(scope="module")
def lint_imports_available() -> None:
    if not LINT_IMPORTS.exists():
        pytest.skip("lint-imports is not installed beside this Python (pip install -e '.[test]')")


def test_the_contracts_are_kept(lint_imports_available):
    result = run_lint_imports(ROOT, ROOT / "src")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("domain/model.py", "import PySide6.QtCore", "The domain is pure"),
        ("storage/repository.py", "from PySide6 import QtCore", "The core never imports Qt"),
        ("services/library.py", "from PySide6.QtWidgets import QWidget", "never imports Qt"),
        ("storage/schema.py", "import pmdesk.services.library", "Layers"),
    ],
)
def test_a_forbidden_import_breaks_the_contract(
    lint_imports_available, tmp_path: Path, module: str, line: str, contract: str
):
    shutil.copytree(ROOT / "src", tmp_path / "src", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "src" / "pmdesk" / module
    target.write_text(f"{line}  # noqa\n" + target.read_text())
    result = run_lint_imports(tmp_path, tmp_path / "src")
    assert result.returncode != 0
    assert contract in result.stdout
    assert "BROKEN" in result.stdout
