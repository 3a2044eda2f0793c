"""Migrations: a first-revision library upgrades to head after a verified backup; the migrated
schema is the one the code maps; a newer library is refused untouched."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from pmdesk.domain.errors import PmdeskError
from pmdesk.export.interchange import dump_library
from pmdesk.services.library import LibraryService
from pmdesk.services.sample import sample_library
from pmdesk.storage.backup import list_backups, verify_backup_file
from pmdesk.storage.database import WRITE_OPTION, Location, connect
from pmdesk.storage.migrate import alembic_config, current_revision, head_revision, open_library
from pmdesk.storage.schema import metadata
from tests.conftest import database_fingerprint

FIRST = "0001"


def build_at_first_revision(path: Path) -> None:
    """A library as the first pmdesk release left it, holding one postmortem written by hand."""
    database = connect(Location(path=path))
    with database.engine.connect() as connection:
        connection = connection.execution_options(**{WRITE_OPTION: True})
        with connection.begin():
            command.upgrade(alembic_config(connection), FIRST)
            now = datetime(2026, 3, 1, tzinfo=UTC).isoformat(timespec="microseconds")
            connection.exec_driver_sql(
                "INSERT INTO postmortems (id, title, language, status, security_incident, team,"
                " services, authors, facilitators, tags, timezone, summary, impact, trigger,"
                " detection, resolution, went_well, went_wrong, lucky, lessons,"
                " impact_audiences, created_at, updated_at) VALUES ('pm-1', 'Old outage', 'en',"
                " 'in_progress', 0, 'Web', '[]', '[]', '[]', '[]', 'UTC', 'It broke.', '', '',"
                " '', '', '', '', '', '', '{}', ?, ?)",
                (now, now),
            )
    database.close()


def test_a_first_revision_library_upgrades_to_head_with_a_backup_first(db_path: Path):
    db_path.parent.mkdir(mode=0o700)
    build_at_first_revision(db_path)
    before = database_fingerprint(db_path)
    database = open_library(Location(path=db_path))
    try:
        assert current_revision(database) == head_revision() != FIRST
        assert LibraryService(database).load("pm-1").summary == "It broke."
    finally:
        database.close()
    (backup,) = list_backups(db_path.parent / "backups")
    assert backup.name.endswith(f"-pre-{head_revision()}.db")
    assert verify_backup_file(backup)["postmortems"] == 1
    assert database_fingerprint(backup) == before, "the backup is the library before migration"
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (FIRST,)


def test_a_new_library_is_built_at_head_without_a_backup(db_path: Path):
    open_library(Location(path=db_path)).close()
    assert list_backups(db_path.parent / "backups") == []


def test_the_migrated_schema_matches_the_mapped_tables(database):
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    assert differences == []


def test_downgrade_and_upgrade_round_trip_keeps_the_data(database, db_path: Path):
    library = LibraryService(database)
    library.import_bytes(dump_library(sample_library(3, events=5, actions=2)).encode())
    before = library.export_library_json()
    with database.engine.connect() as connection:
        connection = connection.execution_options(**{WRITE_OPTION: True})
        with connection.begin():
            command.downgrade(alembic_config(connection), FIRST)
        with connection.begin():
            command.upgrade(alembic_config(connection), "head")
    assert library.export_library_json() == before


def test_a_library_from_a_newer_pmdesk_is_refused_untouched(db_path: Path):
    open_library(Location(path=db_path)).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = database_fingerprint(db_path)
    with pytest.raises(PmdeskError) as caught:
        open_library(Location(path=db_path))
    assert caught.value.code == "newer_schema"
    assert caught.value.params["revision"] == "9999"
    assert database_fingerprint(db_path) == before
    assert list_backups(db_path.parent / "backups") == []


def test_a_batch_table_rebuild_keeps_every_child_row(database, db_path: Path):
    """Batch mode copies and drops the parent table; with foreign keys on, the drop would
    cascade and silently empty the timeline. The migration connection must prevent that."""
    from alembic.operations import Operations

    from pmdesk.storage.migrate import migration_connection

    library = LibraryService(database)
    library.import_bytes(dump_library(sample_library(2, events=5, actions=2)).encode())
    before = library.export_library_json()
    with migration_connection(database) as connection:
        operations = Operations(MigrationContext.configure(connection))
        with operations.batch_alter_table("postmortems", recreate="always"):
            pass
    assert library.export_library_json() == before
    with database.reading() as session:
        connection = session.connection()
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("SELECT count(*) FROM timeline_events").scalar() == 10


def test_the_known_revisions_are_exactly_the_migration_scripts():
    from alembic.script import ScriptDirectory

    from pmdesk.storage.migrate import REVISIONS

    script = ScriptDirectory.from_config(alembic_config())
    assert [rev.revision for rev in reversed(list(script.walk_revisions()))] == list(REVISIONS)
    assert script.get_current_head() == REVISIONS[-1]
