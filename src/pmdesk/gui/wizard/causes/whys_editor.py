"""The five-whys chain of one factor: an ordered list to add to, edit, reorder and trim."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmdesk.gui.wizard.page import clean_text


class WhyTable(QTableWidget):
    """One why per row; Enter or F2 edits the current row, Tab leaves the table."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
            index = self.currentIndex()
            if index.isValid():
                self.edit(index)
                return
        super().keyPressEvent(event)


class WhysEditor(QWidget):
    """Edits a list of answers to "why?"; `whys_edited` carries the whole new list."""

    whys_edited = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = WhyTable(0, 1)
        self.table.setObjectName("whys_table")
        self.table.horizontalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.table.setMaximumHeight(self.fontMetrics().lineSpacing() * 10)
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_why_button")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("remove_why_button")
        self.up_button = QPushButton()
        self.up_button.setObjectName("why_up_button")
        self.down_button = QPushButton()
        self.down_button.setObjectName("why_down_button")
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_action = self._table_action("Ins", self.add_why)
        self.remove_action = self._table_action("Del", self.remove_why)
        self.up_action = self._table_action("Ctrl+Up", lambda: self.move_why(-1))
        self.down_action = self._table_action("Ctrl+Down", lambda: self.move_why(1))
        self.add_button.clicked.connect(self.add_why)
        self.remove_button.clicked.connect(self.remove_why)
        self.up_button.clicked.connect(lambda: self.move_why(-1))
        self.down_button.clicked.connect(lambda: self.move_why(1))
        self._loading = False
        self.table.itemChanged.connect(self._item_changed)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.setFocusProxy(self.table)
        self.retranslate()
        self._update_buttons()

    def _table_action(self, keys: str, slot: object) -> QAction:
        """A shortcut that works while the list has the focus (not while a row is edited)."""
        action = QAction(self.table)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add w&hy"))
        self.add_button.setToolTip(self.tr("Ask why once more (Insert)"))
        self.remove_button.setText(self.tr("Remove wh&y"))
        self.remove_button.setToolTip(self.tr("Remove the selected why (Delete)"))
        self.up_button.setText(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Move the selected why up (Ctrl+Up)"))
        self.down_button.setText(self.tr("Move d&own"))
        self.down_button.setToolTip(self.tr("Move the selected why down (Ctrl+Down)"))
        self.table.setAccessibleName(self.tr("Whys"))
        self.table.setAccessibleDescription(
            self.tr("Each answer to “why?”, in order. Enter edits, Insert adds, Delete removes.")
        )
        self._number_rows()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def whys(self) -> list[str]:
        items = (self.table.item(row, 0) for row in range(self.table.rowCount()))
        return [clean_text(item.text()) if item else "" for item in items]

    def set_whys(self, whys: list[str]) -> None:
        """Show a factor's whys without counting it as an edit."""
        self._loading = True
        try:
            self.table.setRowCount(0)
            for why in whys:
                self._append_row(why)
            self._number_rows()
        finally:
            self._loading = False
        if whys:
            self.table.setCurrentCell(0, 0)
        self._update_buttons()

    def _append_row(self, text: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(text))

    def _number_rows(self) -> None:
        count = self.table.rowCount()
        labels = [self.tr("Why {number}").format(number=n + 1) for n in range(count)]
        self.table.setVerticalHeaderLabels(labels)

    def add_why(self) -> None:
        """Append an empty why and start typing into it."""
        if not self.isEnabled():
            return
        self._loading = True
        try:
            self._append_row("")
            self._number_rows()
        finally:
            self._loading = False
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.editItem(self.table.item(row, 0))
        self._emit()

    def remove_why(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self._number_rows()
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._emit()

    def move_why(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        whys = self.whys()
        whys[row], whys[target] = whys[target], whys[row]
        self.set_whys(whys)
        self.table.setCurrentCell(target, 0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._emit()

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self._emit()

    def _emit(self) -> None:
        self._update_buttons()
        self.whys_edited.emit(self.whys())

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        count = self.table.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
