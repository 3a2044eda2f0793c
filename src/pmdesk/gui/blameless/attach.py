"""Putting the coach on the wizard's text fields, and taking the writer to a finding's words."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QScrollArea, QTableWidget, QWidget

from pmdesk.gui.blameless.coach import WordingCoach
from pmdesk.gui.blameless.delegate import attach_timeline, attach_whys
from pmdesk.gui.blameless.fields import FieldPlace, Target
from pmdesk.gui.blameless.spans import find_again, to_qt
from pmdesk.gui.wizard.page import WizardPage
from pmdesk.gui.wizard.pages.causes_page import CausesPage
from pmdesk.gui.wizard.pages.sections import SectionsPage
from pmdesk.gui.wizard.pages.summary_page import AUDIENCE_FIELDS
from pmdesk.gui.wizard.pages.timeline_page import TimelinePage

AUDIENCE_OF_FIELD = {field: audience for audience, field in AUDIENCE_FIELDS.items()}


def section_key(name: str) -> str:
    """The engine's field key for a section editor: `impact_end_users` → `impact_audiences/…`."""
    audience = AUDIENCE_OF_FIELD.get(name)
    return f"impact_audiences/{audience}" if audience else name


def attach_coach(coach: WordingCoach, pages: Sequence[WizardPage]) -> list[QObject]:
    """Underline findings in every Markdown section, the selected cause and its whys, and the
    timeline's text column."""
    hooks: list[QObject] = []
    for page in pages:
        if isinstance(page, SectionsPage):
            for name, editor in page.editors.items():
                hooks.append(editor.attach_coach(coach, section_key(name)))
        if isinstance(page, CausesPage):
            hooks.append(coach.attach(page.text_edit, lambda page=page: _factor_key(page)))
            hooks.append(attach_whys(coach, page))
        if isinstance(page, TimelinePage):
            hooks.append(attach_timeline(coach, page))
    return hooks


def _factor_key(page: CausesPage) -> str | None:
    factor = page.current_factor()
    return f"factors/{factor.id}/text" if factor is not None else None


def reveal(widget: QWidget) -> None:
    """Scroll the page so that `widget` shows, and give it the focus."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        parent.ensureWidgetVisible(widget)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)


def select_words(widget: QWidget, place: FieldPlace, target: Target) -> bool:
    """Select the target's words in its input (or its row); False if they are gone."""
    if isinstance(widget, QPlainTextEdit):
        text = widget.toPlainText()
        span = find_again(text, target.start, target.end, target.match)
        if span is None:
            return False
        cursor = widget.textCursor()
        cursor.setPosition(to_qt(text, span[0]))
        cursor.setPosition(to_qt(text, span[1]), QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()
        return True
    if isinstance(widget, QLineEdit):
        text = widget.text()
        span = find_again(text, target.start, target.end, target.match)
        if span is None:
            return False
        widget.setSelection(to_qt(text, span[0]), to_qt(text, span[1]) - to_qt(text, span[0]))
        return True
    if isinstance(widget, QTableWidget) and 0 <= place.why < widget.rowCount():
        widget.setCurrentCell(place.why, 0)
        widget.scrollToItem(widget.item(place.why, 0))
        return True
    return False
