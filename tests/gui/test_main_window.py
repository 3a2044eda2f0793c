"""The main window lists the library and creates postmortems, driven with keys and clicks."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from pmdesk.gui.context import AppContext


def visible_titles(window) -> list[str]:
    proxy = window.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_an_empty_library_invites_a_first_postmortem(open_window):
    window = open_window()
    assert window.stack.currentWidget() is window.empty_label
    assert "Ctrl+N" in window.empty_label.text()


def test_ctrl_n_asks_for_a_title_and_saves_the_postmortem(open_window, qtbot, when_modal, context):
    window = open_window()

    def type_title(dialog) -> None:
        assert isinstance(dialog, QInputDialog)
        editor = dialog.findChild(QLineEdit)
        qtbot.keyClicks(editor, "Payments API returned 500s")
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    when_modal(type_title)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 1)
    assert visible_titles(window) == ["Payments API returned 500s"]
    assert window.table.selectionModel().selectedRows()[0].row() == 0
    (saved,) = context.library.summaries()
    assert saved.title == "Payments API returned 500s"


def test_cancelling_the_title_creates_nothing(open_window, qtbot, when_modal, context):
    window = open_window()
    when_modal(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    window.new_action.trigger()
    assert context.library.summaries() == []


def test_the_list_shows_the_library_newest_first(open_window, context: AppContext):
    older = context.library.create("Older incident")
    context.library.create("Newer incident")
    context.library.save(context.library.load(older))
    window = open_window()
    assert visible_titles(window) == ["Older incident", "Newer incident"]
    headers = [window.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Title", "Status", "Severity", "Incident date", "Updated"]
    assert window.proxy.index(0, 1).data() == "In progress"


def test_a_bad_import_shows_the_reason_and_changes_nothing(
    open_window, qtbot, when_modal, context, tmp_path: Path
):
    context.library.create("Existing")
    window = open_window()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "pmdesk.postmortem", "version": 9, "postmortem": {}}))
    shown: list[str] = []

    def read_and_close(dialog) -> None:
        assert isinstance(dialog, QMessageBox)
        shown.append(dialog.text())
        dialog.accept()

    when_modal(read_and_close)
    assert window.import_file(bad) == []
    assert shown == ["version: version 9 cannot be read (this pmdesk reads version 1)"]
    assert visible_titles(window) == ["Existing"]


def test_window_geometry_is_remembered(open_window, qtbot):
    window = open_window()
    window.resize(720, 510)
    window.close()
    again = open_window()
    assert (again.width(), again.height()) == (720, 510)
