"""Keeping a library sound: integrity check, backup, and restore from a backup."""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pmdesk.domain.errors import PmdeskError
from pmdesk.domain.rules import Problem, validate
from pmdesk.storage.backup import backup_database, verify_backup_file
from pmdesk.storage.database import Database, sqlite_uri, translate_error
from pmdesk.storage.migrate import current_revision, head_revision, known_revision, upgrade
from pmdesk.storage.repository import PostmortemRepository


@dataclass(frozen=True)
class CheckReport:
    """What `check` found: nothing when the library is sound."""

    postmortems: int
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_library(database: Database) -> CheckReport:
    """SQLite's own integrity and foreign-key checks, the schema revision, and every rule."""
    problems: list[Problem] = []
    if database.is_sqlite:
        with database.engine.connect() as connection:
            integrity = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
            orphans = list(connection.exec_driver_sql("PRAGMA foreign_key_check"))
        if integrity != ["ok"]:
            problems.append(Problem("database", "database_corrupt", {"detail": integrity[0]}))
        if orphans:
            problems.append(Problem("database", "orphan_rows", {"count": len(orphans)}))
    revision = current_revision(database)
    if revision != head_revision():
        problems.append(Problem("database", "schema_outdated", {"revision": str(revision)}))
    with database.reading() as session:
        repository = PostmortemRepository(session)
        ids = repository.ids()
        for pm in repository.iterate(ids):
            for problem in validate(pm):
                path = f"postmortems[{pm.id}]" + problem.path.removeprefix("postmortem")
                problems.append(Problem(path, problem.code, problem.params))
    return CheckReport(postmortems=len(ids), problems=problems)


def _read_revision(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def restore_library(database: Database, source: Path) -> Path:
    """Replace the library's content with the backup `source`; returns the safety backup of
    what was there before. `source` is checked completely before anything is touched."""
    if not database.is_sqlite:
        raise PmdeskError("backup_unsupported", path=str(database.location))
    if not source.is_file():
        raise PmdeskError("cannot_read", path=str(source), errno=errno.ENOENT)
    verify_backup_file(source)
    connection = sqlite3.connect(sqlite_uri(source, "ro"), uri=True)
    try:
        revision = _read_revision(connection)
    finally:
        connection.close()
    if revision is None:
        raise PmdeskError("not_pmdesk", path=str(source))
    if not known_revision(revision):
        raise PmdeskError("newer_schema", path=str(source), revision=revision)
    safety = backup_database(database, reason="pre-restore")
    database.engine.dispose()
    try:
        with database.engine.connect() as live:
            target = live.connection.dbapi_connection
            assert isinstance(target, sqlite3.Connection)
            target.execute("PRAGMA busy_timeout=200")  # short steps: the deadline decides
            origin = sqlite3.connect(sqlite_uri(source, "ro"), uri=True)
            try:
                origin.backup(target, pages=256, progress=_give_up_after(RESTORE_PATIENCE_S))
            finally:
                origin.close()
    except _StillBusyError as error:
        raise PmdeskError("database_locked", path=str(database.location)) from error
    except sqlite3.Error as error:
        raise translate_error(error, database.location) from error
    finally:
        database.engine.dispose()  # no pooled connection keeps the short busy timeout
    upgrade(database)
    return safety


RESTORE_PATIENCE_S = 15.0
"""How long a restore waits for another program to finish writing before it gives up."""


class _StillBusyError(Exception):
    """Raised from the backup progress callback to stop waiting (Python's backup retries a busy
    destination forever otherwise)."""


def _give_up_after(seconds: float) -> Callable[[int, int, int], None]:
    deadline = time.monotonic() + seconds

    def progress(_status: int, _remaining: int, _total: int) -> None:
        if time.monotonic() > deadline:
            raise _StillBusyError

    return progress


UNREADABLE = frozenset({"database_corrupt", "not_sqlite", "database_empty", "not_pmdesk"})
"""Why a library cannot be opened at all; `restore` may then set it aside and start over."""


def set_aside(path: Path) -> Path:
    """Rename a damaged library (and its -wal and -shm) out of the way; never deletes it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        current = Path(f"{path}{suffix}")
        if current.exists():
            os.replace(current, Path(f"{aside}{suffix}"))
    return aside


def restore_unreadable(path: Path, source: Path) -> Path:
    """Restore a library that cannot be opened: check the backup, set the damaged file aside
    (returned, for `sqlite3 … .recover` or support), then build the library from the backup."""
    if not source.is_file():
        raise PmdeskError("cannot_read", path=str(source), errno=errno.ENOENT)
    verify_backup_file(source)
    aside = set_aside(path)
    origin = sqlite3.connect(sqlite_uri(source, "ro"), uri=True)
    descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(descriptor)
    target = sqlite3.connect(path)
    try:
        origin.backup(target)
    finally:
        target.close()
        origin.close()
    verify_backup_file(path)
    return aside
