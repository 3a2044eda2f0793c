"""Step 7: action items, each with a type, an owner, a priority, a due date and a status."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.enums import Status
from pmdesk.domain.model import ActionItem
from pmdesk.gui.widgets.list_table import ListTablePage
from pmdesk.gui.wizard.actions.action_form import ActionForm
from pmdesk.gui.wizard.actions.action_model import TITLE, ActionTableModel
from pmdesk.gui.wizard.actions.columns import fit_columns
from pmdesk.gui.wizard.actions.edits import people
from pmdesk.gui.wizard.causes.note import NoteLabel
from pmdesk.gui.wizard.page import PageId, WizardPage


class ActionsPage(ListTablePage[ActionItem], WizardPage):
    """A table of action items, and below it a form for the selected one."""

    page_id = PageId.ACTIONS

    def __init__(self) -> None:
        super().__init__(ActionTableModel(), "action", TITLE, lines=6)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.model.modelReset.connect(lambda: fit_columns(self.table, TITLE))
        self.model.dataChanged.connect(lambda *_: fit_columns(self.table, TITLE))
        self.removed_note = NoteLabel()
        self.empty_note = NoteLabel()
        self.draft_note = NoteLabel()
        self.action_form = ActionForm()
        layout = QVBoxLayout(self.form)
        layout.addWidget(self.draft_note)
        self._lay_out_list(layout, self.action_form, self.action_form.title_edit)
        self.action_form.action_edited.connect(self._form_edited)
        self._removed: tuple[int, ActionItem] | None = None
        self.retranslate()
        self._show_item(None)

    def title(self) -> str:
        return self.tr("Actions")

    def retranslate(self) -> None:
        super().retranslate()
        self._word_list(
            (self.tr("Action &items"), self.tr("Action items")),
            self.tr("Insert adds an action, Delete removes the selected one, Enter edits it."),
            (self.tr("&Add action"), self.tr("Add an action item (Insert)")),
            (self.tr("&Remove action"), self.tr("Remove the selected action (Delete)")),
        )
        if self._removed_text():
            self.removed_note.set_text(self._removed_text())
        self.undo_button.setText(self.tr("Undo remo&val"))
        self.model.retranslate()
        self._show_item(self.current_action())  # the causes list names kinds in words

    def _removed_text(self) -> str:
        return self.tr("Action removed.") if getattr(self, "_removed", None) else ""

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "actions": self.table,
            **{f"action_{k}": w for k, w in self.action_form.inputs.items()},
        }

    # The action list -------------------------------------------------------------------

    current_action = ListTablePage.current_item
    select_action = ListTablePage.select_id
    add_action_item = ListTablePage.add_item

    def _new_item(self) -> ActionItem:
        return ActionItem()

    def _first_input(self) -> QWidget:
        return self.action_form.title_edit

    def remove_current(self) -> None:
        """Remove the selected action (one level of undo)."""
        row = self.table.currentIndex().row()
        if self.postmortem is None or not 0 <= row < len(self.postmortem.actions):
            return
        self._removed = (row, self.postmortem.actions.pop(row))
        self._rows_changed(min(row, len(self.postmortem.actions) - 1), "actions")
        self._offer_undo(self._removed_text())

    def undo_remove(self) -> None:
        """Put the last removed action back where it was (dropping links to removed causes)."""
        if self.postmortem is None or self._removed is None:
            return
        (row, action), self._removed = self._removed, None
        known = {factor.id for factor in self.postmortem.factors}
        action.factor_ids[:] = [ref for ref in action.factor_ids if ref in known]
        self.postmortem.actions.insert(min(row, len(self.postmortem.actions)), action)
        self._rows_changed(self.postmortem.actions.index(action), "actions")
        self._offer_undo("")

    def _show_item(self, action: ActionItem | None) -> None:
        pm = self.postmortem
        factors = pm.factors if pm else []
        self.action_form.set_action(action, factors, people(pm) if pm else [])
        self.remove_button.setEnabled(action is not None)
        self._update_notes()

    def _form_edited(self) -> None:
        action = self.action_form.action
        if action is not None and action in self.model.items:
            self.model.row_changed(self.model.items.index(action))
        self.notify("actions")

    def _update_notes(self) -> None:
        """Kind reminders: what is still missing, and when saving needs owners and dates."""
        self.empty_note.set_text(
            ""
            if self.model.items
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
