"""Findings underlined as the writer types: a wavy, coloured underline per finding.

The coach checks the whole field (paragraph by paragraph, cached), exactly as the panel and
`pmdesk lint` do; this highlighter maps each finding onto the lines (text blocks) it spans and
paints from that map. A sentence wrapped over two lines is underlined on both. Qt re-highlights
only the lines an edit touched, so after each edit the lines whose underlines changed elsewhere
(the first half of a sentence whose second half was edited) are repainted too."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QSyntaxHighlighter, QTextBlock, QTextDocument

from pmdesk.blameless.findings import Finding
from pmdesk.gui.blameless.spans import to_qt

if TYPE_CHECKING:
    from pmdesk.gui.blameless.coach import FieldKey, WordingCoach


@dataclass(frozen=True)
class Placed:
    """A finding and the lines it spans: from (`first`, `first_column`) to (`last`,
    `last_column`), block numbers and code-point columns."""

    finding: Finding
    first: int
    first_column: int
    last: int
    last_column: int

    def columns(self, block: int, length: int) -> tuple[int, int]:
        """The part of block `block` (of `length` code points) that the finding covers."""
        start = self.first_column if block == self.first else 0
        end = self.last_column if block == self.last else length
        return start, end


def line_starts(document: QTextDocument, text: str) -> list[int] | None:
    """Where each block starts in `text`, when a line is not simply a block (a pasted line
    separator becomes a line break in the plain text); None when they are the same."""
    if text.count("\n") + 1 == document.blockCount():
        return None
    starts = []
    offset = 0
    block = document.firstBlock()
    while block.isValid():
        starts.append(offset)
        offset += len(block.text()) + 1
        block = block.next()
    return starts


def place(text: str, findings: list[Finding], starts: list[int] | None) -> list[Placed]:
    """Each finding's first and last line and columns (findings sorted by start)."""
    placed = []
    line, at = 0, 0
    for finding in findings:
        if starts is None:
            line += text.count("\n", at, finding.start)
            at = finding.start
            first_start = text.rfind("\n", 0, finding.start) + 1
            last = line + text.count("\n", finding.start, finding.end)
            last_start = text.rfind("\n", 0, finding.end) + 1 if last != line else first_start
            placed.append(
                Placed(finding, line, finding.start - first_start, last, finding.end - last_start)
            )
        else:
            first = bisect_right(starts, finding.start) - 1
            last = bisect_right(starts, max(finding.end - 1, finding.start)) - 1
            placed.append(
                Placed(
                    finding,
                    first,
                    finding.start - starts[first],
                    last,
                    finding.end - starts[last],
                )
            )
    return placed


Shape = tuple[int, int, int, int, str]
"""How a finding is underlined: first line, column, last line, column, severity."""


def shape(placed: Placed, moved: int) -> Shape:
    """A finding's underline, its lines moved down by `moved`."""
    return (
        placed.first + moved,
        placed.first_column,
        placed.last + moved,
        placed.last_column,
        placed.finding.severity,
    )


class FindingHighlighter(QSyntaxHighlighter):
    """Underlines the coach's findings in one text document."""

    def __init__(self, document: QTextDocument, coach: WordingCoach, field_key: FieldKey) -> None:
        super().__init__(None)
        self.coach = coach
        self.field_key = field_key
        self.placed: list[Placed] = []
        self._by_block: dict[int, list[Placed]] = {}
        self._lines = 1
        self._stale = True
        self._before: tuple[list[Placed], int] | None = None
        # Told before Qt re-highlights the edited lines (slots run in connection order)...
        document.contentsChange.connect(self._edited)
        self.setDocument(document)
        # ...and after, to repaint the other lines whose underlines changed.
        document.contentsChange.connect(self._after_edit)
        self.setParent(document)

    # The map --------------------------------------------------------------------------

    def _edited(self, _position: int, _removed: int, _added: int) -> None:
        self._stale = True

    def findings_map(self) -> dict[int, list[Placed]]:
        """Block number → the findings that touch it, for the document's current text."""
        if self._stale:
            self._rebuild()
        return self._by_block

    def _rebuild(self) -> None:
        if self._before is None:
            self._before = (self.placed, self._lines)
        document = self.document()
        text = document.toPlainText()
        findings = self.coach.field_findings(self.field_key(), text)
        self.placed = place(text, findings, line_starts(document, text))
        by_block: dict[int, list[Placed]] = {}
        for placed in self.placed:
            for block in range(placed.first, placed.last + 1):
                by_block.setdefault(block, []).append(placed)
        self._by_block = by_block
        self._lines = document.blockCount()
        self._stale = False

    # Painting -------------------------------------------------------------------------

    def highlightBlock(self, text: str) -> None:
        number = self.currentBlock().blockNumber()
        formats = self.coach.formats
        for placed in self.findings_map().get(number, ()):
            start, end = placed.columns(number, len(text))
            left, right = to_qt(text, start), to_qt(text, end)
            if right > left:
                self.setFormat(left, right - left, formats[placed.finding.severity])

    def _after_edit(self, position: int, _removed: int, added: int) -> None:
        """Repaint the lines outside the edit whose underlines changed with it."""
        if self._stale:
            self._rebuild()
        document = self.document()
        first = document.findBlock(position).blockNumber()
        last = document.findBlock(position + added).blockNumber()
        if last < 0:
            last = document.blockCount() - 1
        self._repaint_changes(first, last)

    def refresh(self) -> None:
        """The findings changed without an edit (a dismissal): repaint the lines they touch."""
        self._stale = True
        self._rebuild()
        self._repaint_changes(-1, -2)

    def _repaint_changes(self, first: int, last: int) -> None:
        """Repaint the lines whose underlines changed, comparing the findings from before with
        the new ones: lines `first`..`last` are the edited ones (Qt repaints them), and the
        lines after them moved by the number of lines the edit added."""
        if self._before is None:
            return
        before, lines = self._before
        self._before = None
        delta = self._lines - lines
        last_before = last - delta  # the edited lines' last line number before the edit
        old: set[Shape] = set()
        lines_to_paint: set[int] = set()
        for placed in before:
            if placed.last < first:
                old.add(shape(placed, 0))
            elif placed.first > last_before:
                old.add(shape(placed, delta))
            else:  # it touched the edited lines: repaint the rest of where it was
                lines_to_paint.update(range(placed.first, first))
                lines_to_paint.update(
                    number + delta for number in range(last_before + 1, placed.last + 1)
                )
        for changed in old.symmetric_difference(shape(placed, 0) for placed in self.placed):
            lines_to_paint.update(range(changed[0], changed[2] + 1))
        document = self.document()
        for number in sorted(lines_to_paint):
            if first <= number <= last:
                continue
            block = document.findBlockByNumber(number)
            if block.isValid():
                self.rehighlightBlock(block)

    def rehighlight_all(self) -> None:
        """Check the text again and repaint every line (language or palette changed)."""
        self._stale = True
        self.rehighlight()
        self._before = None

    def all_placed(self) -> list[Placed]:
        """Every finding underlined in the document, for its current text."""
        self.findings_map()
        return self.placed

    def findings_in(self, block: QTextBlock) -> list[Placed]:
        """The findings underlined in one line (a finding may span several)."""
        return list(self.findings_map().get(block.blockNumber(), ()))
