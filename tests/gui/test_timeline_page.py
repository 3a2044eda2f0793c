"""The timeline page, driven from the keyboard: events sorted by time, milestones, undo."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget

from pmdesk.domain.enums import EventKind
from pmdesk.domain.model import TimelineEvent
from pmdesk.gui.context import AppContext
from pmdesk.gui.i18n import locale_for
from pmdesk.gui.wizard.editor_window import PostmortemEditor
from pmdesk.gui.wizard.page import PageId
from pmdesk.gui.wizard.pages.timeline_page import TimelinePage
from pmdesk.gui.wizard.timeline.event_dialog import EventDialog
from pmdesk.gui.wizard.timeline.model import KEY, TEXT, TIME

ZONE = "America/Toronto"
CTRL = Qt.KeyboardModifier.ControlModifier
WINTER = datetime(2026, 3, 1, 15, 0, tzinfo=UTC)  # 10:00 in Toronto (UTC−05:00)


def at(minutes: int) -> datetime:
    return WINTER + timedelta(minutes=minutes)


@pytest.fixture
def open_editor(qtbot, context: AppContext) -> Iterator[Callable[..., PostmortemEditor]]:
    """An editor on the Timeline page of a saved postmortem (events and milestones given)."""
    opened: list[PostmortemEditor] = []

    def make(events: list[TimelineEvent] = (), **milestones: datetime) -> PostmortemEditor:  # type: ignore[assignment]
        pm_id = context.library.create("DNS outage", timezone=ZONE)
        pm = context.library.load(pm_id)
        pm.timeline = list(events)
        for name, value in milestones.items():
            setattr(pm, name, value)
        context.library.save(pm)
        editor = PostmortemEditor(context, context.library.load(pm_id))
        with qtbot.waitActive(editor):
            editor.show()
            editor.activateWindow()
        editor.go_to(PageId.TIMELINE)
        opened.append(editor)
        return editor

    yield make
    for editor in opened:  # tests that save check it; closing must never stop to ask
        editor.autosave.flush()
        qtbot.wait(10)
        editor.autosave.shutdown()
        editor.autosave.close = lambda: True  # type: ignore[method-assign]
        editor.close()


def page_of(editor: PostmortemEditor) -> TimelinePage:
    page = editor.current_page
    assert isinstance(page, TimelinePage)
    return page


def shown_texts(page: TimelinePage) -> list[str]:
    return [page.model.index(row, TEXT).data() for row in range(page.model.rowCount())]


def fill(
    qtbot,
    dialog: QWidget,
    day: str = "",
    clock: str = "",
    kind: str = "",
    actor: str = "",
    text: str = "",
    star: bool = False,
) -> None:
    """Type into the event dialog as a person would: it opens on the date's year; Tab moves on
    (through the date's and the time's sections too)."""
    assert isinstance(dialog, EventDialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.date_edit)

    def type_and_tab(value: str, tabs: int = 1) -> None:
        widget = QApplication.focusWidget()
        if value:
            if hasattr(widget, "selectAll") and not hasattr(widget, "date"):
                widget.selectAll()
            for number, line in enumerate(value.split("\n")):
                if number:
                    qtbot.keyClick(widget, Qt.Key.Key_Return)
                qtbot.keyClicks(widget, line)
        for _ in range(tabs):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)

    # Typed as people write them ("2026-03-01", "10:02"): the fields drop a separator that
    # follows their own move to the next part. Without a value, Tab steps through the parts.
    type_and_tab(day, 1 if day else 3)
    type_and_tab(clock, 1 if clock else 2)
    type_and_tab(kind)
    type_and_tab(actor)
    type_and_tab(text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # past the link
    if star:
        assert QApplication.focusWidget() is dialog.key_check
        qtbot.keyClick(dialog.key_check, Qt.Key.Key_Space)


def on_dialog(when_modal, handle: Callable[[EventDialog], None]) -> None:
    """Handle the next event dialog; a failed check closes it so the test cannot hang."""

    def safely(dialog: QWidget) -> None:
        assert isinstance(dialog, EventDialog)
        try:
            handle(dialog)
        except BaseException:
            dialog.reject()
            raise

    when_modal(safely)


def press(qtbot, page: TimelinePage, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier):
    """A key on the table, once its window is active again (after a dialog closed)."""
    window = page.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.table.setFocus()
    qtbot.keyClick(page.table, key, modifiers)


def add_event(qtbot, when_modal, page: TimelinePage, **typed: object) -> None:
    """Insert, type, Ctrl+Enter: one event added from the keyboard."""

    def handle(dialog: QWidget) -> None:
        fill(qtbot, dialog, **typed)  # type: ignore[arg-type]
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)

    on_dialog(when_modal, handle)
    press(qtbot, page, Qt.Key.Key_Insert)


def test_events_typed_out_of_order_are_shown_in_time_order(open_editor, qtbot, when_modal):
    editor = open_editor()
    page = page_of(editor)
    assert not page.empty_label.isHidden()
    add_event(qtbot, when_modal, page, day="2026-03-01", clock="10:30", text="Rolled back")
    add_event(qtbot, when_modal, page, clock="10:02", text="Alert fired\nsecond line")
    add_event(qtbot, when_modal, page, clock="10:15", text="Paged the on-call")
    add_event(qtbot, when_modal, page, day="2026-07-01", clock="09:00", text="Summer check")

    assert shown_texts(page) == ["Alert fired", "Paged the on-call", "Rolled back", "Summer check"]
    pm = editor.postmortem
    assert [event.text for event in pm.timeline][:2] == ["Rolled back", "Alert fired\nsecond line"]
    first, last = page.model.event_at(0), page.model.event_at(3)
    assert (first.at, first.offset_minutes) == (datetime(2026, 3, 1, 15, 2, tzinfo=UTC), -300)
    assert (last.at, last.offset_minutes) == (datetime(2026, 7, 1, 13, 0, tzinfo=UTC), -240)
    header = page.model.headerData(TIME, Qt.Orientation.Horizontal)
    assert header == "Time (America/Toronto)"
    assert page.model.index(0, TIME).data() == "Mar 1, 2026, 10:02 a.m."
    assert page.empty_label.isHidden()
    assert page.selected_event() is last, "the new event is selected"


def test_milestone_kinds_set_the_milestones_and_are_saved(
    open_editor, qtbot, when_modal, context: AppContext
):
    editor = open_editor()
    page = page_of(editor)
    day = "2026-03-01"
    typed = [
        {"day": day, "clock": "10:20", "kind": "Det", "text": "Second alert"},
        {"clock": "10:00", "kind": "Imp", "text": "Errors start"},
        {"clock": "10:05", "kind": "Det", "text": "First alert"},
        {"clock": "11:00", "kind": "Res", "text": "All clear", "star": True},
    ]
    for fields in typed:
        add_event(qtbot, when_modal, page, **fields)
        assert editor.autosave.flush()  # a second passes between events: the timer saves
    pm = editor.postmortem
    assert (pm.impact_start, pm.detected_at, pm.mitigated_at, pm.resolved_at) == (
        at(0),
        at(5),
        None,
        at(60),
    )
    assert "Detected: Mar 1, 2026, 10:05 a.m." in page.milestones_label.text()
    assert editor.autosave.flush()
    saved = context.library.load(pm.id)
    assert (saved.impact_start, saved.detected_at, saved.resolved_at) == (at(0), at(5), at(60))
    assert [event.key for event in saved.sorted_timeline()] == [False, False, False, True]

    press(qtbot, page, Qt.Key.Key_End, CTRL)
    assert page.selected_event().text == "All clear"
    press(qtbot, page, Qt.Key.Key_Delete)
    assert shown_texts(page) == ["Errors start", "First alert", "Second alert"]
    assert pm.resolved_at is None, "no resolved event remains"
    assert editor.autosave.flush()
    assert context.library.load(pm.id).resolved_at is None


def test_new_events_saved_together_and_an_undone_delete_reach_the_database(
    open_editor, qtbot, when_modal, context: AppContext
):
    events = [TimelineEvent(at=at(minutes), text=f"Event {minutes}") for minutes in (10, 20, 30)]
    editor = open_editor(events)
    page = page_of(editor)
    pm = editor.postmortem
    press(qtbot, page, Qt.Key.Key_Down)
    press(qtbot, page, Qt.Key.Key_Delete)
    assert editor.autosave.flush()
    press(qtbot, page, Qt.Key.Key_Z, CTRL)  # "Event 20" comes back between two stored events
    undone = editor.autosave.flush()
    assert [event.id for event in context.library.load(pm.id).timeline] == [e.id for e in events]
    add_event(qtbot, when_modal, page, day="2026-03-01", clock="11:00", text="First")
    add_event(qtbot, when_modal, page, clock="11:01", text="Second")
    together = editor.autosave.flush()
    assert (undone, together) == (True, True)
    assert len(context.library.load(pm.id).timeline) == 5


def test_an_out_of_order_milestone_is_refused_and_nothing_is_lost(
    open_editor, qtbot, when_modal, context: AppContext
):
    events = [TimelineEvent(at=at(5), kind=EventKind.DETECTED, text="Alert fired")]
    editor = open_editor(events, detected_at=at(5))
    page = page_of(editor)
    pm = editor.postmortem
    seen: dict[str, object] = {}

    def handle(dialog: QWidget) -> None:
        fill(qtbot, dialog, clock="10:00", kind="Res", actor="Sam", text="Declared resolved")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
        assert isinstance(dialog, EventDialog)
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.message_label.text()
        seen["kept"] = (dialog.text_edit.toPlainText(), dialog.actor_edit.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_dialog(when_modal, handle)
    press(qtbot, page, Qt.Key.Key_Insert)

    message = (
        "Not changed: the resolution time would come before the detection time. Milestones "
        "go in this order: impact started, detected, mitigated, resolved."
    )
    assert seen == {"open": True, "message": f"⚠ {message}", "kept": ("Declared resolved", "Sam")}
    assert page.problem_label.isVisible()
    assert page.problem_label.text() == f"⚠ {message}"
    assert [event.text for event in pm.timeline] == ["Alert fired"]
    assert (pm.detected_at, pm.resolved_at) == (at(5), None)
    assert page.undo_stack.count() == 0
    assert editor.autosave.dirty == set()


def test_a_delete_that_would_break_the_order_is_refused(open_editor, qtbot):
    events = [
        TimelineEvent(at=at(5), kind=EventKind.DETECTED, text="First alert"),
        TimelineEvent(at=at(20), kind=EventKind.MITIGATED, text="Rolled back"),
        TimelineEvent(at=at(40), kind=EventKind.DETECTED, text="Second alert"),
    ]
    editor = open_editor(events, detected_at=at(5), mitigated_at=at(20))
    page = page_of(editor)
    press(qtbot, page, Qt.Key.Key_Home, CTRL)
    press(qtbot, page, Qt.Key.Key_Delete)
    assert shown_texts(page) == ["First alert", "Rolled back", "Second alert"]
    assert "the mitigation time would come before the detection time" in page.problem_label.text()


def test_delete_then_ctrl_z_restores_the_event(open_editor, qtbot, context: AppContext):
    events = [TimelineEvent(at=at(minutes), text=f"Event {minutes}") for minutes in (30, 10, 20)]
    editor = open_editor(events)
    page = page_of(editor)
    pm = editor.postmortem
    ids = [event.id for event in pm.timeline]
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # the second row: "Event 20"
    press(qtbot, page, Qt.Key.Key_Delete)
    assert shown_texts(page) == ["Event 10", "Event 30"]
    assert editor.autosave.flush()
    assert len(context.library.load(pm.id).timeline) == 2

    press(qtbot, page, Qt.Key.Key_Z, CTRL)
    assert shown_texts(page) == ["Event 10", "Event 20", "Event 30"]
    assert [event.id for event in pm.timeline] == ids, "back in its place, with its id"
    assert page.selected_event().text == "Event 20"

    press(qtbot, page, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert shown_texts(page) == ["Event 10", "Event 30"]


def test_undo_puts_back_a_milestone_typed_elsewhere(open_editor, qtbot, when_modal):
    editor = open_editor([TimelineEvent(at=at(30), text="Note")], detected_at=at(3))
    page = page_of(editor)
    add_event(qtbot, when_modal, page, clock="10:07", kind="Det", text="Alert")
    assert editor.postmortem.detected_at == at(7)
    press(qtbot, page, Qt.Key.Key_Z, CTRL)
    assert editor.postmortem.detected_at == at(3)
    assert shown_texts(page) == ["Note"]


def test_the_key_star_toggles_from_the_keyboard(open_editor, qtbot):
    editor = open_editor([TimelineEvent(at=at(0), text="Rollback")])
    page = page_of(editor)
    pm = editor.postmortem
    key_cell = page.model.index(0, KEY)
    assert key_cell.data() == ""
    assert key_cell.data(Qt.ItemDataRole.AccessibleTextRole) == "Not a key event"

    press(qtbot, page, Qt.Key.Key_K, CTRL)
    assert pm.timeline[0].key
    assert key_cell.data() == "★"
    assert key_cell.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert key_cell.data(Qt.ItemDataRole.AccessibleTextRole) == "Key event"
    assert "timeline" in editor.autosave.dirty

    page.table.setCurrentIndex(key_cell)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)  # the checkable column
    assert not pm.timeline[0].key
    press(qtbot, page, Qt.Key.Key_Z, CTRL)
    assert pm.timeline[0].key
    assert page.undo_stack.redoText() == "Unmark key event"


def test_keyboard_only_add_edit_and_delete(open_editor, qtbot, when_modal):
    editor = open_editor()
    page = page_of(editor)
    pm = editor.postmortem

    def add(dialog: QWidget) -> None:
        fill(qtbot, dialog, day="2026-03-01", clock="10:02", actor="Priya", text="Alert fired")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)

    on_dialog(when_modal, add)
    press(qtbot, page, Qt.Key.Key_Return, CTRL)
    assert shown_texts(page) == ["Alert fired"]
    original_at = pm.timeline[0].at

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, EventDialog)
        assert dialog.windowTitle() == "Edit event"
        fill(qtbot, dialog, text="Alert fired for checkout")
        qtbot.keyClick(dialog.link_edit, Qt.Key.Key_Return)  # Enter in a line: OK

    on_dialog(when_modal, edit)
    press(qtbot, page, Qt.Key.Key_Return)
    assert shown_texts(page) == ["Alert fired for checkout"]
    assert pm.timeline[0].actor == "Priya"
    assert pm.timeline[0].at == original_at

    def retime(dialog: QWidget) -> None:
        fill(qtbot, dialog, clock="09:58")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)

    on_dialog(when_modal, retime)
    press(qtbot, page, Qt.Key.Key_F2)
    assert pm.timeline[0].at == datetime(2026, 3, 1, 14, 58, tzinfo=UTC)

    press(qtbot, page, Qt.Key.Key_Delete)
    assert pm.timeline == []
    assert page.model.rowCount() == 0
    assert not page.delete_action.isEnabled()


def test_editing_only_the_text_keeps_the_exact_time(open_editor, qtbot, when_modal):
    precise = datetime(2026, 3, 1, 15, 2, 37, 123456, tzinfo=UTC)
    editor = open_editor([TimelineEvent(at=precise, offset_minutes=60, text="Imported")])
    page = page_of(editor)

    def edit(dialog: QWidget) -> None:
        fill(qtbot, dialog, actor="Luc")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)

    on_dialog(when_modal, edit)
    press(qtbot, page, Qt.Key.Key_F2)
    event = editor.postmortem.timeline[0]
    assert (event.actor, event.at, event.offset_minutes) == ("Luc", precise, 60)


def test_a_dialog_without_text_stays_open(qtbot):
    dialog = EventDialog(ZONE)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.message_label.text() == "⚠ Write what happened before saving the event."


def test_a_postmortem_with_2000_events_loads(open_editor, qtbot, when_modal):
    events = [
        TimelineEvent(at=at((index * 7919) % 2000), text=f"Event {index}", key=index % 9 == 0)
        for index in range(2000)
    ]
    editor = open_editor(events)
    page = page_of(editor)
    assert page.model.rowCount() == 2000
    times = [page.model.event_at(row).at for row in range(2000)]
    assert times == sorted(times)
    press(qtbot, page, Qt.Key.Key_End, CTRL)
    assert page.selected_event() is page.model.event_at(1999)
    add_event(qtbot, when_modal, page, clock="10:00", text="One more")
    assert page.model.rowCount() == 2001


def test_the_page_speaks_french(open_editor, languages):
    editor = open_editor([TimelineEvent(at=at(0), kind=EventKind.DETECTED, text="Alerte")])
    page = page_of(editor)
    languages.switch("fr")
    try:
        assert page.model.headerData(TIME, Qt.Orientation.Horizontal)
        assert page.model.index(0, TIME).data()
        dialog = EventDialog(ZONE, page.model.event_at(0), parent=page)
        dialog.deleteLater()
    finally:
        languages.switch("en")
        QLocale.setDefault(locale_for("en"))
    assert page.table_label.text() == "Even&ts, in the order they happened"


def test_a_double_click_edits_the_row(open_editor, qtbot, when_modal):
    editor = open_editor([TimelineEvent(at=at(0), text="Rollback")])
    page = page_of(editor)
    seen: list[str] = []

    def look(dialog: EventDialog) -> None:
        seen.append(dialog.text_edit.toPlainText())
        dialog.reject()

    on_dialog(when_modal, look)
    cell = page.table.visualRect(page.model.index(0, TEXT)).center()
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert seen == ["Rollback"]


@pytest.mark.parametrize(
    ("day", "clock"),
    [("2026-03-01", "10:02"), ("20260301", "1002"), ("2026-3-1", "10:02"), ("2026/03/01", "10:02")],
)
def test_dates_and_times_typed_the_usual_ways_land_right(
    open_editor, qtbot, when_modal, day: str, clock: str
):
    editor = open_editor()
    page = page_of(editor)
    add_event(qtbot, when_modal, page, day=day, clock=clock, text="Typed")
    assert editor.postmortem.timeline[0].local_at.strftime("%Y-%m-%d %H:%M") == "2026-03-01 10:02"


def test_a_time_the_clocks_skipped_is_refused_in_words(qtbot):
    from PySide6.QtCore import QDate, QTime

    dialog = EventDialog("America/Toronto")
    qtbot.addWidget(dialog)
    dialog.text_edit.setPlainText("Failover started")
    dialog.date_edit.setDate(QDate(2026, 3, 8))
    dialog.time_edit.setTime(QTime(2, 30))
    assert dialog.problem() == (
        "02:30 never happened in America/Toronto: the clocks jumped forward at that hour. "
        "Type the time the clocks showed."
    )
    dialog.time_edit.setTime(QTime(3, 30))
    assert dialog.problem() is None
