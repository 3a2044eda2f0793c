"""The export's HTML document printed to PDF with Qt's own text engine: no browser, no extra tool.

`render_pdf` lays the document out in a guarded `SafeTextDocument` (it reads no file a
postmortem names), cuts it into A4 or Letter pages (`pdf_pages`: headings kept with what follows,
table rows whole, header rows repeated), draws a running header and a "page N of M" footer, and
embeds the fonts. Only QtGui and QtCore: it needs a QGuiApplication (offscreen is fine), which
the caller creates.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
    QUuid,
    qVersion,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from pmdesk.export.pdf_metadata import PdfMetadata, apply_metadata, xmp_packet
from pmdesk.export.pdf_pages import Band, Page, paginate
from pmdesk.export.safe_document import SafeTextDocument, remove_images
from pmdesk.resources import resource_path

CREATOR = "pmdesk"
RESOLUTION = 1200
"""Dots per inch of the layout: text is placed to 1/1200 in, as Qt's own printing does."""
PAPERS = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
FONT_FILES = (
    "OpenSans-Regular.ttf",
    "OpenSans-Italic.ttf",
    "OpenSans-Bold.ttf",
    "OpenSans-BoldItalic.ttf",
    "OpenSans-Semibold.ttf",
)
FONT_FAMILY = "Open Sans"
MARGIN_MM = 22.0
"""Around the text on every side; the running header and footer sit inside it."""
HEADER_BASELINE_MM = 12.5
FOOTER_BASELINE_MM = 12.0
RUNNING_TEXT_PT = 8.0
RUNNING_TEXT_COLOUR = QColor("#52606d")
RULE_COLOUR = QColor("#c5d0dc")
TEXT_COLOUR = QColor("#1f2933")
TITLE_RULE_COLOUR = QColor("#12355b")
TITLE_RULE_MM = 0.6
TITLE_RULE_GAP_MM = 2.0


@dataclass
class PdfOptions:
    """How to print: paper, PDF/A, and the words of the metadata, header and footer.

    The words come from the caller, in the document's language: `footer_template` holds
    `{page}` and `{pages}`; an empty `header_text` repeats the title.
    """

    paper: str = "A4"
    pdf_a: bool = False
    title: str = ""
    authors: list[str] = field(default_factory=list)
    subject: str = ""
    language: str = "en"
    header_text: str = ""
    footer_template: str = "Page {page} of {pages}"


class PdfRenderError(RuntimeError):
    """A programming error: render_pdf called without a QGuiApplication, or bad options."""


def render_pdf(
    html: str,
    options: PdfOptions,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """The PDF file's bytes for `html` (from `render_document_html`); the caller writes them
    with `write_atomic`. `progress(done, total)` is called once per page drawn."""
    _require_gui_application()
    if options.paper not in PAPERS:
        raise PdfRenderError(f"unknown paper size {options.paper!r}: use one of {list(PAPERS)}")
    family = _load_fonts()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    meta = _metadata(options)
    _configure(writer, options, meta)
    document, pages = _lay_out(html, writer)
    if progress is not None:
        progress(0, len(pages))
    painter = QPainter(writer)
    try:
        for number, page in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            _draw_page(painter, document, writer, page)
            _draw_running_text(painter, writer, options, family, number, len(pages))
            if progress is not None:
                progress(number, len(pages))
    finally:
        painter.end()
    buffer.close()
    return apply_metadata(bytes(buffer.data().data()), meta)


def _require_gui_application() -> None:
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        raise PdfRenderError(
            "render_pdf needs a QGuiApplication: create one first "
            "(QT_QPA_PLATFORM=offscreen works without a display)"
        )


@cache
def _load_fonts() -> str:
    """Register the bundled fonts once; the family the stylesheet and the running text use."""
    for name in FONT_FILES:
        data = resource_path(f"export/fonts/{name}").read_bytes()
        QFontDatabase.addApplicationFontFromData(QByteArray(data))
    return FONT_FAMILY


def _metadata(options: PdfOptions) -> PdfMetadata:
    return PdfMetadata(
        title=options.title,
        author=", ".join(author.strip() for author in options.authors if author.strip()),
        subject=options.subject,
        language=options.language,
        creator=CREATOR,
        producer=f"Qt {qVersion()}",
        document_id=str(uuid.uuid4()),
        created=datetime.now(UTC).replace(microsecond=0),
        pdf_a=options.pdf_a,
    )


def _configure(writer: QPdfWriter, options: PdfOptions, meta: PdfMetadata) -> None:
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAPERS[options.paper]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    version = QPagedPaintDevice.PdfVersion
    writer.setPdfVersion(version.PdfVersion_A1b if options.pdf_a else version.PdfVersion_1_4)
    writer.setTitle(meta.title)
    writer.setAuthor(meta.author)
    writer.setCreator(meta.creator)
    writer.setDocumentId(QUuid(meta.document_id))
    writer.setDocumentXmpMetadata(QByteArray(xmp_packet(meta)))


def _millimetres(writer: QPdfWriter, value: float) -> float:
    """Millimetres in the writer's device pixels (what a painter on it uses)."""
    return value * writer.resolution() / 25.4


def _lay_out(html: str, writer: QPdfWriter) -> tuple[QTextDocument, list[Page]]:
    """The document laid out once, as one long page as wide as the text, and its pages."""
    document = SafeTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setUseDesignMetrics(True)
    document.setDefaultFont(QFont(FONT_FAMILY, 10))
    document.setDocumentMargin(0)
    document.setTextWidth(writer.width() - 2 * _millimetres(writer, MARGIN_MM))
    document.setHtml(html)
    remove_images(document)
    text_height = writer.height() - 2 * _millimetres(writer, MARGIN_MM)
    return document, paginate(document, text_height)


def _draw_page(painter: QPainter, document: QTextDocument, writer: QPdfWriter, page: Page) -> None:
    """One page's stretch of the document in the text area, under its repeated table header."""
    top = _millimetres(writer, MARGIN_MM)
    if page.header is not None:
        _draw_band(painter, document, writer, page.header, top)
        top += page.header.height
    _draw_band(painter, document, writer, page.body, top, page.lead)
    _draw_title_rule(painter, document, writer, page.body, top)


def _draw_title_rule(
    painter: QPainter, document: QTextDocument, writer: QPdfWriter, band: Band, at: float
) -> None:
    """An accent rule under the title block (the first heading, if it opens the document).

    Qt draws no border under a paragraph, so the stylesheet's `h1.doc-title` border, which a
    browser shows, is drawn here for the PDF.
    """
    title = document.begin()
    if title.blockFormat().headingLevel() != 1:
        return
    rect = document.documentLayout().blockBoundingRect(title)
    y = rect.bottom() + _millimetres(writer, TITLE_RULE_GAP_MM)
    if not band.top <= rect.top() < band.bottom:
        return
    left = _millimetres(writer, MARGIN_MM)
    painter.save()
    painter.setPen(QPen(TITLE_RULE_COLOUR, _millimetres(writer, TITLE_RULE_MM)))
    page_y = at + y - band.top
    painter.drawLine(QPointF(left, page_y), QPointF(writer.width() - left, page_y))
    painter.restore()


def _draw_band(
    painter: QPainter,
    document: QTextDocument,
    writer: QPdfWriter,
    band: Band,
    at: float,
    lead: float = 0.0,
) -> None:
    """Draw `band` of the document with its top at `at` on the page, clipped to it."""
    left = _millimetres(writer, MARGIN_MM)
    view = QRectF(-left, band.top, writer.width(), band.height)
    context = QAbstractTextDocumentLayout.PaintContext()
    # Lines beyond the band are clipped away, but they would still be in the page's text, found
    # by search: so the layout is asked for a hair less than the band, and, since it draws one
    # line more above its clip, for one line less at the top of a page that starts mid-block.
    context.clip = view.adjusted(0, lead + 1, 0, -1)
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, TEXT_COLOUR)
    context.palette = palette
    painter.save()
    painter.translate(left, at - band.top)
    painter.setClipRect(view)
    document.documentLayout().draw(painter, context)
    painter.restore()


def _draw_running_text(
    painter: QPainter,
    writer: QPdfWriter,
    options: PdfOptions,
    family: str,
    page: int,
    pages: int,
) -> None:
    """The title above a hairline at the top, the subject and "page N of M" at the bottom."""
    font = QFont(family)
    font.setPointSizeF(RUNNING_TEXT_PT)
    painter.save()
    painter.setFont(font)
    metrics = QFontMetricsF(font, writer)
    left = _millimetres(writer, MARGIN_MM)
    right = writer.width() - _millimetres(writer, MARGIN_MM)
    width = right - left
    header_y = _millimetres(writer, HEADER_BASELINE_MM)
    footer_y = writer.height() - _millimetres(writer, FOOTER_BASELINE_MM)
    painter.setPen(QPen(RULE_COLOUR, _millimetres(writer, 0.2)))
    rule_gap = _millimetres(writer, 2.2)
    painter.drawLine(QPointF(left, header_y + rule_gap), QPointF(right, header_y + rule_gap))
    painter.setPen(RUNNING_TEXT_COLOUR)
    header = options.header_text or options.title
    elide = Qt.TextElideMode.ElideRight
    painter.drawText(QPointF(left, header_y), metrics.elidedText(header, elide, width))
    footer = options.footer_template.format(page=page, pages=pages)
    footer_width = metrics.horizontalAdvance(footer)
    painter.drawText(QPointF(right - footer_width, footer_y), footer)
    subject_width = width - footer_width - _millimetres(writer, 8)
    if options.subject and subject_width > 0:
        subject = metrics.elidedText(options.subject, elide, subject_width)
        painter.drawText(QPointF(left, footer_y), subject)
    painter.restore()
