"""The factor list as a read-only table: kind, category, description, depth of the whys."""

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
from PySide6.QtGui import QFont

from pmdesk.domain.model import Factor
from pmdesk.gui.labels_factors import factor_category_label, factor_kind_label

COLUMNS = (
    QT_TRANSLATE_NOOP("FactorTableModel", "Kind"),
    QT_TRANSLATE_NOOP("FactorTableModel", "Category"),
    QT_TRANSLATE_NOOP("FactorTableModel", "Description"),
    QT_TRANSLATE_NOOP("FactorTableModel", "Whys"),
)
KIND, CATEGORY, TEXT, WHYS = range(len(COLUMNS))
Index = QModelIndex | QPersistentModelIndex


def first_line(text: str, limit: int = 120) -> str:
    """A description's first line, shortened to fit a table cell."""
    line = text.strip().splitlines()[0].strip() if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class FactorTableModel(QAbstractTableModel):
    """Shows the postmortem's own factor list; the page edits the list and says what changed."""

    def __init__(self) -> None:
        super().__init__()
        self.factors: list[Factor] = []

    def set_factors(self, factors: list[Factor]) -> None:
        """Show this list (the postmortem's own, not a copy)."""
        self.beginResetModel()
        self.factors = factors
        self.endResetModel()

    def reset(self) -> None:
        """The list gained or lost rows."""
        self.beginResetModel()
        self.endResetModel()

    def row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.factors:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.factors) - 1, WHYS))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.factors)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("FactorTableModel", COLUMNS[section])
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.factors):
            return None
        factor = self.factors[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == KIND:
                return factor_kind_label(factor.kind)
            if column == CATEGORY:
                return factor_category_label(factor.category)
            if column == TEXT:
                return first_line(factor.text) or QCoreApplication.translate(
                    "FactorTableModel", "(not described yet)"
                )
            return str(len(factor.whys))
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT and factor.text.strip():
            return factor.text
        if role == Qt.ItemDataRole.FontRole and column == TEXT and not factor.text.strip():
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == WHYS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
