"""The coach on one text editor: underlines, a tooltip over a finding, and the finding's own
entries at the top of the editor's usual context menu ("Apply suggestion", "Dismiss…")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QHelpEvent, QTextBlock, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip

from pmdesk.blameless.findings import Finding
from pmdesk.gui.blameless.dismiss_dialog import DismissDialog
from pmdesk.gui.blameless.highlighter import FindingHighlighter
from pmdesk.gui.blameless.labels import category_label, finding_html
from pmdesk.gui.blameless.spans import find_again, to_python, to_qt

if TYPE_CHECKING:
    from pmdesk.gui.blameless.coach import FieldKey, WordingCoach

HEADER_WIDTH_CHARS = 60
"""A menu's header line is cut to about this many characters; the tooltip holds the rest."""


def matched_case(replacement: str, match: str) -> str:
    """ "Alice should have" → "The on-call…": a sentence start stays capitalised."""
    if match[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def select_span(edit: QPlainTextEdit, block: QTextBlock, start: int, end: int) -> QTextCursor:
    """A cursor selecting `text[start:end]` of a paragraph (code-point offsets)."""
    text = block.text()
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + to_qt(text, start))
    cursor.setPosition(block.position() + to_qt(text, end), QTextCursor.MoveMode.KeepAnchor)
    return cursor


class CoachedText(QObject):
    """Wires the coach into a QPlainTextEdit (a section, a cause's description)."""

    def __init__(self, coach: WordingCoach, edit: QPlainTextEdit, field_key: FieldKey) -> None:
        super().__init__(edit)
        self.coach = coach
        self.edit = edit
        self.field_key = field_key
        # Highlighting marks the document dirty, which QPlainTextEdit reports as textChanged:
        # not an edit by the writer, so the fields' listeners must not hear it.
        was_blocked = edit.blockSignals(True)
        try:
            self.highlighter = FindingHighlighter(edit.document(), coach, field_key)
            self.highlighter.rehighlight()
        finally:
            edit.blockSignals(was_blocked)
        coach.findings_changed.connect(self.recheck)
        edit.installEventFilter(self)
        edit.viewport().installEventFilter(self)

    def recheck(self, field_key: str = "") -> None:
        """Underline afresh after a change that was not typed (language, dismissal)."""
        if field_key and field_key != self.field_key():
            return
        was_blocked = self.edit.blockSignals(True)
        try:
            self.highlighter.rehighlight()
        finally:
            self.edit.blockSignals(was_blocked)

    def findings_at(self, cursor: QTextCursor) -> list[tuple[Finding, QTextBlock]]:
        """The findings that touch the cursor's position."""
        block = cursor.block()
        offset = to_python(block.text(), cursor.position() - block.position())
        return [
            (finding, block)
            for finding in self.highlighter.findings_in(block)
            if finding.start <= offset <= finding.end
        ]

    # Events -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and watched is self.edit.viewport():
            assert isinstance(event, QHelpEvent)
            return self._show_tooltip(event)
        if event.type() == QEvent.Type.ContextMenu:
            assert isinstance(event, QContextMenuEvent)
            keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
            if watched is self.edit.viewport() or (watched is self.edit and keyboard):
                return self._show_menu(event, keyboard)
        return False

    def _show_tooltip(self, event: QHelpEvent) -> bool:
        found = self.findings_at(self.edit.cursorForPosition(event.pos()))
        if not found:
            return False
        html = "<hr>".join(finding_html(finding) for finding, _block in found)
        QToolTip.showText(event.globalPos(), html, self.edit.viewport())
        return True

    def _show_menu(self, event: QContextMenuEvent, keyboard: bool) -> bool:
        if keyboard:
            cursor = self.edit.textCursor()
            where = self.edit.viewport().mapToGlobal(self.edit.cursorRect(cursor).bottomLeft())
        else:
            cursor = self.edit.cursorForPosition(event.pos())
            where = event.globalPos()
        found = self.findings_at(cursor)
        if not found:
            return False
        menu = self.edit.createStandardContextMenu()
        menu.setObjectName("coach_menu")
        self.add_actions(menu, found)
        menu.exec(where)
        menu.deleteLater()
        return True

    def add_actions(self, menu: QMenu, found: list[tuple[Finding, QTextBlock]]) -> None:
        """Put each finding's header, "Apply suggestion" and "Dismiss…" above the usual
        entries (Undo, Cut, Copy, Paste…)."""
        first = menu.actions()[0] if menu.actions() else None
        menu.setToolTipsVisible(True)
        metrics = menu.fontMetrics()
        for finding, block in found:
            header_text = self.tr("{category}: {message}").format(
                category=category_label(finding.category), message=finding.message
            )
            header = QAction(
                metrics.elidedText(
                    header_text,
                    Qt.TextElideMode.ElideRight,
                    metrics.averageCharWidth() * HEADER_WIDTH_CHARS,
                ),
                menu,
            )
            header.setObjectName("coach_header_action")
            header.setEnabled(False)
            header.setToolTip(header_text)
            if finding.replacement:
                apply_text = self.tr("Apply suggestion: “{replacement}”").format(
                    replacement=matched_case(finding.replacement, finding.match)
                )
            elif finding.replacement is not None:
                apply_text = self.tr("Apply suggestion: remove “{words}”").format(
                    words=finding.match.strip()
                )
            else:
                apply_text = self.tr("Apply suggestion")
            apply = QAction(apply_text.replace("&", "&&"), menu)
            apply.setObjectName("coach_apply_action")
            apply.setEnabled(finding.replacement is not None)
            apply.setToolTip(finding.suggestion)
            apply.triggered.connect(lambda _checked=False, f=finding, b=block: self.apply(f, b))
            dismiss = QAction(self.tr("&Dismiss…"), menu)
            dismiss.setObjectName("coach_dismiss_action")
            dismiss.setToolTip(self.tr("Keep this wording here, with a reason"))
            dismiss.triggered.connect(lambda _checked=False, f=finding: self.dismiss(f))
            menu.insertActions(first, [header, apply, dismiss])  # type: ignore[arg-type]
            menu.insertSeparator(first)  # type: ignore[arg-type]

    # What the menu does -----------------------------------------------------------------

    def apply(self, finding: Finding, block: QTextBlock) -> bool:
        """Put the suggested words in place, as one edit that Ctrl+Z undoes."""
        if finding.replacement is None or not block.isValid():
            return False
        span = find_again(block.text(), finding.start, finding.end, finding.match)
        if span is None:
            return False
        cursor = select_span(self.edit, block, *span)
        removed = cursor.selectedText()
        cursor.beginEditBlock()
        cursor.insertText(matched_case(finding.replacement, removed))
        if not finding.replacement and removed[:1].isupper():
            # "Simply restart…" without "Simply " still starts with a capital.
            after = QTextCursor(cursor)
            after.movePosition(
                QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor
            )
            if after.selectedText().islower():
                after.insertText(after.selectedText().upper())
        cursor.endEditBlock()
        self.edit.setTextCursor(cursor)
        return True

    def dismiss(self, finding: Finding) -> bool:
        """Ask for a reason, then keep the wording: the underline and the panel entry go."""
        field_key = self.field_key()
        if field_key is None:
            return False
        reason, accepted = DismissDialog.get_reason(self.edit.window(), finding)
        if not accepted:
            return False
        self.coach.dismiss(field_key, finding, reason)
        return True
