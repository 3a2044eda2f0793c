"""The Actions step: action items typed with the keyboard only, saved with owners and dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel

from pmdesk.domain.enums import ActionStatus, ActionType, FactorKind, Priority, Status
from pmdesk.domain.model import ActionItem, Factor
from pmdesk.gui.wizard.actions.action_model import DUE, OWNER
from pmdesk.gui.wizard.editor_window import PostmortemEditor
from pmdesk.gui.wizard.page import PageId
from pmdesk.gui.wizard.pages.actions_page import ActionsPage
from tests.gui import wizard_fixtures

open_editor = wizard_fixtures.open_editor
start_page = wizard_fixtures.start_on(PageId.ACTIONS)


def actions_page(editor: PostmortemEditor) -> ActionsPage:
    return wizard_fixtures.current_page(editor, ActionsPage)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    """A key pressed wherever the focus is, as a person would."""
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def type_text(qtbot, text: str) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, text)


def tab(qtbot) -> None:
    press(qtbot, Qt.Key.Key_Tab)


def test_two_actions_typed_with_the_keyboard_only_are_saved(open_editor, qtbot, context):
    pm_id = context.library.create("Checkout errors")
    pm = context.library.load(pm_id)
    pm.authors = ["Priya Nair"]
    pm.factors = [Factor(text="No canary stage for configuration", kind=FactorKind.ROOT_CAUSE)]
    context.library.save(pm)
    editor = open_editor(pm_id)
    page = actions_page(editor)
    form = page.action_form
    assert page.table.hasFocus(), "the action list is the page's first field"

    press(qtbot, Qt.Key.Key_Insert)
    assert form.title_edit.hasFocus()
    type_text(qtbot, "Add a canary stage for configuration")
    tab(qtbot)
    assert form.type_combo.hasFocus()
    press(qtbot, Qt.Key.Key_Home)  # Investigate
    press(qtbot, Qt.Key.Key_Down)  # Mitigate now
    tab(qtbot)
    assert form.owner_edit.hasFocus()
    assert not form.owner_note.isHidden(), "a missing owner is said in words"
    assert page.model.index(0, OWNER).data() == "No owner"
    type_text(qtbot, "Priya Nair")
    assert form.owner_note.isHidden()
    tab(qtbot)
    if not form.priority_combo.hasFocus():  # the completer's popup took the first Tab
        tab(qtbot)
    assert form.priority_combo.hasFocus()
    press(qtbot, Qt.Key.Key_Home)  # P0
    tab(qtbot)
    assert form.due_edit.hasFocus()
    assert form.due_edit.text() == "No date"
    assert not form.due_note.isHidden()
    type_text(qtbot, "2026-04-15")
    assert form.due_edit.value() == date(2026, 4, 15)
    assert form.due_note.isHidden()
    tab(qtbot)
    assert form.clear_due_button.hasFocus()
    tab(qtbot)
    assert form.status_combo.hasFocus()
    press(qtbot, Qt.Key.Key_Down)  # In progress
    tab(qtbot)
    assert form.tracker_edit.hasFocus(), "the reason field is skipped until it is needed"
    type_text(qtbot, "OPS-42")
    tab(qtbot)
    assert form.factors_list.hasFocus()
    press(qtbot, Qt.Key.Key_Space)

    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # "&Add action"
    qtbot.waitUntil(form.title_edit.hasFocus)  # a mnemonic animates the button's click
    type_text(qtbot, "Alert on configuration error rate")
    tab(qtbot)
    press(qtbot, Qt.Key.Key_Up)  # Mitigate future
    tab(qtbot)
    type_text(qtbot, "Sam Okafor")

    actions = editor.postmortem.actions
    first, second = actions
    assert (first.title, first.type, first.owner, first.priority) == (
        "Add a canary stage for configuration",
        ActionType.MITIGATE_NOW,
        "Priya Nair",
        Priority.P0,
    )
    assert (first.due, first.status, first.tracker) == (
        date(2026, 4, 15),
        ActionStatus.IN_PROGRESS,
        "OPS-42",
    )
    assert first.factor_ids == [editor.postmortem.factors[0].id]
    assert (second.title, second.type, second.owner, second.due) == (
        "Alert on configuration error rate",
        ActionType.MITIGATE_FUTURE,
        "Sam Okafor",
        None,
    )
    assert page.model.index(1, DUE).data() == "No due date"
    assert page.model.index(1, DUE).data(Qt.ItemDataRole.DecorationRole) is not None
    assert editor.autosave.flush()
    saved = context.library.load(pm_id)
    assert saved.actions == actions
    assert [action.id for action in saved.actions] == [first.id, second.id]


def test_wont_do_enables_the_reason_and_asks_for_it_kindly(open_editor, qtbot, context):
    pm_id = context.library.create("Search latency")
    pm = context.library.load(pm_id)
    pm.actions = [ActionItem(title="Rewrite the search service", owner="Mei Chen")]
    context.library.save(pm)
    editor = open_editor(pm_id)
    form = actions_page(editor).action_form
    assert not form.rationale_edit.isEnabled()
    form.status_combo.setFocus()
    qtbot.keyClick(form.status_combo, Qt.Key.Key_End)  # Won't do
    assert form.rationale_edit.isEnabled()
    assert not form.rationale_note.isHidden(), "a gentle nudge, not a block"
    assert form.owner_note.isHidden(), "an action that will not be done needs no owner"
    form.rationale_edit.setFocus()
    qtbot.keyClicks(form.rationale_edit, "Replaced by the managed search offering")
    assert form.rationale_note.isHidden()
    action = editor.postmortem.actions[0]
    assert action.status is ActionStatus.WONT_DO
    assert action.rationale == "Replaced by the managed search offering"
    assert editor.autosave.flush()
    saved = context.library.load(pm_id).actions[0]
    assert (saved.status, saved.rationale) == (action.status, action.rationale)
    qtbot.keyClick(form.status_combo, Qt.Key.Key_Home)
    assert not form.rationale_edit.isEnabled()


def test_done_records_when_and_reopening_clears_it(open_editor, qtbot, context):
    pm_id = context.library.create("Disk full")
    pm = context.library.load(pm_id)
    pm.actions = [ActionItem(title="Alert at 80% disk", owner="Luc Gagnon")]
    context.library.save(pm)
    editor = open_editor(pm_id)
    form = actions_page(editor).action_form
    action = editor.postmortem.actions[0]
    assert action.completed_at is None
    form.status_combo.setFocus()
    qtbot.keyClick(form.status_combo, Qt.Key.Key_Down)
    qtbot.keyClick(form.status_combo, Qt.Key.Key_Down)  # Done
    assert action.status is ActionStatus.DONE
    assert action.completed_at is not None
    assert action.completed_at.utcoffset() is not None
    assert editor.autosave.flush()
    assert context.library.load(pm_id).actions[0].completed_at == action.completed_at
    qtbot.keyClick(form.status_combo, Qt.Key.Key_Home)  # Open again
    assert action.completed_at is None
    assert editor.autosave.flush()
    assert context.library.load(pm_id).actions[0].completed_at is None


def test_the_due_date_can_be_cleared_and_the_calendar_opens_on_this_month(
    open_editor, qtbot, context
):
    pm_id = context.library.create("Latency")
    pm = context.library.load(pm_id)
    pm.actions = [ActionItem(title="Cache warm-up", due=date(2026, 5, 1))]
    context.library.save(pm)
    editor = open_editor(pm_id)
    form = actions_page(editor).action_form
    assert form.due_edit.text() == "2026-05-01"
    form.clear_due_button.setFocus()
    qtbot.keyClick(form.clear_due_button, Qt.Key.Key_Space)
    assert editor.postmortem.actions[0].due is None
    assert form.due_edit.text() == "No date"
    form.due_edit.setFocus()
    qtbot.keyClick(form.due_edit, Qt.Key.Key_Up)
    assert form.due_edit.value() == QDate.currentDate().toPython(), "stepping starts at today"
    assert editor.autosave.flush()
    assert context.library.load(pm_id).actions[0].due == QDate.currentDate().toPython()


def two_saved_actions(context) -> str:
    pm_id = context.library.create("Queue backlog")
    pm = context.library.load(pm_id)
    pm.actions = [ActionItem(title="One"), ActionItem(title="Two")]
    context.library.save(pm)
    return pm_id


def test_removing_an_action_can_be_undone(open_editor, qtbot, context):
    pm_id = two_saved_actions(context)
    editor = open_editor(pm_id)
    page = actions_page(editor)
    ids = [action.id for action in editor.postmortem.actions]
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert [action.title for action in editor.postmortem.actions] == ["Two"]
    assert editor.autosave.flush()
    assert [action.title for action in context.library.load(pm_id).actions] == ["Two"]
    page.undo_button.click()
    assert [action.id for action in editor.postmortem.actions] == ids
    assert page.current_action() is editor.postmortem.actions[0]


def test_an_undone_removal_is_saved(open_editor, qtbot, context):
    pm_id = two_saved_actions(context)
    editor = open_editor(pm_id)
    page = actions_page(editor)
    ids = [action.id for action in editor.postmortem.actions]
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert editor.autosave.flush()
    page.undo_button.click()
    assert editor.autosave.flush()
    assert [action.id for action in context.library.load(pm_id).actions] == ids


def test_two_actions_added_within_a_second_are_saved_together(open_editor, qtbot, context):
    pm_id = context.library.create("Two at once")
    editor = open_editor(pm_id)
    title_edit = actions_page(editor).action_form.title_edit
    wizard_fixtures.add_rows_and_save(qtbot, editor, title_edit, ["First", "Second"])
    assert [action.title for action in context.library.load(pm_id).actions] == ["First", "Second"]


def test_past_the_draft_stage_the_page_says_what_saving_needs(open_editor, context):
    pm_id = context.library.create("Reviewed incident")
    pm = context.library.load(pm_id)
    pm.status = Status.OPEN
    context.library.save(pm)
    page = actions_page(open_editor(pm_id))
    assert not page.draft_note.isHidden()
    assert "owner" in page.draft_note.text()


def test_every_input_has_a_label_with_a_mnemonic(open_editor, context):
    page = actions_page(open_editor(context.library.create("Labels")))
    buddies = {label.buddy(): label.text() for label in page.findChildren(QLabel) if label.buddy()}
    for name, widget in page.field_widgets().items():
        assert "&" in buddies.get(widget, ""), name
        assert widget.accessibleName(), name
    mnemonics = [text[text.index("&") + 1].lower() for text in buddies.values()]
    assert len(mnemonics) == len(set(mnemonics)), "no two labels share a mnemonic"


def test_the_page_builds_and_retranslates_in_french(open_editor, languages, context):
    pm_id = context.library.create("Panne")
    pm = context.library.load(pm_id)
    pm.factors = [Factor(text="Pas d'étape canari")]
    pm.actions = [ActionItem(title="Ajouter une étape canari")]
    context.library.save(pm)
    page = actions_page(open_editor(pm_id))
    with wizard_fixtures.in_french(languages):
        page.retranslate()
        assert page.action_form.type_combo.count() == len(ActionType)
        assert page.action_form.factors_list.count() == 1
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Title"


def test_an_action_can_be_selected_by_id_for_the_review_page(open_editor, context):
    pm_id = two_saved_actions(context)
    editor = open_editor(pm_id)
    page = actions_page(editor)
    second = editor.postmortem.actions[1]
    assert page.select_action(second.id)
    assert page.action_form.title_edit.text() == "Two"
    assert not page.select_action("no-such-id")
