"""Findings underlined as the writer types: a wavy, coloured underline per finding.

Qt re-highlights only the paragraph being edited (and the ones after it while a block state
changes), so a keystroke costs one paragraph's check, which the coach caches. Fenced code is
skipped: the block state carries "inside a fence" from one paragraph to the next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QSyntaxHighlighter, QTextBlock, QTextDocument

from pmdesk.blameless.findings import Finding
from pmdesk.gui.blameless.spans import FENCE, to_qt

if TYPE_CHECKING:
    from pmdesk.gui.blameless.coach import FieldKey, WordingCoach

OUTSIDE_FENCE = 0
INSIDE_FENCE = 1


class FindingHighlighter(QSyntaxHighlighter):
    """Underlines the coach's findings in one text document."""

    def __init__(self, document: QTextDocument, coach: WordingCoach, field_key: FieldKey) -> None:
        super().__init__(document)
        self.coach = coach
        self.field_key = field_key

    def highlightBlock(self, text: str) -> None:
        inside = self.previousBlockState() == INSIDE_FENCE
        if FENCE.match(text):
            self.setCurrentBlockState(OUTSIDE_FENCE if inside else INSIDE_FENCE)
            return
        self.setCurrentBlockState(INSIDE_FENCE if inside else OUTSIDE_FENCE)
        if inside:
            return
        formats = self.coach.formats
        for finding in self.coach.check(text, self.field_key()):
            start = to_qt(text, finding.start)
            self.setFormat(start, to_qt(text, finding.end) - start, formats[finding.severity])

    def findings_in(self, block: QTextBlock) -> list[Finding]:
        """The findings underlined in one paragraph (none inside fenced code)."""
        text = block.text()
        if FENCE.match(text) or block.previous().userState() == INSIDE_FENCE:
            return []
        return self.coach.check(text, self.field_key())
