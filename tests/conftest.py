"""Shared fixtures: every test gets its own data folder, so nothing touches the real library."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pmdesk.cli import main
from pmdesk.services.library import LibraryService
from pmdesk.storage.database import Database, Location
from pmdesk.storage.migrate import open_library


@pytest.fixture(autouse=True, scope="session")
def application(qapp):
    """One QApplication for the whole run, made first, so in-process CLI runs reuse it."""
    return qapp


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """PMDESK_DATA_DIR points at a fresh folder; the interface language is English."""
    folder = tmp_path / "data"
    monkeypatch.setenv("PMDESK_DATA_DIR", str(folder))
    monkeypatch.setenv("PMDESK_UI_LANG", "en")
    monkeypatch.delenv("PMDESK_DB", raising=False)
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "library" / "pmdesk.db"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    opened = open_library(Location(path=db_path))
    yield opened
    opened.close()


@pytest.fixture
def library(database: Database) -> LibraryService:
    return LibraryService(database)


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):
    """Run `pmdesk ARGS…` in-process and capture what it printed."""

    def run(*args: str) -> CliResult:
        code = main(list(args))
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def database_fingerprint(path: Path) -> str:
    """A digest of every row of every table: equal digests mean nothing changed."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        tables = connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
        ).fetchall()
        for (table,) in tables:
            digest.update(table.encode())
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        connection.close()
