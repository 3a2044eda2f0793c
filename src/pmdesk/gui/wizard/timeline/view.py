"""The timeline table: whole rows, one at a time; Enter or a double-click asks to edit one."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class TimelineView(QTableView):
    """Rows are edited in a dialog: Enter and double-click ask for it (`edit_requested`), never
    a single click, whatever the desktop's "activate on single click" setting."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measure 2,000 rows
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setHighlightSections(False)

    def selectionCommand(
        self,
        index: QModelIndex | QPersistentModelIndex,
        event: QEvent | None = None,
    ) -> QItemSelectionModel.SelectionFlag:
        """Qt deselects the row under Ctrl+End when it is already selected; keep it selected."""
        command = super().selectionCommand(index, event)
        deselect = QItemSelectionModel.SelectionFlag.Deselect
        if event is not None and event.type() == QEvent.Type.KeyPress and command & deselect:
            return (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
        return command

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if plain and enter and self.currentIndex().isValid():
            self.edit_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A double-click on a row edits it; one on the key box only toggles the star."""
        super().mouseDoubleClickEvent(event)
        index = self.indexAt(event.position().toPoint())
        checkable = bool(index.flags() & Qt.ItemFlag.ItemIsUserCheckable)
        if event.button() == Qt.MouseButton.LeftButton and index.isValid() and not checkable:
            self.edit_requested.emit()
