"""Where the PDF's pages break: never after a heading, never inside a table row.

Qt's own pagination splits table rows across pages and can leave a heading at the foot of a
page, so the document is laid out once as one long page and cut here, at the places a
typesetter would allow: between blocks, between the lines of a long paragraph (two lines kept
together at each end), between table rows. A page that starts inside a table repeats the
table's header rows above its first row. QtGui only, like pdf.py.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
    QTextTableCell,
)

KEEP_LINES = 2
"""Lines of a paragraph kept together at the foot and at the head of a page."""
LEAD_IN_MAX = 80
"""Longest all-bold line treated as a lead-in to the block after it (like a heading)."""


@dataclass(frozen=True)
class Band:
    """A vertical stretch of the laid-out document, in its device pixels."""

    top: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True)
class Page:
    """The stretch of the document a page shows, below a repeated table header if any.

    `lead` is the height of the first line when the page starts inside a paragraph (or a tall
    table cell): Qt draws one line more than asked above a clip, and the drawing uses it to ask
    for one line less, so the previous page's last line is not printed again, hidden.
    """

    body: Band
    header: Band | None = None
    lead: float = 0.0


@dataclass(frozen=True)
class _Table:
    top: float
    bottom: float
    header: Band | None
    """The header rows; a page starting below them repeats them."""


@dataclass
class _Breaks:
    """What a document allows: the y of every permitted break, and its tables."""

    allowed: list[float]
    tables: list[_Table]
    end: float
    inner: dict[float, float] = field(default_factory=dict)
    """Breaks between two lines of one block: the height of the line below each."""


def paginate(document: QTextDocument, page_height: float) -> list[Page]:
    """The pages of `document` (laid out without pages) for a text area `page_height` high."""
    breaks = _find_breaks(document)
    allowed = sorted(set(breaks.allowed))
    pages: list[Page] = []
    start, lead = 0.0, 0.0
    while start < breaks.end - 1 or not pages:
        header = _repeated_header(breaks.tables, start)
        if header is not None and header.height > page_height / 2:
            header = None  # a header that fills the page is not repeated: the page must advance
        limit = start + page_height - (header.height if header else 0)
        if limit >= breaks.end:
            pages.append(Page(Band(start, breaks.end), header, lead))
            break
        index = bisect_right(allowed, limit) - 1
        if index >= 0 and allowed[index] > start + 1:
            cut = allowed[index]
        else:  # nothing allowed fits (a table row taller than a page): cut between lines
            cut = _last_line_top(document, start, limit, breaks.inner)
        pages.append(Page(Band(start, cut), header, lead))
        start, lead = cut, breaks.inner.get(cut, 0.0)
    return pages


def _last_line_top(
    document: QTextDocument, start: float, limit: float, inner: dict[float, float]
) -> float:
    """The top of the lowest line that starts on the page, so no line is cut in two."""
    layout = document.documentLayout()
    candidates = []
    block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        if rect.bottom() > start and rect.top() < limit:
            text_layout = block.layout()
            for number in range(text_layout.lineCount()):
                line = text_layout.lineAt(number)
                line_top = rect.top() + line.y()
                if start + 1 < line_top <= limit:
                    candidates.append(line_top)
                    if number > 0:
                        inner[line_top] = line.height()
        block = block.next()
    return max(candidates, default=limit)


def _repeated_header(tables: list[_Table], start: float) -> Band | None:
    for table in tables:
        if table.header is not None and table.header.bottom < start < table.bottom:
            return table.header
    return None


def _find_breaks(document: QTextDocument) -> _Breaks:
    layout = document.documentLayout()
    breaks = _Breaks(allowed=[], tables=[], end=layout.documentSize().height())
    after_heading = False
    iterator = document.rootFrame().begin()
    while not iterator.atEnd():
        frame = iterator.currentFrame()
        if isinstance(frame, QTextTable):
            _table_breaks(document, layout, frame, breaks, after_heading)
            after_heading = False
        elif frame is not None:
            if not after_heading:
                breaks.allowed.append(layout.frameBoundingRect(frame).top())
            after_heading = False
        else:
            block = iterator.currentBlock()
            if QTextCursor(block).currentFrame() == document.rootFrame():
                _block_breaks(layout, block, breaks, after_heading)
                after_heading = _introduces_next(block)
        iterator += 1
    return breaks


def _introduces_next(block: QTextBlock) -> bool:
    """A heading, or a short all-bold lead-in line ("**Five whys**"): kept with what follows."""
    if block.blockFormat().headingLevel() > 0:
        return True
    text = block.text().strip()
    if not text or len(text) > LEAD_IN_MAX:
        return False
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        if fragment.text().strip() and fragment.charFormat().fontWeight() < QFont.Weight.DemiBold:
            return False
        fragments += 1
    return True


def _block_breaks(
    layout: QAbstractTextDocumentLayout,
    block: QTextBlock,
    breaks: _Breaks,
    after_heading: bool,
) -> None:
    """Before the block (unless it follows a heading), and between lines of a long one."""
    top = layout.blockBoundingRect(block).top()
    if not after_heading:
        breaks.allowed.append(top)
    text_layout = block.layout()
    for number in range(KEEP_LINES, text_layout.lineCount() - KEEP_LINES + 1):
        line = text_layout.lineAt(number)
        breaks.allowed.append(top + line.y())
        breaks.inner[top + line.y()] = line.height()


def _table_breaks(
    document: QTextDocument,
    layout: QAbstractTextDocumentLayout,
    table: QTextTable,
    breaks: _Breaks,
    after_heading: bool,
) -> None:
    """Before the table, and between its body rows; the header and first row stay together."""
    rows = table.rows()
    header_rows = min(table.format().headerRowCount(), rows)
    tops = [_row_top(document, layout, table, row) for row in range(rows)]
    bottom = layout.frameBoundingRect(table).bottom()
    if not after_heading and tops:
        breaks.allowed.append(tops[0])
    breaks.allowed += tops[header_rows + 1 :]
    header = Band(tops[0], tops[header_rows]) if 0 < header_rows < rows else None
    breaks.tables.append(_Table(tops[0] if tops else bottom, bottom, header))


def _row_top(
    document: QTextDocument, layout: QAbstractTextDocumentLayout, table: QTextTable, row: int
) -> float:
    """Where a row starts: its highest cell's first line, less that cell's top padding."""
    padding = table.format().cellPadding()
    scale = _device_scale(document)
    tops = []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        if cell.row() != row or cell.column() != column:
            continue  # covered by a spanning cell
        block = document.findBlock(cell.firstPosition())
        tops.append(layout.blockBoundingRect(block).top() - _top_padding(cell, padding) * scale)
    return min(tops)


def _top_padding(cell: QTextTableCell, table_padding: float) -> float:
    cell_format = cell.format()
    if cell_format.hasProperty(QTextFormat.Property.TableCellTopPadding):
        return cell_format.toTableCellFormat().topPadding()
    return table_padding


def _device_scale(document: QTextDocument) -> float:
    """Device pixels per CSS pixel: the layout scales paddings to its paint device."""
    device = document.documentLayout().paintDevice()
    return device.logicalDpiY() / 96 if device is not None else 1.0
