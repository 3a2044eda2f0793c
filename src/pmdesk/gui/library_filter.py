"""Filtering and sorting the library list: by status, by severity, and by words in the title."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from pmdesk.domain.enums import Severity, Status
from pmdesk.gui.library_model import SORT_ROLE, LibraryModel


class LibraryFilterModel(QSortFilterProxyModel):
    """Shows the rows that match every active filter; sorts on raw values, not on text."""

    def __init__(self, source: LibraryModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.library = source
        self.status: Status | None = None
        self.severity: Severity | None = None
        self.words: list[str] = []

    def set_filters(self, status: Status | None, severity: Severity | None, text: str) -> None:
        modern = hasattr(self, "beginFilterChange")  # Qt 6.10 replaced invalidateRowsFilter
        if modern:
            self.beginFilterChange()
        self.status = status
        self.severity = severity
        self.words = text.casefold().split()
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the library model sort itself (fast); this proxy keeps its order and filters."""
        self.library.sort(column, order)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        row = self.library.summary(source_row)
        # Combo boxes hand back StrEnum codes as plain strings: compare by value.
        if self.status is not None and row.status != self.status:
            return False
        if self.severity is not None and row.severity != self.severity:
            return False
        title = row.title.casefold()
        return all(word in title or row.id.startswith(word) for word in self.words)
