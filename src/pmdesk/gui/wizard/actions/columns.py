"""Column widths for a table whose first column matters most (titles) and others are short."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

NARROW_COLUMN_CHARS = 22
"""No short column grows past about this many characters: the title keeps the room."""


def fit_columns(table: QTableView, stretch_column: int) -> None:
    """Size each column to its contents, capped, and give what is left to `stretch_column`."""
    header = table.horizontalHeader()
    cap = table.fontMetrics().averageCharWidth() * NARROW_COLUMN_CHARS
    for column in range(header.count()):
        if column == stretch_column:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.resizeColumnToContents(column)
        header.resizeSection(column, min(header.sectionSize(column), cap))
