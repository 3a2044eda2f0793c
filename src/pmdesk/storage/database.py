"""Opening a library database: the right file, the right pragmas, the right errors.

A SQLite library is created 0600 inside a 0700 folder and reopened with `mode=rw`, so a vanished
file is an error rather than a silently empty library. Every connection runs in WAL mode with
`synchronous=FULL`; write transactions start with `BEGIN IMMEDIATE` so that two writers wait for
each other instead of failing (see shared/RELIABILITY.md). Any other SQLAlchemy URL is used as is.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from pmdesk.domain.errors import PmdeskError
from pmdesk.storage.location import Location
from pmdesk.storage.schema import map_domain

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
WRITE_OPTION = "pmdesk_write"


def sqlite_error_name(error: BaseException) -> str:
    """SQLite's own name for an error (`SQLITE_FULL`…), whether wrapped by SQLAlchemy or not."""
    original = error.orig if isinstance(error, DBAPIError) else error
    return str(getattr(original, "sqlite_errorname", "") or "")


def translate_error(error: BaseException, location: Location) -> PmdeskError:
    """Turn a database exception into the user-facing error it stands for."""
    name = sqlite_error_name(error)
    where = str(location)
    detail = str(getattr(error, "orig", error)).splitlines()[0] if str(error) else ""
    if name.startswith("SQLITE_FULL"):
        return PmdeskError("disk_full", path=where)
    if name.startswith("SQLITE_BUSY") or name.startswith("SQLITE_LOCKED"):
        return PmdeskError("database_locked", path=where)
    if name.startswith("SQLITE_READONLY"):
        return PmdeskError("database_read_only", path=where)
    if name.startswith("SQLITE_CONSTRAINT"):
        return PmdeskError("conflicting_ids", path=where, detail=detail)
    if name.startswith("SQLITE_NOTADB"):
        return PmdeskError("not_sqlite", path=where)
    if name.startswith("SQLITE_CORRUPT"):
        return PmdeskError("database_corrupt", path=where, detail=detail)
    if name.startswith("SQLITE_IOERR"):
        return PmdeskError("io_error", path=where, detail=name)
    if name.startswith("SQLITE_CANTOPEN"):
        return PmdeskError("cannot_open", path=where, detail=detail)
    return PmdeskError("database_error", path=where, detail=detail or type(error).__name__)


def _prepare_sqlite_file(path: Path, create: bool) -> bool:
    """Make sure the folder and file exist with private permissions; True if this call created
    the file (only then may a failed first open delete it again).

    An existing empty file is a library that lost its content: refused when backups exist
    (restore one), and used as a new library only on a first run."""
    folder = path.parent
    try:
        if not folder.exists():
            if not create:
                raise PmdeskError("database_missing", path=str(path))
            folder.mkdir(mode=0o700, parents=True)
        if path.exists():
            if not path.is_file():
                raise PmdeskError("not_sqlite", path=str(path))
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
            if header and header != SQLITE_HEADER:
                raise PmdeskError("not_sqlite", path=str(path))
            backups = path.parent / "backups"
            if not header and (not create or (backups.is_dir() and any(backups.iterdir()))):
                raise PmdeskError("database_empty", path=str(path))
            return False
        if not create:
            raise PmdeskError("database_missing", path=str(path))
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(descriptor)
        return True
    except PmdeskError:
        raise
    except OSError as error:
        raise PmdeskError("cannot_create", path=str(path), errno=error.errno or -1) from error


def sqlite_uri(path: Path, mode: str) -> str:
    """A `file:` URI for `path` (quoted: `#`, `?` and `%` are legal in folder names)."""
    return f"file:{quote(str(path.resolve()))}?mode={mode}"


def _connect_sqlite(path: Path) -> sqlite3.Connection:
    uri = sqlite_uri(path, "rw")
    connection = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    return connection


def _sqlite_engine(path: Path) -> Engine:
    engine = create_engine("sqlite+pysqlite://", creator=lambda: _connect_sqlite(path))

    @event.listens_for(engine, "connect")
    def set_pragmas(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (see on_begin)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"cannot switch to WAL (journal_mode={mode})")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Connection) -> None:
        write = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


@dataclass
class Database:
    """An open library: the engine, a session factory, and where its backups go."""

    engine: Engine
    location: Location
    backups_dir: Path | None
    created: bool = False

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work (a deferred transaction; WAL readers never block writers)."""
        try:
            with self._sessions() as session:
                yield session  # closing (not rolling back) keeps loaded objects usable
        except PmdeskError:
            raise
        except (SQLAlchemyError, sqlite3.Error) as error:
            raise translate_error(error, self.location) from error

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One user action's changes, committed together or not at all (`BEGIN IMMEDIATE`)."""
        try:
            with self._sessions() as session:
                session.connection(execution_options={WRITE_OPTION: True})
                try:
                    yield session
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise
        except PmdeskError:
            raise
        except UnicodeEncodeError as error:
            raise PmdeskError("invalid_text", detail=error.reason) from error
        except (SQLAlchemyError, sqlite3.Error) as error:
            raise translate_error(error, self.location) from error

    def close(self) -> None:
        """Release every connection (and, for SQLite, checkpoint the WAL into the file)."""
        self.engine.dispose()


def inspect_sqlite_file(path: Path) -> str | None:
    """Read-only look at an existing library before anything writes to it: its schema revision
    (None when empty). Refuses a damaged file and a SQLite database that is not pmdesk's."""
    connection = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    try:
        result = connection.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise PmdeskError("database_corrupt", path=str(path), detail=str(result)[:200])
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if "alembic_version" not in tables:
            if tables:
                raise PmdeskError("not_pmdesk", path=str(path))
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except sqlite3.Error as error:
        raise translate_error(error, Location(path=path)) from error
    finally:
        connection.close()


def connect(location: Location, create: bool = True) -> Database:
    """Open (creating if allowed) the database at `location`, without migrating it."""
    map_domain()
    if location.path is None:
        try:
            engine = create_engine(location.url or "")
        except (ArgumentError, SQLAlchemyError, ImportError) as error:
            raise PmdeskError("bad_database_url", value=str(location)) from error
        return Database(engine=engine, location=location, backups_dir=None)
    path = location.path
    created = _prepare_sqlite_file(path, create)
    engine = _sqlite_engine(path)
    database = Database(engine, location, backups_dir=path.parent / "backups", created=created)
    if created and stat.S_IMODE(path.stat().st_mode) & 0o077:
        path.chmod(0o600)
    return database
