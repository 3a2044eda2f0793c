"""Translated names for event kinds and milestones (the domain only knows their codes)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pmdesk.domain.enums import EventKind
from pmdesk.gui.messages import VALUE_NAMES

EVENT_KIND_LABELS: dict[EventKind, str] = {
    EventKind.NOTE: QT_TRANSLATE_NOOP("EventKind", "Note"),
    EventKind.IMPACT_START: QT_TRANSLATE_NOOP("EventKind", "Impact started"),
    EventKind.DETECTED: QT_TRANSLATE_NOOP("EventKind", "Detected"),
    EventKind.ESCALATED: QT_TRANSLATE_NOOP("EventKind", "Escalated"),
    EventKind.MITIGATED: QT_TRANSLATE_NOOP("EventKind", "Mitigated"),
    EventKind.RESOLVED: QT_TRANSLATE_NOOP("EventKind", "Resolved"),
    EventKind.COMMUNICATION: QT_TRANSLATE_NOOP("EventKind", "Communication"),
    EventKind.DECISION: QT_TRANSLATE_NOOP("EventKind", "Decision"),
    EventKind.ACTION: QT_TRANSLATE_NOOP("EventKind", "Action taken"),
}


def event_kind_label(kind: EventKind) -> str:
    """An event kind in the interface language ("Detected" / "Détection")."""
    return QCoreApplication.translate("EventKind", EVENT_KIND_LABELS[kind])


def milestone_name(name: str) -> str:
    """A milestone attribute as words for a sentence ("the detection time")."""
    return QCoreApplication.translate("values", VALUE_NAMES.get(name, name))
