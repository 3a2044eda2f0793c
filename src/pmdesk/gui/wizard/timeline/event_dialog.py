"""The add/edit dialog for one timeline event: a full date and time in the postmortem's zone.

The writer types the time as a clock on the wall in that zone showed it; the event stores the
UTC time and the zone's offset at that moment (DST-aware). A refused edit leaves the dialog open
with everything typed still in it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.enums import EventKind, EventSource
from pmdesk.domain.model import TimelineEvent
from pmdesk.domain.rules import LONG_TEXT_MAX, SHORT_TEXT_MAX
from pmdesk.gui.widgets.date_typing import accept_typed_separators
from pmdesk.gui.wizard.page import clean_text
from pmdesk.gui.wizard.timeline.labels import event_kind_label
from pmdesk.gui.wizard.timeline.model import utc_offset_label
from pmdesk.timeline.timestamps import offset_minutes, wall_clock_exists

Check = Callable[[TimelineEvent], str | None]
"""Says why an event cannot be saved (a translated sentence), or None when it can."""


class EventDialog(QDialog):
    """Edits a copy of one event; `typed_event()` builds the result from the inputs."""

    def __init__(
        self,
        zone: str,
        event: TimelineEvent | None = None,
        default_at: datetime | None = None,
        check: Check | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EventDialog")
        self.zone_name = zone
        try:
            self.zone = ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):  # a zone this system lacks: never crash
            self.zone_name, self.zone = "UTC", ZoneInfo("UTC")
        self.original = event
        self.check = check
        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self._separators = accept_typed_separators(self.date_edit, self.time_edit)
        self.zone_label = QLabel()
        self.zone_label.setObjectName("zone_label")
        self.kind_combo = QComboBox()
        self.actor_edit = QLineEdit()
        self.actor_edit.setMaxLength(SHORT_TEXT_MAX)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.link_edit = QLineEdit()
        self.link_edit.setMaxLength(SHORT_TEXT_MAX)
        self.key_check = QCheckBox()
        self.message_label = QLabel()
        self.message_label.setObjectName("event_message")
        self.message_label.setWordWrap(True)
        self.message_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.message_label.setMargin(4)
        self.message_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.date_label, self.time_label = QLabel(), QLabel()
        self.kind_label, self.actor_label = QLabel(), QLabel()
        self.text_label, self.link_label = QLabel(), QLabel()
        for label, widget in (
            (self.date_label, self.date_edit),
            (self.time_label, self.time_edit),
            (self.kind_label, self.kind_combo),
            (self.actor_label, self.actor_edit),
            (self.text_label, self.text_edit),
            (self.link_label, self.link_edit),
        ):
            label.setBuddy(widget)
        time_row = QHBoxLayout()
        time_row.addWidget(self.time_label)
        time_row.addWidget(self.time_edit)
        time_row.addWidget(self.zone_label, 1)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        date_row.addLayout(time_row, 1)
        form = QFormLayout()
        form.addRow(self.date_label, date_row)
        form.addRow(self.kind_label, self.kind_combo)
        form.addRow(self.actor_label, self.actor_edit)
        form.addRow(self.text_label, self.text_edit)
        form.addRow(self.link_label, self.link_edit)
        form.addRow(QLabel(), self.key_check)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.date_edit, self.time_edit)
        self.setTabOrder(self.time_edit, self.kind_combo)
        self.setTabOrder(self.kind_combo, self.actor_edit)
        self.setTabOrder(self.actor_edit, self.text_edit)
        self.setTabOrder(self.text_edit, self.link_edit)
        self.setTabOrder(self.link_edit, self.key_check)
        self.setTabOrder(self.key_check, self.buttons)
        accept_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        accept_shortcut.activated.connect(self.accept)
        keypad_shortcut = QShortcut(QKeySequence("Ctrl+Enter"), self)
        keypad_shortcut.activated.connect(self.accept)
        self.date_edit.dateChanged.connect(self._show_offset)
        self.time_edit.timeChanged.connect(self._show_offset)
        self.retranslate()
        self._fill(event, default_at)
        self.date_edit.setFocus()

    @classmethod
    def get_event(
        cls,
        parent: QWidget | None,
        zone: str,
        event: TimelineEvent | None = None,
        default_at: datetime | None = None,
        check: Check | None = None,
        prepare: Callable[[EventDialog], object] | None = None,
    ) -> tuple[TimelineEvent | None, bool]:
        """Ask for an event (a new one, or changes to `event`); returns (event, accepted).

        `prepare` sees the dialog before it shows (the wording coach hooks its text box)."""
        dialog = cls(zone, event, default_at, check, parent)
        if prepare is not None:
            prepare(dialog)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.typed_event(), True
            return None, False
        finally:
            dialog.deleteLater()

    def retranslate(self) -> None:
        adding = self.original is None
        self.setWindowTitle(self.tr("Add event") if adding else self.tr("Edit event"))
        texts = (
            (self.date_label, self.date_edit, self.tr("&Date"), self.tr("Date")),
            (self.time_label, self.time_edit, self.tr("T&ime"), self.tr("Time")),
            (self.kind_label, self.kind_combo, self.tr("&Kind"), self.tr("Kind")),
            (self.actor_label, self.actor_edit, self.tr("&Actor"), self.tr("Actor")),
            (
                self.text_label,
                self.text_edit,
                self.tr("&What happened *"),
                self.tr("What happened"),
            ),
            (self.link_label, self.link_edit, self.tr("&Link"), self.tr("Link")),
        )
        for label, widget, text, name in texts:
            label.setText(text)
            widget.setAccessibleName(name)
        self.date_edit.setAccessibleDescription(self.tr("Year, month, day"))
        self.actor_edit.setPlaceholderText(self.tr("A person, a team or a system"))
        self.text_edit.setPlaceholderText(
            self.tr("What was seen or done, as it was known then. Ctrl+Enter saves.")
        )
        self.link_edit.setPlaceholderText(self.tr("A chat message, graph or ticket (optional)"))
        self.key_check.setText(self.tr("Key &event ★"))
        self.key_check.setAccessibleName(self.tr("Key event"))
        self.kind_combo.setToolTip(
            self.tr("Impact started, Detected, Mitigated and Resolved set the milestones.")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(
            self.tr("Save the event (Ctrl+Enter)")
        )
        self._show_offset()

    def _fill(self, event: TimelineEvent | None, default_at: datetime | None) -> None:
        for kind in EventKind:
            self.kind_combo.addItem(event_kind_label(kind), kind)
        moment = event.at if event else (default_at or datetime.now(UTC))
        local = moment.astimezone(self.zone)
        self.date_edit.setDate(QDate(local.year, local.month, local.day))
        self.time_edit.setTime(QTime(local.hour, local.minute))
        if event is None:
            return
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(event.kind)))
        self.actor_edit.setText(event.actor)
        self.text_edit.setPlainText(event.text)
        self.link_edit.setText(event.link or "")
        self.key_check.setChecked(event.key)

    def local_moment(self) -> datetime:
        """The typed date and time, on the wall clock of the postmortem's zone."""
        day, clock = self.date_edit.date(), self.time_edit.time()
        return datetime.combine(
            date(day.year(), day.month(), day.day()),
            time(clock.hour(), clock.minute()),
            tzinfo=self.zone,
        )

    def _show_offset(self) -> None:
        offset = offset_minutes(self.local_moment())
        self.zone_label.setText(f"{self.zone_name} ({utc_offset_label(offset)})")
        self.zone_label.setAccessibleName(self.tr("Time zone"))

    def typed_event(self) -> TimelineEvent:
        """The event as typed; an untouched date and time keep the original's exact moment
        (seconds and the offset it was written with)."""
        local = self.local_moment()
        at, offset = local.astimezone(UTC), offset_minutes(local)
        original = self.original
        if original is not None:
            shown = original.at.astimezone(self.zone).replace(second=0, microsecond=0)
            if shown == local:
                at, offset = original.at, original.offset_minutes
        link = clean_text(self.link_edit.text()).strip()
        values = {
            "at": at,
            "offset_minutes": offset,
            "kind": EventKind(self.kind_combo.currentData()),
            "actor": clean_text(self.actor_edit.text()).strip(),
            "text": clean_text(self.text_edit.toPlainText()).strip(),
            "link": link or None,
            "key": self.key_check.isChecked(),
        }
        if original is None:
            return TimelineEvent(source=EventSource.MANUAL, **values)  # type: ignore[arg-type]
        return replace(original, **values)  # type: ignore[arg-type]

    def problem(self) -> str | None:
        """Why the typed event cannot be saved yet, in words."""
        text = self.text_edit.toPlainText()
        if not text.strip():
            return self.tr("Write what happened before saving the event.")
        if len(text) > LONG_TEXT_MAX:
            return self.tr(
                "The text is too long ({length} characters; the limit is {max})."
            ).format(length=len(text), max=LONG_TEXT_MAX)
        if not wall_clock_exists(self.local_moment()):
            return self.tr(
                "{time} never happened in {zone}: the clocks jumped forward at that hour. "
                "Type the time the clocks showed."
            ).format(time=self.time_edit.time().toString("HH:mm"), zone=self.zone_name)
        return self.check(self.typed_event()) if self.check else None

    def accept(self) -> None:
        """Keep the dialog open, with everything typed, while the event cannot be saved."""
        message = self.problem()
        if message:
            self.message_label.setText(f"⚠ {message}")
            self.message_label.setAccessibleName(message)
            self.message_label.show()
            if not self.text_edit.toPlainText().strip():
                self.text_edit.setFocus()
            return
        super().accept()
