"""Putting the coach on the wizard's text fields, taking the writer to a finding's words, and
applying a suggestion from the panel through the field's own edit path (undo, autosave)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QScrollArea, QTableWidget, QWidget

from pmdesk.blameless.findings import Finding
from pmdesk.domain.enums import ActionStatus
from pmdesk.domain.model import Postmortem
from pmdesk.gui.blameless.coach import WordingCoach
from pmdesk.gui.blameless.delegate import attach_timeline, attach_whys
from pmdesk.gui.blameless.fields import FieldPlace, Target
from pmdesk.gui.blameless.rewrite import rewrite_span, rewritten
from pmdesk.gui.blameless.spans import find_again, to_qt
from pmdesk.gui.blameless.text_hook import CoachedText
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
    """Leave a Markdown field's preview, scroll the page so that `widget` shows, focus it."""
    holder = widget.parentWidget()
    while holder is not None:
        preview = getattr(holder, "preview_button", None)
        if preview is not None and preview.isChecked():
            preview.setChecked(False)  # the words are in the editor, not in the preview
            break
        holder = holder.parentWidget()
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


# Applying a suggestion from the panel ---------------------------------------------------------


def can_apply(pm: Postmortem, place: FieldPlace | None, finding: Finding) -> bool:
    """Whether the panel can apply this finding's suggestion where it was found: there must be
    a replacement, and an input the writer can undo it in (a reason is only editable for an
    action marked "Won't do")."""
    if place is None or finding.replacement is None:
        return False
    if place.widget == "action_rationale":
        action = next((item for item in pm.actions if item.id == place.item_id), None)
        return action is not None and action.status is ActionStatus.WONT_DO
    return True


def text_hook(widget: QWidget) -> CoachedText | None:
    """The coach's hook on a text editor, if it has one."""
    hooks = widget.findChildren(CoachedText)
    return hooks[-1] if hooks else None


def apply_in(page: WizardPage, widget: QWidget, place: FieldPlace, finding: Finding) -> bool:
    """Apply the suggestion in the input the writer was just taken to, the way typing there
    would: in a text editor or a line as one edit Ctrl+Z undoes there, in the timeline as the
    page's undoable "Edit event", in a why by opening the row's editor with the words replaced
    (Enter keeps them, Escape puts the old words back)."""
    if isinstance(widget, QPlainTextEdit):
        hook = text_hook(widget)
        return hook is not None and hook.apply_finding(finding)
    if isinstance(widget, QLineEdit):
        return widget.isEnabled() and apply_in_line(widget, finding)
    if isinstance(page, TimelinePage):
        return apply_in_timeline(page, place.item_id, finding)
    if isinstance(page, CausesPage) and place.widget == "factor_whys":
        return apply_in_why(page, place.why, finding)
    return False


def apply_in_line(edit: QLineEdit, finding: Finding) -> bool:
    """Replace the words in a line edit as typing would (its undo, its textEdited signal)."""
    text = edit.text()
    span = rewrite_span(text, finding)
    if span is None:
        return False
    start, end, inserted = span
    edit.setSelection(to_qt(text, start), to_qt(text, end) - to_qt(text, start))
    edit.insert(inserted)
    return True


def apply_in_timeline(page: TimelinePage, event_id: str, finding: Finding) -> bool:
    """Change the event's text with the page's own undoable command (Ctrl+Z on the page)."""
    pm = page.postmortem
    event = next((item for item in pm.timeline if item.id == event_id), None) if pm else None
    if event is None:
        return False
    text = rewritten(event.text, finding)
    if text is None:
        return False
    index = page._entry_index(event)  # the page's own edit path: an undoable EventCommand
    return page._push(index, event, replace(event, text=text))


def apply_in_why(page: CausesPage, row: int, finding: Finding) -> bool:
    """Open the why's row editor with the words replaced: the writer sees the change and keeps
    it with Enter (or undoes it with Ctrl+Z or Escape), as for any why they type."""
    table = page.whys_editor.table
    item = table.item(row, 0) if 0 <= row < table.rowCount() else None
    if item is None or rewrite_span(item.text(), finding) is None:
        return False
    table.setCurrentCell(row, 0)
    index = table.model().index(row, 0)
    table.setFocus(Qt.FocusReason.OtherFocusReason)
    table.edit(index)
    editor = table.indexWidget(index)
    return isinstance(editor, QLineEdit) and apply_in_line(editor, finding)
