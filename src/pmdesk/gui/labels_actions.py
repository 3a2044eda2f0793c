"""Translated labels for action item codes (CDS types, statuses, priorities): one table.

The domain stores codes; these tables give each code its English source (marked for Qt
Linguist) and the functions translate it into the interface language when asked.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pmdesk.domain.enums import ActionStatus, ActionType, Priority

ACTION_TYPE_LABELS = {
    ActionType.INVESTIGATE: QT_TRANSLATE_NOOP("ActionType", "Investigate"),
    ActionType.MITIGATE_NOW: QT_TRANSLATE_NOOP("ActionType", "Mitigate now"),
    ActionType.REPAIR: QT_TRANSLATE_NOOP("ActionType", "Repair"),
    ActionType.DETECT: QT_TRANSLATE_NOOP("ActionType", "Detect"),
    ActionType.MITIGATE_FUTURE: QT_TRANSLATE_NOOP("ActionType", "Mitigate future"),
    ActionType.PREVENT: QT_TRANSLATE_NOOP("ActionType", "Prevent"),
}
ACTION_TYPE_HELP = {
    ActionType.INVESTIGATE: QT_TRANSLATE_NOOP(
        "ActionType", "Find out more about what happened or why (logs, tests, experiments)."
    ),
    ActionType.MITIGATE_NOW: QT_TRANSLATE_NOOP(
        "ActionType", "Reduce an impact that is still going on or could come back soon."
    ),
    ActionType.REPAIR: QT_TRANSLATE_NOOP(
        "ActionType", "Fix what the incident broke or left behind (data, configuration)."
    ),
    ActionType.DETECT: QT_TRANSLATE_NOOP(
        "ActionType", "Notice sooner next time: alerts, monitoring, dashboards."
    ),
    ActionType.MITIGATE_FUTURE: QT_TRANSLATE_NOOP(
        "ActionType", "Limit the harm if it happens again: fallbacks, runbooks, safe defaults."
    ),
    ActionType.PREVENT: QT_TRANSLATE_NOOP(
        "ActionType", "Keep it from happening again: remove the condition that allowed it."
    ),
}
ACTION_STATUS_LABELS = {
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("ActionStatus", "Open"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("ActionStatus", "In progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("ActionStatus", "Done"),
    ActionStatus.WONT_DO: QT_TRANSLATE_NOOP("ActionStatus", "Won't do"),
}
PRIORITY_LABELS = {
    Priority.P0: QT_TRANSLATE_NOOP("Priority", "P0 (urgent)"),
    Priority.P1: QT_TRANSLATE_NOOP("Priority", "P1 (high)"),
    Priority.P2: QT_TRANSLATE_NOOP("Priority", "P2 (medium)"),
    Priority.P3: QT_TRANSLATE_NOOP("Priority", "P3 (low)"),
}
PRIORITY_HELP = {
    Priority.P0: QT_TRANSLATE_NOOP(
        "Priority", "P0: likely to happen again soon, with serious harm; start now."
    ),
    Priority.P1: QT_TRANSLATE_NOOP(
        "Priority", "P1: a real risk of recurrence; do it in the next few weeks."
    ),
    Priority.P2: QT_TRANSLATE_NOOP("Priority", "P2: a moderate risk of recurrence; plan it."),
    Priority.P3: QT_TRANSLATE_NOOP(
        "Priority", "P3: a low risk of recurrence; do it when there is room."
    ),
}


def action_type_label(kind: ActionType) -> str:
    """`mitigate_now` → "Mitigate now" (interface language)."""
    return QCoreApplication.translate("ActionType", ACTION_TYPE_LABELS[kind])


def action_type_help(kind: ActionType) -> str:
    """What a CDS action type is for, in one sentence (tooltips)."""
    return QCoreApplication.translate("ActionType", ACTION_TYPE_HELP[kind])


def action_status_label(status: ActionStatus) -> str:
    """`wont_do` → "Won't do" (interface language)."""
    return QCoreApplication.translate("ActionStatus", ACTION_STATUS_LABELS[status])


def priority_label(priority: Priority) -> str:
    """`P0` → "P0 (urgent)" (interface language)."""
    return QCoreApplication.translate("Priority", PRIORITY_LABELS[priority])


def priority_help(priority: Priority) -> str:
    """What a priority means in terms of the risk of recurrence (tooltips)."""
    return QCoreApplication.translate("Priority", PRIORITY_HELP[priority])
