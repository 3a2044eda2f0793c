"""`pmdesk lint FILE`: findings with 1-based positions in the file, exit 1 when anything is
found, 0 when clean, 2 with one translated line on a file it cannot read; never the library."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

KEYS = [
    "line",
    "column",
    "end_line",
    "end_column",
    "rule",
    "category",
    "severity",
    "message",
    "suggestion",
    "match",
]


def write(tmp_path: Path, text: str, name: str = "postmortem.md", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_json_findings_carry_their_place_in_the_file(cli, tmp_path: Path):
    file = write(
        tmp_path,
        "# Summary\n\nAt 10:02 Alice should have checked the lag.\n"
        "```\nhuman error in code\n```\nRoot cause: human error.\n",
    )
    result = cli("lint", str(file), "--format", "json")
    assert result.code == 1
    rows = json.loads(result.out)
    assert [list(row) for row in rows] == [KEYS, KEYS]
    first, second = rows
    place = (first["line"], first["column"], first["end_line"], first["end_column"])
    assert place == (3, 16, 3, 35)
    assert first["match"] == "should have checked"
    assert first["rule"] == "en.counterfactual.should-have"
    assert (second["line"], second["column"], second["match"]) == (7, 13, "human error")
    assert (second["category"], second["severity"]) == ("human-error-label", "strong")


def test_text_output_is_one_line_per_finding(cli, tmp_path: Path):
    file = write(tmp_path, "Obviously, Bob should have known better.\n")
    result = cli("lint", str(file))
    assert result.code == 1
    lines = result.out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{file}:1:1: gentle hindsight-obviousness: ")
    assert "(en.hindsight-obviousness.obviously) — " in lines[0]
    assert lines[1].startswith(f"{file}:1:16: moderate mind-reading: ")


def test_a_clean_file_exits_zero(cli, tmp_path: Path):
    file = write(tmp_path, "The database failed to accept connections after 14:05.\n")
    assert (cli("lint", str(file)).code, cli("lint", str(file)).out) == (0, "")
    result = cli("lint", str(file), "--format", "json")
    assert (result.code, json.loads(result.out)) == (0, [])


def test_an_empty_file_is_clean(cli, tmp_path: Path):
    assert cli("lint", str(write(tmp_path, ""))).code == 0


def test_french_files_use_the_french_rules(cli, tmp_path: Path):
    file = write(tmp_path, "Sommaire\u00a0:\r\nMarc aurait dû vérifier la cible.\r\n")
    assert cli("lint", str(file)).code == 0  # English rules: nothing to say
    rows = json.loads(cli("lint", str(file), "--lang", "fr", "--format", "json").out)
    (row,) = rows
    assert (row["line"], row["column"], row["end_column"]) == (2, 6, 24)
    assert row["rule"] == "fr.counterfactual.aurait-du"
    assert row["message"].startswith("«\u00a0Aurait dû\u00a0»")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_lines_are_counted_whatever_the_line_ends(cli, tmp_path: Path, newline: str):
    text = newline.join(["# Timeline", "", "10:02 The deploy started.", "Root cause: human error."])
    file = write(tmp_path, text + newline)
    (row,) = json.loads(cli("lint", str(file), "--format", "json").out)
    place = (row["line"], row["column"], row["end_line"], row["end_column"])
    assert place == (4, 13, 4, 24)
    assert row["match"] == "human error"


def test_a_file_with_old_mac_line_ends_is_checked_line_by_line(cli, tmp_path: Path):
    """A lone CR ends a line for the checker too: the log line stays skipped, the prose is not."""
    lines = ["2026-03-01T10:02:11Z ERROR human error counter=3", "Root cause: human error."]
    file = write(tmp_path, "\r".join(lines) + "\r")
    rows = json.loads(cli("lint", str(file), "--format", "json").out)
    assert [(row["line"], row["column"]) for row in rows] == [(2, 13)]


def test_columns_count_characters_and_ignore_a_byte_order_mark(cli, tmp_path: Path):
    file = write(tmp_path, "\ufeffÉté : Élodie a été négligente.\n")
    (row,) = json.loads(cli("lint", str(file), "--lang", "fr", "--format", "json").out)
    assert (row["column"], row["match"]) == (20, "négligente")


def test_the_library_is_never_opened(cli, tmp_path: Path, private_data_dir: Path):
    file = write(tmp_path, "Human error.\n")
    assert cli("lint", str(file)).code == 1
    assert not (private_data_dir / "pmdesk.db").exists()


def one_line_error(result) -> str:
    assert result.code == 2, result
    assert result.out == ""
    assert result.err.count("\n") == 1, result.err
    return result.err


def test_a_missing_file(cli, tmp_path: Path):
    assert "no such file" in one_line_error(cli("lint", str(tmp_path / "nope.md")))


def test_a_folder(cli, tmp_path: Path):
    assert "it is a folder" in one_line_error(cli("lint", str(tmp_path)))


def test_a_file_that_is_not_utf8(cli, tmp_path: Path):
    file = write(tmp_path, "Résumé : erreur humaine.\n", encoding="latin-1")
    assert "not UTF-8" in one_line_error(cli("lint", str(file)))


def test_a_fifo_is_never_read(cli, tmp_path: Path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    assert "not a regular file" in one_line_error(cli("lint", str(fifo)))


def test_a_device_is_never_read(cli):
    assert "not a regular file" in one_line_error(cli("lint", "/dev/zero"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file(cli, tmp_path: Path):
    file = write(tmp_path, "Human error.\n")
    file.chmod(0)
    assert "permission denied" in one_line_error(cli("lint", str(file)))


def test_errors_follow_the_interface_language(cli, tmp_path: Path):
    err = one_line_error(cli("--ui-lang", "fr", "lint", str(tmp_path / "absent.md")))
    assert "Impossible de lire" in err
