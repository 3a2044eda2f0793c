"""Every bad input of the foundation issue: a clear one-line error naming the problem, exit
status 2, and the existing library left exactly as it was."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from pmdesk.export.interchange import dump_postmortem
from pmdesk.services.sample import sample_library
from tests.conftest import database_fingerprint


@pytest.fixture
def populated(cli, private_data_dir: Path) -> Path:
    """The default library holding two postmortems; returns its path."""
    for title in ("Existing one", "Existing two"):
        assert cli("new", "--title", title).code == 0
    return private_data_dir / "pmdesk.db"


def good_document() -> dict:
    (pm,) = sample_library(1, events=4, actions=2, seed=99)
    return json.loads(dump_postmortem(pm))


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def assert_refused(cli, library: Path, file: Path, *expected: str) -> None:
    before = database_fingerprint(library)
    result = cli("import", str(file))
    assert result.code == 2
    assert result.out == ""
    assert result.err.count("\n") == 1, result.err
    for fragment in expected:
        assert fragment in result.err
    assert database_fingerprint(library) == before


def test_malformed_json(cli, populated, tmp_path):
    file = write(tmp_path, "bad.json", b'{"format": "pmdesk.postmortem",, "version": 1}')
    assert_refused(cli, populated, file, "not valid JSON", "line 1, column 32")


def test_truncated_json(cli, populated, tmp_path):
    text = json.dumps(good_document()).encode()
    file = write(tmp_path, "cut.json", text[: len(text) // 2])
    assert_refused(cli, populated, file, "ends too early", "truncated")


def test_wrong_format(cli, populated, tmp_path):
    document = good_document() | {"format": "jira.export"}
    file = write(tmp_path, "other.json", json.dumps(document).encode())
    assert_refused(cli, populated, file, "format: not a pmdesk file", "jira.export")


def test_wrong_version(cli, populated, tmp_path):
    document = good_document() | {"version": 7}
    file = write(tmp_path, "v7.json", json.dumps(document).encode())
    assert_refused(cli, populated, file, "version: version 7 cannot be read", "reads version 1")


def test_unknown_enum_value(cli, populated, tmp_path):
    document = good_document()
    document["postmortem"]["timeline"][2]["kind"] = "panic"
    file = write(tmp_path, "enum.json", json.dumps(document).encode())
    assert_refused(cli, populated, file, "postmortem.timeline[2].kind", "“panic”", "decision")


def test_time_without_offset(cli, populated, tmp_path):
    document = good_document()
    document["postmortem"]["timeline"][3]["at"] = "2026-03-01T14:02:00"
    file = write(tmp_path, "naive.json", json.dumps(document).encode())
    assert_refused(cli, populated, file, "postmortem.timeline[3].at", "without a UTC offset")


def test_fifty_megabyte_text_field(cli, populated, tmp_path):
    document = good_document()
    document["postmortem"]["lessons"] = "x" * 50_000_000
    file = write(tmp_path, "huge.json", json.dumps(document).encode())
    assert_refused(cli, populated, file, "postmortem.lessons", "too long", "50000000")


def test_non_utf8_file(cli, populated, tmp_path):
    document = good_document()
    document["postmortem"]["title"] = "Panne du café"
    text = json.dumps(document, ensure_ascii=False)
    file = write(tmp_path, "latin1.json", text.encode("latin-1", errors="replace"))
    assert_refused(cli, populated, file, "not UTF-8 text", "offset")


def test_a_library_with_one_bad_postmortem_imports_nothing(cli, populated, tmp_path):
    good, bad = good_document()["postmortem"], good_document()["postmortem"]
    bad["id"] = "second"
    bad["actions"][1]["due"] = "2026-02-30"
    library = {"format": "pmdesk.library", "version": 1, "postmortems": [good, bad]}
    file = write(tmp_path, "mixed.json", json.dumps(library).encode())
    assert_refused(cli, populated, file, "postmortems[1].actions[1].due", "not a date")


def test_a_missing_file(cli, populated, tmp_path):
    assert_refused(cli, populated, tmp_path / "nope.json", "Cannot read", "no such file")


def test_database_path_in_a_folder_that_cannot_be_created(cli, tmp_path):
    blocker = write(tmp_path, "plain-file", b"not a folder")
    result = cli("--db", str(blocker / "sub" / "pmdesk.db"), "new", "--title", "x")
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert "Cannot create the library" in result.err
    assert blocker.read_bytes() == b"not a folder"


def test_database_in_a_read_only_location(cli):
    result = cli("--db", "/proc/pmdesk-test/pmdesk.db", "new", "--title", "x")
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert "Cannot create the library /proc/pmdesk-test/pmdesk.db" in result.err


def test_database_that_is_not_sqlite(cli, tmp_path):
    path = write(tmp_path, "photo.db", b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    result = cli("--db", str(path), "list")
    assert result.code == 2
    assert result.err == f"pmdesk: {path} is not a pmdesk library: it is not a SQLite database.\n"
    assert path.read_bytes() == b"\x89PNG\r\n\x1a\n" + b"\x00" * 200


def test_database_from_a_newer_pmdesk(cli, populated):
    with sqlite3.connect(populated) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'a1b2c3'")
    connection.close()
    before = database_fingerprint(populated)
    result = cli("new", "--title", "Should not be written")
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert "made by a newer version of pmdesk" in result.err
    assert "a1b2c3" in result.err
    assert database_fingerprint(populated) == before
