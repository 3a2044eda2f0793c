"""The action items as a read-only table; gaps (no owner, no due date) show an icon and words."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from pmdesk.domain.enums import ActionStatus
from pmdesk.domain.model import ActionItem
from pmdesk.gui.labels_actions import action_status_label, action_type_label
from pmdesk.gui.widgets.list_table import ListTableModel
from pmdesk.gui.wizard.actions.edits import missing

COLUMNS = (
    QT_TRANSLATE_NOOP("ActionTableModel", "Title"),
    QT_TRANSLATE_NOOP("ActionTableModel", "Type"),
    QT_TRANSLATE_NOOP("ActionTableModel", "Owner"),
    QT_TRANSLATE_NOOP("ActionTableModel", "Priority"),
    QT_TRANSLATE_NOOP("ActionTableModel", "Due"),
    QT_TRANSLATE_NOOP("ActionTableModel", "Status"),
    QT_TRANSLATE_NOOP("ActionTableModel", "Tracker"),
)
TITLE, TYPE, OWNER, PRIORITY, DUE, STATUS, TRACKER = range(len(COLUMNS))


def format_due(value: date) -> str:
    """A due date as the Canadian short form in both languages: 2026-03-31."""
    return value.isoformat()


def is_overdue(action: ActionItem, today: date | None = None) -> bool:
    open_states = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
    return (
        action.due is not None
        and action.status in open_states
        and action.due < (today or date.today())
    )


class ActionTableModel(ListTableModel[ActionItem]):
    """Shows the postmortem's own action list; the page edits the list and says what changed."""

    columns = COLUMNS
    context = "ActionTableModel"

    def cell_data(self, action: ActionItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and self._warning(action, column):
            style = QApplication.style()
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.FontRole and self._warning(action, column):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell_text(action, column) or None  # the full text of an elided cell
        return None

    def _warning(self, action: ActionItem, column: int) -> bool:
        no_owner, no_due = missing(action)
        return (
            (column == OWNER and no_owner)
            or (column == DUE and (no_due or is_overdue(action)))
            or (column == TITLE and not action.title.strip())
        )

    def cell_text(self, action: ActionItem, column: int) -> str:
        no_owner, no_due = missing(action)
        if column == TITLE:
            return action.title.strip() or QCoreApplication.translate(
                "ActionTableModel", "(no title yet)"
            )
        if column == TYPE:
            return action_type_label(action.type)
        if column == OWNER:
            return (
                QCoreApplication.translate("ActionTableModel", "No owner")
                if no_owner
                else action.owner.strip()
            )
        if column == PRIORITY:
            return action.priority.value
        if column == DUE:
            if action.due is None:
                return (
                    QCoreApplication.translate("ActionTableModel", "No due date") if no_due else ""
                )
            if is_overdue(action):
                return QCoreApplication.translate("ActionTableModel", "{date} (overdue)").format(
                    date=format_due(action.due)
                )
            return format_due(action.due)
        if column == STATUS:
            return action_status_label(action.status)
        return action.tracker or ""
