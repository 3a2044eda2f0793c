"""Managing the library from the main window: filter, search, duplicate, delete and undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from pmdesk.domain.enums import Severity, Status


def activate(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def titles(window) -> list[str]:
    return sorted(window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount()))


def make_library(context) -> dict[str, str]:
    ids = {}
    for title, status, severity in (
        ("DNS outage", Status.OPEN, Severity.SEV1),
        ("Checkout latency", Status.IN_PROGRESS, Severity.SEV2),
        ("DNS cache poisoning drill", Status.CLOSED, Severity.SEV3),
    ):
        pm = context.library.load(context.library.create(title))
        pm.severity = severity
        pm.status = status
        context.library.save(pm)
        ids[title] = pm.id
    return ids


def test_search_and_filters_narrow_the_list(open_window, context, qtbot):
    make_library(context)
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_edit.hasFocus()
    qtbot.keyClicks(window.search_edit, "dns")
    assert titles(window) == ["DNS cache poisoning drill", "DNS outage"]
    window.status_filter.setCurrentIndex(window.status_filter.findData(Status.OPEN))
    window.status_filter.activated.emit(window.status_filter.currentIndex())
    assert titles(window) == ["DNS outage"]
    assert "1 of 3" in window.statusBar().currentMessage()
    window.search_edit.clear()
    window.status_filter.setCurrentIndex(0)
    window.severity_filter.setCurrentIndex(window.severity_filter.findData(Severity.SEV2))
    window.severity_filter.activated.emit(window.severity_filter.currentIndex())
    assert titles(window) == ["Checkout latency"]


def test_columns_sort_by_value(open_window, context):
    make_library(context)
    window = open_window()
    window.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    severities = [window.proxy.index(r, 2).data() for r in range(3)]
    assert severities == ["SEV1", "SEV2", "SEV3"]


def test_duplicate_makes_a_fresh_draft(open_window, context, qtbot):
    ids = make_library(context)
    window = open_window()
    window.select(ids["DNS outage"])
    qtbot.keyClick(window.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copy_id = window.selected_id()
    assert copy_id not in ids.values()
    copy = context.library.load(copy_id)
    assert (copy.title, copy.status) == ("DNS outage (copy)", Status.IN_PROGRESS)
    assert copy.severity is Severity.SEV1


def test_delete_asks_first_and_undo_brings_it_back(open_window, context, qtbot, when_modal):
    ids = make_library(context)
    original = context.library.export_json(ids["DNS outage"])
    window = open_window()
    window.select(ids["DNS outage"])
    when_modal(lambda box: box.button(QMessageBox.StandardButton.No).click())
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert len(context.library.summaries()) == 3

    activate(window, qtbot)  # offscreen, closing a dialog does not give focus back
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert "DNS outage" not in titles(window)
    assert len(context.library.summaries()) == 2

    activate(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "DNS outage" in titles(window)
    assert context.library.export_json(ids["DNS outage"]) == original


def test_open_with_enter_shows_the_editor_once(open_window, context, qtbot):
    ids = make_library(context)
    window = open_window()
    window.select(ids["Checkout latency"])
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    editor = window.editors[ids["Checkout latency"]]
    assert editor.isVisible()
    assert window.open_postmortem(ids["Checkout latency"]) is editor
    assert context.settings.recent[0] == ids["Checkout latency"]
    editor.close()
    assert ids["Checkout latency"] not in window.editors


def test_export_writes_the_interchange_file(open_window, context, tmp_path):
    ids = make_library(context)
    window = open_window()
    target = tmp_path / "out.json"
    assert window.export_to(ids["DNS outage"], target)
    assert target.read_text(encoding="utf-8") == context.library.export_json(ids["DNS outage"])


def test_sorting_keeps_the_selection_and_survives_a_refresh(open_window, context):
    ids = make_library(context)
    window = open_window()
    window.select(ids["Checkout latency"])
    window.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    order = [window.proxy.index(r, 0).data() for r in range(3)]
    assert order == ["Checkout latency", "DNS cache poisoning drill", "DNS outage"]
    assert window.selected_id() == ids["Checkout latency"]
    window.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert window.proxy.index(0, 0).data() == "DNS outage"
    assert window.selected_id() == ids["Checkout latency"]
    window.refresh()
    assert window.proxy.index(0, 0).data() == "DNS outage", "a refresh keeps the user's sort"
