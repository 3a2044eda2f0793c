"""The PDF export, read back with poppler's tools as a reviewer's viewer would read it.

Postmortems go through the real pipeline (Markdown → HTML document → PDF) in English and
French; pdftotext, pdfinfo, pdfimages and pdffonts then say what the file holds.
"""

from __future__ import annotations

import getpass
import os
import random
import re
import shutil
import subprocess
import sys
import textwrap
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from pmdesk.domain.model import Postmortem
from pmdesk.export.atomic import write_atomic
from pmdesk.export.html import markdown_parser, render_document_html
from pmdesk.export.markdown import render_markdown
from pmdesk.export.pdf import PdfOptions, PdfRenderError, render_pdf
from pmdesk.export.safe_document import SafeTextDocument, remove_images
from pmdesk.services.sample import sample_postmortem

POPPLER = ("pdftotext", "pdfinfo", "pdfimages", "pdffonts")
FOOTERS = {"en": "Page {page} of {pages}", "fr": "Page {page} sur {pages}"}
SUBJECTS = {"en": "Incident postmortem", "fr": "Rapport d'incident"}


@pytest.fixture(scope="module")
def poppler() -> None:
    missing = [tool for tool in POPPLER if shutil.which(tool) is None]
    if missing:
        pytest.skip(
            f"poppler-utils is not installed (no {', '.join(missing)}); "
            "scripts/check-system.sh installs it"
        )


def sample_in(language: str, events: int = 30, actions: int = 6, seed: int = 5) -> Postmortem:
    """A generated postmortem written in `language` (the generator picks languages at random)."""
    rng = random.Random(seed)
    while True:
        pm = sample_postmortem(rng, events=events, actions=actions)
        if pm.language.value == language:
            return pm


def options_for(pm: Postmortem, **changes: object) -> PdfOptions:
    language = pm.language.value
    options = PdfOptions(
        title=pm.title,
        authors=list(pm.authors),
        subject=SUBJECTS[language],
        language=language,
        footer_template=FOOTERS[language],
    )
    for name, value in changes.items():
        setattr(options, name, value)
    return options


def export(pm: Postmortem, target: Path, **changes: object) -> Path:
    html = render_document_html(render_markdown(pm), title=pm.title, language=pm.language.value)
    write_atomic(target, render_pdf(html, options_for(pm, **changes)))
    return target


def normalised(text: str) -> str:
    """Text as a reader sees it: ligatures (ﬁ) and no-break spaces unfolded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def run(*command: str | Path) -> str:
    return subprocess.run(
        [str(part) for part in command], check=True, capture_output=True, text=True
    ).stdout


def page_texts(path: Path) -> list[str]:
    """Each page's text in drawing order (`-raw`): a table row's cells come out together."""
    pages = run("pdftotext", "-raw", "-enc", "UTF-8", path, "-").split("\f")
    return [normalised(page) for page in pages if page.strip()]


def pdf_info(path: Path, *flags: str) -> dict[str, str]:
    lines = run("pdfinfo", *flags, path).splitlines()
    return {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in lines)}


def headings_and_rows(markdown: str) -> tuple[list[str], list[str]]:
    """The Markdown's heading texts and its table rows (cells joined by a space)."""
    headings, rows, cells = [], [], []
    tokens = markdown_parser().parse(markdown)
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            headings.append(normalised(tokens[index + 1].content))
        elif token.type in {"th_open", "td_open"}:
            children = tokens[index + 1].children or []
            cells.append("".join(child.content for child in children))
        elif token.type == "tr_close":
            rows.append(normalised(" ".join(cells)))
            cells = []
    return headings, rows


def table_headers(markdown: str) -> list[str]:
    """The header row of each table, as `headings_and_rows` words it."""
    _, rows = headings_and_rows(markdown)
    tokens = markdown_parser().parse(markdown)
    row_index, headers = 0, []
    for token in tokens:
        if token.type == "tr_close":
            row_index += 1
        elif token.type == "thead_close":
            headers.append(rows[row_index - 1])
    return headers


@dataclass(frozen=True)
class Exported:
    pm: Postmortem
    path: Path
    markdown: str


@pytest.fixture(scope="module", params=["en", "fr"])
def exported(request, tmp_path_factory, qapp) -> Exported:
    """A long postmortem in each language: several pages, a timeline across pages."""
    pm = sample_in(request.param, events=120, actions=12)
    path = tmp_path_factory.mktemp(request.param) / "postmortem.pdf"
    export(pm, path, paper="A4" if request.param == "fr" else "Letter")
    return Exported(pm, path, render_markdown(pm))


def test_the_text_holds_every_heading_owner_and_timeline_entry(exported, poppler):
    text = " ".join(page_texts(exported.path))
    headings, _ = headings_and_rows(exported.markdown)
    assert normalised(exported.pm.title) in text
    assert len(headings) > 10
    for heading in headings:
        assert heading in text
    for action in exported.pm.actions:
        assert normalised(action.owner) in text
        assert normalised(action.title) in text
    for event in exported.pm.timeline:
        assert normalised(event.text) in text


def test_no_table_row_is_split_across_pages(exported, poppler):
    pages = page_texts(exported.path)
    _, rows = headings_and_rows(exported.markdown)
    assert len(rows) > len(exported.pm.timeline)
    for row in rows:
        assert any(row in page for page in pages), row
    whole = " ".join(pages)
    headers = table_headers(exported.markdown)  # repeated on purpose
    for row in set(rows) - set(headers):  # none printed twice: a hidden copy would be found
        assert whole.count(row) == rows.count(row), row


def test_table_headers_repeat_on_every_page_of_the_timeline(exported, poppler):
    pages = page_texts(exported.path)
    _, rows = headings_and_rows(exported.markdown)
    header = table_headers(exported.markdown)[0]  # the timeline comes first in the template
    body = rows[1 : len(exported.pm.timeline) + 1]
    pages_with_rows = [page for page in pages if any(row in page for row in body)]
    assert len(pages_with_rows) > 1
    for page in pages_with_rows:
        assert header in page


def test_no_heading_is_the_last_thing_on_a_page(exported, poppler):
    headings, _ = headings_and_rows(exported.markdown)
    language = exported.pm.language.value
    running = (normalised(exported.pm.title), SUBJECTS[language])
    footer = re.compile(FOOTERS[language].format(page=r"\d+", pages=r"\d+"))
    raw = run("pdftotext", "-raw", "-enc", "UTF-8", exported.path, "-").split("\f")
    pages = [page for page in raw if page.strip()]
    assert len(pages) > 1
    for number, page in enumerate(pages[:-1], start=1):
        lines = [normalised(line) for line in page.splitlines() if line.strip()]
        content = [
            line
            for line in lines
            if line not in running and not footer.search(line) and SUBJECTS[language] not in line
        ]
        assert content, f"page {number} is empty"
        assert content[-1] not in headings, f"page {number} ends with {content[-1]!r}"


def test_every_page_has_the_running_header_and_numbered_footer(exported, poppler):
    pages = page_texts(exported.path)
    language = exported.pm.language.value
    for number, page in enumerate(pages, start=1):
        assert normalised(exported.pm.title) in page
        footer = FOOTERS[language].format(page=number, pages=len(pages))
        assert footer in page
        assert SUBJECTS[language] in normalised(page)


def test_paper_size_and_page_count(exported, poppler):
    info = pdf_info(exported.path)
    assert int(info["Pages"]) > 1
    if exported.pm.language.value == "fr":
        assert info["Page size"].startswith("595 x 842 pts (A4)")
    else:
        assert info["Page size"].startswith("612 x 792 pts (letter)")


def test_metadata_holds_title_authors_subject_and_nothing_else(exported, poppler):
    info = pdf_info(exported.path)
    assert info["Title"] == exported.pm.title
    assert info["Author"] == ", ".join(exported.pm.authors)
    assert info["Subject"] == SUBJECTS[exported.pm.language.value]
    assert info["Creator"] == "pmdesk"
    assert info["Producer"].startswith("Qt ")
    assert info["Custom Metadata"] == "no"
    assert "Keywords" not in info
    metadata = run("pdfinfo", "-meta", exported.path)
    assert f"<rdf:li>{exported.pm.language.value}</rdf:li>" in metadata
    raw = exported.path.read_bytes()
    assert f"/Lang ({exported.pm.language.value})".encode() in raw
    for private in {getpass.getuser(), str(Path.home()), str(exported.path.parent)}:
        if len(private) > 2:
            assert private.encode() not in raw
            assert private not in metadata


def test_fonts_are_embedded(exported, poppler):
    rows = run("pdffonts", exported.path).splitlines()[2:]
    assert rows
    for row in rows:
        assert re.search(r"\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", row)
        embedded = row.split()[-5]
        assert embedded == "yes", row


def test_metadata_is_written_exactly_even_with_special_characters(tmp_path, qapp, poppler):
    pm = sample_in("fr", events=3, actions=1)
    title = "Panne (DNS) \\ « résolveur » — 100 %"
    path = export(pm, tmp_path / "odd.pdf", title=title, authors=["Zoé Côté", "Sam (ops)"])
    info = pdf_info(path)
    assert info["Title"] == title
    assert info["Author"] == "Zoé Côté, Sam (ops)"


def test_pdf_a_is_declared_when_asked(tmp_path, qapp, poppler):
    pm = sample_in("en", events=10, actions=2)
    plain = run("pdfinfo", "-meta", export(pm, tmp_path / "plain.pdf"))
    archival = export(pm, tmp_path / "archival.pdf", pdf_a=True)
    metadata = run("pdfinfo", "-meta", archival)
    assert 'pdfaid:part="1"' in metadata
    assert 'pdfaid:conformance="B"' in metadata
    assert "pdfaid" not in plain
    raw = archival.read_bytes()
    assert raw.startswith(b"%PDF-1.4")
    assert b"/OutputIntents" in raw
    assert pdf_info(archival)["Title"] == pm.title


def test_progress_is_reported_for_every_page(qapp):
    pm = sample_in("en", events=60, actions=4)
    html = render_document_html(render_markdown(pm), title=pm.title, language="en")
    calls: list[tuple[int, int]] = []
    render_pdf(html, options_for(pm), lambda done, total: calls.append((done, total)))
    total = calls[0][1]
    assert total > 1
    assert calls == [(done, total) for done in range(total + 1)]


def test_a_table_row_taller_than_a_page_is_cut_between_lines(tmp_path, qapp, poppler):
    lines = [f"Line {number:03d} of a very long note." for number in range(1, 181)]
    cell = "<br>".join(lines)
    html = render_document_html(
        "# Long note\n\n| Note | Who |\n|---|---|\n| x | Sam |\n", title="t", language="en"
    ).replace("<td>x</td>", f"<td>{cell}</td>")
    path = tmp_path / "tall.pdf"
    path.write_bytes(render_pdf(html, PdfOptions(title="Long note")))
    pages = page_texts(path)
    assert len(pages) > 2
    whole = " ".join(pages)
    for line in lines:  # every line once, none cut in two nor hidden on two pages
        assert whole.count(line) == 1, line


def test_a_paragraph_longer_than_a_page_is_cut_between_lines(tmp_path, qapp, poppler):
    sentences = [f"Sentence {number:03d} of the summary goes on." for number in range(1, 301)]
    html = render_document_html(" ".join(sentences) + "\n", title="t", language="en")
    path = tmp_path / "long.pdf"
    path.write_bytes(render_pdf(html, PdfOptions(title="Long summary")))
    pages = page_texts(path)
    assert len(pages) > 1
    whole = " ".join(page.replace("Long summary", "") for page in pages)
    for sentence in sentences:  # none printed twice, not even hidden under a page's edge
        assert whole.count(sentence) == 1, sentence


def test_an_unknown_paper_size_is_refused(qapp):
    with pytest.raises(PdfRenderError, match="paper"):
        render_pdf("<p>x</p>", PdfOptions(paper="A3"))


# Safety: what a postmortem names is never read -----------------------------------------------

SECRET = "pmdesk-secret-7f3a91"


def run_in_child(script: str, *args: str | Path, timeout: float = 60) -> str:
    """Run `script` in a fresh Python (offscreen Qt): a hang fails the test instead of CI."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=environment,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def hostile_paths(tmp_path: Path) -> dict[str, Path]:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)  # reading it would block for ever: nobody writes
    return {"secret": secret, "fifo": fifo}


HOSTILE_EXPORT = """
    import sys, time
    from pathlib import Path
    from PySide6.QtGui import QGuiApplication
    from pmdesk.export.html import render_document_html
    from pmdesk.export.markdown import render_markdown
    from pmdesk.export.pdf import PdfOptions, render_pdf
    from pmdesk.services.sample import sample_library

    app = QGuiApplication([])
    target, secret, fifo = sys.argv[1:4]
    pm = sample_library(1, events=10, actions=2)[0]
    pm.summary = (
        "![x](/etc/hostname) <img src=\\"file:///etc/hostname\\"> ![x](/dev/zero) "
        f"![f]({fifo}) <img src=\\"{fifo}\\"> ![s](file://{secret}) <img src=\\"{secret}\\">"
    )
    pm.impact = f"[link](file://{secret}) ![zero](file:///dev/zero)"
    start = time.perf_counter()
    html = render_document_html(render_markdown(pm), title=pm.title, language="en")
    Path(target).write_bytes(render_pdf(html, PdfOptions(title=pm.title)))
    print(time.perf_counter() - start)
"""

HOSTILE_HTML = """
    import sys, time
    from pathlib import Path
    from PySide6.QtGui import QGuiApplication
    from pmdesk.export.pdf import PdfOptions, render_pdf

    app = QGuiApplication([])
    target, secret, fifo = sys.argv[1:4]
    images = ["/etc/hostname", "file:///etc/hostname", "/dev/zero", fifo, secret,
              "file://" + secret, "https://tracker.example/pixel.gif"]
    html = "<p>" + " ".join(f'<img src="{source}">' for source in images) + "</p>"
    html += f'<table background="{secret}"><tr><td style="background-image: url({fifo})">x</td>'
    html += f'</tr></table><p style="background-image: url(/dev/zero)">y</p>'
    html += f'<link rel="stylesheet" href="{secret}"><style>@import url({secret});</style>'
    start = time.perf_counter()
    Path(target).write_bytes(render_pdf(html, PdfOptions(title="hostile")))
    print(time.perf_counter() - start)
"""


@pytest.mark.parametrize("script", [HOSTILE_EXPORT, HOSTILE_HTML], ids=["postmortem", "raw-html"])
def test_hostile_image_paths_are_never_read(tmp_path, hostile_paths, poppler, script):
    target = tmp_path / "hostile.pdf"
    seconds = float(
        run_in_child(script, target, hostile_paths["secret"], hostile_paths["fifo"]).strip()
    )
    assert seconds < 10
    images = run("pdfimages", "-list", target).splitlines()
    assert images[2:] == []  # the two heading lines, then nothing
    text = " ".join(page_texts(target))
    raw = target.read_bytes()
    assert SECRET not in text
    assert SECRET.encode() not in raw
    hostname = Path("/etc/hostname")
    if hostname.exists() and len(name := hostname.read_text().strip()) >= 8:
        assert name not in text


def test_the_guard_answers_every_resource_itself(hostile_paths, qapp):
    document = SafeTextDocument()
    for url in ("/etc/hostname", f"file://{hostile_paths['secret']}", str(hostile_paths["fifo"])):
        image = document.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(url))
        assert isinstance(image, QImage)
        assert (image.width(), image.height()) == (1, 1)
        sheet = document.loadResource(
            QTextDocument.ResourceType.StyleSheetResource.value, QUrl(url)
        )
        assert bytes(sheet) == b""


def test_images_are_taken_out_of_a_printed_document(hostile_paths, qapp):
    document = SafeTextDocument()
    document.setHtml(
        f'<p>before <img src="{hostile_paths["secret"]}"> middle '
        '<img src="pmdesk-attachment:graph.png"> after</p>'
    )
    assert remove_images(document) == 2
    assert document.toPlainText() == "before [secret.txt] middle [graph.png] after"
    block, images = document.begin(), 0
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            images += iterator.fragment().charFormat().isImageFormat()
            iterator += 1
        block = block.next()
    assert images == 0


def test_render_pdf_needs_a_gui_application():
    script = """
        from pmdesk.export.pdf import PdfOptions, PdfRenderError, render_pdf
        try:
            render_pdf("<p>x</p>", PdfOptions())
        except PdfRenderError as error:
            print(error)
    """
    assert "needs a QGuiApplication" in run_in_child(script)


def test_the_pdf_export_never_loads_qt_widgets():
    script = """
        import sys
        from PySide6.QtGui import QGuiApplication
        from pmdesk.export.pdf import PdfOptions, render_pdf
        app = QGuiApplication([])
        render_pdf("<h1>x</h1><table><tr><th>a</th></tr><tr><td>b</td></tr></table>",
                   PdfOptions())
        print(sorted(name for name in sys.modules if name.startswith("PySide6.")))
    """
    loaded = run_in_child(script)
    assert "PySide6.QtGui" in loaded
    assert "QtWidgets" not in loaded
