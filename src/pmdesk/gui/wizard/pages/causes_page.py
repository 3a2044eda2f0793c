"""Step 5: root causes, contributing factors and mitigators, each with its five-whys chain."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.enums import FactorCategory, FactorKind
from pmdesk.domain.model import Factor
from pmdesk.gui.labels_factors import (
    factor_category_help,
    factor_category_label,
    factor_kind_help,
    factor_kind_label,
)
from pmdesk.gui.widgets.list_table import ListTablePage
from pmdesk.gui.wizard.causes.edits import (
    RemovedFactor,
    actions_addressing,
    new_factor_kind,
    remove_factor,
    restore_factor,
)
from pmdesk.gui.wizard.causes.factor_model import TEXT, FactorTableModel
from pmdesk.gui.wizard.causes.note import NoteLabel
from pmdesk.gui.wizard.causes.whys_editor import WhysEditor
from pmdesk.gui.wizard.page import PageId, WizardPage, clean_text

DEEP_ENOUGH = 3
"""Whys on a root cause below which the page kindly suggests asking again."""


class CausesPage(ListTablePage[Factor], WizardPage):
    """A table of factors, and below it an editor for the selected one."""

    page_id = PageId.CAUSES

    def __init__(self) -> None:
        super().__init__(FactorTableModel(), "factor", TEXT, lines=8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.empty_note = NoteLabel()
        self.removed_note = NoteLabel()

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("factor_kind_combo")
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("factor_category_combo")
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("factor_text_edit")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.whys_editor = WhysEditor()
        self.depth_note = NoteLabel()
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind_combo)
        self.category_label = QLabel()
        self.category_label.setBuddy(self.category_combo)
        self.text_label = QLabel()
        self.text_label.setBuddy(self.text_edit)
        self.whys_label = QLabel()
        self.whys_label.setBuddy(self.whys_editor.table)
        self.editor_box = QGroupBox()
        self.editor_box.setObjectName("factor_editor")
        self._lay_out()

        self.kind_combo.activated.connect(self._kind_chosen)
        self.category_combo.activated.connect(self._category_chosen)
        self.text_edit.textChanged.connect(self._text_edited)
        self.whys_editor.whys_edited.connect(self._whys_edited)
        self._loading = False
        self._removed: RemovedFactor | None = None
        self.retranslate()
        self._show_item(None)

    def _lay_out(self) -> None:
        grid = QGridLayout(self.editor_box)
        grid.addWidget(self.kind_label, 0, 0)
        grid.addWidget(self.kind_combo, 0, 1)
        grid.addWidget(self.category_label, 0, 2)
        grid.addWidget(self.category_combo, 0, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.addWidget(self.text_label, 1, 0, 1, 4)
        grid.addWidget(self.text_edit, 2, 0, 1, 4)
        grid.addWidget(self.whys_label, 3, 0, 1, 4)
        grid.addWidget(self.whys_editor, 4, 0, 1, 4)
        grid.addWidget(self.depth_note, 5, 0, 1, 4)
        layout = QVBoxLayout(self.form)
        inputs = (self.kind_combo, self.category_combo, self.text_edit, self.whys_editor.table)
        self._lay_out_list(layout, self.editor_box, *inputs)

    def title(self) -> str:
        return self.tr("Causes")

    def retranslate(self) -> None:
        super().retranslate()
        self.editor_box.setTitle(self.tr("Selected factor"))
        texts = {
            self.kind_label: (self.tr("&Kind"), self.kind_combo),
            self.category_label: (self.tr("&Category"), self.category_combo),
            self.text_label: (self.tr("&Description"), self.text_edit),
            self.whys_label: (self.tr("&Whys, from the symptom down"), self.whys_editor.table),
        }
        for label, (text, widget) in texts.items():
            label.setText(text)
            widget.setAccessibleName(text.replace("&", ""))
        self.text_edit.setPlaceholderText(
            self.tr("A condition, not a person: what let a mistake cause harm?")
        )
        self._word_list(
            (self.tr("Causes and &mitigators"), self.tr("Causes and mitigators")),
            self.tr("Insert adds a factor, Delete removes the selected one, Enter edits it."),
            (self.tr("&Add factor"), self.tr("Add a cause or a mitigator (Insert)")),
            (self.tr("&Remove factor"), self.tr("Remove the selected factor (Delete)")),
        )
        self.undo_button.setText(self.tr("Undo remo&val"))
        self.empty_note.set_text(
            self.tr("No causes yet. Press Insert or “Add factor” to add the first one.")
            if not self.model.items
            else ""
        )
        self._fill_combos()
        self.model.retranslate()
        self._update_notes()

    def _fill_combos(self) -> None:
        loading, self._loading = self._loading, True
        for combo, codes, label, help_text in (
            (self.kind_combo, list(FactorKind), factor_kind_label, factor_kind_help),
            (
                self.category_combo,
                list(FactorCategory),
                factor_category_label,
                factor_category_help,
            ),
        ):
            current = combo.currentData()
            combo.clear()
            for code in codes:
                combo.addItem(label(code), code)
                combo.setItemData(combo.count() - 1, help_text(code), Qt.ItemDataRole.ToolTipRole)
            combo.setToolTip("\n".join(f"{label(code)}: {help_text(code)}" for code in codes))
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self._loading = loading

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "factors": self.table,
            "factor_kind": self.kind_combo,
            "factor_category": self.category_combo,
            "factor_text": self.text_edit,
            "factor_whys": self.whys_editor.table,
        }

    # The factor list -------------------------------------------------------------------

    current_factor = ListTablePage.current_item
    select_factor = ListTablePage.select_id
    add_factor = ListTablePage.add_item

    def _new_item(self) -> Factor:
        assert self.postmortem is not None
        return Factor(kind=new_factor_kind(self.postmortem))

    def _first_input(self) -> QWidget:
        return self.text_edit

    def remove_current(self) -> None:
        """Remove the selected factor and the actions' links to it (one level of undo)."""
        row = self.table.currentIndex().row()
        if self.postmortem is None or not 0 <= row < len(self.postmortem.factors):
            return
        linked = actions_addressing(self.postmortem, self.postmortem.factors[row].id)
        self._removed = remove_factor(self.postmortem, row)
        fields = ("factors", "actions") if linked else ("factors",)
        self._rows_changed(min(row, len(self.postmortem.factors) - 1), *fields)
        if linked:
            message = self.tr(
                "Factor removed. Actions that addressed it no longer point to it ({count})."
            ).format(count=linked)
        else:
            message = self.tr("Factor removed.")
        self._offer_undo(message)

    def undo_remove(self) -> None:
        """Put the last removed factor back, with the actions' links to it."""
        if self.postmortem is None or self._removed is None:
            return
        removed, self._removed = self._removed, None
        restore_factor(self.postmortem, removed)
        fields = ("factors", "actions") if removed.links else ("factors",)
        self._rows_changed(self.postmortem.factors.index(removed.factor), *fields)
        self._offer_undo("")

    # The selected factor ---------------------------------------------------------------

    def _show_item(self, factor: Factor | None) -> None:
        """Fill the editor from `factor` without counting it as an edit."""
        self._loading = True
        try:
            self.editor_box.setEnabled(factor is not None)
            self.remove_button.setEnabled(factor is not None)
            self.kind_combo.setCurrentIndex(
                self.kind_combo.findData(factor.kind if factor else FactorKind.ROOT_CAUSE)
            )
            self.category_combo.setCurrentIndex(
                self.category_combo.findData(
                    factor.category if factor else FactorCategory.TECHNICAL
                )
            )
            self.text_edit.setPlainText(factor.text if factor else "")
            self.whys_editor.set_whys(list(factor.whys) if factor else [])
        finally:
            self._loading = False
        self._update_notes()

    def _changed(self, factor: Factor) -> None:
        self.model.row_changed(self.model.items.index(factor))
        self._update_notes()
        self.notify("factors")

    def _kind_chosen(self, _index: int) -> None:
        factor = self.current_factor()
        if factor is not None and not self._loading:
            factor.kind = FactorKind(self.kind_combo.currentData())
            self._changed(factor)

    def _category_chosen(self, _index: int) -> None:
        factor = self.current_factor()
        if factor is not None and not self._loading:
            factor.category = FactorCategory(self.category_combo.currentData())
            self._changed(factor)

    def _text_edited(self) -> None:
        factor = self.current_factor()
        if factor is not None and not self._loading:
            factor.text = clean_text(self.text_edit.toPlainText())
            self._changed(factor)

    def _whys_edited(self, whys: list[str]) -> None:
        factor = self.current_factor()
        if factor is not None and not self._loading:
            factor.whys[:] = whys
            self._changed(factor)

    def _update_notes(self) -> None:
        """Kind nudges: never blocking, only where a little more depth would help."""
        factor = self.current_factor()
        answered = sum(1 for why in factor.whys if why.strip()) if factor else 0
        shallow = factor is not None and factor.kind is FactorKind.ROOT_CAUSE
        if shallow and answered < DEEP_ENOUGH:
            self.depth_note.set_text(
                self.tr(
                    "Ask why again: a root cause usually sits three or more whys deep, "
                    "at something a team can change."
                )
            )
        else:
            self.depth_note.set_text("")
        self.empty_note.set_text(
            ""
            if self.model.items
            else self.tr("No causes yet. Press Insert or “Add factor” to add the first one.")
        )
