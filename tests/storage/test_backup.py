"""Backups: verified copies taken with the online backup API, complete or absent, rotated."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pmdesk.domain.errors import PmdeskError
from pmdesk.services.library import LibraryService
from pmdesk.services.maintenance import restore_library
from pmdesk.storage.backup import backup_database, list_backups, prune_backups
from pmdesk.storage.database import Database
from tests.conftest import database_fingerprint


def test_a_backup_equals_the_committed_state_even_with_a_busy_wal(
    database: Database, library: LibraryService, db_path: Path
):
    for index in range(5):
        library.create(f"Incident {index}")
    assert Path(f"{db_path}-wal").stat().st_size > 0, "commits are still in the WAL"
    backup = backup_database(database)
    assert database_fingerprint(backup) == database_fingerprint(db_path)
    assert oct(backup.stat().st_mode & 0o777) == "0o600"
    with sqlite3.connect(backup) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()
    assert not list(backup.parent.glob("*.partial"))


def test_a_failed_verification_leaves_no_backup(database: Database, monkeypatch):
    def corrupt(_path: Path) -> dict[str, int]:
        raise PmdeskError("database_corrupt", path="x", detail="simulated")

    monkeypatch.setattr("pmdesk.storage.backup.verify_backup_file", corrupt)
    with pytest.raises(PmdeskError):
        backup_database(database)
    assert database.backups_dir is not None
    assert list(database.backups_dir.iterdir()) == []


def test_rotation_keeps_the_newest_and_never_the_one_just_made(tmp_path: Path):
    names = [f"pmdesk-2026010{day}T000000Z-000-manual.db" for day in range(1, 8)]
    for name in names:
        (tmp_path / name).write_bytes(b"")
    protect = tmp_path / "pmdesk-20000101T000000Z-000-manual.db"  # a clock that jumped back
    protect.write_bytes(b"")
    prune_backups(tmp_path, keep=3, protect=protect)
    left = [path.name for path in list_backups(tmp_path)]
    assert left == [protect.name, names[-2], names[-1]]


def test_restore_brings_back_the_backup_and_keeps_a_safety_copy(
    database: Database, library: LibraryService
):
    kept = library.create("Kept")
    backup = backup_database(database)
    library.create("Written after the backup")
    safety = restore_library(database, backup)
    titles = [row.title for row in library.summaries()]
    assert titles == ["Kept"]
    assert library.load(kept).title == "Kept"
    assert safety.exists()
    assert safety != backup


def test_restore_refuses_a_file_that_is_not_a_library(database, library, tmp_path: Path):
    library.create("Precious")
    bogus = tmp_path / "bogus.db"
    bogus.write_text("hello")
    with pytest.raises(PmdeskError) as caught:
        restore_library(database, bogus)
    assert caught.value.code == "not_sqlite"
    assert [row.title for row in library.summaries()] == ["Precious"]


def test_restore_gives_up_on_a_library_another_program_keeps_locked(
    database: Database, library: LibraryService, db_path: Path, monkeypatch
):
    library.create("Kept")
    backup = backup_database(database)
    monkeypatch.setattr("pmdesk.services.maintenance.RESTORE_PATIENCE_S", 0.5)
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN IMMEDIATE")  # another program in the middle of writing
    try:
        with pytest.raises(PmdeskError) as caught:
            restore_library(database, backup)
    finally:
        holder.rollback()
        holder.close()
    assert caught.value.code == "database_locked"
    assert [row.title for row in library.summaries()] == ["Kept"]


def test_after_a_restore_that_gave_up_saving_still_waits_for_others(
    database: Database, library: LibraryService, db_path: Path, monkeypatch
):
    backup = backup_database(database)
    monkeypatch.setattr("pmdesk.services.maintenance.RESTORE_PATIENCE_S", 0.2)
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN IMMEDIATE")
    with pytest.raises(PmdeskError):
        restore_library(database, backup)
    holder.rollback()
    holder.close()
    with database.reading() as session:
        timeout = session.connection().exec_driver_sql("PRAGMA busy_timeout").scalar()
    assert timeout >= 5000
