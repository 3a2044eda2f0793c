"""Step 7: action items, each with a type, an owner, a priority, a due date and a status."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.enums import Status
from pmdesk.domain.model import ActionItem, Postmortem
from pmdesk.gui.wizard.actions.action_form import ActionForm
from pmdesk.gui.wizard.actions.action_model import TITLE, ActionTableModel
from pmdesk.gui.wizard.actions.columns import fit_columns
from pmdesk.gui.wizard.actions.edits import people
from pmdesk.gui.wizard.causes.note import NoteLabel
from pmdesk.gui.wizard.page import PageId, WizardPage


class ActionsPage(WizardPage):
    """A table of action items, and below it a form for the selected one."""

    page_id = PageId.ACTIONS

    def __init__(self) -> None:
        super().__init__()
        self.model = ActionTableModel()
        self.table = QTableView()
        self.table.setObjectName("actions_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 3 // 2)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.model.modelReset.connect(lambda: fit_columns(self.table, TITLE))
        self.model.dataChanged.connect(lambda *_: fit_columns(self.table, TITLE))
        self.table_label = QLabel()
        self.table_label.setBuddy(self.table)
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_action_button")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("remove_action_button")
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undo_remove_action_button")
        self.undo_button.setVisible(False)
        for button in (self.add_button, self.remove_button, self.undo_button):
            button.setAutoDefault(False)
        self.removed_note = NoteLabel()
        self.empty_note = NoteLabel()
        self.draft_note = NoteLabel()
        self.action_form = ActionForm()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.removed_note, 1)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(0)
        layout = QVBoxLayout(self.form)
        layout.addWidget(self.draft_note)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addLayout(buttons)
        layout.addWidget(self.action_form)
        order = [
            self.table,
            self.add_button,
            self.remove_button,
            self.undo_button,
            self.action_form.title_edit,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.add_action = self._table_action(["Ins"], self.add_action_item)
        self.remove_action = self._table_action(["Del"], self.remove_current)
        self.edit_action = self._table_action(["Return", "Enter"], self._edit_current)
        self.add_button.clicked.connect(self.add_action_item)
        self.remove_button.clicked.connect(self.remove_current)
        self.undo_button.clicked.connect(self.undo_remove)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.action_form.action_edited.connect(self._form_edited)
        self._removed: tuple[int, ActionItem] | None = None
        self.retranslate()
        self._show_action(None)

    def _table_action(self, keys: list[str], slot: object) -> QAction:
        """A key that acts on the action table while it has the focus."""
        action = QAction(self.table)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    def title(self) -> str:
        return self.tr("Actions")

    def retranslate(self) -> None:
        super().retranslate()
        self.table_label.setText(self.tr("Action &items"))
        self.table.setAccessibleName(self.tr("Action items"))
        self.table.setAccessibleDescription(
            self.tr("Insert adds an action, Delete removes the selected one, Enter edits it.")
        )
        self.add_button.setText(self.tr("&Add action"))
        self.add_button.setToolTip(self.tr("Add an action item (Insert)"))
        self.remove_button.setText(self.tr("&Remove action"))
        self.remove_button.setToolTip(self.tr("Remove the selected action (Delete)"))
        self.undo_button.setText(self.tr("Undo remo&val"))
        if self._removed_text():
            self.removed_note.set_text(self._removed_text())
        self.model.retranslate()
        self._show_action(self.current_action())  # the causes list names kinds in words

    def _removed_text(self) -> str:
        return self.tr("Action removed.") if getattr(self, "_removed", None) else ""

    def load(self, postmortem: Postmortem) -> None:
        self.model.set_actions(postmortem.actions)
        super().load(postmortem)
        self._removed = None
        self.removed_note.set_text("")
        self.undo_button.setVisible(False)
        self.select_row(0 if postmortem.actions else -1)

    def on_shown(self) -> None:
        """Causes and people may have changed on other steps: show them afresh."""
        self.model.reset()
        self.select_row(max(0, self.table.currentIndex().row()) if self.model.actions else -1)

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "actions": self.table,
            **{f"action_{k}": w for k, w in self.action_form.inputs.items()},
        }

    # The action list -------------------------------------------------------------------

    def current_action(self) -> ActionItem | None:
        row = self.table.currentIndex().row()
        return self.model.actions[row] if 0 <= row < len(self.model.actions) else None

    def select_action(self, action_id: str) -> bool:
        """Select the action with this id (the review page points at one); False if absent."""
        ids = [item.id for item in self.model.actions]
        if action_id not in ids:
            return False
        self.select_row(ids.index(action_id))
        return True

    def select_row(self, row: int) -> None:
        """Select a row (-1: none) and show it in the editor below, e.g. to point at a gap."""
        if row < 0:
            self.table.setCurrentIndex(QModelIndex())
            self._show_action(None)
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(self.model.index(row, TITLE), flags)
        self._show_action(self.model.actions[row])

    def add_action_item(self) -> None:
        """Append an action and put the cursor in its title."""
        if self.postmortem is None:
            return
        self.postmortem.actions.append(ActionItem())
        self.model.reset()
        self.select_row(len(self.postmortem.actions) - 1)
        self.notify("actions")
        self.action_form.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_current(self) -> None:
        """Remove the selected action (one level of undo)."""
        row = self.table.currentIndex().row()
        if self.postmortem is None or not 0 <= row < len(self.postmortem.actions):
            return
        self._removed = (row, self.postmortem.actions.pop(row))
        self.model.reset()
        self.select_row(min(row, len(self.postmortem.actions) - 1))
        self.notify("actions")
        self.removed_note.set_text(self._removed_text())
        self.undo_button.setVisible(True)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def undo_remove(self) -> None:
        """Put the last removed action back where it was (dropping links to removed causes)."""
        if self.postmortem is None or self._removed is None:
            return
        (row, action), self._removed = self._removed, None
        known = {factor.id for factor in self.postmortem.factors}
        action.factor_ids[:] = [ref for ref in action.factor_ids if ref in known]
        self.postmortem.actions.insert(min(row, len(self.postmortem.actions)), action)
        self.model.reset()
        self.select_row(self.postmortem.actions.index(action))
        self.notify("actions")
        self.removed_note.set_text("")
        self.undo_button.setVisible(False)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _edit_current(self) -> None:
        if self.current_action() is not None:
            self.action_form.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row()
        self._show_action(self.model.actions[row] if 0 <= row < len(self.model.actions) else None)

    def _show_action(self, action: ActionItem | None) -> None:
        pm = self.postmortem
        factors = pm.factors if pm else []
        self.action_form.set_action(action, factors, people(pm) if pm else [])
        self.remove_button.setEnabled(action is not None)
        self._update_notes()

    def _form_edited(self) -> None:
        action = self.action_form.action
        if action is not None and action in self.model.actions:
            self.model.row_changed(self.model.actions.index(action))
        self.notify("actions")

    def _update_notes(self) -> None:
        """Kind reminders: what is still missing, and when saving needs owners and dates."""
        self.empty_note.set_text(
            ""
            if self.model.actions
            else self.tr("No actions yet. Press Insert or “Add action” to add the first one.")
        )
        past_draft = (
            self.postmortem is not None and self.postmortem.status is not Status.IN_PROGRESS
        )
        self.draft_note.set_text(
            self.tr(
                "This postmortem is past the draft stage: changes to actions are saved once "
                "each action has an owner and a due date (or is “Won't do” with a reason)."
            )
            if past_draft
            else ""
        )
