"""The interface in French: nothing left in English, and switching language in place."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox

from pmdesk.gui.i18n import locale_for
from pmdesk.gui.preferences_dialog import PreferencesDialog
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
