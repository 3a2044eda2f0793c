"""Inputs found by review to escape the clear-error path: each must end as one line, exit 2."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from pmdesk.services.library import LibraryService
from pmdesk.storage.backup import backup_database
from pmdesk.storage.database import Location
from pmdesk.storage.migrate import open_library
from tests.conftest import database_fingerprint


def one_line_error(result) -> str:
    assert result.code == 2, result
    assert result.err.count("\n") == 1, result.err
    return result.err


def test_a_device_is_never_read(cli):
    cli("new", "--title", "Existing")
    assert "not a regular file" in one_line_error(cli("import", "/dev/zero"))


def test_a_fifo_is_never_read(cli, tmp_path: Path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert "not a regular file" in one_line_error(cli("import", str(fifo)))


@pytest.mark.parametrize(
    ("document", "fragment"),
    [
        ('{"format": "pmdesk.postmortem", "version": ' + "9" * 5000 + "}", "not valid JSON"),
        (
            json.dumps(
                {
                    "format": "pmdesk.postmortem",
                    "version": 1,
                    "postmortem": {"impact_start": "0001-01-01T00:00:00+01:00"},
                }
            ),
            "postmortem.impact_start: not an ISO 8601 time",
        ),
        ('{"format": "pmdesk.postmortem", "version": 1.0, "postmortem": {}}', "version 1.0"),
        ('{"format": "pmdesk.postmortem", "version": 1, "postmortem": {"title": "abc', "truncated"),
    ],
)
def test_odd_numbers_times_and_truncations(cli, tmp_path: Path, document: str, fragment: str):
    file = tmp_path / "odd.json"
    file.write_text(document)
    assert fragment in one_line_error(cli("import", str(file)))


def test_values_from_a_file_cannot_break_the_message_line(cli, tmp_path: Path):
    file = tmp_path / "escape.json"
    evil = "x\n\x1b[31mRED\u202e"
    file.write_text(json.dumps({"format": evil, "version": 1}))
    error = one_line_error(cli("import", str(file)))
    assert "\x1b" not in error
    assert "\u202e" not in error


@pytest.mark.parametrize("moment", ["2026-03-01T10:00+23:59", "2026-03-01T10:00+05:00:30"])
def test_capture_refuses_impossible_offsets(cli, moment: str):
    pm_id = cli("new", "--title", "DNS").out.strip()
    assert "is not a time" in one_line_error(cli("capture", pm_id, "x", "--at", moment))
    assert cli("check").code == 0


def test_ids_from_other_tools_can_be_named_exactly(cli, tmp_path: Path):
    file = tmp_path / "upper.json"
    document = {"format": "pmdesk.postmortem", "version": 1, "postmortem": {"id": "INC-42"}}
    file.write_text(json.dumps(document))
    assert cli("import", str(file)).out.strip() == "INC-42"
    assert json.loads(cli("export", "INC-42", "--format", "json").out)["postmortem"]["id"] == (
        "INC-42"
    )


def test_export_to_a_pipe_is_utf8_whatever_the_console(tmp_path: Path):
    env = {**os.environ, "PMDESK_DATA_DIR": str(tmp_path), "PYTHONIOENCODING": "cp1252"}
    run = [sys.executable, "-m", "pmdesk"]
    pm_id = (
        subprocess.run(
            [*run, "new", "--title", "Café ✓ 日本"], capture_output=True, env=env, check=True
        )
        .stdout.decode()
        .strip()
    )
    exported = subprocess.run(
        [*run, "export", pm_id, "--format", "json"], capture_output=True, env=env, check=True
    ).stdout
    assert json.loads(exported.decode("utf-8"))["postmortem"]["title"] == "Café ✓ 日本"


def test_an_emptied_library_with_backups_is_not_silently_reset(cli, private_data_dir: Path):
    cli("new", "--title", "Precious")
    cli("backup")
    (private_data_dir / "pmdesk.db").write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(f"{private_data_dir / 'pmdesk.db'}{suffix}").unlink(missing_ok=True)
    assert "is empty: restore it from a backup" in one_line_error(cli("list"))


def test_an_unknown_stored_code_is_reported_not_a_crash(cli, private_data_dir: Path):
    cli("new", "--title", "From the future")
    with sqlite3.connect(private_data_dir / "pmdesk.db") as connection:
        connection.execute("UPDATE postmortems SET status = 'archived'")
    connection.close()
    assert "“archived”" in one_line_error(cli("list"))


def test_a_missing_option_value_is_one_translated_line(cli):
    assert "--db" in one_line_error(cli("--db"))


def test_backup_while_another_process_writes(tmp_path: Path):
    path = tmp_path / "busy.db"
    database = open_library(Location(path=path))
    writer_db = open_library(Location(path=path))
    writer = LibraryService(writer_db)
    stop = threading.Event()

    def keep_writing() -> None:
        while not stop.is_set():
            writer.create("Written during the backup")

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        for _ in range(5):
            backup_database(database)
    finally:
        stop.set()
        thread.join()
        writer_db.close()
        database.close()


def test_backups_work_in_folders_with_uri_characters(tmp_path: Path):
    folder = tmp_path / "C#data 50%25?"
    database = open_library(Location(path=folder / "pmdesk.db"))
    try:
        LibraryService(database).create("x")
        backup = backup_database(database)
        assert database_fingerprint(backup) == database_fingerprint(folder / "pmdesk.db")
    finally:
        database.close()


@pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("setpriv") is None,
    reason="needs root and setpriv to drop the permission-override capability",
)
def test_a_read_only_folder_as_root_without_override(tmp_path: Path):
    folder = tmp_path / "readonly"
    folder.mkdir(mode=0o500)
    result = subprocess.run(
        [
            "setpriv",
            "--inh-caps=-dac_override,-dac_read_search",
            "--bounding-set=-dac_override,-dac_read_search",
            sys.executable,
            "-m",
            "pmdesk",
            "--db",
            str(folder / "sub" / "pmdesk.db"),
            "new",
            "--title",
            "x",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PMDESK_DATA_DIR": str(tmp_path), "PMDESK_UI_LANG": "en"},
    )
    assert result.returncode == 2
    assert "permission denied" in result.stderr
    assert list(folder.iterdir()) == []


def test_restore_works_when_the_library_itself_is_damaged(cli, private_data_dir: Path):
    pm_id = cli("new", "--title", "Precious").out.strip()
    backup = Path(cli("backup").out.strip())
    library = private_data_dir / "pmdesk.db"
    damaged = b"\x89PNG garbage, not a database" * 200
    library.write_bytes(damaged)
    assert "not a pmdesk library" in one_line_error(cli("list"))
    restored = cli("restore", str(backup))
    assert restored.code == 0, restored.err
    aside = Path(restored.out.strip().rsplit(" ", 1)[-1].rstrip("."))
    assert aside.read_bytes() == damaged, "the damaged file is kept, never deleted"
    assert json.loads(cli("list", "--format", "json").out)[0]["id"] == pm_id
