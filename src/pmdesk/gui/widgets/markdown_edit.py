"""A Markdown text field: a plain editor with undo, a preview toggle (Ctrl+Shift+P), and the
wording coach's underlines once an editor window attaches it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.export.html import render_markdown
from pmdesk.gui.widgets.safe_text import SafeTextBrowser

if TYPE_CHECKING:
    from pmdesk.gui.blameless.coach import WordingCoach


class MarkdownEdit(QWidget):
    """Edits one Markdown section; `text_edited` fires only for the user's own edits."""

    text_edited = Signal()

    def __init__(self, parent: QWidget | None = None, minimum_lines: int = 4) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(self.fontMetrics().lineSpacing() * (minimum_lines + 1))
        self.preview = SafeTextBrowser()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.editor)
        self.stack.addWidget(self.preview)
        self.preview_button = QToolButton()
        self.preview_button.setCheckable(True)
        self.preview_button.toggled.connect(self.show_preview)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        layout.addLayout(buttons)
        self._loading = False
        self.coach_hook: QObject | None = None
        self.editor.textChanged.connect(self._on_text_changed)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+P"), self)
        shortcut.activated.connect(self.preview_button.toggle)
        self.setFocusProxy(self.editor)
        self.retranslate()

    def retranslate(self) -> None:
        self.preview_button.setText(self.tr("Preview"))
        self.preview_button.setToolTip(self.tr("Show the text as it will read (Ctrl+Shift+P)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        """Show saved text without counting it as an edit (undo starts from here)."""
        self._loading = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._loading = False

    def attach_coach(self, coach: WordingCoach, field_key: str) -> QObject:
        """Underline blaming wording as it is typed, with the coach's tooltip and menu entries;
        `field_key` names this section for dismissals (`summary`, `impact_audiences/staff`)."""
        self.coach_hook = coach.attach(self.editor, lambda: field_key)
        return self.coach_hook

    def show_preview(self, on: bool) -> None:
        if on:
            self.preview.setHtml(render_markdown(self.text()))
            self.stack.setCurrentWidget(self.preview)
        else:
            self.stack.setCurrentWidget(self.editor)
            self.editor.setFocus()

    def _on_text_changed(self) -> None:
        if not self._loading:
            self.text_edited.emit()
