"""The form under the action table: every field of the selected action, keyboard first."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.enums import ActionStatus, ActionType, Priority
from pmdesk.domain.model import ActionItem, Factor
from pmdesk.gui.labels_actions import (
    action_status_label,
    action_type_help,
    action_type_label,
    priority_help,
    priority_label,
)
from pmdesk.gui.labels_factors import factor_kind_label
from pmdesk.gui.wizard.actions.date_edit import OptionalDateEdit
from pmdesk.gui.wizard.actions.edits import missing, set_status
from pmdesk.gui.wizard.causes.factor_model import first_line
from pmdesk.gui.wizard.causes.note import NoteLabel
from pmdesk.gui.wizard.page import clean_text

FACTOR_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CauseChecklist(QListWidget):
    """A list as tall as its items (three to seven rows): every cause in view at once."""

    def fit_height(self) -> None:
        row = self.sizeHintForRow(0) if self.count() else self.fontMetrics().lineSpacing()
        rows = min(max(self.count(), 2), 6)
        self.setFixedHeight((row + 2) * rows + 2 * self.frameWidth())


class ActionForm(QGroupBox):
    """Writes each edit straight into the action it shows and emits `action_edited`."""

    action_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("action_form")
        self.action: ActionItem | None = None
        self.title_edit = QLineEdit()
        self.type_combo = QComboBox()
        self.owner_edit = QLineEdit()
        self.people_model = QStringListModel(self)
        completer = QCompleter(self.people_model, self.owner_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.owner_edit.setCompleter(completer)
        self.priority_combo = QComboBox()
        self.due_edit = OptionalDateEdit()
        self.clear_due_button = QPushButton()
        self.clear_due_button.setObjectName("clear_due_button")
        self.clear_due_button.setAutoDefault(False)
        self.status_combo = QComboBox()
        self.rationale_edit = QLineEdit()
        self.tracker_edit = QLineEdit()
        self.factors_list = CauseChecklist()
        self.factors_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.factors_list.setSpacing(1)
        self.owner_note = NoteLabel(warning=True)
        self.due_note = NoteLabel(warning=True)
        self.rationale_note = NoteLabel(warning=True)
        self.inputs: dict[str, QWidget] = {
            "title": self.title_edit,
            "type": self.type_combo,
            "owner": self.owner_edit,
            "priority": self.priority_combo,
            "due": self.due_edit,
            "status": self.status_combo,
            "rationale": self.rationale_edit,
            "tracker": self.tracker_edit,
            "factors": self.factors_list,
        }
        self.labels: dict[str, QLabel] = {}
        for name, widget in self.inputs.items():
            widget.setObjectName(f"action_{name}_input")
            label = QLabel()
            label.setBuddy(widget)
            self.labels[name] = label
        self._lay_out()
        self._loading = False
        self.title_edit.textEdited.connect(lambda text: self._set("title", clean_text(text)))
        self.owner_edit.textChanged.connect(lambda text: self._set("owner", clean_text(text)))
        self.tracker_edit.textEdited.connect(
            lambda text: self._set("tracker", clean_text(text).strip() or None)
        )
        self.rationale_edit.textEdited.connect(
            lambda text: self._set("rationale", clean_text(text) or None)
        )
        self.type_combo.activated.connect(
            lambda _i: self._set("type", ActionType(self.type_combo.currentData()))
        )
        self.priority_combo.activated.connect(
            lambda _i: self._set("priority", Priority(self.priority_combo.currentData()))
        )
        self.due_edit.value_edited.connect(lambda: self._set("due", self.due_edit.value()))
        self.clear_due_button.clicked.connect(self.due_edit.clear_value)
        self.status_combo.activated.connect(self._status_chosen)
        self.factors_list.itemChanged.connect(self._factors_checked)
        self.retranslate()
        self.set_action(None, [], [])

    def _lay_out(self) -> None:
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_edit, 1)
        due_row.addWidget(self.clear_due_button)
        left = QFormLayout()
        left.addRow(self.labels["type"], self.type_combo)
        left.addRow(self.labels["owner"], self.owner_edit)
        left.addRow(None, self.owner_note)
        left.addRow(self.labels["priority"], self.priority_combo)
        left.addRow(self.labels["due"], due_row)
        left.addRow(None, self.due_note)
        right_form = QFormLayout()
        right_form.addRow(self.labels["status"], self.status_combo)
        right_form.addRow(self.labels["rationale"], self.rationale_edit)
        right_form.addRow(None, self.rationale_note)
        right_form.addRow(self.labels["tracker"], self.tracker_edit)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        columns.addLayout(right_form, 1)
        title_row = QFormLayout()
        title_row.addRow(self.labels["title"], self.title_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addLayout(columns)
        layout.addWidget(self.labels["factors"])
        layout.addWidget(self.factors_list)
        order = [
            self.title_edit,
            self.type_combo,
            self.owner_edit,
            self.priority_combo,
            self.due_edit,
            self.clear_due_button,
            self.status_combo,
            self.rationale_edit,
            self.tracker_edit,
            self.factors_list,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Selected action"))
        texts = {
            "title": self.tr("&Title"),
            "type": self.tr("T&ype"),
            "owner": self.tr("&Owner"),
            "priority": self.tr("&Priority"),
            "due": self.tr("&Due date"),
            "status": self.tr("&Status"),
            "rationale": self.tr("Reason (&why not)"),
            "tracker": self.tr("Trac&ker"),
            "factors": self.tr("Addresses these &causes"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
            self.inputs[name].setAccessibleName(text.replace("&", ""))
        self.title_edit.setPlaceholderText(
            self.tr("A specific change, such as “Add a canary stage”")
        )
        self.owner_edit.setPlaceholderText(self.tr("Who will see it through"))
        self.tracker_edit.setPlaceholderText(self.tr("Issue number or URL"))
        self.rationale_edit.setPlaceholderText(self.tr("Why it will not be done"))
        self.priority_combo.setToolTip(self.tr("Priority follows the risk that it happens again."))
        self.due_edit.setSpecialValueText(self.tr("No date"))
        self.due_edit.setToolTip(self.tr("Alt+Down opens a calendar; “No date” means not set."))
        self.clear_due_button.setText(self.tr("C&lear date"))
        self.clear_due_button.setToolTip(self.tr("Set the due date back to “No date”"))
        self.factors_list.setToolTip(self.tr("Space checks or unchecks the selected cause."))
        self._fill_combos()
        self._update_notes()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_combos(self) -> None:
        loading, self._loading = self._loading, True
        tables = (
            (self.type_combo, list(ActionType), action_type_label, action_type_help),
            (self.priority_combo, list(Priority), priority_label, priority_help),
            (self.status_combo, list(ActionStatus), action_status_label, None),
        )
        for combo, codes, label, help_text in tables:
            current = combo.currentData()
            combo.clear()
            for code in codes:
                combo.addItem(label(code), code)
                if help_text is not None:
                    tip = help_text(code)
                    combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self.type_combo.setToolTip(
            "\n".join(
                self.tr("{label}: {explanation}").format(
                    label=action_type_label(kind), explanation=action_type_help(kind)
                )
                for kind in ActionType
            )
        )
        self._loading = loading

    def set_action(
        self, action: ActionItem | None, factors: list[Factor], people: list[str]
    ) -> None:
        """Show `action` (or nothing) without counting it as an edit."""
        self.action = action
        self._loading = True
        try:
            self.setEnabled(action is not None)
            self.people_model.setStringList(people)
            shown = action or ActionItem()
            self.title_edit.setText(shown.title)
            self.type_combo.setCurrentIndex(self.type_combo.findData(shown.type))
            self.owner_edit.setText(shown.owner)
            self.priority_combo.setCurrentIndex(self.priority_combo.findData(shown.priority))
            self.due_edit.set_value(shown.due)
            self.status_combo.setCurrentIndex(self.status_combo.findData(shown.status))
            self.rationale_edit.setText(shown.rationale or "")
            self.tracker_edit.setText(shown.tracker or "")
            self._fill_factors(factors if action else [], shown.factor_ids, action is not None)
        finally:
            self._loading = False
        self._update_notes()

    def _fill_factors(self, factors: list[Factor], checked: list[str], shown: bool) -> None:
        self.factors_list.clear()
        for factor in factors:
            description = first_line(factor.text, 100) or self.tr("(not described yet)")
            item = QListWidgetItem(
                self.tr("{label}: {explanation}").format(
                    label=factor_kind_label(factor.kind), explanation=description
                )
            )
            item.setData(FACTOR_ID_ROLE, factor.id)
            item.setToolTip(factor.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            state = Qt.CheckState.Checked if factor.id in checked else Qt.CheckState.Unchecked
            item.setCheckState(state)
            self.factors_list.addItem(item)
        if shown and not factors:
            item = QListWidgetItem(self.tr("No causes yet: add them on the Causes step."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.factors_list.addItem(item)
        elif self.factors_list.count():
            self.factors_list.setCurrentRow(0)
        self.factors_list.fit_height()

    def _set(self, name: str, value: object) -> None:
        if self._loading or self.action is None:
            return
        setattr(self.action, name, value)
        self._update_notes()
        self.action_edited.emit()

    def _status_chosen(self, _index: int) -> None:
        if self._loading or self.action is None:
            return
        set_status(self.action, ActionStatus(self.status_combo.currentData()))
        self._update_notes()
        self.action_edited.emit()

    def _factors_checked(self, _item: QListWidgetItem) -> None:
        if self._loading or self.action is None:
            return
        items = (self.factors_list.item(row) for row in range(self.factors_list.count()))
        self.action.factor_ids[:] = [
            item.data(FACTOR_ID_ROLE)
            for item in items
            if item.checkState() == Qt.CheckState.Checked and item.data(FACTOR_ID_ROLE)
        ]
        self.action_edited.emit()

    def _update_notes(self) -> None:
        """Say what an action still lacks, kindly; nothing here stops the writer."""
        action = self.action
        wont_do = action is not None and action.status is ActionStatus.WONT_DO
        self.rationale_edit.setEnabled(wont_do)
        self.labels["rationale"].setEnabled(wont_do)
        no_owner, no_due = missing(action) if action else (False, False)
        self.owner_note.set_text(
            self.tr("No owner yet: an action without an owner is a wish.") if no_owner else ""
        )
        self.due_note.set_text(
            self.tr("No due date yet: a date helps it get done.") if no_due else ""
        )
        needs_reason = wont_do and action is not None and not (action.rationale or "").strip()
        self.rationale_note.set_text(
            self.tr("Say why it will not be done: the reason helps the review.")
            if needs_reason
            else ""
        )
