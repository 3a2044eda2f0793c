"""The factor list as a read-only table: kind, category, description, depth of the whys."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont

from pmdesk.domain.model import Factor
from pmdesk.gui.labels_factors import factor_category_label, factor_kind_label
from pmdesk.gui.widgets.list_table import ListTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("FactorTableModel", "Kind"),
    QT_TRANSLATE_NOOP("FactorTableModel", "Category"),
    QT_TRANSLATE_NOOP("FactorTableModel", "Description"),
    QT_TRANSLATE_NOOP("FactorTableModel", "Whys"),
)
KIND, CATEGORY, TEXT, WHYS = range(len(COLUMNS))


def first_line(text: str, limit: int = 120) -> str:
    """A description's first line, shortened to fit a table cell."""
    line = text.strip().splitlines()[0].strip() if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class FactorTableModel(ListTableModel[Factor]):
    """Shows the postmortem's own factor list; the page edits the list and says what changed."""

    columns = COLUMNS
    context = "FactorTableModel"

    def cell_text(self, factor: Factor, column: int) -> str:
        if column == KIND:
            return factor_kind_label(factor.kind)
        if column == CATEGORY:
            return factor_category_label(factor.category)
        if column == TEXT:
            return first_line(factor.text) or QCoreApplication.translate(
                "FactorTableModel", "(not described yet)"
            )
        return str(len(factor.whys))

    def cell_data(self, factor: Factor, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT and factor.text.strip():
            return factor.text
        if role == Qt.ItemDataRole.FontRole and column == TEXT and not factor.text.strip():
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == WHYS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
