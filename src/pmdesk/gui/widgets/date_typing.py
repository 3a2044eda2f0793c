"""Typing a date or a time as people write it: `2026-03-01`, `10:02`.

A Qt date field moves to the next part on its own once a part is complete, so the `-` that a
person types next would skip one more part ("2026-03" put 03 in the day). This filter drops a
separator typed right after such an automatic move, and lets it through when it really ends a
part the person left short ("2026-3-1").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QLineEdit

SEPARATORS = frozenset("-/.:")


class SeparatorFilter(QObject):
    """Installed on a QDateTimeEdit (QDateEdit, QTimeEdit)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QDateTimeEdit) or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.text() not in SEPARATORS or not event.text():
            return False
        line = watched.findChild(QLineEdit)
        section = watched.sectionText(watched.currentSection())
        fresh = line is not None and line.hasSelectedText() and line.selectedText() == section
        return fresh  # True: swallow it, the field already moved on


def accept_typed_separators(*fields: QDateTimeEdit) -> SeparatorFilter:
    """Make `fields` take `2026-03-01` and `10:02` typed in full; keep the filter alive."""
    separator_filter = SeparatorFilter(fields[0])
    for field in fields:
        field.installEventFilter(separator_filter)
    return separator_filter
