"""A read-only table over a list its page owns, and the page's side of it: select, add, remove.

The list is the postmortem's own (its factors, its actions): the page edits it in place and
tells the model what changed. A subclass marks its column titles with QT_TRANSLATE_NOOP under
its own context and names that context here, so the catalogue keeps its keys. Nothing here
calls `self.tr`: in a shared class it would look strings up under each subclass's name.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from pmdesk.domain.model import Postmortem
    from pmdesk.gui.wizard.causes.note import NoteLabel

Index = QModelIndex | QPersistentModelIndex


class Identified(Protocol):
    """A row's item: a factor, an action item, a timeline event."""

    id: str


T = TypeVar("T", bound=Identified)


class ListTableModel(QAbstractTableModel, Generic[T]):
    """One item a row: subclasses set `columns` and `context`, word a cell in `cell_text`
    and answer its other roles in `cell_data`."""

    columns: tuple[str, ...] = ()
    context = ""
    """The translation context the column titles were marked in."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[T] = []

    def set_items(self, items: list[T]) -> None:
        """Show this list (the owner's own, not a copy)."""
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def reset(self) -> None:
        """The list gained or lost rows."""
        self.beginResetModel()
        self.endResetModel()

    def item(self, row: int) -> T | None:
        """The item on `row`; None outside the list (row -1: no current row)."""
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_of(self, item_id: str) -> int:
        """The row showing the item with this id, or -1."""
        return next((row for row, item in enumerate(self.items) if item.id == item_id), -1)

    def row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def retranslate(self) -> None:
        """Every header and cell is worded again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.items:
            last = self.index(len(self.items) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def cell_text(self, item: T, column: int) -> str:
        """What a cell shows."""
        raise NotImplementedError

    def cell_data(self, item: T, column: int, role: int) -> Any:
        """A cell's data for a role other than the display."""
        return None

    def column_header(self, section: int, role: int) -> Any:
        """A column's title, in the interface language."""
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, self.columns[section])
        return None

    def row_header(self, section: int, role: int) -> Any:
        """A row's number, from 1."""
        return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None

    # Qt's model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return self.column_header(section, role)
        return self.row_header(section, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(item, index.column())
        return self.cell_data(item, index.column(), role)


class ListTablePage(Generic[T]):
    """Mixed into a wizard page, before WizardPage: a table of the postmortem's own list with
    add, remove and one-level-undo buttons, kept in step with an editor below it.

    The page makes `removed_note` and `empty_note`, lays the list out with `_lay_out_list`,
    implements the hooks below, and words the list with `_word_list`.
    """

    removed_note: NoteLabel
    empty_note: NoteLabel
    _removed: object | None
    # WizardPage's:
    postmortem: Postmortem | None
    fontMetrics: Callable[[], QFontMetrics]  # noqa: N815
    notify: Callable[..., None]

    def __init__(self, model: ListTableModel[T], noun: str, cursor_column: int, lines: int) -> None:
        """`noun` names the Postmortem field ("factor": factors) and the widgets (factors_table,
        add_factor_button…); `cursor_column` takes the cursor on a selected row; the table
        shows at least `lines` lines."""
        super().__init__()
        self.model = model
        self.field = f"{noun}s"
        self.cursor_column = cursor_column
        line = self.fontMetrics().lineSpacing()
        self.table = QTableView()
        self.table.setObjectName(f"{noun}s_table")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(line * 3 // 2)
        self.table.setMinimumHeight(line * lines)
        self.table_label = QLabel()
        self.table_label.setBuddy(self.table)
        self.add_button = self._button(f"add_{noun}_button", self.add_item)
        self.remove_button = self._button(f"remove_{noun}_button", self.remove_current)
        self.undo_button = self._button(f"undo_remove_{noun}_button", self.undo_remove)
        self.undo_button.setVisible(False)
        self.add_action = self._table_action(["Ins"], self.add_item)
        self.remove_action = self._table_action(["Del"], self.remove_current)
        self.edit_action = self._table_action(["Return", "Enter"], self._edit_current)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    def _button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _table_action(self, keys: list[str], slot: Callable[[], None]) -> QAction:
        """A key that acts on the table while it has the focus."""
        action = QAction(self.table)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    def _lay_out_list(self, layout: QVBoxLayout, editor: QWidget, *inputs: QWidget) -> None:
        """Add the table, its notes and buttons, then the `editor` to `layout`; Tab goes from
        the table through the buttons to the editor's `inputs`."""
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.removed_note, 1)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(0)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addLayout(buttons)
        layout.addWidget(editor)
        order = [self.table, self.add_button, self.remove_button, self.undo_button, *inputs]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _word_list(
        self,
        label: tuple[str, str],
        description: str,
        add: tuple[str, str],
        remove: tuple[str, str],
    ) -> None:
        """Word the table (`label`: with its mnemonic, then its accessible name) and its add
        and remove buttons (a text and a tip each); the strings are the page's own."""
        self.table_label.setText(label[0])
        self.table.setAccessibleName(label[1])
        self.table.setAccessibleDescription(description)
        self.add_button.setText(add[0])
        self.add_button.setToolTip(add[1])
        self.remove_button.setText(remove[0])
        self.remove_button.setToolTip(remove[1])

    # Hooks ------------------------------------------------------------------------------

    def _new_item(self) -> T:
        """A new item for the list, before it is added."""
        raise NotImplementedError

    def _show_item(self, item: T | None) -> None:
        """Fill the editor below the table from `item` without counting it as an edit."""
        raise NotImplementedError

    def _first_input(self) -> QWidget:
        """Where the cursor goes to edit the selected item."""
        raise NotImplementedError

    def remove_current(self) -> None:
        """Remove the selected item (one level of undo)."""
        raise NotImplementedError

    def undo_remove(self) -> None:
        """Put the last removed item back."""
        raise NotImplementedError

    # The list ---------------------------------------------------------------------------

    def load(self, postmortem: Postmortem) -> None:
        """Show the postmortem's list, nothing removed yet, its first row selected."""
        items: list[T] = getattr(postmortem, self.field)  # the postmortem's own list
        self.model.set_items(items)
        super().load(postmortem)  # type: ignore[misc]  # WizardPage's, next in line
        self._removed = None
        self.removed_note.set_text("")
        self.undo_button.setVisible(False)
        self.select_row(0 if self.model.items else -1)

    def on_shown(self) -> None:
        """Other steps may have changed what the rows show: show them afresh."""
        self.model.reset()
        self.select_row(max(0, self.table.currentIndex().row()) if self.model.items else -1)

    def current_item(self) -> T | None:
        """The item on the table's current row, if any."""
        return self.model.item(self.table.currentIndex().row())

    def select_id(self, item_id: str) -> bool:
        """Select the item with this id (the review page points at one); False if absent."""
        row = self.model.row_of(item_id)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def select_row(self, row: int) -> None:
        """Select a row (-1: none) and show it in the editor below, e.g. to point at a gap."""
        if row < 0:
            self.table.setCurrentIndex(QModelIndex())
            self._show_item(None)
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        index = self.model.index(row, self.cursor_column)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self._show_item(self.model.items[row])

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_item(self.model.item(current.row()))

    def _edit_current(self) -> None:
        if self.current_item() is not None:
            self._first_input().setFocus(Qt.FocusReason.OtherFocusReason)

    def add_item(self) -> None:
        """Append a new item, select it and put the cursor in its editor."""
        if self.postmortem is None:
            return
        self.model.items.append(self._new_item())
        self._rows_changed(len(self.model.items) - 1, self.field)
        self._first_input().setFocus(Qt.FocusReason.OtherFocusReason)

    def _rows_changed(self, row: int, *fields: str) -> None:
        """Rows came or went: show the list afresh, select `row`, report the edited fields."""
        self.model.reset()
        self.select_row(row)
        self.notify(*fields)

    def _offer_undo(self, message: str) -> None:
        """Say what was removed and offer to undo it; "" withdraws the offer."""
        self.removed_note.set_text(message)
        self.undo_button.setVisible(bool(message))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
