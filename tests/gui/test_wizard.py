"""Writing a postmortem in the wizard as a person would, and never losing a word of it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pmdesk.domain.enums import DocumentTemplate, Language, Severity
from pmdesk.gui.context import build_context
from pmdesk.gui.wizard.editor_window import PostmortemEditor
from pmdesk.gui.wizard.page import PageId
from pmdesk.services.library import LibraryService
from pmdesk.storage.database import Location
from pmdesk.storage.migrate import open_library


def open_editor(qtbot, context, postmortem_id: str) -> PostmortemEditor:
    editor = PostmortemEditor(context, context.library.load(postmortem_id))
    qtbot.addWidget(editor)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    return editor


def type_into(qtbot, editor: PostmortemEditor, page: PageId, field: str, text: str) -> None:
    editor.go_to(page, field)
    widget = editor.current_page.field_widgets()[field]
    assert widget.hasFocus() or widget.focusProxy() is not None
    qtbot.keyClicks(QApplication.focusWidget() or widget, text)


def read_back(db_path: Path, postmortem_id: str):
    """What another process would find in the library right now (the editor stays open)."""
    database = open_library(Location(path=db_path), create=False)
    try:
        return LibraryService(database).load(postmortem_id)
    finally:
        database.close()


def test_typed_text_lands_on_the_postmortem_and_in_the_library(qtbot, context, db_path):
    pm_id = context.library.create("Checkout errors")
    editor = open_editor(qtbot, context, pm_id)
    type_into(qtbot, editor, PageId.BASICS, "team", "Payments")
    type_into(qtbot, editor, PageId.BASICS, "authors", "Amira Haddad, Luc Gagnon")
    type_into(qtbot, editor, PageId.SUMMARY, "summary", "For 40 minutes, 4% of checkouts failed.")
    type_into(qtbot, editor, PageId.SUMMARY, "impact_end_users", "4% of checkouts, 40 min.")
    type_into(qtbot, editor, PageId.NARRATIVE, "trigger", "A configuration change.")
    type_into(qtbot, editor, PageId.LESSONS, "lucky", "It happened at night.")
    assert editor.autosave.flush()
    saved = read_back(db_path, pm_id)
    assert saved.team == "Payments"
    assert saved.authors == ["Amira Haddad", "Luc Gagnon"]
    assert saved.summary == "For 40 minutes, 4% of checkouts failed."
    assert saved.impact_audiences["end_users"] == "4% of checkouts, 40 min."
    assert saved.trigger == "A configuration change."
    assert saved.lucky == "It happened at night."


def test_choices_are_saved_as_codes(qtbot, context, db_path):
    pm_id = context.library.create("DNS")
    editor = open_editor(qtbot, context, pm_id)
    page = editor.pages[PageId.BASICS]
    editor.go_to(PageId.BASICS, "severity")
    qtbot.keyClick(page.severity_combo, Qt.Key.Key_Down)
    qtbot.keyClick(page.severity_combo, Qt.Key.Key_Down)
    editor.go_to(PageId.BASICS, "language")
    qtbot.keyClick(page.language_combo, Qt.Key.Key_Down)
    editor.go_to(PageId.BASICS, "template")
    qtbot.keyClick(page.template_combo, Qt.Key.Key_Down)
    assert editor.autosave.flush()
    saved = read_back(db_path, pm_id)
    assert saved.severity is Severity.SEV2
    assert saved.language is Language.FR
    assert saved.template is DocumentTemplate.GOOGLE_SRE
    review = editor.pages[PageId.REVIEW]
    editor.go_to(PageId.REVIEW)
    assert "## Causes profondes et facteurs contributifs" in review.markdown
    assert editor.pages[PageId.SUMMARY].guidance_title.text().startswith("Qui a été touché")


def test_killed_mid_typing_keeps_everything_typed_a_second_before(qtbot, context, db_path):
    pm_id = context.library.create("Queue backlog")
    editor = open_editor(qtbot, context, pm_id)
    type_into(qtbot, editor, PageId.SUMMARY, "summary", "Typed early.")
    qtbot.wait(1300)  # the writer pauses; then the process dies: no close event, no flush
    qtbot.keyClicks(QApplication.focusWidget(), " Typed at the last moment.")
    qtbot.waitUntil(lambda: read_back(db_path, pm_id).summary.startswith("Typed early."))
    assert read_back(db_path, pm_id).summary.startswith("Typed early.")


def test_steady_typing_is_saved_without_waiting_for_a_pause(qtbot, context, db_path):
    pm_id = context.library.create("Queue backlog")
    editor = open_editor(qtbot, context, pm_id)
    editor.go_to(PageId.SUMMARY, "summary")
    for word in ["one ", "two ", "three ", "four ", "five ", "six "]:
        qtbot.keyClicks(QApplication.focusWidget(), word)
        qtbot.wait(300)  # never a full second of quiet
    qtbot.waitUntil(lambda: len(read_back(db_path, pm_id).summary) >= len("one two three "))


def test_reopening_lands_on_the_page_and_field_where_the_writer_stopped(qtbot, context):
    pm_id = context.library.create("Disk full")
    editor = open_editor(qtbot, context, pm_id)
    type_into(qtbot, editor, PageId.LESSONS, "went_wrong", "Alerts were noisy.")
    editor.close()
    again = open_editor(qtbot, context, pm_id)
    assert again.stack.currentIndex() == PageId.LESSONS
    focused = QApplication.focusWidget()
    assert focused is again.pages[PageId.LESSONS].field_widgets()["went_wrong"]
    assert focused.textCursor().position() == len("Alerts were noisy.")


def test_everything_survives_closing_and_reopening_the_app(qtbot, languages, db_path):
    first = build_context(Location(path=db_path), languages)
    pm_id = first.library.create("Certificate expiry")
    editor = open_editor(qtbot, first, pm_id)
    type_into(qtbot, editor, PageId.NARRATIVE, "resolution", "Renewed the certificate.")
    editor.close()
    first.database.close()
    second = build_context(Location(path=db_path), languages)
    try:
        assert second.library.load(pm_id).resolution == "Renewed the certificate."
    finally:
        second.database.close()


def test_undo_works_in_text_fields(qtbot, context):
    pm_id = context.library.create("x")
    editor = open_editor(qtbot, context, pm_id)
    type_into(qtbot, editor, PageId.NARRATIVE, "detection", "An alert")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.postmortem.detection == ""


def test_back_and_next_walk_the_steps_and_the_side_list_jumps(qtbot, context):
    editor = open_editor(qtbot, context, context.library.create("x"))
    editor.go_to(PageId.BASICS)
    qtbot.mouseClick(editor.next_button, Qt.MouseButton.LeftButton)
    assert editor.stack.currentIndex() == PageId.SUMMARY
    qtbot.keyClick(editor, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.stack.currentIndex() == PageId.TIMELINE
    editor.side_list.setCurrentRow(int(PageId.REVIEW))
    assert editor.stack.currentIndex() == PageId.REVIEW
    assert not editor.next_button.isEnabled()
    qtbot.mouseClick(editor.back_button, Qt.MouseButton.LeftButton)
    assert editor.stack.currentIndex() == PageId.ACTIONS


def test_the_status_bar_tells_saving_from_saved(qtbot, context):
    editor = open_editor(qtbot, context, context.library.create("x"))
    type_into(qtbot, editor, PageId.SUMMARY, "summary", "a")
    assert editor.statusBar().currentMessage() in ("Editing…", "Saving…")
    qtbot.waitUntil(lambda: editor.statusBar().currentMessage() == "Saved", timeout=5000)
