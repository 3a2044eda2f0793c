"""The wording coach in the editor, used as a writer would: blaming words get a wavy underline
as they are typed, the context menu applies a kinder rewrite (Ctrl+Z brings the words back) or
dismisses the hint with a reason that survives reopening, and the side panel lists every hint
and takes the writer to it. Checking follows the document's language, not the interface's."""

from __future__ import annotations

import json
import random
import sys
import threading
import time

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolTip,
    QTreeWidgetItem,
    QWidget,
)

from pmdesk.blameless.document import postmortem_findings
from pmdesk.blameless.engine import check_text
from pmdesk.blameless.findings import Finding
from pmdesk.domain.enums import Language
from pmdesk.domain.model import ActionItem, Factor, TimelineEvent
from pmdesk.gui.autosave import SaveState
from pmdesk.gui.blameless import coach as coach_module
from pmdesk.gui.blameless.coach import WordingCoach
from pmdesk.gui.blameless.dismiss_dialog import DismissDialog
from pmdesk.gui.blameless.findings_panel import DISMISSAL_ROLE, FINDING_ROLE
from pmdesk.gui.blameless.labels import severity_colour
from pmdesk.gui.blameless.paragraphs import LONG_PARAGRAPH, check_field, paragraph_spans
from pmdesk.gui.blameless.rewrite import rewritten
from pmdesk.gui.wizard.editor_window import PostmortemEditor
from pmdesk.gui.wizard.page import PageId
from pmdesk.gui.wizard.pages.basics_page import BasicsPage
from pmdesk.gui.wizard.pages.causes_page import CausesPage
from pmdesk.gui.wizard.pages.timeline_page import TimelinePage
from tests.blameless.cases_en import CASES as CASES_EN
from tests.blameless.cases_fr import CASES as CASES_FR

BLAMING = "Alice should have checked the replica lag."
LABELLING = "The rollback failed through human error."
FRENCH = "Marc aurait dû vérifier le retard de réplication."


def open_editor(qtbot, context, pm_id: str, page: PageId = PageId.SUMMARY) -> PostmortemEditor:
    editor = PostmortemEditor(context, context.library.load(pm_id))
    qtbot.addWidget(editor)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    editor.go_to(page, "summary" if page is PageId.SUMMARY else "")
    return editor


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type like a person with a French keyboard: accented letters arrive as key text."""
    for line_number, line in enumerate(text.split("\n")):
        if line_number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        for char in line:
            if char.isascii():
                qtbot.keyClicks(widget, char)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def summary_edit(editor: PostmortemEditor) -> QPlainTextEdit:
    edit = editor.pages[PageId.SUMMARY].field_widgets()["summary"]
    assert isinstance(edit, QPlainTextEdit)
    return edit


def wavy(edit: QPlainTextEdit) -> list[str]:
    """The words shown with a wavy underline, paragraph by paragraph."""
    words = []
    block = edit.document().firstBlock()
    while block.isValid():
        for span in block.layout().formats():
            if span.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
                words.append(block.text()[span.start : span.start + span.length])
        block = block.next()
    return words


def flagged(text: str, language: str = "en") -> str:
    """What the engine flags in a sentence (the test does not hard-code the rule catalogue)."""
    findings = check_text(text, language)
    assert findings, f"the engine flags {text!r}"
    return findings[0].match


def open_panel(qtbot, editor: PostmortemEditor) -> None:
    """F7 shows the wording coach's panel."""
    qtbot.keyClick(QApplication.focusWidget() or editor, Qt.Key.Key_F7)
    qtbot.waitUntil(editor.coach_dock.isVisible)


def panel_rows(editor: PostmortemEditor, role: int = FINDING_ROLE) -> list[QTreeWidgetItem]:
    tree = editor.findings_panel.tree
    rows = []
    for group_row in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(group_row)
        rows += [
            group.child(row)
            for row in range(group.childCount())
            if group.child(row).data(0, role) is not None
        ]
    return rows


def panel_texts(editor: PostmortemEditor, role: int = FINDING_ROLE) -> list[str]:
    return [row.text(0) for row in panel_rows(editor, role)]


def choose_from_context_menu(
    qtbot, edit: QPlainTextEdit, words: str, action_name: str
) -> list[str]:
    """Right-click in the middle of `words` and choose an entry; returns the menu's entries."""
    text = edit.toPlainText()
    cursor = edit.textCursor()
    cursor.setPosition(text.index(words) + len(words) // 2)
    where = edit.cursorRect(cursor).center()
    seen: list[str] = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, choose)
            return
        seen.extend(action.objectName() or action.text() for action in menu.actions())
        action = next(a for a in menu.actions() if a.objectName() == action_name)
        menu.setActiveAction(action)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose)
    # The right button's press is turned into this event by the window system.
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, where, edit.viewport().mapToGlobal(where)
    )
    QApplication.sendEvent(edit.viewport(), event)
    return seen


def test_a_blaming_sentence_is_underlined_and_the_suggestion_applies_with_undo(qtbot, context):
    words = flagged(BLAMING)
    editor = open_editor(qtbot, context, context.library.create("Replica lag"))
    edit = summary_edit(editor)
    qtbot.keyClicks(edit, BLAMING)
    assert wavy(edit) == [words], "underlined as it is typed"
    cursor = QTextCursor(edit.document())
    cursor.setPosition(BLAMING.index(words) + 1)
    block = cursor.block()
    spans = [
        s
        for s in block.layout().formats()
        if s.start <= cursor.positionInBlock() < s.start + s.length
    ]
    severity = check_text(BLAMING, "en")[0].severity
    assert spans[0].format.underlineColor() == severity_colour(severity), "coloured by severity"

    open_panel(qtbot, editor)
    qtbot.waitUntil(lambda: any(words in row for row in panel_texts(editor)))
    assert editor.coach_button.text().startswith("1 ")

    menu = choose_from_context_menu(qtbot, edit, words, "coach_apply_action")
    assert menu[:3] == ["coach_header_action", "coach_apply_action", "coach_dismiss_action"]
    assert "edit-copy" in menu, "the usual entries stay below"
    assert words not in edit.toPlainText()
    assert edit.toPlainText() != BLAMING
    assert editor.postmortem.summary == edit.toPlainText(), "the rewrite is an edit, saved"
    assert wavy(edit) == []
    qtbot.waitUntil(lambda: panel_texts(editor) == [])
    assert editor.findings_panel.empty_label.isVisible()

    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == BLAMING, "Ctrl+Z undoes the rewrite alone, not the typing"
    assert wavy(edit) == [words]
    qtbot.waitUntil(lambda: any(words in row for row in panel_texts(editor)))

    # With the panel closed, the count in the status bar still follows the typing.
    editor.activateWindow()  # offscreen, the closed menu leaves no window active
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(edit, Qt.Key.Key_F7)
    assert not editor.coach_dock.isVisible()
    qtbot.keyClicks(edit, " " + LABELLING)
    qtbot.waitUntil(lambda: editor.coach_button.text().startswith("2 "))
    qtbot.mouseClick(editor.coach_button, Qt.MouseButton.LeftButton)
    assert editor.coach_dock.isVisible()
    assert len(panel_texts(editor)) == 2
    first = panel_rows(editor)[0]
    rect = editor.findings_panel.tree.visualItemRect(first)
    tree = editor.findings_panel.tree.viewport()
    qtbot.mouseClick(tree, Qt.MouseButton.LeftButton, pos=rect.center())
    assert edit.hasFocus()
    assert edit.textCursor().selectedText() == words


def test_the_tooltip_explains_the_finding_and_how_to_reword_it(qtbot, context):
    editor = open_editor(qtbot, context, context.library.create("Replica lag"))
    edit = summary_edit(editor)
    qtbot.keyClicks(edit, BLAMING)
    finding = check_text(BLAMING, "en")[0]
    cursor = edit.textCursor()
    cursor.setPosition(finding.start + 2)
    where = edit.cursorRect(cursor).center()
    QApplication.sendEvent(
        edit.viewport(),
        QHelpEvent(QHelpEvent.Type.ToolTip, where, edit.viewport().mapToGlobal(where)),
    )
    qtbot.waitUntil(QToolTip.isVisible)
    tip = QToolTip.text()
    assert finding.message.split()[0] in tip
    assert "Try:" in tip
    QToolTip.hideText()


def test_the_keyboard_menu_offers_the_fix_where_the_text_cursor_is(qtbot, context):
    words = flagged(BLAMING)
    editor = open_editor(qtbot, context, context.library.create("Replica lag"))
    edit = summary_edit(editor)
    qtbot.keyClicks(edit, BLAMING)
    cursor = edit.textCursor()
    cursor.setPosition(BLAMING.index(words) + 2)
    edit.setTextCursor(cursor)
    entries: list[str] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, read_and_close)
            return
        entries.extend(action.objectName() for action in menu.actions())
        qtbot.keyClick(menu, Qt.Key.Key_Escape)

    QTimer.singleShot(0, read_and_close)
    # What the Menu key or Shift+F10 sends to the focused editor.
    center = edit.rect().center()
    QApplication.sendEvent(
        edit,
        QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, center, edit.mapToGlobal(center)),
    )
    assert entries[:3] == ["coach_header_action", "coach_apply_action", "coach_dismiss_action"]
    assert edit.toPlainText() == BLAMING


def test_a_dismissed_finding_stays_dismissed_after_reopening_and_is_exported(
    qtbot, context, when_modal
):
    words = flagged(LABELLING)
    pm_id = context.library.create("Replica lag")
    editor = open_editor(qtbot, context, pm_id)
    edit = summary_edit(editor)
    qtbot.keyClicks(edit, LABELLING)
    assert wavy(edit) == [words]
    open_panel(qtbot, editor)
    qtbot.waitUntil(lambda: len(panel_texts(editor)) == 1)

    asked: list[bool] = []

    def give_reason(dialog) -> None:
        assert isinstance(dialog, DismissDialog)
        asked.append(dialog.ok_button.isEnabled())  # a reason is required
        qtbot.keyClicks(dialog.reason_edit, "Quoted from the vendor's report")
        asked.append(dialog.ok_button.isEnabled())
        dialog.ok_button.click()

    when_modal(give_reason)
    choose_from_context_menu(qtbot, edit, words, "coach_dismiss_action")
    assert asked == [False, True]
    assert wavy(edit) == []
    assert panel_texts(editor) == []
    assert any(words in row for row in panel_texts(editor, DISMISSAL_ROLE))
    assert edit.toPlainText() == LABELLING, "dismissing keeps the text as written"
    qtbot.waitUntil(lambda: editor.autosave.state is SaveState.SAVED and not editor.autosave.dirty)
    editor.close()

    again = open_editor(qtbot, context, pm_id)
    assert summary_edit(again).toPlainText() == LABELLING
    assert wavy(summary_edit(again)) == []
    open_panel(qtbot, again)
    assert panel_texts(again) == []
    assert again.coach_button.text().startswith("0 ")
    (dismissal,) = json.loads(context.library.export_json(pm_id))["postmortem"]["dismissals"]
    assert dismissal["field"] == "summary"
    assert dismissal["rule"] == check_text(LABELLING, "en")[0].rule
    assert dismissal["match"] == words
    assert dismissal["reason"] == "Quoted from the vendor's report"

    # "Show again" restores the hint, and that is saved too.
    dismissed = panel_rows(again, DISMISSAL_ROLE)
    again.findings_panel.tree.setCurrentItem(dismissed[0])
    qtbot.mouseClick(again.findings_panel.restore_button, Qt.MouseButton.LeftButton)
    assert wavy(summary_edit(again)) == [words]
    assert len(panel_texts(again)) == 1
    assert again.autosave.flush()
    assert context.library.load(pm_id).dismissals == []


def test_a_french_postmortem_is_checked_in_french_whatever_the_interface(qtbot, context):
    words = flagged(FRENCH, "fr")
    assert "aurait dû" in words
    french = open_editor(qtbot, context, context.library.create("Réplication", Language.FR))
    type_text(qtbot, summary_edit(french), f"{FRENCH}\n{BLAMING}")
    assert wavy(summary_edit(french)) == [words], "French rules only, in an English interface"

    english = open_editor(qtbot, context, context.library.create("Replication"))
    type_text(qtbot, summary_edit(english), f"{FRENCH}\n{BLAMING}")
    assert wavy(summary_edit(english)) == [flagged(BLAMING)], "English rules only"

    # Switching the document's language on the Basics page checks everything again.
    english.go_to(PageId.BASICS)
    basics = english.current_page
    assert isinstance(basics, BasicsPage)
    combo = basics.language_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert english.postmortem.language is Language.FR
    assert wavy(summary_edit(english)) == [words]


def test_the_panel_takes_the_writer_to_a_timeline_event_and_to_a_cause(qtbot, context):
    pm_id = context.library.create("Replica lag")
    pm = context.library.load(pm_id)
    pm.timeline.append(
        TimelineEvent(at=pm.created_at, text="Bob should have rolled back the deploy.")
    )
    pm.timeline.append(TimelineEvent(at=pm.created_at, text="Alerts fired for the replica."))
    pm.factors.append(Factor(text="The failover runbook was out of date."))
    pm.factors.append(Factor(text="It was human error on the release."))
    context.library.save(pm)
    editor = open_editor(qtbot, context, pm_id)
    open_panel(qtbot, editor)
    rows = panel_rows(editor)
    assert len(rows) == 2
    assert editor.findings_panel.findings == postmortem_findings(editor.postmortem)

    event_row = next(row for row in rows if row.parent().text(0).startswith("3. Timeline"))
    editor.findings_panel.tree.setCurrentItem(event_row)
    qtbot.keyClick(editor.findings_panel.tree, Qt.Key.Key_Return)
    assert editor.current_page is editor.pages[PageId.TIMELINE]
    timeline = editor.current_page
    assert isinstance(timeline, TimelinePage)
    assert timeline.selected_event() is editor.postmortem.timeline[0]

    cause_row = next(row for row in rows if row.parent().text(0).startswith("5. Causes"))
    rect = editor.findings_panel.tree.visualItemRect(cause_row)
    qtbot.mouseClick(
        editor.findings_panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    causes = editor.current_page
    assert isinstance(causes, CausesPage)
    assert causes.current_factor() is editor.postmortem.factors[1]
    assert causes.text_edit.hasFocus()
    assert causes.text_edit.textCursor().selectedText() == flagged(pm.factors[1].text)
    assert wavy(causes.text_edit) == [flagged(pm.factors[1].text)]


def test_a_bug_in_the_rules_is_reported_once_and_never_stops_the_writer(
    qtbot, context, monkeypatch
):
    reported: list[BaseException] = []

    def broken(*_args: object) -> list[object]:
        raise RuntimeError("a rule is broken")

    monkeypatch.setattr("pmdesk.gui.blameless.coach.check_text", broken)
    monkeypatch.setattr(sys, "excepthook", lambda _kind, error, _trace: reported.append(error))
    editor = open_editor(qtbot, context, context.library.create("Replica lag"))
    edit = summary_edit(editor)
    qtbot.keyClicks(edit, BLAMING)
    open_panel(qtbot, editor)
    qtbot.waitUntil(lambda: len(reported) == 1)
    assert edit.toPlainText() == BLAMING
    assert wavy(edit) == []
    assert editor.autosave.flush()
    assert context.library.load(editor.postmortem.id).summary == BLAMING
    qtbot.wait(50)
    assert len(reported) == 1, "reported once, not on every keystroke"


def test_the_panel_lists_exactly_what_postmortem_findings_returns(context):
    pm = context.library.load(context.library.create("Replica lag"))
    pm.summary = BLAMING
    pm.impact_audiences = {**pm.impact_audiences, "staff": LABELLING}
    pm.timeline += [TimelineEvent(at=pm.created_at, text=BLAMING) for _ in range(3)]
    pm.factors.append(Factor(text=LABELLING, whys=["Fine.", BLAMING]))
    pm.actions.append(ActionItem(title="Retrain Alice", rationale=LABELLING))
    pm.went_wrong = LABELLING
    coach = WordingCoach(pm)
    assert coach.document_findings() == postmortem_findings(pm)
    assert len(postmortem_findings(pm)) >= 8
    pm.summary = "Checkout failed for 40 minutes."  # an edit: only this field is checked again
    assert coach.document_findings() == postmortem_findings(pm)


def test_the_event_dialog_underlines_what_happened_as_it_is_typed(qtbot, context):
    pm_id = context.library.create("Replica lag")
    pm = context.library.load(pm_id)
    pm.timeline.append(TimelineEvent(at=pm.created_at, text="Alerts fired for the replica."))
    context.library.save(pm)
    editor = open_editor(qtbot, context, pm_id, PageId.TIMELINE)
    timeline = editor.current_page
    assert isinstance(timeline, TimelinePage)
    timeline.select_id(editor.postmortem.timeline[0].id)
    seen: list[list[str]] = []

    def type_into_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, type_into_dialog)
            return
        text_edit = dialog.text_edit
        text_edit.selectAll()
        type_text(qtbot, text_edit, "Bob should have rolled back the deploy.")
        seen.append(wavy(text_edit))
        dialog.reject()

    QTimer.singleShot(0, type_into_dialog)
    timeline.edit_event()
    assert seen == [[flagged("Bob should have rolled back the deploy.")]]


# Review fixes: wrapped sentences, acting from the panel, no whole-document check per keystroke.

WRAPPED = "The operator should have\nchecked the dashboard."


def choose_from_menu(qtbot, action_name: str, seen: list[str] | None = None) -> None:
    """Once a popup menu shows, choose its entry named `action_name`."""

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, choose)
            return
        if seen is not None:
            seen.extend(action.objectName() for action in menu.actions())
        action = next(a for a in menu.actions() if a.objectName() == action_name)
        menu.setActiveAction(action)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose)


def give_reason(qtbot, reason: str):
    def handle(dialog) -> None:
        assert isinstance(dialog, DismissDialog)
        qtbot.keyClicks(dialog.reason_edit, reason)
        dialog.ok_button.click()

    return handle


def long_postmortem(context, extra: str = "") -> str:
    """400 clean timeline events (more than the interface thread checks itself), and `extra`."""
    pm = context.library.load(context.library.create("Replica lag"))
    texts = [f"Replica {n} lagged; alerts fired for it." for n in range(400)]
    pm.timeline += [TimelineEvent(at=pm.created_at, text=text) for text in [*texts, extra] if text]
    context.library.save(pm)
    return pm.id


def row_for(editor: PostmortemEditor, words: str) -> QTreeWidgetItem:
    return next(row for row in panel_rows(editor) if words in row.text(0))


def test_a_sentence_wrapped_over_two_lines_is_underlined_on_both_and_can_be_fixed(
    qtbot, context, when_modal
):
    words = flagged(WRAPPED)
    assert "\n" in words, "the engine reads the two lines as one sentence"
    first_part, second_part = words.split("\n")
    editor = open_editor(qtbot, context, context.library.create("Dashboard"))
    edit = summary_edit(editor)
    type_text(qtbot, edit, WRAPPED)
    assert wavy(edit) == [first_part, second_part], "each line shows its part of the finding"

    # The tooltip explains it over the first line's part too.
    cursor = edit.textCursor()
    cursor.setPosition(WRAPPED.index(first_part) + 2)
    where = edit.cursorRect(cursor).center()
    QApplication.sendEvent(
        edit.viewport(),
        QHelpEvent(QHelpEvent.Type.ToolTip, where, edit.viewport().mapToGlobal(where)),
    )
    qtbot.waitUntil(QToolTip.isVisible)
    assert "Try:" in QToolTip.text()
    QToolTip.hideText()

    # Apply from the second line's part: the whole phrase is replaced, as one undoable edit.
    menu = choose_from_context_menu(qtbot, edit, second_part, "coach_apply_action")
    assert menu[:3] == ["coach_header_action", "coach_apply_action", "coach_dismiss_action"]
    assert "should have" not in edit.toPlainText()
    assert editor.postmortem.summary == edit.toPlainText()
    assert wavy(edit) == []
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == WRAPPED
    assert wavy(edit) == [first_part, second_part]

    # Dismiss from the first line's part: both parts lose their underline.
    when_modal(give_reason(qtbot, "The operator's own words, quoted"))
    choose_from_context_menu(qtbot, edit, first_part, "coach_dismiss_action")
    assert wavy(edit) == []
    assert edit.toPlainText() == WRAPPED
    (dismissal,) = editor.postmortem.dismissals
    assert (dismissal.field_key, dismissal.match) == ("summary", words)
    editor.activateWindow()  # offscreen, the closed dialog leaves no window active
    qtbot.waitUntil(editor.isActiveWindow)
    open_panel(qtbot, editor)
    assert panel_texts(editor) == []


def test_the_panel_applies_a_suggestion_to_a_timeline_event_and_the_page_undoes_it(qtbot, context):
    blaming = "Bob should have rolled back the deploy."
    pm_id = context.library.create("Replica lag")
    pm = context.library.load(pm_id)
    pm.timeline.append(TimelineEvent(at=pm.created_at, text=blaming))
    context.library.save(pm)
    finding = check_text(blaming, "en")[0]
    assert finding.replacement is not None
    expected = rewritten(blaming, finding)
    editor = open_editor(qtbot, context, pm_id)
    open_panel(qtbot, editor)
    tree = editor.findings_panel.tree
    tree.setFocus()
    tree.setCurrentItem(row_for(editor, finding.match))
    assert editor.findings_panel.apply_button.isEnabled()

    # The Menu key opens the row's own menu; its first entry applies the suggestion.
    seen: list[str] = []
    choose_from_menu(qtbot, "finding_apply_action", seen)
    qtbot.keyClick(tree, Qt.Key.Key_Menu)
    assert seen[:2] == ["finding_apply_action", "finding_dismiss_action"]
    event = editor.postmortem.timeline[0]
    assert event.text == expected
    timeline = editor.current_page
    assert isinstance(timeline, TimelinePage)
    assert timeline.selected_event() is event
    qtbot.waitUntil(lambda: panel_texts(editor) == [])
    assert editor.autosave.flush()
    assert context.library.load(pm_id).timeline[0].text == expected

    # The page's own undo (Ctrl+Z in the timeline) puts the words back, and that is saved.
    editor.activateWindow()  # offscreen, the closed menu leaves no window active
    qtbot.waitUntil(editor.isActiveWindow)
    assert timeline.table.hasFocus(), "the writer is left where the words changed"
    qtbot.keyClick(timeline.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.postmortem.timeline[0].text == blaming
    qtbot.waitUntil(lambda: len(panel_texts(editor)) == 1)
    assert editor.autosave.flush()
    assert context.library.load(pm_id).timeline[0].text == blaming


def test_a_hint_in_a_why_is_dismissed_from_the_panel_and_stays_dismissed(
    qtbot, context, when_modal
):
    why = "It was human error on the release."
    words = flagged(why)
    pm_id = context.library.create("Replica lag")
    pm = context.library.load(pm_id)
    pm.factors.append(Factor(text="The failover runbook was out of date.", whys=[why]))
    context.library.save(pm)
    editor = open_editor(qtbot, context, pm_id)
    open_panel(qtbot, editor)
    panel = editor.findings_panel
    panel.tree.setCurrentItem(row_for(editor, words))
    assert panel.dismiss_button.isEnabled()

    when_modal(give_reason(qtbot, "The vendor's report, quoted"))
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert panel_texts(editor) == []
    assert any(words in row for row in panel_texts(editor, DISMISSAL_ROLE))
    assert editor.coach_button.text().startswith("0 ")
    qtbot.waitUntil(lambda: editor.autosave.state is SaveState.SAVED and not editor.autosave.dirty)
    editor.close()

    (dismissal,) = context.library.load(pm_id).dismissals
    factor_id = pm.factors[0].id
    assert (dismissal.field_key, dismissal.match) == (f"factors/{factor_id}/whys/0", words)
    assert dismissal.reason == "The vendor's report, quoted"
    again = open_editor(qtbot, context, pm_id)
    open_panel(qtbot, again)
    assert panel_texts(again) == []


def test_the_panel_applies_a_suggestion_in_a_why_through_the_rows_editor(qtbot, context):
    why = "Alice should have checked the replica lag."
    finding = check_text(why, "en")[0]
    pm_id = context.library.create("Replica lag")
    pm = context.library.load(pm_id)
    pm.factors.append(Factor(text="The failover runbook was out of date.", whys=[why]))
    context.library.save(pm)
    editor = open_editor(qtbot, context, pm_id)
    open_panel(qtbot, editor)
    panel = editor.findings_panel
    panel.tree.setCurrentItem(row_for(editor, finding.match))
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    causes = editor.current_page
    assert isinstance(causes, CausesPage)
    row_editor = QApplication.focusWidget()
    assert isinstance(row_editor, QLineEdit), "the why's row is open for editing"
    assert row_editor.text() == rewritten(why, finding), "with the words replaced"
    assert editor.postmortem.factors[0].whys == [why], "kept only once the writer agrees"
    qtbot.keyClick(row_editor, Qt.Key.Key_Return)  # keep the rewrite, as for a typed why
    qtbot.waitUntil(lambda: editor.postmortem.factors[0].whys == [rewritten(why, finding)])
    qtbot.waitUntil(lambda: panel_texts(editor) == [])


def test_typing_with_the_panel_hidden_rechecks_only_the_typed_paragraph(
    qtbot, context, monkeypatch
):
    pm_id = context.library.create("Replica lag")
    pm = context.library.load(pm_id)
    pm.summary = "The replica lagged.\n\nCheckout failed for 40 minutes."
    pm.timeline += [
        TimelineEvent(at=pm.created_at, text=f"Alerts fired for replica {n}.") for n in range(40)
    ]
    context.library.save(pm)
    editor = open_editor(qtbot, context, pm_id)
    qtbot.waitUntil(lambda: editor.coach_button.text().startswith("0 "))
    checked: list[str] = []
    listed: list[bool] = []
    engine = coach_module.check_text

    def spy(text: str, *args: object) -> object:
        checked.append(text)
        return engine(text, *args)

    monkeypatch.setattr(coach_module, "check_text", spy)
    monkeypatch.setattr(editor.coach, "document_findings", lambda: listed.append(True) or [])
    edit = summary_edit(editor)
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    qtbot.keyClicks(edit, " " + BLAMING)
    qtbot.waitUntil(lambda: editor.coach_button.text().startswith("1 "))
    assert not editor.coach_dock.isVisible()
    assert checked, "the typed paragraph is checked as it is typed"
    typed = "Checkout failed for 40 minutes. " + BLAMING
    assert all(typed.startswith(text) for text in checked), "only the typed paragraph"
    assert listed == [], "no list is built while the panel is hidden"


def test_a_long_postmortem_is_first_checked_off_the_interface_thread(qtbot, context, monkeypatch):
    pm_id = long_postmortem(context, extra=BLAMING)
    threads: set[str] = set()
    engine = coach_module.check_text

    def spy(text: str, *args: object) -> object:
        if text.startswith("Replica"):
            threads.add(threading.current_thread().name)
        return engine(text, *args)

    monkeypatch.setattr(coach_module, "check_text", spy)
    editor = open_editor(qtbot, context, pm_id)
    qtbot.waitUntil(lambda: editor.coach_button.text().startswith("1 "))
    assert threading.current_thread().name not in threads
    assert any(name.startswith("pmdesk-coach") for name in threads)
    open_panel(qtbot, editor)
    assert editor.findings_panel.findings == postmortem_findings(editor.postmortem)


def test_the_panel_applies_a_suggestion_to_an_action_title_that_ctrl_z_undoes(qtbot, context):
    title = "Simply restart the pod when the disk fills"
    finding = check_text(title, "en", "actions")[0]
    assert finding.replacement is not None
    pm_id = context.library.create("Disk full")
    pm = context.library.load(pm_id)
    pm.actions.append(ActionItem(title=title))
    context.library.save(pm)
    editor = open_editor(qtbot, context, pm_id)
    open_panel(qtbot, editor)
    panel = editor.findings_panel
    panel.tree.setCurrentItem(row_for(editor, finding.match))
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    title_edit = editor.pages[PageId.ACTIONS].field_widgets()["action_title"]
    assert isinstance(title_edit, QLineEdit)
    assert editor.postmortem.actions[0].title == rewritten(title, finding)
    assert title_edit.hasFocus()
    qtbot.waitUntil(lambda: panel_texts(editor) == [])
    qtbot.keyClick(title_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.postmortem.actions[0].title == title
    assert editor.autosave.flush()
    assert context.library.load(pm_id).actions[0].title == title


def test_checking_paragraph_by_paragraph_finds_what_lint_finds_in_the_whole_field():
    """The editor and the panel check a field paragraph by paragraph (so typing re-checks one);
    that must find exactly what `check_text` (and `pmdesk lint`) finds in the whole field."""
    separators = ["\n", "\n", " ", "\n\n", "\n- ", "\n> ", "\n\n    ", "\n```\n", "\n~~~\n"]
    weights = [30, 30, 20, 6, 3, 2, 1, 1, 1]
    for language in ("en", "fr"):
        cases = CASES_FR if language == "fr" else CASES_EN
        sentences = [text for text, _labels in cases]
        sentences += [WRAPPED, "See `a code\nspan`.", 'He said "we should have\nchecked".']
        rng = random.Random(4)
        for size in [*range(2, 40), 300, 600]:
            text = "".join(
                rng.choices(separators, weights)[0] + rng.choice(sentences) for _ in range(size)
            )

            def check(paragraph: str, language: str = language) -> list[Finding]:
                return check_text(paragraph, language, "summary")

            assert check_field(text, check).findings == tuple(check(text)), text

    # 1,500 lines with no blank line: cut into pieces, so that a keystroke re-checks one.
    listing = "\n".join(BLAMING if n % 7 == 0 else "The replica lagged." for n in range(1500))
    assert len(paragraph_spans(listing)) > len(listing) // LONG_PARAGRAPH
    assert check_field(listing, lambda text: check_text(text, "en")).findings == tuple(
        check_text(listing, "en")
    )


def test_applying_a_row_twice_never_rewrites_other_words(qtbot, context):
    second = "Bob should have checked the disk."
    pm_id = context.library.create("Replica lag")
    pm = context.library.load(pm_id)
    pm.summary = f"{BLAMING}\n\n{second}"
    context.library.save(pm)
    editor = open_editor(qtbot, context, pm_id)
    open_panel(qtbot, editor)
    panel = editor.findings_panel
    panel.tree.setCurrentItem(panel_rows(editor)[0])
    found = panel.finding_of(panel.tree.currentItem())
    assert found is not None
    assert editor.apply_finding(found)
    assert not editor.apply_finding(found), "the row is out of date once applied"
    assert editor.postmortem.summary.endswith(f"\n\n{second}")
    assert editor.statusBar().currentMessage().startswith("The words changed")


def test_apply_is_offered_only_where_the_field_can_change(qtbot, context):
    pm_id = context.library.create("Disk full")
    pm = context.library.load(pm_id)
    pm.actions.append(ActionItem(title="Add a disk alert", rationale=BLAMING))
    context.library.save(pm)
    editor = open_editor(qtbot, context, pm_id)
    open_panel(qtbot, editor)
    panel = editor.findings_panel
    panel.tree.setCurrentItem(row_for(editor, flagged(BLAMING)))
    assert not panel.apply_button.isEnabled(), "an open action's reason is locked"
    assert panel.dismiss_button.isEnabled()


def test_applying_from_the_panel_leaves_the_preview_for_the_editor(qtbot, context):
    pm_id = context.library.create("Replica lag")
    pm = context.library.load(pm_id)
    pm.summary = BLAMING
    context.library.save(pm)
    editor = open_editor(qtbot, context, pm_id)
    markdown = editor.pages[PageId.SUMMARY].editors["summary"]
    markdown.preview_button.setChecked(True)
    open_panel(qtbot, editor)
    panel = editor.findings_panel
    panel.tree.setCurrentItem(row_for(editor, flagged(BLAMING)))
    qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    assert not markdown.preview_button.isChecked()
    assert summary_edit(editor).isVisible()
    assert summary_edit(editor).hasFocus()
    assert flagged(BLAMING) not in editor.postmortem.summary


def test_switching_language_stops_the_check_in_the_old_one(qtbot, context, monkeypatch):
    pm_id = long_postmortem(context)
    checked: list[str] = []
    engine = coach_module.check_text

    def slow(text: str, language: str, *args: object) -> object:
        if text.startswith("Replica"):
            checked.append(language)
            time.sleep(0.002)
        return engine(text, language, *args)

    monkeypatch.setattr(coach_module, "check_text", slow)
    editor = open_editor(qtbot, context, pm_id)
    qtbot.waitUntil(lambda: "en" in checked)
    editor.postmortem.language = Language.FR
    editor.coach.language_changed()
    qtbot.waitUntil(lambda: not editor.coach.checking(), timeout=10_000)
    assert checked.count("en") < 400, "the English batch stopped"
    assert checked.count("fr") == 400


def test_a_crash_in_the_background_check_is_reported_and_does_not_hang_the_panel(
    qtbot, context, monkeypatch
):
    pm_id = long_postmortem(context)

    def broken(*args: object) -> object:
        raise MemoryError

    monkeypatch.setattr(coach_module, "check_batch", broken)
    reported: list[object] = []

    def report(coach: object, error: object) -> None:  # what _report does, minus the dialog
        reported.append(error)
        coach.broken = True  # type: ignore[attr-defined]

    monkeypatch.setattr(coach_module.WordingCoach, "_report", report)
    editor = open_editor(qtbot, context, pm_id)
    qtbot.waitUntil(lambda: bool(reported))
    qtbot.waitUntil(lambda: not editor.coach.checking())
    assert isinstance(reported[0][1], MemoryError)
    assert "Checking" not in editor.coach_button.text()
