"""The review page: the completeness meter, what is missing (and jumping to it), the checklist,
the Markdown preview, copying and exporting, driven in a real editor window."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from pmdesk.domain.enums import FactorKind
from pmdesk.export.interchange import dump_postmortem
from pmdesk.export.markdown import render_markdown
from pmdesk.gui.context import AppContext
from pmdesk.gui.export_dialog import ExportDialog
from pmdesk.gui.wizard.editor_window import PostmortemEditor
from pmdesk.gui.wizard.page import PageId
from pmdesk.gui.wizard.pages.review_page import ReviewPage
from pmdesk.services.sample import sample_library


@pytest.fixture
def open_editor(qtbot, context: AppContext) -> Callable[[str], PostmortemEditor]:
    """An editor window on a saved postmortem, showing the review page."""

    def make(postmortem_id: str) -> PostmortemEditor:
        editor = PostmortemEditor(context, context.library.load(postmortem_id))
        qtbot.addWidget(editor)
        with qtbot.waitActive(editor):
            editor.show()
            editor.activateWindow()
        editor.go_to(PageId.REVIEW)
        return editor

    return make


def review(editor: PostmortemEditor) -> ReviewPage:
    page = editor.pages[PageId.REVIEW]
    assert isinstance(page, ReviewPage)
    return page


def rows(widget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def import_sample(context: AppContext, complete: bool = False) -> str:
    pm = sample_library(1, events=6, actions=2, seed=3)[0]
    if complete:
        for factor in pm.factors:
            factor.whys = ["Why one.", "Why two.", "Why three."]
        causes = [f.id for f in pm.factors if f.kind is not FactorKind.MITIGATOR]
        pm.actions[0].factor_ids = causes
    return context.library.import_bytes(dump_postmortem(pm).encode()).ids[0]


def select(widget, text: str) -> None:
    widget.setCurrentRow(rows(widget).index(text))


def test_a_new_postmortem_shows_what_is_missing_and_a_failing_checklist(open_editor, context):
    editor = open_editor(context.library.create("Payments API returned 500s"))
    page = review(editor)
    missing = rows(page.missing_list)
    assert missing[:3] == ["Choose the severity", "Name the team", "Write the summary"]
    assert "Give the postmortem a title" not in missing
    assert "Add at least one action item" in missing
    assert page.meter_bar.value() == 5
    assert page.meter_bar.text() == "5% complete"
    checklist = [page.checklist_list.item(row) for row in range(page.checklist_list.count())]
    assert len(checklist) == 5
    for item in checklist:
        assert item.text().startswith("✗ ")
        assert item.checkState() == Qt.CheckState.Unchecked
        assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable, "read-only"
        assert item.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Not yet: ")
    assert page.missing_list.hasFocus(), "the first thing to fix is one arrow key away"


def test_enter_on_a_missing_item_opens_its_page_with_the_field_focused(open_editor, context, qtbot):
    editor = open_editor(context.library.create("Payments API returned 500s"))
    page = review(editor)
    select(page.missing_list, "Write the summary")
    qtbot.keyClick(page.missing_list, Qt.Key.Key_Return)
    assert editor.stack.currentIndex() == PageId.SUMMARY
    summary = editor.pages[PageId.SUMMARY].field_widgets()["summary"]
    qtbot.waitUntil(summary.hasFocus)
    qtbot.keyClicks(summary, "Checkout failed for 40 minutes.")
    editor.go_to(PageId.REVIEW)
    assert "Write the summary" not in rows(page.missing_list)
    assert page.meter_bar.value() > 5
    assert "Checkout failed for 40 minutes." in page.preview_browser.toPlainText()
    assert editor.autosave.flush()
    assert context.library.load(editor.postmortem.id).summary == "Checkout failed for 40 minutes."


def test_double_clicking_a_missing_item_opens_its_page(open_editor, context, qtbot):
    editor = open_editor(context.library.create("Payments API returned 500s"))
    page = review(editor)
    item = page.missing_list.item(rows(page.missing_list).index("Describe the trigger"))
    page.missing_list.scrollToItem(item)
    where = page.missing_list.visualItemRect(item).center()
    viewport = page.missing_list.viewport()
    # A real double-click is a click, then a second press that Qt reports as a double-click.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    assert editor.stack.currentIndex() == PageId.NARRATIVE
    trigger = editor.pages[PageId.NARRATIVE].field_widgets()["trigger"]
    qtbot.waitUntil(trigger.hasFocus)


def test_the_jump_is_a_signal_the_editor_may_connect(open_editor, context, qtbot):
    editor = open_editor(context.library.create("Payments API returned 500s"))
    page = review(editor)
    requested: list[tuple[PageId, str]] = []
    page.jump_requested.connect(lambda page_id, field: requested.append((page_id, field)))
    select(page.missing_list, "Name the team")
    qtbot.keyClick(page.missing_list, Qt.Key.Key_Enter)
    assert requested == [(PageId.BASICS, "team")]
    assert editor.stack.currentIndex() == PageId.REVIEW, "a listener does the moving"


def test_a_complete_postmortem_has_nothing_missing(open_editor, context, qtbot):
    editor = open_editor(import_sample(context, complete=True))
    page = review(editor)
    assert rows(page.missing_list) == ["Nothing is missing: ready for review."]
    assert page.meter_bar.value() == 100
    assert all(text.startswith("✓ ") for text in rows(page.checklist_list))
    qtbot.keyClick(page.missing_list, Qt.Key.Key_Return)
    assert editor.stack.currentIndex() == PageId.REVIEW


def test_missing_items_name_the_cause_concerned(open_editor, context):
    editor = open_editor(import_sample(context))
    page = review(editor)
    cause = editor.postmortem.factors[0].text
    assert rows(page.missing_list)[0].startswith("Ask “why?” at least three times for the root")
    assert cause[:40] in rows(page.missing_list)[0]
    assert page.checklist_list.item(0).checkState() == Qt.CheckState.Checked


def test_the_preview_shows_the_markdown_export(open_editor, context):
    editor = open_editor(import_sample(context))
    page = review(editor)
    shown = page.preview_browser.toPlainText()
    pm = editor.postmortem
    assert pm.title in shown
    for event in pm.timeline:
        assert event.text in shown
    for action in pm.actions:
        assert action.title in shown
    assert page.markdown == render_markdown(pm)


def test_copy_markdown_puts_the_document_on_the_clipboard(open_editor, context, qtbot):
    editor = open_editor(import_sample(context))
    page = review(editor)
    QApplication.clipboard().clear()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == render_markdown(editor.postmortem)
    assert page.result_label.text() == "The Markdown is on the clipboard."


def fill_export_dialog(qtbot, export_format: str, target: Path):
    """A handler for `when_modal` that picks a format and a file, then presses Enter."""
    seen: dict[str, str] = {}

    def handle(dialog) -> None:
        assert isinstance(dialog, ExportDialog)
        seen["suggested"] = Path(dialog.path_edit.text()).name
        combo = dialog.format_combo
        combo.setCurrentIndex(combo.findData(export_format))
        dialog.path_edit.setText(str(target))
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)

    return handle, seen


def test_export_saves_the_latest_edits_to_the_file_chosen(
    open_editor, context, qtbot, when_modal, tmp_path: Path
):
    editor = open_editor(context.library.create("Payments API returned 500s"))
    page = review(editor)
    editor.go_to(PageId.BASICS)
    qtbot.keyClicks(editor.pages[PageId.BASICS].field_widgets()["team"], "Payments")
    editor.go_to(PageId.REVIEW)
    target = tmp_path / "shared" / "payments.json"
    target.parent.mkdir()
    handle, seen = fill_export_dialog(qtbot, "json", target)
    when_modal(handle)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert seen["suggested"] == "Payments API returned 500s.pdf"
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "pmdesk.postmortem"
    assert document["postmortem"]["team"] == "Payments"
    assert page.result_label.text() == f"Exported to {target}"


def test_an_export_that_cannot_be_written_says_why(
    open_editor, context, qtbot, when_modal, tmp_path
):
    editor = open_editor(context.library.create("Payments API returned 500s"))
    page = review(editor)
    shown: list[str] = []

    def read(dialog) -> None:
        assert isinstance(dialog, QMessageBox)
        shown.append(dialog.text())
        dialog.accept()

    handle, _seen = fill_export_dialog(qtbot, "md", tmp_path / "missing-folder" / "out.md")

    def then_read(dialog) -> None:
        when_modal(read)
        handle(dialog)

    when_modal(then_read)
    assert page.export() is None
    assert len(shown) == 1
    assert shown[0].startswith("The postmortem was not exported: ")
    assert not (tmp_path / "missing-folder").exists()


def test_the_page_builds_and_retranslates_in_french(open_editor, context, languages):
    editor = open_editor(import_sample(context))
    page = review(editor)
    languages.switch("fr")
    try:
        page.retranslate()
        assert page.missing_list.count() == 2
        assert page.checklist_list.count() == 5
        assert page.title()
    finally:
        languages.switch("en")


def test_a_missing_item_about_one_cause_selects_that_cause(open_editor, context, qtbot):
    pm_id = import_sample(context)
    pm = context.library.load(pm_id)
    pm.factors[0].whys = ["Why one.", "Why two.", "Why three."]  # the second root needs depth
    pm.factors[1].kind = FactorKind.ROOT_CAUSE
    pm.factors[1].text = "The second root cause, still shallow"
    context.library.save(pm)
    editor = open_editor(pm_id)
    page = review(editor)
    wanted = next(r for r in rows(page.missing_list) if "second root cause" in r)
    select(page.missing_list, wanted)
    qtbot.keyClick(page.missing_list, Qt.Key.Key_Return)
    causes = editor.current_page
    assert editor.stack.currentIndex() == PageId.CAUSES
    assert causes.current_factor().text == "The second root cause, still shallow"
