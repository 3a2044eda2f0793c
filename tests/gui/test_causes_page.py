"""The Causes step: factors with their five whys, typed with the keyboard and saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from pmdesk.domain.enums import FactorCategory, FactorKind
from pmdesk.domain.model import ActionItem, Factor
from pmdesk.gui.wizard.editor_window import PostmortemEditor
from pmdesk.gui.wizard.page import PageId
from pmdesk.gui.wizard.pages.causes_page import CausesPage
from tests.gui import wizard_fixtures

open_editor = wizard_fixtures.open_editor
start_page = wizard_fixtures.start_on(PageId.CAUSES)


def causes_page(editor: PostmortemEditor) -> CausesPage:
    return wizard_fixtures.current_page(editor, CausesPage)


def type_why(qtbot, page: CausesPage, text: str) -> None:
    """Insert in the whys list opens a new row for typing; Enter commits it."""
    page.whys_editor.table.setFocus()
    qtbot.keyClick(page.whys_editor.table, Qt.Key.Key_Insert)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit), "the new why is open for typing"
    qtbot.keyClicks(cell, text)
    commit(qtbot, cell)


def commit(qtbot, cell: QLineEdit) -> None:
    """Enter in a row's editor commits it (Qt does so on the next turn of the event loop)."""
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not cell)


def test_a_root_cause_with_three_whys_and_a_contributing_factor_are_saved(
    open_editor, qtbot, context
):
    pm_id = context.library.create("Checkout errors")
    editor = open_editor(pm_id)
    page = causes_page(editor)
    assert page.table.hasFocus(), "the factor list is the page's first field"
    assert not page.empty_note.isHidden()

    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    assert page.text_edit.hasFocus()
    qtbot.keyClicks(page.text_edit, "Configuration changes skip the canary stage")
    assert page.kind_combo.currentData() == FactorKind.ROOT_CAUSE, "the first factor is the root"
    qtbot.keyClick(page.category_combo, Qt.Key.Key_Down)
    assert page.category_combo.currentData() == FactorCategory.PROCESS
    assert not page.depth_note.isHidden(), "a shallow root cause gets a kind nudge"
    for why in ("Config looked low risk", "No review rule for config", "The rule was never set"):
        type_why(qtbot, page, why)
    assert page.depth_note.isHidden(), "three whys deep: no more nudging"
    assert page.whys_editor.table.verticalHeaderItem(2).text() == "Why 3"

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    qtbot.keyClicks(page.text_edit, "The alert threshold was tuned for daytime traffic")
    assert page.kind_combo.currentData() == FactorKind.CONTRIBUTING
    assert page.depth_note.isHidden(), "only root causes are nudged to go deeper"

    pm = editor.postmortem
    assert [(f.kind, f.category, f.text) for f in pm.factors] == [
        (
            FactorKind.ROOT_CAUSE,
            FactorCategory.PROCESS,
            "Configuration changes skip the canary stage",
        ),
        (
            FactorKind.CONTRIBUTING,
            FactorCategory.TECHNICAL,
            "The alert threshold was tuned for daytime traffic",
        ),
    ]
    assert pm.factors[0].whys == [
        "Config looked low risk",
        "No review rule for config",
        "The rule was never set",
    ]
    assert page.model.index(0, 3).data() == "3"
    ids = [factor.id for factor in pm.factors]
    assert editor.autosave.flush()
    saved = context.library.load(pm_id)
    assert [factor.id for factor in saved.factors] == ids
    assert saved.factors == pm.factors


def test_whys_can_be_reordered_edited_and_removed_from_the_keyboard(open_editor, qtbot, context):
    pm_id = context.library.create("DNS outage")
    pm = context.library.load(pm_id)
    pm.factors = [Factor(text="TTL too long", kind=FactorKind.ROOT_CAUSE, whys=["A", "B", "C"])]
    context.library.save(pm)
    editor = open_editor(pm_id)
    page = causes_page(editor)
    factor_id = editor.postmortem.factors[0].id
    table = page.whys_editor.table
    table.setFocus()
    table.setCurrentCell(2, 0)
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert editor.postmortem.factors[0].whys == ["A", "C", "B"]
    assert table.currentRow() == 1
    qtbot.keyClick(table, Qt.Key.Key_Return)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    cell.selectAll()
    qtbot.keyClicks(cell, "C, reworded")
    commit(qtbot, cell)
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    for _ in range(3):
        type_why(qtbot, page, "more")
    assert editor.postmortem.factors[0].whys == ["C, reworded", "B", "more", "more", "more"]
    assert table.verticalHeaderItem(4).text() == "Why 5"
    type_why(qtbot, page, "a sixth why is welcome")
    assert len(editor.postmortem.factors[0].whys) == 6
    assert editor.autosave.flush()
    saved = context.library.load(pm_id)
    assert saved.factors[0].id == factor_id
    assert saved.factors[0].whys[-1] == "a sixth why is welcome"


def saved_with_linked_factors(context) -> tuple[str, Factor, Factor]:
    """A saved postmortem whose two actions address one or both of its two factors."""
    pm_id = context.library.create("Queue backlog")
    pm = context.library.load(pm_id)
    keep = Factor(text="No queue depth alert", kind=FactorKind.CONTRIBUTING)
    gone = Factor(text="Consumers scale by CPU only", kind=FactorKind.ROOT_CAUSE)
    pm.factors = [gone, keep]
    pm.actions = [
        ActionItem(title="Scale on queue depth", factor_ids=[gone.id, keep.id]),
        ActionItem(title="Alert on queue depth", factor_ids=[keep.id]),
    ]
    context.library.save(pm)
    return pm_id, gone, keep


def test_removing_a_factor_unlinks_the_actions_that_addressed_it(open_editor, qtbot, context):
    pm_id, gone, keep = saved_with_linked_factors(context)
    editor = open_editor(pm_id)
    page = causes_page(editor)
    assert page.current_factor().id == gone.id

    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    pm = editor.postmortem
    assert [factor.id for factor in pm.factors] == [keep.id]
    assert [action.factor_ids for action in pm.actions] == [[keep.id], [keep.id]]
    assert "(1)" in page.removed_note.text()
    assert editor.autosave.flush(), "the postmortem stays valid: no unknown factor"
    saved = context.library.load(pm_id)
    assert [factor.id for factor in saved.factors] == [keep.id]
    assert [action.factor_ids for action in saved.actions] == [[keep.id], [keep.id]]


def test_undoing_a_removal_restores_the_factor_and_its_links_in_memory(open_editor, qtbot, context):
    pm_id, gone, keep = saved_with_linked_factors(context)
    editor = open_editor(pm_id)
    page = causes_page(editor)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert not page.undo_button.isHidden()
    page.undo_button.click()
    pm = editor.postmortem
    assert [factor.id for factor in pm.factors] == [gone.id, keep.id]
    assert [action.factor_ids for action in pm.actions] == [[gone.id, keep.id], [keep.id]]
    assert page.current_factor() is pm.factors[0]
    assert page.undo_button.isHidden()


def test_an_undone_removal_is_saved(open_editor, qtbot, context):
    pm_id, gone, keep = saved_with_linked_factors(context)
    editor = open_editor(pm_id)
    page = causes_page(editor)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert editor.autosave.flush()
    page.undo_button.click()
    assert editor.autosave.flush()
    saved = context.library.load(pm_id)
    assert [factor.id for factor in saved.factors] == [gone.id, keep.id]
    assert saved.actions[0].factor_ids == [gone.id, keep.id]


def test_two_factors_added_within_a_second_are_saved_together(open_editor, qtbot, context):
    pm_id = context.library.create("Two at once")
    editor = open_editor(pm_id)
    text_edit = causes_page(editor).text_edit
    wizard_fixtures.add_rows_and_save(qtbot, editor, text_edit, ["First", "Second"])
    assert [factor.text for factor in context.library.load(pm_id).factors] == ["First", "Second"]


def test_the_kind_and_category_combos_write_through(open_editor, qtbot, context):
    pm_id = context.library.create("Certificate expiry")
    pm = context.library.load(pm_id)
    pm.factors = [Factor(text="Renewal is manual")]
    context.library.save(pm)
    editor = open_editor(pm_id)
    page = causes_page(editor)
    page.kind_combo.setFocus()
    qtbot.keyClick(page.kind_combo, Qt.Key.Key_End)
    qtbot.keyClick(page.category_combo, Qt.Key.Key_End)
    factor = editor.postmortem.factors[0]
    assert (factor.kind, factor.category) == (FactorKind.MITIGATOR, FactorCategory.EXTERNAL)
    assert page.model.index(0, 0).data() == "Mitigator"
    assert editor.autosave.flush()
    saved = context.library.load(pm_id).factors[0]
    assert (saved.kind, saved.category) == (FactorKind.MITIGATOR, FactorCategory.EXTERNAL)


def test_every_input_has_a_label_with_a_mnemonic(open_editor, context):
    editor = open_editor(context.library.create("Labels"))
    page = causes_page(editor)
    buddies = {label.buddy(): label.text() for label in page.findChildren(QLabel) if label.buddy()}
    for name, widget in page.field_widgets().items():
        assert "&" in buddies.get(widget, ""), name
        assert widget.accessibleName(), name


def test_the_page_builds_and_retranslates_in_french(open_editor, languages, context):
    pm_id = context.library.create("Panne")
    pm = context.library.load(pm_id)
    pm.factors = [Factor(text="Pas d'étape canari", whys=["Parce que"])]
    context.library.save(pm)
    page = causes_page(open_editor(pm_id))
    with wizard_fixtures.in_french(languages):
        page.retranslate()
        assert page.kind_combo.count() == len(FactorKind)
        assert page.whys_editor.table.verticalHeaderItem(0).text()
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Kind"


def test_a_factor_can_be_selected_by_id_for_the_review_page(open_editor, context):
    pm_id, _gone, keep = saved_with_linked_factors(context)
    page = causes_page(open_editor(pm_id))
    assert page.select_factor(keep.id)
    assert page.text_edit.toPlainText() == "No queue depth alert"
    assert not page.select_factor("no-such-id")
