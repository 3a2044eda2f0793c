"""Exporting one postmortem to Markdown, HTML, PDF or the interchange JSON: one way for all.

The GUI's export dialog and `pmdesk export` both call `ExportService`. Markdown and HTML are
pure; the PDF needs Qt's text layout, which the core may not import, so the caller hands in a
`PdfRenderer` (the composition root has the Qt one). Files are written atomically.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from pmdesk.domain.errors import PmdeskError
from pmdesk.domain.model import Postmortem
from pmdesk.export.atomic import write_atomic
from pmdesk.export.html import render_document_html
from pmdesk.export.interchange import dump_postmortem
from pmdesk.export.markdown import MarkdownOptions, one_line, render_markdown
from pmdesk.export.templates import load_template
from pmdesk.services.library import LibraryService, Progress

LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PR"})
"""Where Letter paper is the norm (ISO 3166 codes); A4 everywhere else."""
MAX_NAME = 80
"""Longest file name stem derived from a title, in characters."""
_RESERVED_NAMES = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)$", re.IGNORECASE)
_UNSAFE = re.compile(r"[^\w\- ]+")
_SPACES = re.compile(r"[\s_]+")


class ExportFormat(StrEnum):
    """The formats a postmortem leaves pmdesk in; the values are the file extensions."""

    MARKDOWN = "md"
    HTML = "html"
    PDF = "pdf"
    JSON = "json"


class Paper(StrEnum):
    A4 = "A4"
    LETTER = "Letter"


def paper_for_territory(territory: str) -> Paper:
    """The usual paper size where the user lives (`CA` → Letter, `FR` → A4)."""
    return Paper.LETTER if territory.upper() in LETTER_TERRITORIES else Paper.A4


@dataclass(frozen=True)
class ExportRequest:
    """What the writer asked for; None means "the postmortem's own choice"."""

    format: ExportFormat
    template: str | None = None
    language: str | None = None
    paper: Paper = Paper.A4
    pdf_a: bool = False
    omit_empty: bool = False


@dataclass(frozen=True)
class PdfJob:
    """Everything the PDF renderer needs, worded in the document's language."""

    html: str
    title: str
    authors: list[str]
    subject: str
    language: str
    header: str
    footer: str
    """With `{page}` and `{pages}` placeholders."""
    paper: Paper = Paper.A4
    pdf_a: bool = False
    extra: dict[str, str] = field(default_factory=dict)


PdfRenderer = Callable[[PdfJob, Progress | None], bytes]


def safe_file_name(title: str, extension: str, fallback: str = "postmortem") -> str:
    """A file name from a title that no file system or shell misreads: `DNS outage.pdf`."""
    text = unicodedata.normalize("NFC", one_line(title))
    text = _UNSAFE.sub(" ", text)
    text = _SPACES.sub(" ", text).strip(" .-")[:MAX_NAME].strip(" .-")
    if not text or _RESERVED_NAMES.match(text):
        text = f"{fallback} {text}".strip()
    return f"{text}.{extension}"


class ExportService:
    """Renders a postmortem in a format and writes it where the user said."""

    def __init__(self, library: LibraryService, pdf_renderer: PdfRenderer | None = None) -> None:
        self.library = library
        self.pdf_renderer = pdf_renderer

    def markdown(self, pm: Postmortem, request: ExportRequest) -> str:
        options = MarkdownOptions(
            template=request.template, language=request.language, omit_empty=request.omit_empty
        )
        return render_markdown(pm, options)

    def render(
        self, pm: Postmortem, request: ExportRequest, progress: Progress | None = None
    ) -> bytes:
        """The exported file's bytes."""
        if request.format is ExportFormat.JSON:
            return dump_postmortem(pm).encode("utf-8")
        markdown = self.markdown(pm, request)
        if request.format is ExportFormat.MARKDOWN:
            return markdown.encode("utf-8")
        language = request.language or pm.language.value
        words = load_template(request.template or pm.template).words(language)
        title = one_line(pm.title) or words("untitled")
        html = render_document_html(markdown, title=title, language=language)
        if request.format is ExportFormat.HTML:
            return html.encode("utf-8")
        if self.pdf_renderer is None:
            raise PmdeskError("pdf_unavailable")
        job = PdfJob(
            html=html,
            title=title,
            authors=[one_line(name) for name in pm.authors if name.strip()],
            subject=words("document.subject"),
            language=language,
            header=words("document.header", title=title),
            footer=words("document.footer", page="{page}", pages="{pages}"),
            paper=request.paper,
            pdf_a=request.pdf_a,
        )
        return self.pdf_renderer(job, progress)

    def export(
        self,
        postmortem_id: str,
        request: ExportRequest,
        target: Path,
        progress: Progress | None = None,
    ) -> Path:
        """Render the stored postmortem and write it atomically to `target` (a file or folder)."""
        pm = self.library.load(postmortem_id)
        if target.is_dir() and not target.is_symlink():  # a link is replaced, never followed
            target = target / safe_file_name(pm.title, request.format.value)
        write_atomic(target, self.render(pm, request, progress))
        return target
