"""Schema migrations, run programmatically at start-up, after a verified backup.

An empty database is built at head. An older pmdesk database is backed up (online backup API)
and then upgraded inside one transaction, so a kill mid-migration leaves it fully old. A database
from a newer pmdesk, or a SQLite file that is not a pmdesk library, is refused untouched.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from pmdesk.domain.errors import PmdeskError
from pmdesk.storage.backup import backup_database
from pmdesk.storage.database import (
    WRITE_OPTION,
    Database,
    Location,
    connect,
    inspect_sqlite_file,
    translate_error,
)
from pmdesk.storage.revisions import REVISIONS

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for pmdesk's migrations, bound to `connection` if given."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest schema revision this pmdesk knows."""
    return REVISIONS[-1]


def current_revision(database: Database) -> str | None:
    """The database's schema revision; None for an empty database.

    Raises `not_pmdesk` for a database that has tables but no pmdesk revision.
    """
    with database.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        revision = None
        if "alembic_version" in tables:
            revision = connection.exec_driver_sql(
                "SELECT version_num FROM alembic_version"
            ).scalar()
    if revision is None and tables - {"alembic_version"}:
        raise PmdeskError("not_pmdesk", path=str(database.location))
    return revision


def known_revision(revision: str) -> bool:
    """True for a revision this pmdesk can read (head or older)."""
    return revision in REVISIONS


@contextmanager
def migration_connection(database: Database) -> Iterator[Connection]:
    """A connection inside one write transaction, for schema changes.

    Batch mode rebuilds a SQLite table by copying it and dropping the original; with foreign
    keys on, that DROP would cascade and delete every child row. So foreign keys are off while
    the schema changes, checked before commit (any violation rolls everything back), and on
    again before the connection returns to the pool.
    """
    with database.engine.connect() as connection:
        sqlite = database.is_sqlite
        raw = connection.connection.dbapi_connection  # outside any transaction, where
        if sqlite and raw is not None:  # PRAGMA foreign_keys takes effect
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            connection = connection.execution_options(**{WRITE_OPTION: True})
            with connection.begin():
                yield connection
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                    if broken is not None:
                        raise PmdeskError(
                            "migration_failed", path=str(database.location), detail=str(broken)
                        )
        finally:
            if sqlite and raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")


def upgrade(database: Database, target: str = "head") -> Path | None:
    """Bring the schema to `target`; returns the backup taken first, if there was data."""
    try:
        revision = current_revision(database)
        if revision is not None and not known_revision(revision):
            raise PmdeskError("newer_schema", path=str(database.location), revision=revision)
        wanted = head_revision() if target == "head" else target
        if revision == wanted:
            return None
        backup = None
        if revision is not None and database.is_sqlite:
            backup = backup_database(database, reason=f"pre-{wanted}")
        from alembic import command

        with migration_connection(database) as connection:
            command.upgrade(alembic_config(connection), target)
        return backup
    except PmdeskError:
        raise
    except SQLAlchemyError as error:
        raise translate_error(error, database.location) from error


def open_library(location: Location, create: bool = True) -> Database:
    """Open the library at `location`, migrated to the current schema and ready to use."""
    if location.path is not None and location.path.is_file() and location.path.stat().st_size:
        revision = inspect_sqlite_file(location.path)
        if revision is not None and not known_revision(revision):
            raise PmdeskError("newer_schema", path=str(location), revision=revision)
    database = connect(location, create=create)
    try:
        upgrade(database)
    except BaseException:
        database.close()
        if database.created and location.path is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{location.path}{suffix}").unlink(missing_ok=True)
        raise
    return database
