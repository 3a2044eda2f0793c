"""Step 3: the timeline, always in the order things happened, with full dates in the
postmortem's time zone. Milestone kinds set the milestones; every edit can be undone."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.enums import MILESTONES, EventKind
from pmdesk.domain.model import Postmortem, TimelineEvent
from pmdesk.gui.formats import format_datetime
from pmdesk.gui.wizard.page import PageId, WizardPage
from pmdesk.gui.wizard.timeline.commands import EventChange, EventCommand, command_label
from pmdesk.gui.wizard.timeline.event_dialog import Check, EventDialog
from pmdesk.gui.wizard.timeline.labels import event_kind_label, milestone_name
from pmdesk.gui.wizard.timeline.model import ACTOR, KEY, KIND, TEXT, TIME, TimelineModel
from pmdesk.gui.wizard.timeline.view import TimelineView
from pmdesk.timeline.milestones import (
    MILESTONE_OF_KIND,
    apply_entry_change,
    milestones_of,
    plan_milestones,
    touched_kinds,
)

KIND_OF_MILESTONE = {name: kind for kind, name in MILESTONE_OF_KIND.items()}


class TimelinePage(WizardPage):
    """The timeline table, its editing actions (all undoable) and the milestones they set."""

    page_id = PageId.TIMELINE

    def __init__(self) -> None:
        super().__init__()
        self.model = TimelineModel()
        self.undo_stack = QUndoStack(self)
        self.table = TimelineView()
        self.table.setObjectName("timeline_table")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KEY, QHeaderView.ResizeMode.Fixed)
        self.table_label = QLabel()
        self.table_label.setBuddy(self.table)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("timeline_problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.problem_label.setMargin(4)
        self.problem_label.hide()
        self.empty_label = QLabel()
        self.empty_label.setObjectName("timeline_empty")
        self.empty_label.setWordWrap(True)
        self.milestones_label = QLabel()
        self.milestones_label.setObjectName("timeline_milestones")
        self.milestones_label.setWordWrap(True)
        self._build_actions()
        buttons = QHBoxLayout()
        self.buttons: dict[QAction, QPushButton] = {}
        for action in self.actions():
            button = QPushButton()
            button.setObjectName(f"{action.objectName()}_button")
            button.setAutoDefault(False)
            button.clicked.connect(action.trigger)
            button.setEnabled(action.isEnabled())
            action.enabledChanged.connect(button.setEnabled)
            buttons.addWidget(button)
            self.buttons[action] = button
            if action is self.key_action:
                buttons.addStretch(1)
        layout = QVBoxLayout(self.form)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.milestones_label)
        self.table.edit_requested.connect(self.edit_event)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.model.key_toggle_requested.connect(self.toggle_key)
        self.model.rowsInserted.connect(self._update_actions)
        self.model.rowsRemoved.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.undo_stack.indexChanged.connect(self._update_actions)
        self.retranslate()
        self._update_actions()

    def _build_actions(self) -> None:
        def make(name: str, keys: list[str], slot: object) -> QAction:
            action = QAction(self)
            action.setObjectName(name)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        self.add_action = make("add_event", ["Ins", "Ctrl+Return", "Ctrl+Enter"], self.add_event)
        self.edit_action = make("edit_event", ["F2"], self.edit_event)
        self.delete_action = make("delete_event", ["Del"], self.delete_event)
        self.key_action = make("toggle_key", ["Ctrl+K"], lambda: self.toggle_key())
        self.undo_action = make("undo", ["Ctrl+Z"], self.undo_stack.undo)
        self.redo_action = make("redo", ["Ctrl+Shift+Z", "Ctrl+Y"], self.undo_stack.redo)

    def title(self) -> str:
        return self.tr("Timeline")

    def retranslate(self) -> None:
        super().retranslate()
        texts = {
            self.add_action: (
                self.tr("&Add event…"),
                self.tr("Add an event (Insert or Ctrl+Enter)"),
            ),
            self.edit_action: (self.tr("&Edit…"), self.tr("Edit the selected event (Enter or F2)")),
            self.delete_action: (self.tr("&Delete"), self.tr("Delete the selected event (Delete)")),
            self.key_action: (
                self.tr("&Key event ★"),
                self.tr("Mark or unmark the selected event as a key event (Ctrl+K)"),
            ),
            self.undo_action: (self.tr("&Undo"), self.tr("Undo the last change (Ctrl+Z)")),
            self.redo_action: (self.tr("&Redo"), self.tr("Redo the change (Ctrl+Shift+Z)")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip)
            self.buttons[action].setText(text)
            self.buttons[action].setToolTip(tip)
        self.table_label.setText(self.tr("Even&ts, in the order they happened"))
        self.table.setAccessibleName(self.tr("Timeline events"))
        self.empty_label.setText(
            self.tr("No events yet. Press Insert to add the first one, with its date and time.")
        )
        self.model.refresh()
        self._size_columns()
        self._show_milestones()
        self._update_actions()

    def _size_columns(self) -> None:
        """Widths from the font and the words, not from the rows: 2,000 rows are never measured."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        bold = header.fontMetrics()

        def title(column: int) -> int:
            return bold.horizontalAdvance(
                str(self.model.headerData(column, Qt.Orientation.Horizontal))
            )

        times = (datetime(2026, month, 28, 12, 59, tzinfo=UTC) for month in range(1, 13))
        widest_time = max(metrics.horizontalAdvance(format_datetime(t, "UTC")) for t in times)
        widest_kind = max(metrics.horizontalAdvance(event_kind_label(kind)) for kind in EventKind)
        padding = metrics.averageCharWidth() * 3
        header.resizeSection(TIME, max(widest_time, title(TIME)) + padding)
        header.resizeSection(KIND, max(widest_kind, title(KIND)) + padding)
        header.resizeSection(ACTOR, max(metrics.averageCharWidth() * 16, title(ACTOR)) + padding)
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        star = indicator + metrics.horizontalAdvance("★") + padding
        header.resizeSection(KEY, max(star, title(KEY) + padding))

    def load(self, postmortem: Postmortem) -> None:
        self.undo_stack.clear()
        self.model.set_postmortem(postmortem)
        self.problem_label.hide()
        super().load(postmortem)
        self._show_milestones()
        self._update_actions()
        if self.model.rowCount():
            self._select_row(0)

    def on_shown(self) -> None:
        """The time zone may have changed on the Basics page since the last visit."""
        self.model.refresh()
        self._size_columns()
        self._show_milestones()

    def field_widgets(self) -> dict[str, QWidget]:
        return {"timeline": self.table}

    # Selection --------------------------------------------------------------------------

    def select_id(self, event_id: str) -> bool:
        """Select the event with this id (the review and the wording coach point at one)."""
        row = self.model.row_of(event_id)
        if row >= 0:
            self._select_row(row)
        return row >= 0

    def selected_event(self) -> TimelineEvent | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.event_at(index.row())

    def _entry_index(self, event: TimelineEvent) -> int:
        """Where `event` sits in the postmortem's list (the order it was written in)."""
        assert self.postmortem is not None
        return next(i for i, item in enumerate(self.postmortem.timeline) if item is event)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, TIME)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _update_actions(self, *_args: object) -> None:
        has_selection = self.selected_event() is not None
        for action in (self.edit_action, self.delete_action, self.key_action):
            action.setEnabled(has_selection)
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        self.redo_action.setEnabled(self.undo_stack.canRedo())
        for action, text in (
            (self.undo_action, self.undo_stack.undoText()),
            (self.redo_action, self.undo_stack.redoText()),
        ):
            name = QCoreApplication.translate("TimelineCommands", text) if text else ""
            self.buttons[action].setAccessibleDescription(name)
        self.empty_label.setVisible(self.model.rowCount() == 0)

    # Editing ----------------------------------------------------------------------------

    def _plan(
        self, index: int, old: TimelineEvent | None, new: TimelineEvent | None
    ) -> EventChange | str:
        """The change to make, or a sentence saying why it would break the milestones' order."""
        assert self.postmortem is not None
        timeline = list(self.postmortem.timeline)
        apply_entry_change(timeline, index, old, new)
        before = milestones_of(self.postmortem)
        plan = plan_milestones(before, timeline, touched_kinds(old, new))
        if plan.conflict is not None:
            return self.tr(
                "Not changed: {milestone} would come before {other}. Milestones go in this "
                "order: impact started, detected, mitigated, resolved."
            ).format(
                milestone=milestone_name(plan.conflict.milestone),
                other=milestone_name(plan.conflict.other),
            )
        return EventChange(index, old, new, before, plan.values)

    def _push(self, index: int, old: TimelineEvent | None, new: TimelineEvent | None) -> bool:
        """Make one undoable change, or explain beside the table why it was refused."""
        if self.postmortem is None:
            return False
        planned = self._plan(index, old, new)
        if isinstance(planned, str):
            self._refuse(planned)
            return False
        self.problem_label.hide()
        label = command_label(old, new)
        command = EventCommand(self.postmortem, self.model, planned, label, self._applied)
        self.undo_stack.push(command)
        return True

    def _refuse(self, message: str) -> None:
        self.problem_label.setText(f"⚠ {message}")
        self.problem_label.setAccessibleName(message)
        self.problem_label.show()

    def _check(self, index: int, old: TimelineEvent | None) -> Check:
        """For the dialog: the refusal message for a typed event, shown beside the table too."""

        def check(event: TimelineEvent) -> str | None:
            planned = self._plan(index, old, event)
            if isinstance(planned, str):
                self._refuse(planned)
                return planned
            return None

        return check

    def _applied(self, names: set[str], event_id: str | None) -> None:
        """After a change, its undo or its redo: select its event, show milestones, save."""
        if event_id is not None:
            row = self.model.row_of(event_id)
            if row >= 0:
                self._select_row(row)
        elif self.model.rowCount():
            current = self.table.currentIndex().row()
            self._select_row(min(max(current, 0), self.model.rowCount() - 1))
        self.problem_label.hide()
        self._show_milestones()
        self._update_actions()
        self.notify(*names)

    def add_event(self) -> None:
        if self.postmortem is None:
            return
        selected = self.selected_event()
        last = self.model.event_at(self.model.rowCount() - 1) if self.model.rowCount() else None
        default = (selected or last).at if (selected or last) else None
        index = len(self.postmortem.timeline)
        event, accepted = EventDialog.get_event(
            self,
            self.postmortem.timezone,
            None,
            default,
            self._check(index, None),
            self._coached(None),
        )
        if accepted and event is not None:
            self._push(index, None, event)
        self.table.setFocus()

    def edit_event(self) -> None:
        old = self.selected_event()
        if self.postmortem is None or old is None:
            return
        index = self._entry_index(old)
        event, accepted = EventDialog.get_event(
            self,
            self.postmortem.timezone,
            old,
            None,
            self._check(index, old),
            self._coached(old.id),
        )
        if accepted and event is not None and event != old:
            self._push(index, old, event)
        self.table.setFocus()

    def _coached(self, event_id: str | None) -> Callable[[EventDialog], object] | None:
        """Hooks the window's wording coach into the event dialog's "What happened" box."""
        coach = getattr(self.window(), "coach", None)
        if coach is None:
            return None
        key = f"timeline/{event_id}/text" if event_id else None
        return lambda dialog: coach.attach(dialog.text_edit, lambda: key)

    def delete_event(self) -> None:
        old = self.selected_event()
        if self.postmortem is None or old is None:
            return
        self._push(self._entry_index(old), old, None)

    def toggle_key(self, event_id: str | None = None) -> None:
        """Star or unstar an event (the selected one unless told which)."""
        if self.postmortem is None:
            return
        if isinstance(event_id, str):
            row = self.model.row_of(event_id)
            old = self.model.event_at(row) if row >= 0 else None
        else:
            old = self.selected_event()
        if old is None:
            return
        new = replace(old, key=not old.key)
        self._push(self._entry_index(old), old, new)

    def _show_milestones(self) -> None:
        pm = self.postmortem
        if pm is None:
            self.milestones_label.clear()
            return
        parts = []
        for name in MILESTONES:
            value = getattr(pm, name)
            parts.append(
                self.tr("{milestone}: {time}").format(
                    milestone=event_kind_label(KIND_OF_MILESTONE[name]),
                    time=format_datetime(value, pm.timezone) if value else self.tr("not set"),
                )
            )
        self.milestones_label.setText(self.tr("Milestones: {list}").format(list=" · ".join(parts)))
