"""The main window: the library of postmortems, and the actions on it."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QWidget,
)

from pmdesk import __version__
from pmdesk.domain.errors import PmdeskError
from pmdesk.gui.context import AppContext
from pmdesk.gui.library_model import SORT_ROLE, LibraryModel
from pmdesk.gui.messages import describe
from pmdesk.gui.preferences_dialog import PreferencesDialog
from pmdesk.resources import resource_path
from pmdesk.services.library import ImportMode


class MainWindow(QMainWindow):
    """Lists every postmortem in the library; New and Import add to it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("MainWindow")
        self.setMinimumSize(640, 400)
        with contextlib.suppress(FileNotFoundError):
            self.setWindowIcon(QIcon(str(resource_path("icons/pmdesk.svg"))))
        self.model = LibraryModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("library_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.table)
        self.setCentralWidget(self.stack)
        self._build_actions()
        self.retranslate()
        self.refresh()
        self.restoreGeometry(context.settings.window_geometry)
        self.restoreState(context.settings.window_state)

    def _build_actions(self) -> None:
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.ask_new_postmortem)
        self.import_action = QAction(self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.ask_import)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.preferences_action = QAction(self)
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.triggered.connect(self.show_preferences)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addActions([self.new_action, self.import_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.settings_menu = self.menuBar().addMenu("")
        self.language_menu = self.settings_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        # Each language is named in itself, so it can be found whatever the interface shows.
        for code, name in (("en", "English"), ("fr", "Français")):
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setProperty("endonym", True)
            action.triggered.connect(lambda _checked, code=code: self.choose_language(code))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.settings_menu.addAction(self.preferences_action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.addActions([self.new_action, self.import_action])

    def retranslate(self) -> None:
        """Set every visible text in the interface language (called again when it changes)."""
        self.setWindowTitle(self.tr("pmdesk — postmortems"))
        self.new_action.setText(self.tr("&New postmortem…"))
        self.new_action.setToolTip(self.tr("Start a postmortem (Ctrl+N)"))
        self.import_action.setText(self.tr("&Import…"))
        self.import_action.setToolTip(self.tr("Import an interchange file (Ctrl+I)"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About pmdesk"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.file_menu.setTitle(self.tr("&File"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("Interface &language"))
        self.language_actions[self.context.languages.language].setChecked(True)
        self.model.retranslate()
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.table.setAccessibleName(self.tr("Postmortems"))
        self.empty_label.setText(
            self.tr("No postmortems yet.\nPress Ctrl+N to start one while memory is fresh.")
        )
        self._update_status()

    def refresh(self, select_id: str | None = None) -> None:
        """Reload the list from the library, keeping or choosing the selected postmortem."""
        try:
            rows = self.context.library.summaries()
        except PmdeskError as error:
            self.show_error(error)
            return
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty_label)
        if select_id:
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if self.model.row_id(self.proxy.mapToSource(index).row()) == select_id:
                    self.table.selectRow(row)
                    break
        self._update_status()

    def _update_status(self) -> None:
        count = self.model.rowCount()
        self.statusBar().showMessage(self.tr("%n postmortem(s)", "", count))

    def ask_new_postmortem(self) -> None:
        title, accepted = QInputDialog.getText(
            self, self.tr("New postmortem"), self.tr("Incident title:")
        )
        if accepted:
            self.create_postmortem(title)

    def create_postmortem(self, title: str) -> str | None:
        try:
            postmortem_id = self.context.library.create(title)
        except PmdeskError as error:
            self.show_error(error)
            return None
        self.refresh(select_id=postmortem_id)
        return postmortem_id

    def ask_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import postmortems"), "", self.tr("pmdesk files (*.json);;All files (*)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, mode: ImportMode = ImportMode.REFUSE) -> list[str]:
        try:
            result = self.context.library.import_file(path, mode)
        except PmdeskError as error:
            self.show_error(error)
            return []
        self.refresh(select_id=result.ids[0] if result.ids else None)
        self.statusBar().showMessage(self.tr("Imported %n postmortem(s)", "", len(result.ids)))
        return result.ids

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose_language(self, language: str) -> None:
        """Switch the interface language now and remember the choice."""
        self.context.settings.ui_language = language
        self.context.settings.sync()
        self.context.languages.switch(language)

    def show_preferences(self) -> None:
        PreferencesDialog(self.context, self).exec()

    def show_error(self, error: PmdeskError) -> None:
        QMessageBox.warning(self, self.tr("pmdesk"), describe(error))

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About pmdesk"),
            self.tr("pmdesk {version}\nBlameless incident postmortems, written offline.").format(
                version=__version__
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.context.settings.window_geometry = self.saveGeometry()
        self.context.settings.window_state = self.saveState()
        self.context.settings.sync()
        super().closeEvent(event)
