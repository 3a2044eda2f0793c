"""The coach on one text editor: underlines, a tooltip over a finding, and the finding's own
entries at the top of the editor's usual context menu ("Apply suggestion", "Dismiss…")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip

from pmdesk.blameless.findings import Finding
from pmdesk.gui.blameless.dismiss_dialog import DismissDialog
from pmdesk.gui.blameless.highlighter import FindingHighlighter, Placed
from pmdesk.gui.blameless.labels import category_label, finding_html
from pmdesk.gui.blameless.rewrite import apply_label, matched_case
from pmdesk.gui.blameless.spans import to_python, to_qt

if TYPE_CHECKING:
    from pmdesk.gui.blameless.coach import FieldKey, WordingCoach

HEADER_WIDTH_CHARS = 60
"""A menu's header line is cut to about this many characters; the tooltip holds the rest."""
PARAGRAPH_SEPARATOR = "\u2029"
"""What a selection spanning lines holds where the text has a line break."""


def finding_cursor(edit: QPlainTextEdit, placed: Placed) -> QTextCursor | None:
    """A cursor selecting a finding's words, across lines; None if they are no longer there."""
    document = edit.document()
    first = document.findBlockByNumber(placed.first)
    last = document.findBlockByNumber(placed.last)
    if not first.isValid() or not last.isValid():
        return None
    cursor = QTextCursor(document)
    cursor.setPosition(first.position() + to_qt(first.text(), placed.first_column))
    cursor.setPosition(
        last.position() + to_qt(last.text(), placed.last_column), QTextCursor.MoveMode.KeepAnchor
    )
    words = cursor.selectedText().replace(PARAGRAPH_SEPARATOR, "\n")
    return cursor if words.casefold() == placed.finding.match.casefold() else None


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
            self.highlighter.rehighlight_all()
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
            if field_key:
                self.highlighter.refresh()  # only the lines whose underlines changed
            else:
                self.highlighter.rehighlight_all()
        finally:
            self.edit.blockSignals(was_blocked)

    def findings_at(self, cursor: QTextCursor) -> list[Placed]:
        """The findings that touch the cursor's position (on any of the lines they span)."""
        block = cursor.block()
        text = block.text()
        offset = to_python(text, cursor.position() - block.position())
        number = block.blockNumber()
        return [
            placed
            for placed in self.highlighter.findings_in(block)
            if placed.columns(number, len(text))[0]
            <= offset
            <= placed.columns(number, len(text))[1]
        ]

    def placed(self, finding: Finding) -> Placed | None:
        """Where a finding the panel lists is in this editor now (the same words, same rule)."""
        candidates = [
            placed
            for placed in self.highlighter.all_placed()
            if placed.finding.rule == finding.rule
            and placed.finding.match.casefold() == finding.match.casefold()
        ]
        exact = [placed for placed in candidates if placed.finding.start == finding.start]
        return (exact or candidates or [None])[0]

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
        html = "<hr>".join(finding_html(placed.finding) for placed in found)
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

    def add_actions(self, menu: QMenu, found: list[Placed]) -> None:
        """Put each finding's header, "Apply suggestion" and "Dismiss…" above the usual
        entries (Undo, Cut, Copy, Paste…)."""
        first = menu.actions()[0] if menu.actions() else None
        menu.setToolTipsVisible(True)
        metrics = menu.fontMetrics()
        for placed in found:
            finding = placed.finding
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
            apply = QAction(apply_label(finding).replace("&", "&&"), menu)
            apply.setObjectName("coach_apply_action")
            apply.setEnabled(finding.replacement is not None)
            apply.setToolTip(finding.suggestion)
            apply.triggered.connect(lambda _checked=False, p=placed: self.apply(p))
            dismiss = QAction(self.tr("&Dismiss…"), menu)
            dismiss.setObjectName("coach_dismiss_action")
            dismiss.setToolTip(self.tr("Keep this wording here, with a reason"))
            dismiss.triggered.connect(lambda _checked=False, f=finding: self.dismiss(f))
            menu.insertActions(first, [header, apply, dismiss])  # type: ignore[arg-type]
            menu.insertSeparator(first)  # type: ignore[arg-type]

    # What the menu does -----------------------------------------------------------------

    def apply(self, placed: Placed) -> bool:
        """Put the suggested words in place, as one edit that Ctrl+Z undoes."""
        finding = placed.finding
        if finding.replacement is None:
            return False
        cursor = finding_cursor(self.edit, placed)
        if cursor is None:
            return False
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

    def apply_finding(self, finding: Finding) -> bool:
        """Apply a finding the panel lists (found again in the text as it is now)."""
        placed = self.placed(finding)
        return placed is not None and self.apply(placed)

    def select_finding(self, finding: Finding) -> bool:
        """Select a finding's words, to show them (the panel's jump)."""
        placed = self.placed(finding)
        cursor = finding_cursor(self.edit, placed) if placed is not None else None
        if cursor is None:
            return False
        self.edit.setTextCursor(cursor)
        self.edit.ensureCursorVisible()
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
