"""The timeline as a table model: rows always in time order, whatever order they were typed in.

The postmortem's list keeps the order events were written (ties in time keep it, and it is what
gets saved); the model shows a sorted view of it and moves single rows on each change, so the
selection and scroll position survive edits even with thousands of events.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal

from pmdesk.domain.model import Postmortem, TimelineEvent
from pmdesk.gui.formats import format_datetime
from pmdesk.gui.widgets.list_table import Index, ListTableModel
from pmdesk.gui.wizard.timeline.labels import event_kind_label
from pmdesk.timeline.milestones import apply_entry_change

TIME, KIND, ACTOR, TEXT, KEY = range(5)
COLUMNS = (
    QT_TRANSLATE_NOOP("TimelineModel", "Time ({zone})"),
    QT_TRANSLATE_NOOP("TimelineModel", "Kind"),
    QT_TRANSLATE_NOOP("TimelineModel", "Actor"),
    QT_TRANSLATE_NOOP("TimelineModel", "What happened"),
    QT_TRANSLATE_NOOP("TimelineModel", "Key"),
)
STAR = "★"
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Model role that returns a row's event id."""
TOOLTIP_LIMIT = 600


def first_line(text: str) -> str:
    """The text's first non-blank line, for a one-line cell."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def utc_offset_label(minutes: int) -> str:
    """−300 → "UTC−05:00" (a real minus sign, as typography wants)."""
    sign = "−" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


class TimelineModel(ListTableModel[TimelineEvent]):
    """The events of one postmortem, sorted by time; changes come in one event at a time.

    Its `items` are its own sorted view of the postmortem's list, not that list itself."""

    key_toggle_requested = Signal(str)  # event id: the user clicked or spaced the key box
    columns = COLUMNS
    context = "TimelineModel"

    def __init__(self) -> None:
        super().__init__()
        self.postmortem: Postmortem | None = None
        self._times: dict[str, tuple[object, str]] = {}

    # Reading ----------------------------------------------------------------------------

    def set_postmortem(self, postmortem: Postmortem) -> None:
        self.beginResetModel()
        self.postmortem = postmortem
        self.items = postmortem.sorted_timeline()
        self._times.clear()
        self.endResetModel()

    @property
    def zone(self) -> str:
        return self.postmortem.timezone if self.postmortem else "UTC"

    def event_at(self, row: int) -> TimelineEvent:
        return self.items[row]

    def refresh(self) -> None:
        """Language or time zone changed: every header and time label is worded again."""
        self._times.clear()
        self.retranslate()

    # Changing (called by the undo commands) ---------------------------------------------

    def replace(self, index: int, old: TimelineEvent | None, new: TimelineEvent | None) -> None:
        """At entry position `index` of the postmortem's list: insert `new` (no `old`), remove
        `old` (no `new`), or put `new` in place of `old`; then move just that row."""
        assert self.postmortem is not None
        timeline = self.postmortem.timeline
        old_row = self.row_of(old.id) if old is not None else -1
        apply_entry_change(timeline, index, old, new)
        rows = self.postmortem.sorted_timeline()
        new_row = next((row for row, event in enumerate(rows) if event is new), -1)
        if old is not None:
            self._times.pop(old.id, None)
        if old_row < 0:
            self.beginInsertRows(QModelIndex(), new_row, new_row)
            self.items = rows
            self.endInsertRows()
        elif new_row < 0:
            self.beginRemoveRows(QModelIndex(), old_row, old_row)
            self.items = rows
            self.endRemoveRows()
        elif new_row == old_row:
            self.items = rows
            self.row_changed(new_row)
        else:
            target = new_row + 1 if new_row > old_row else new_row
            self.beginMoveRows(QModelIndex(), old_row, old_row, QModelIndex(), target)
            self.items = rows
            self.endMoveRows()
            self.row_changed(new_row)

    # Qt's model interface ---------------------------------------------------------------

    def row_header(self, section: int, role: int) -> Any:
        return None  # rows are told apart by their times

    def column_header(self, section: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("TimelineModel", COLUMNS[section]).format(
                zone=self.zone
            )
        if role == Qt.ItemDataRole.ToolTipRole and section == TIME:
            return QCoreApplication.translate(
                "TimelineModel", "Times are shown in the postmortem's time zone, {zone}."
            ).format(zone=self.zone)
        if role == Qt.ItemDataRole.ToolTipRole and section == KEY:
            return QCoreApplication.translate(
                "TimelineModel",
                "Key events (★) are the moments that matter most. Toggle with Ctrl+K.",
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if index.isValid() and index.column() == KEY:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def cell_data(self, event: TimelineEvent, column: int, role: int) -> Any:
        if role == EVENT_ID_ROLE:
            return event.id
        if column == KEY:
            return self._key_data(event, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TIME:
                written = event.local_at.strftime("%Y-%m-%d %H:%M:%S")
                return QCoreApplication.translate(
                    "TimelineModel", "Written as {time} {offset}"
                ).format(time=written, offset=utc_offset_label(event.offset_minutes))
            if column == TEXT and event.text:
                return event.text[:TOOLTIP_LIMIT]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.cell_text(event, column)
        return None

    def cell_text(self, event: TimelineEvent, column: int) -> str:
        if column == TIME:
            return self._time(event)
        if column == KIND:
            return event_kind_label(event.kind)
        if column == ACTOR:
            return event.actor
        if column == TEXT:
            return first_line(event.text)
        return STAR if event.key else ""

    def _key_data(self, event: TimelineEvent, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if event.key else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return (
                QCoreApplication.translate("TimelineModel", "Key event")
                if event.key
                else QCoreApplication.translate("TimelineModel", "Not a key event")
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _time(self, event: TimelineEvent) -> str:
        """Formatting a zoned time is the slow part of a row: keep each one until it changes."""
        cached = self._times.get(event.id)
        if cached is not None and cached[0] == event.at:
            return cached[1]
        text = format_datetime(event.at, self.zone)
        self._times[event.id] = (event.at, text)
        return text

    def setData(
        self,
        index: Index,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        """A click on the key box asks for an undoable change; the page makes it."""
        if index.isValid() and index.column() == KEY and role == Qt.ItemDataRole.CheckStateRole:
            self.key_toggle_requested.emit(self.items[index.row()].id)
            return True
        return False
