"""`pmdesk export ID --format md|pdf|html|json [--lang] [-o]`: the export service on the CLI."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def make(cli, title: str = "Panne DNS", lang: str = "fr") -> str:
    return cli("new", "--title", title, "--lang", lang).out.strip()


def test_markdown_goes_to_standard_output_in_the_documents_language(cli):
    pm_id = make(cli)
    result = cli("export", pm_id, "--format", "md")
    assert result.code == 0
    assert result.out.startswith("# Panne DNS\n")
    assert "## Chronologie" in result.out
    english = cli("export", pm_id, "--format", "md", "--lang", "en").out
    assert "## Timeline" in english


def test_a_template_and_empty_sections_can_be_chosen(cli):
    pm_id = make(cli, "DNS outage", "en")
    text = cli(
        "export", pm_id, "--format", "md", "--template", "contributing_factors", "--omit-empty"
    ).out
    assert "(not written yet)" not in text
    assert "## Incident details" in text
    assert "## Overview" not in text, "an empty summary is left out"


def test_html_to_a_folder_gets_a_name_from_the_title(cli, tmp_path: Path):
    pm_id = make(cli, "Panne : DNS / 40 min")
    assert cli("export", pm_id, "--format", "html", "-o", str(tmp_path)).code == 0
    written = tmp_path / "Panne DNS 40 min.html"
    assert '<html lang="fr"' in written.read_text(encoding="utf-8")


def test_a_whole_library_exports_only_to_json(cli):
    make(cli)
    result = cli("export", "--all", "--format", "md")
    assert result.code == 2
    assert "JSON" in result.err
    assert result.err.count("\n") == 1


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) not installed")
def test_pdf_export_writes_a_pdf_with_the_title_and_french_headings(cli, tmp_path: Path):
    pm_id = make(cli)
    target = tmp_path / "panne.pdf"
    assert cli("export", pm_id, "--format", "pdf", "--paper", "A4", "-o", str(target)).code == 0
    assert target.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Panne DNS" in text
    assert "Chronologie" in text
