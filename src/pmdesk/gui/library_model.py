"""The library list as a Qt table model: one row per postmortem summary."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from pmdesk.domain.enums import Status
from pmdesk.domain.summary import PostmortemSummary
from pmdesk.gui.formats import format_datetime

COLUMNS = (
    QT_TRANSLATE_NOOP("LibraryModel", "Title"),
    QT_TRANSLATE_NOOP("LibraryModel", "Status"),
    QT_TRANSLATE_NOOP("LibraryModel", "Severity"),
    QT_TRANSLATE_NOOP("LibraryModel", "Incident date"),
    QT_TRANSLATE_NOOP("LibraryModel", "Updated"),
)
STATUS_LABELS = {
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("Status", "In progress"),
    #: The state of a postmortem (an adjective, « Ouvert »), not the command « Ouvrir ».
    Status.OPEN: QT_TRANSLATE_NOOP("Status", "Open"),
    Status.READY_FOR_REVIEW: QT_TRANSLATE_NOOP("Status", "Ready for review"),
    Status.REVIEWED: QT_TRANSLATE_NOOP("Status", "Reviewed"),
    Status.CLOSED: QT_TRANSLATE_NOOP("Status", "Closed"),
}
STATUS_ORDER = {status: position for position, status in enumerate(Status)}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Model role that returns a row's postmortem id."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""Model role that returns a sortable value (times as timestamps, not formatted text)."""


def status_label(status: Status) -> str:
    return QCoreApplication.translate("Status", STATUS_LABELS[status])


class LibraryModel(QAbstractTableModel):
    """Read-only rows of the library; refreshed whole after each change (a library is small)."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[PostmortemSummary] = []
        self._text_cache: dict[str, tuple[str, ...]] = {}
        self._sort_cache: dict[str, tuple[Any, ...]] = {}
        self._sort_column = 4  # most recently updated first, until the user sorts
        self._descending = True

    def set_rows(self, rows: list[PostmortemSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._text_cache.clear()
        self._sort_cache.clear()
        self._rows.sort(key=self._sort_key, reverse=self._descending)
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers, status labels and dates change with the language; the rows do not."""
        self._text_cache.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python, once per click: Qt's own sort would call `data` 20,000 times for
        a thousand rows. Persistent indexes (the selection) follow their rows."""
        self.layoutAboutToBeChanged.emit()
        before = list(self._rows)
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._rows.sort(key=self._sort_key, reverse=self._descending)
        new_row = {summary.id: row for row, summary in enumerate(self._rows)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(new_row[before[index.row()].id], index.column()) for index in old]
        )
        self.layoutChanged.emit()

    def row_id(self, row: int) -> str:
        return self._rows[row].id

    def summary(self, row: int) -> PostmortemSummary:
        return self._rows[row]

    def row_of(self, postmortem_id: str) -> int:
        """The source row showing `postmortem_id`, or -1."""
        for row, summary in enumerate(self._rows):
            if summary.id == postmortem_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("LibraryModel", COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self._sort_keys(row)[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts(row)[column]
        return None

    def _sort_key(self, row: PostmortemSummary) -> Any:
        return self._sort_keys(row)[self._sort_column]

    def _sort_keys(self, row: PostmortemSummary) -> tuple[Any, ...]:
        """A row's sort values, worked out once per refresh (sorting asks thousands of times)."""
        cached = self._sort_cache.get(row.id)
        if cached is None:
            cached = (
                row.title.casefold(),
                STATUS_ORDER[row.status],
                row.severity.value if row.severity else "SEV9",
                row.incident_at.timestamp() if row.incident_at else 0.0,
                row.updated_at.timestamp(),
            )
            self._sort_cache[row.id] = cached
        return cached

    def _texts(self, row: PostmortemSummary) -> tuple[str, ...]:
        """A row's shown texts, worked out once per language (views ask for them often)."""
        cached = self._text_cache.get(row.id)
        if cached is None:
            cached = (
                row.title or QCoreApplication.translate("LibraryModel", "(untitled)"),
                status_label(row.status),
                row.severity.value if row.severity else "",
                format_datetime(row.incident_at),
                format_datetime(row.updated_at),
            )
            self._text_cache[row.id] = cached
        return cached
