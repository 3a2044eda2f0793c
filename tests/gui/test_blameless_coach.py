"""The wording coach in the editor, used as a writer would: blaming words get a wavy underline
as they are typed, the context menu applies a kinder rewrite (Ctrl+Z brings the words back) or
dismisses the hint with a reason that survives reopening, and the side panel lists every hint
and takes the writer to it. Checking follows the document's language, not the interface's."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QPlainTextEdit,
    QToolTip,
    QTreeWidgetItem,
    QWidget,
)

from pmdesk.blameless.document import postmortem_findings
from pmdesk.blameless.engine import check_text
from pmdesk.domain.enums import Language
from pmdesk.domain.model import ActionItem, Factor, TimelineEvent
from pmdesk.gui.autosave import SaveState
from pmdesk.gui.blameless.coach import WordingCoach
from pmdesk.gui.blameless.dismiss_dialog import DismissDialog
from pmdesk.gui.blameless.findings_panel import DISMISSAL_ROLE, FINDING_ROLE
from pmdesk.gui.blameless.labels import severity_colour
from pmdesk.gui.wizard.editor_window import PostmortemEditor
from pmdesk.gui.wizard.page import PageId
from pmdesk.gui.wizard.pages.basics_page import BasicsPage
from pmdesk.gui.wizard.pages.causes_page import CausesPage
from pmdesk.gui.wizard.pages.timeline_page import TimelinePage

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
