"""The export service: one way to Markdown, HTML, PDF and JSON, with safe names and writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pmdesk.domain.enums import DocumentTemplate, Language
from pmdesk.domain.errors import PmdeskError
from pmdesk.services.exporting import (
    ExportFormat,
    ExportRequest,
    ExportService,
    Paper,
    PdfJob,
    paper_for_territory,
    safe_file_name,
)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Checkout errors after a config change", "Checkout errors after a config change.md"),
        ("Panne : DNS / 40 min!", "Panne DNS 40 min.md"),
        ("../../etc/passwd", "etc passwd.md"),
        ("  --rm -rf  ", "rm -rf.md"),
        ("CON", "postmortem CON.md"),
        ("", "postmortem.md"),
        ("a\nb\tc", "a b c.md"),
        ("x" * 300, "x" * 80 + ".md"),
        ("Incident réseau à Montréal", "Incident réseau à Montréal.md"),
    ],
)
def test_file_names_from_titles_are_safe_everywhere(title, expected):
    assert safe_file_name(title, "md") == expected


def test_letter_in_north_america_and_a4_elsewhere():
    assert paper_for_territory("CA") is Paper.LETTER
    assert paper_for_territory("us") is Paper.LETTER
    assert paper_for_territory("FR") is Paper.A4
    assert paper_for_territory("") is Paper.A4


def test_markdown_follows_the_postmortems_language_and_template(library, tmp_path: Path):
    pm_id = library.create("Panne DNS", Language.FR, "America/Toronto")
    pm = library.load(pm_id)
    pm.template = DocumentTemplate.CONTRIBUTING_FACTORS
    library.save(pm)
    service = ExportService(library)
    written = service.export(pm_id, ExportRequest(ExportFormat.MARKDOWN), tmp_path)
    assert written == tmp_path / "Panne DNS.md"
    text = written.read_text(encoding="utf-8")
    assert "## Aperçu" in text
    english = service.render(pm, ExportRequest(ExportFormat.MARKDOWN, language="en"))
    assert "## Overview" in english.decode()


def test_html_is_a_whole_document_in_the_documents_language(library):
    pm = library.load(library.create("Panne DNS", Language.FR, "UTC"))
    html = ExportService(library).render(pm, ExportRequest(ExportFormat.HTML)).decode()
    assert '<html lang="fr"' in html
    assert "<title>Panne DNS</title>" in html
    assert "Chronologie" in html


def test_json_is_the_interchange_file(library):
    pm = library.load(library.create("Disk full", Language.EN, "UTC"))
    data = ExportService(library).render(pm, ExportRequest(ExportFormat.JSON))
    assert json.loads(data)["postmortem"]["id"] == pm.id


def test_pdf_gets_the_words_of_the_documents_language(library):
    pm = library.load(library.create("Panne DNS", Language.FR, "UTC"))
    pm.authors = ["Léa Roy", " "]
    jobs: list[PdfJob] = []

    def renderer(job: PdfJob, progress) -> bytes:
        jobs.append(job)
        return b"%PDF-fake"

    request = ExportRequest(ExportFormat.PDF, paper=Paper.LETTER, pdf_a=True)
    assert ExportService(library, renderer).render(pm, request) == b"%PDF-fake"
    (job,) = jobs
    assert (job.title, job.language, job.authors) == ("Panne DNS", "fr", ["Léa Roy"])
    assert job.subject == "Rapport d'incident"
    assert job.footer == "Page {page} sur {pages}"
    assert (job.paper, job.pdf_a) == (Paper.LETTER, True)
    assert "Chronologie" in job.html


def test_pdf_without_a_renderer_is_a_clear_error(library):
    pm = library.load(library.create("Disk full", Language.EN, "UTC"))
    with pytest.raises(PmdeskError) as caught:
        ExportService(library).render(pm, ExportRequest(ExportFormat.PDF))
    assert caught.value.code == "pdf_unavailable"


def test_an_export_replaces_a_symlink_and_never_writes_through_it(library, tmp_path: Path):
    pm_id = library.create("Disk full", Language.EN, "UTC")
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    target = tmp_path / "out.md"
    target.symlink_to(victim)
    ExportService(library).export(pm_id, ExportRequest(ExportFormat.MARKDOWN), target)
    assert victim.read_text() == "keep me"
    assert not target.is_symlink()
    assert target.read_text(encoding="utf-8").startswith("# Disk full\n")


def test_an_export_into_a_missing_folder_fails_and_leaves_nothing(library, tmp_path: Path):
    pm_id = library.create("Disk full", Language.EN, "UTC")
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(PmdeskError) as caught:
        ExportService(library).export(
            pm_id, ExportRequest(ExportFormat.MARKDOWN), folder / "missing" / "out.md"
        )
    assert caught.value.code == "cannot_write"
    assert list(folder.iterdir()) == []


def test_a_symlink_to_a_folder_is_replaced_not_followed(library, tmp_path: Path):
    pm_id = library.create("Disk full", Language.EN, "UTC")
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    target = tmp_path / "report.md"
    target.symlink_to(folder, target_is_directory=True)
    written = ExportService(library).export(pm_id, ExportRequest(ExportFormat.MARKDOWN), target)
    assert written == target
    assert not target.is_symlink()
    assert target.read_text(encoding="utf-8").startswith("# Disk full\n")
    assert list(folder.iterdir()) == []
