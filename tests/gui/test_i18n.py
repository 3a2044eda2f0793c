"""The interface in French: nothing left in English, and switching language in place."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox

from pmdesk.domain.enums import Language
from pmdesk.gui.export_dialog import ExportDialog
from pmdesk.gui.i18n import locale_for
from pmdesk.gui.preferences_dialog import PreferencesDialog
from pmdesk.gui.wizard.page import PageId
from tests.gui.visible_text import english_leftovers, visible_texts


@pytest.fixture
def french(languages) -> Iterator[None]:
    languages.switch("fr")
    yield
    languages.switch("en")
    QLocale.setDefault(locale_for("en"))


def test_the_main_window_has_no_english_left_in_french(french, open_window, context):
    context.library.create("Panne du DNS")
    window = open_window()
    assert english_leftovers(window) == []
    assert window.windowTitle() == "pmdesk — rapports d'incident"
    assert "1 rapport d'incident" in visible_texts(window)


def test_the_empty_library_speaks_french(french, open_window):
    window = open_window()
    assert window.empty_label.text().startswith("Aucun rapport d'incident")
    assert english_leftovers(window) == []


def test_dialogs_have_no_english_left_in_french(french, open_window, context, qtbot, when_modal):
    window = open_window()
    preferences = PreferencesDialog(context, window)
    qtbot.addWidget(preferences)
    preferences.show()
    assert english_leftovers(preferences) == []
    cancel = preferences.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Annuler", "Qt's own catalogue (qtbase_fr) is loaded"
    exporting = ExportDialog(context, context.library.load(context.library.create("Panne")), window)
    qtbot.addWidget(exporting)
    exporting.show()
    assert english_leftovers(exporting) == []
    assert exporting.windowTitle() == "Exporter le rapport d'incident"

    seen: dict[str, list[str]] = {}

    def inspect(name: str):
        def handle(dialog) -> None:
            seen[name] = english_leftovers(dialog)
            dialog.reject()

        return handle

    when_modal(inspect("new"))
    window.ask_new_postmortem()
    when_modal(inspect("about"))
    window.show_about()
    assert seen == {"new": [], "about": []}


def test_errors_are_worded_in_french(french, open_window, when_modal, tmp_path):
    window = open_window()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "pmdesk.postmortem", "version": 1, "postmortem": {"title": 5}}')
    shown: list[str] = []

    def read(dialog) -> None:
        assert isinstance(dialog, QMessageBox)
        shown.append(dialog.text())
        dialog.accept()

    when_modal(read)
    window.import_file(bad)
    assert shown == [
        "postmortem.title\u00a0: attendu\u00a0: chaîne de caractères; trouvé\u00a0: nombre"
    ]


def test_switching_language_retranslates_in_place_and_keeps_the_selection(
    open_window, context, languages, qtbot
):
    context.library.create("First")
    second = context.library.create("Second")
    window = open_window()
    window.refresh(select_id=second)
    selected_before = window.table.selectionModel().selectedRows()[0].row()
    window.resize(700, 500)

    window.language_actions["fr"].trigger()
    try:
        qtbot.waitUntil(lambda: window.file_menu.title() == "&Fichier")
        assert window.windowTitle() == "pmdesk — rapports d'incident"
        assert window.proxy.headerData(0, Qt.Orientation.Horizontal) == "Titre"
        assert window.file_menu.title() == "&Fichier"
        assert window.statusBar().currentMessage() == "2 rapports d'incident"
        assert window.table.selectionModel().selectedRows()[0].row() == selected_before
        assert (window.width(), window.height()) == (700, 500)
        assert context.settings.ui_language == "fr"
        assert english_leftovers(window) == []
    finally:
        window.language_actions["en"].trigger()
        QLocale.setDefault(locale_for("en"))
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert window.windowTitle() == "pmdesk — postmortems"
    assert window.statusBar().currentMessage() == "2 postmortems"


def test_preferences_switch_the_language_and_remember_it(open_window, context, languages, qtbot):
    window = open_window()
    dialog = PreferencesDialog(context, window)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    dialog.accept()
    try:
        assert languages.language == "fr"
        qtbot.waitUntil(lambda: window.file_menu.title() == "&Fichier")
        assert context.settings.ui_language == "fr"
    finally:
        languages.switch("en")
        QLocale.setDefault(locale_for("en"))


def test_new_dialog_uses_the_input_dialog(french, open_window, when_modal):
    window = open_window()
    titles: list[str] = []

    def read(dialog) -> None:
        assert isinstance(dialog, QInputDialog)
        titles.append(dialog.windowTitle())
        dialog.reject()

    when_modal(read)
    window.ask_new_postmortem()
    assert titles == ["Nouveau rapport d'incident"]


def open_sample_editor(qtbot, context, language: str = "en"):
    from pmdesk.export.interchange import dump_postmortem
    from pmdesk.gui.wizard.editor_window import PostmortemEditor
    from pmdesk.services.sample import sample_library

    (pm,) = sample_library(1, events=6, actions=3, seed=3)
    pm.language = Language(language)
    context.library.import_bytes(dump_postmortem(pm).encode())
    editor = PostmortemEditor(context, context.library.load(pm.id))
    qtbot.addWidget(editor)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    return editor


def test_every_wizard_page_has_no_english_left_in_french(french, qtbot, context):
    editor = open_sample_editor(qtbot, context, "fr")
    for page_id in PageId:
        editor.go_to(page_id)
        assert english_leftovers(editor) == [], page_id.name


def test_switching_language_on_the_timeline_page_keeps_everything(qtbot, context, languages):
    editor = open_sample_editor(qtbot, context)
    editor.go_to(PageId.SUMMARY, "summary")
    qtbot.keyClicks(QApplication.focusWidget(), " Typed just before switching.")
    editor.go_to(PageId.TIMELINE)
    timeline = editor.pages[PageId.TIMELINE]
    timeline.table.selectRow(2)
    rows_before = timeline.model.rowCount()
    typed = editor.postmortem.summary
    languages.switch("fr")
    try:
        qtbot.waitUntil(lambda: editor.current_page.heading.text() == "Chronologie")
        assert editor.stack.currentIndex() == PageId.TIMELINE
        assert timeline.model.rowCount() == rows_before
        assert timeline.table.selectionModel().selectedRows()[0].row() == 2
        assert editor.postmortem.summary == typed
        assert editor.side_list.item(int(PageId.TIMELINE)).text() == "3. Chronologie"
        assert english_leftovers(editor) == []
        assert editor.autosave.flush()
        assert context.library.load(editor.postmortem.id).summary == typed
    finally:
        languages.switch("en")
        QLocale.setDefault(locale_for("en"))
    qtbot.waitUntil(lambda: editor.current_page.heading.text() == "Timeline")


def test_the_event_dialog_and_the_delete_question_speak_french(
    french, qtbot, open_window, context, when_modal
):
    from pmdesk.gui.wizard.timeline.event_dialog import EventDialog

    editor = open_sample_editor(qtbot, context, "fr")
    dialog = EventDialog("America/Toronto", editor.postmortem.timeline[0], parent=editor)
    qtbot.addWidget(dialog)
    dialog.show()
    assert english_leftovers(dialog) == []
    window = open_window()
    window.select(context.library.summaries()[0].id)
    seen: list[list[str]] = []

    def read(box) -> None:
        seen.append(english_leftovers(box))
        box.button(QMessageBox.StandardButton.No).click()

    when_modal(read)
    window.delete_selected()
    assert seen == [[]]
