"""Opening a library: private files, the agreed pragmas, and refusals that touch nothing."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from pmdesk.domain.errors import PmdeskError
from pmdesk.storage.database import Database, Location, connect
from pmdesk.storage.migrate import open_library


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_library_is_private(db_path: Path):
    database = open_library(Location(path=db_path))
    database.close()
    assert mode(db_path.parent) == 0o700
    assert mode(db_path) == 0o600


def test_every_connection_uses_wal_full_sync_and_foreign_keys(database: Database):
    with database.engine.connect() as connection:
        pragma = connection.exec_driver_sql
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
        assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert pragma("PRAGMA busy_timeout").scalar() >= 5000
        assert pragma("PRAGMA secure_delete").scalar() == 1


def test_wal_and_shared_memory_files_are_private_too(database: Database, db_path: Path):
    with database.writing() as session:
        session.connection().exec_driver_sql("CREATE TABLE probe (x)")
    for suffix in ("-wal", "-shm"):
        sidecar = Path(f"{db_path}{suffix}")
        assert sidecar.exists(), "the library stays open, so its WAL files exist"
        assert mode(sidecar) == 0o600


def test_a_vanished_library_is_an_error_not_a_new_empty_one(db_path: Path):
    open_library(Location(path=db_path)).close()
    db_path.unlink()
    with pytest.raises(PmdeskError) as caught:
        open_library(Location(path=db_path), create=False)
    assert caught.value.code == "database_missing"
    assert not db_path.exists()


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"\x89PNG\r\n\x1a\n not a database at all")
    before = path.read_bytes()
    with pytest.raises(PmdeskError) as caught:
        open_library(Location(path=path))
    assert caught.value.code == "not_sqlite"
    assert path.read_bytes() == before
    assert not Path(f"{path}-wal").exists()


def test_a_foreign_sqlite_database_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(PmdeskError) as caught:
        open_library(Location(path=path))
    assert caught.value.code == "not_pmdesk"
    assert path.read_bytes() == before


def test_a_folder_that_cannot_be_written_gives_a_clear_error(tmp_path: Path):
    blocker = tmp_path / "a-file"
    blocker.write_text("I am a file, not a folder")
    with pytest.raises(PmdeskError) as caught:
        connect(Location(path=blocker / "pmdesk.db"))
    assert caught.value.code == "cannot_create"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders anyway")
def test_a_read_only_folder_gives_a_clear_error(tmp_path: Path):
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    with pytest.raises(PmdeskError) as caught:
        connect(Location(path=folder / "pmdesk.db"))
    assert caught.value.code == "cannot_create"


def test_a_failed_first_open_leaves_no_empty_file_behind(tmp_path: Path, monkeypatch):
    path = tmp_path / "new.db"

    def refuse(_database: Database) -> None:
        raise PmdeskError("disk_full", path=str(path))

    monkeypatch.setattr("pmdesk.storage.migrate.upgrade", refuse)
    with pytest.raises(PmdeskError):
        open_library(Location(path=path))
    assert not path.exists()


@pytest.mark.parametrize(
    ("value", "expected_path"),
    [
        ("/tmp/x/pmdesk.db", "/tmp/x/pmdesk.db"),
        ("sqlite:////tmp/y/pmdesk.db", "/tmp/y/pmdesk.db"),
    ],
)
def test_db_option_accepts_paths_and_sqlite_urls(value: str, expected_path: str):
    assert Location.parse(value).path == Path(expected_path)


def test_other_urls_are_kept_as_urls_and_passwords_are_never_shown():
    location = Location.parse("postgresql://alice:secret@db.example/pm")
    assert location.path is None
    assert location.url
    assert "secret" not in str(location)


def test_two_writers_never_fail_with_database_locked(database: Database, db_path: Path):
    """A read-then-write under a deferred BEGIN fails at once with SQLITE_BUSY; pmdesk's
    BEGIN IMMEDIATE makes the second writer wait instead."""
    import threading

    with database.writing() as session:
        session.connection().exec_driver_sql("CREATE TABLE counter (n INTEGER)")
        session.connection().exec_driver_sql("INSERT INTO counter VALUES (0)")
    other = open_library(Location(path=db_path))
    errors: list[BaseException] = []

    def bump(db: Database) -> None:
        try:
            for _ in range(100):
                with db.writing() as session:
                    connection = session.connection()
                    value = connection.exec_driver_sql("SELECT n FROM counter").scalar()
                    connection.exec_driver_sql(f"UPDATE counter SET n = {value + 1}")
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=bump, args=(db,)) for db in (database, other)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    other.close()
    assert errors == []
    with database.reading() as session:
        assert session.connection().exec_driver_sql("SELECT n FROM counter").scalar() == 200
