"""The public command line, driven as a user or a script would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pmdesk import __version__
from pmdesk.export.interchange import dump_library
from pmdesk.services.sample import sample_library


def test_version(cli):
    result = cli("--version")
    assert (result.code, result.out.strip()) == (0, f"pmdesk {__version__}")


def test_new_list_capture_export_on_the_default_library(cli, private_data_dir: Path):
    created = cli("new", "--title", "Checkout outage", "--timezone", "America/Toronto")
    assert created.code == 0
    pm_id = created.out.strip()
    assert (private_data_dir / "pmdesk.db").exists()

    listed = json.loads(cli("list", "--format", "json").out)
    assert [(row["id"], row["title"], row["status"]) for row in listed] == [
        (pm_id, "Checkout outage", "in_progress")
    ]
    text = cli("list").out
    assert pm_id[:8] in text
    assert "Checkout outage" in text

    captured = cli(
        "capture", pm_id[:8], "Error-rate alert fired", "--kind", "detected", "--at", "10:02"
    )
    assert captured.code == 0
    assert len(captured.out.strip()) == 36

    exported = json.loads(cli("export", pm_id, "--format", "json").out)
    (event,) = exported["postmortem"]["timeline"]
    assert event["text"] == "Error-rate alert fired"
    assert event["kind"] == "detected"
    assert event["at"].endswith("T10:02:00-05:00")


def test_new_in_french_sets_the_document_language(cli):
    pm_id = cli("new", "--title", "Panne du DNS", "--lang", "fr").out.strip()
    exported = json.loads(cli("export", pm_id, "--format", "json").out)
    assert exported["postmortem"]["language"] == "fr"


def test_export_to_a_file_is_private_and_replaces_a_symlink(cli, tmp_path: Path):
    pm_id = cli("new", "--title", "Disk full").out.strip()
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    target = tmp_path / "out.json"
    target.symlink_to(victim)
    assert cli("export", pm_id, "--format", "json", "-o", str(target)).code == 0
    assert victim.read_text() == "keep me", "the symlink was followed"
    assert not target.is_symlink()
    assert json.loads(target.read_text())["postmortem"]["title"] == "Disk full"
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out.json", "victim.txt"]


def test_import_prints_ids_and_refuses_duplicates_unless_asked(cli, tmp_path: Path):
    postmortems = sample_library(3, events=4, actions=2)
    file = tmp_path / "library.json"
    file.write_text(dump_library(postmortems), encoding="utf-8")
    first = cli("import", str(file))
    assert first.code == 0
    assert first.out.split() == [pm.id for pm in postmortems]

    again = cli("import", str(file))
    assert again.code == 2
    assert "already in the library" in again.err
    assert again.err.count("\n") == 1

    assert cli("import", "--replace", str(file)).code == 0
    copies = cli("import", "--copy", str(file))
    assert copies.code == 0
    assert set(copies.out.split()).isdisjoint(pm.id for pm in postmortems)
    assert len(json.loads(cli("list", "--format", "json").out)) == 6


def test_whole_library_export_and_reimport_elsewhere(cli, tmp_path: Path):
    for title in ("One", "Two"):
        cli("new", "--title", title)
    out = tmp_path / "all.json"
    assert cli("export", "--all", "--format", "json", "-o", str(out)).code == 0
    other = tmp_path / "other.db"
    assert cli("--db", str(other), "import", str(out)).code == 0
    titles = {
        row["title"] for row in json.loads(cli("--db", str(other), "list", "--format", "json").out)
    }
    assert titles == {"One", "Two"}


def test_check_backup_restore(cli, private_data_dir: Path):
    pm_id = cli("new", "--title", "Before").out.strip()
    checked = cli("check")
    assert checked.code == 0
    assert checked.out == "The library is sound. Postmortems checked: 1.\n"
    backup = Path(cli("backup").out.strip())
    assert backup.parent == private_data_dir / "backups"
    assert backup.exists()
    cli("new", "--title", "After")
    restored = cli("restore", str(backup))
    assert restored.code == 0
    assert [row["id"] for row in json.loads(cli("list", "--format", "json").out)] == [pm_id]


def test_db_environment_variable_names_the_library(cli, tmp_path: Path, monkeypatch):
    path = tmp_path / "env.db"
    monkeypatch.setenv("PMDESK_DB", str(path))
    cli("new", "--title", "Via env")
    assert path.exists()


def test_a_missing_explicit_library_is_not_created_by_read_commands(cli, tmp_path: Path):
    path = tmp_path / "nowhere.db"
    result = cli("--db", str(path), "list")
    assert result.code == 2
    assert "does not exist" in result.err
    assert not path.exists()


def test_usage_errors_are_one_line_with_status_2(cli):
    result = cli("export", "--format", "docx", "abc")
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert result.err.startswith("pmdesk: usage error")


def test_unknown_id_is_one_line_with_status_2(cli):
    cli("new", "--title", "Only one")
    result = cli("export", "deadbeef", "--format", "json")
    assert result.code == 2
    assert result.err == "pmdesk: No postmortem has the id deadbeef.\n"


def test_python_dash_m_and_the_installed_command_agree(tmp_path: Path):
    env = {**os.environ, "PMDESK_DATA_DIR": str(tmp_path), "PMDESK_UI_LANG": "en"}
    module = subprocess.run(
        [sys.executable, "-m", "pmdesk", "--version"], capture_output=True, text=True, env=env
    )
    assert module.returncode == 0
    assert module.stdout.strip() == f"pmdesk {__version__}"
    missing = subprocess.run(
        [sys.executable, "-m", "pmdesk", "export", "nope", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert missing.returncode == 2
    assert missing.stderr.strip() == "pmdesk: No postmortem has the id nope."
