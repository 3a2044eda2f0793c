"""Verified backups with SQLite's online backup API: never a file copy of a live database.

A backup is written under a temporary name, checked (`integrity_check`, same row counts), made a
self-contained single file (journal_mode=DELETE), synced, and only then renamed into place: a
backup interrupted half-way never takes a real backup's name.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from pmdesk.domain.errors import PmdeskError
from pmdesk.storage.database import SQLITE_HEADER, Database, sqlite_uri, translate_error

KEEP_BACKUPS = 20
"""How many backups to keep; older ones are deleted, the newest never."""
BACKUP_NAME = re.compile(r"^pmdesk-(\d{8}T\d{6}Z)-(\d{3})-([a-z0-9-]+)\.db$")
COUNTED_TABLES = ("postmortems", "timeline_events", "factors", "actions")


def _row_counts(connection: sqlite3.Connection) -> dict[str, int]:
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    return {
        table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        for table in COUNTED_TABLES
        if table in tables
    }


def _next_name(folder: Path, reason: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    for counter in range(1000):
        candidate = folder / f"pmdesk-{stamp}-{counter:03d}-{reason}.db"
        if not candidate.exists():
            return candidate
    raise PmdeskError("backup_failed", path=str(folder), detail="too many backups this second")


def _fsync_path(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def verify_backup_file(path: Path) -> dict[str, int]:
    """Check that `path` is a sound SQLite file; returns its row counts."""
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise PmdeskError("not_sqlite", path=str(path))
    connection = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise PmdeskError("database_corrupt", path=str(path), detail=str(result))
        return _row_counts(connection)
    except sqlite3.DatabaseError as error:
        raise PmdeskError("not_sqlite", path=str(path)) from error
    finally:
        connection.close()


def backup_database(database: Database, reason: str = "manual") -> Path:
    """Take a verified backup of a SQLite library into its backups folder; returns its path."""
    if not database.is_sqlite or database.backups_dir is None:
        raise PmdeskError("backup_unsupported", path=str(database.location))
    folder = database.backups_dir
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        final = _next_name(folder, reason)
        temporary = final.with_name(f".{final.name}.partial")
        descriptor = os.open(temporary, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        os.close(descriptor)
    except OSError as error:
        raise PmdeskError("backup_failed", path=str(folder), detail=error.strerror or "") from error
    try:
        with database.engine.connect() as connection:
            source = connection.connection.dbapi_connection
            assert isinstance(source, sqlite3.Connection)
            target = sqlite3.connect(temporary)
            try:
                source.execute("BEGIN")  # one snapshot for the counts and the copy
                try:
                    expected = _row_counts(source)
                    source.backup(target)
                finally:
                    source.execute("COMMIT")
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        if verify_backup_file(temporary) != expected:
            raise PmdeskError("backup_failed", path=str(final), detail="row counts differ")
        _fsync_path(temporary)
        os.replace(temporary, final)
        _fsync_path(folder)
    except PmdeskError:
        temporary.unlink(missing_ok=True)
        raise
    except (sqlite3.Error, OSError) as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise PmdeskError("backup_failed", path=str(final), detail=str(error)) from error
        raise translate_error(error, database.location) from error
    prune_backups(folder, keep=KEEP_BACKUPS, protect=final)
    return final


def list_backups(folder: Path) -> list[Path]:
    """Finished backups, oldest first (by the name's timestamp and counter, not by mtime)."""
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir() if BACKUP_NAME.match(path.name))


def prune_backups(folder: Path, keep: int, protect: Path) -> None:
    """Delete the oldest backups beyond `keep`; `protect` (the one just made) always stays."""
    backups = [path for path in list_backups(folder) if path != protect]
    for old in backups[: max(0, len(backups) - (keep - 1))]:
        old.unlink(missing_ok=True)
