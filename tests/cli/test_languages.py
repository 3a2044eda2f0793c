"""The command line speaks the interface language: --ui-lang, then PMDESK_UI_LANG, then the
saved choice, then the system locale; help and errors alike."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pmdesk.gui.settings import Settings
from pmdesk.locations import settings_file


def run(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PMDESK_UI_LANG", "LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")
    }
    environment.update(PMDESK_DATA_DIR=str(tmp_path), **env)
    return subprocess.run(
        [sys.executable, "-m", "pmdesk", *args], capture_output=True, text=True, env=environment
    )


def test_help_in_french(cli):
    result = cli("--ui-lang", "fr", "--help")
    assert result.code == 0
    assert result.out.startswith("utilisation\u00a0: pmdesk")
    assert "afficher cette aide et quitter" in result.out
    assert "créer un rapport d'incident" in result.out
    assert "create a postmortem" not in result.out


def test_errors_in_french(cli):
    result = cli("--ui-lang", "fr", "export", "abcdef", "--format", "json")
    assert result.err == "pmdesk: Aucun rapport d'incident n'a l'identifiant abcdef.\n"
    usage = cli("--ui-lang", "fr", "export", "--format", "docx")
    assert usage.err.startswith("pmdesk: erreur d'utilisation\u00a0: argument --format\u00a0: ")


def test_the_environment_variable_chooses_the_language(cli, monkeypatch):
    monkeypatch.setenv("PMDESK_UI_LANG", "fr")
    assert "Aucun rapport" in cli("export", "abcdef", "--format", "json").err


@pytest.mark.parametrize(
    ("locale", "expected"), [("fr_CA.UTF-8", "Aucun rapport"), ("en_CA.UTF-8", "No postmortem")]
)
def test_a_first_run_follows_the_system_locale(tmp_path: Path, locale: str, expected: str):
    result = run(tmp_path, "export", "abcdef", "--format", "json", LANG=locale, LC_ALL=locale)
    assert result.returncode == 2
    assert expected in result.stderr


def test_the_saved_choice_beats_the_system_locale(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PMDESK_DATA_DIR", str(tmp_path))
    settings = Settings(settings_file())
    settings.ui_language = "fr"
    settings.sync()
    result = run(tmp_path, "export", "abcdef", "--format", "json", LANG="en_CA.UTF-8")
    assert "Aucun rapport" in result.stderr
    forced = run(tmp_path, "--ui-lang", "en", "export", "abcdef", "--format", "json")
    assert "No postmortem" in forced.stderr
