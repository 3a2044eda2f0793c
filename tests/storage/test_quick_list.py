"""The quick read of the list at start-up agrees with the library, or steps aside."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pmdesk.export.interchange import dump_library
from pmdesk.services.library import LibraryService
from pmdesk.services.sample import sample_library
from pmdesk.storage.quick_list import read_summaries


def test_it_reads_what_the_repository_reads(library: LibraryService, db_path: Path):
    library.import_bytes(dump_library(sample_library(15, events=2, actions=1)).encode())
    assert read_summaries(db_path) == library.summaries()


def test_it_steps_aside_for_anything_unusual(library: LibraryService, db_path: Path, tmp_path):
    library.create("x")
    assert read_summaries(tmp_path / "missing.db") is None
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert read_summaries(empty) is None
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    assert read_summaries(junk) is None
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    connection.close()
    assert read_summaries(db_path) is None, "an older schema needs the careful open"


def test_it_never_writes(library: LibraryService, db_path: Path):
    library.create("x")
    before = db_path.read_bytes()
    read_summaries(db_path)
    assert db_path.read_bytes() == before
