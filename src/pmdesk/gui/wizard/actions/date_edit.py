"""A date field that may hold no date at all ("No date"), with a calendar popup.

Qt's own idiom: the minimum date stands for "no date" and shows the special value text. Typing
or stepping from "no date" starts at today rather than at that far-away minimum, and the
calendar opens on the current month.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QWidget

NO_DATE = QDate(2000, 1, 1)
"""Stands for "no date" (shown as the special value text); never a real due date."""


class OptionalDateEdit(QDateEdit):
    """Edits a `date | None`; `value_edited` fires for the user's own changes only."""

    value_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setDate(NO_DATE)
        self._loading = False
        self.dateChanged.connect(self._date_changed)

    def value(self) -> date | None:
        current = self.date()
        return None if current == NO_DATE else current.toPython()  # type: ignore[return-value]

    def set_value(self, value: date | None) -> None:
        """Show a saved value without counting it as an edit."""
        self._loading = True
        try:
            self.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))
        finally:
            self._loading = False

    def clear_value(self) -> None:
        """Back to "no date" (an edit, like choosing a date)."""
        self.setDate(NO_DATE)

    def _start_from_today(self) -> None:
        if self.date() == NO_DATE:
            self.setDate(QDate.currentDate())

    def stepBy(self, steps: int) -> None:
        if self.date() == NO_DATE:
            self._start_from_today()
            return
        super().stepBy(steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.date() == NO_DATE and event.text().isdigit():
            self._start_from_today()
            self.setSelectedSection(QDateEdit.Section.YearSection)
        if event.text() == "-" and self._just_after_separator():
            return  # "2026-04-15" typed whole: the year already moved on to the month
        super().keyPressEvent(event)
        self._show_current_month()

    def _just_after_separator(self) -> bool:
        position = self.lineEdit().cursorPosition()
        return position > 0 and self.lineEdit().text()[position - 1] == "-"

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self._show_current_month()

    def _show_current_month(self) -> None:
        """An open calendar on "no date" shows this month, not January 2000."""
        calendar = self.calendarWidget()
        if self.date() == NO_DATE and calendar is not None and calendar.isVisible():
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())

    def _date_changed(self, _value: QDate) -> None:
        if not self._loading:
            self.value_edited.emit()
