"""The main window: the library of postmortems, and the actions on it."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QIcon,
    QKeySequence,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pmdesk import __version__
from pmdesk.domain.enums import Severity, Status
from pmdesk.domain.errors import PmdeskError
from pmdesk.gui.context import AppContext
from pmdesk.gui.library_filter import LibraryFilterModel
from pmdesk.gui.library_model import LibraryModel, status_label
from pmdesk.gui.messages import describe
from pmdesk.gui.preferences_dialog import PreferencesDialog
from pmdesk.resources import resource_path

if TYPE_CHECKING:
    from pmdesk.domain.summary import PostmortemSummary
    from pmdesk.gui.wizard.editor_window import PostmortemEditor
    from pmdesk.services.exporting import ExportRequest
    from pmdesk.services.library import ImportMode, LibraryService


class DeletePostmortemCommand(QUndoCommand):
    """Deleting keeps a full snapshot, so Undo brings the postmortem back exactly."""

    def __init__(self, window: MainWindow, postmortem_id: str, title: str) -> None:
        super().__init__(title)
        self.window = window
        self.postmortem_id = postmortem_id
        self.snapshot = window.library.snapshot(postmortem_id)

    def redo(self) -> None:
        self.window.library.delete(self.postmortem_id)
        self.window.context.settings.forget(self.postmortem_id)
        self.window.refresh()

    def undo(self) -> None:
        self.window.library.import_bytes(self.snapshot)
        self.window.refresh(select_id=self.postmortem_id)


class MainWindow(QMainWindow):
    """Lists every postmortem in the library, opens them, and manages them."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        preview: list[PostmortemSummary] | None = None,
    ) -> None:
        """`preview`: the list read quickly at start-up, shown until the library is open."""
        super().__init__(parent)
        self.context = context
        self.preview = preview or []
        self.editors: dict[str, PostmortemEditor] = {}
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(50)
        self.setObjectName("MainWindow")
        self.setMinimumSize(640, 400)
        with contextlib.suppress(FileNotFoundError):
            self.setWindowIcon(QIcon(str(resource_path("icons/pmdesk.svg"))))
        self.model = LibraryModel()
        self.proxy = LibraryFilterModel(self.model)
        self._build_table()
        self._build_filters()
        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.table)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_actions()
        self.retranslate()
        self.refresh()
        self.restoreGeometry(context.settings.window_geometry)
        self.restoreState(context.settings.window_state)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setObjectName("library_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.activated.connect(self._open_index)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(50)  # size columns from 50 rows, not 1,000

    def _build_filters(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._apply_filters)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search_edit)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.activated.connect(self._apply_filters)
        self.status_filter_label = QLabel()
        self.status_filter_label.setBuddy(self.status_filter)
        self.severity_filter = QComboBox()
        self.severity_filter.setObjectName("severity_filter")
        self.severity_filter.activated.connect(self._apply_filters)
        self.severity_filter_label = QLabel()
        self.severity_filter_label.setBuddy(self.severity_filter)
        self.filter_bar = QHBoxLayout()
        self.filter_bar.addWidget(self.search_label)
        self.filter_bar.addWidget(self.search_edit, 1)
        self.filter_bar.addWidget(self.status_filter_label)
        self.filter_bar.addWidget(self.status_filter)
        self.filter_bar.addWidget(self.severity_filter_label)
        self.filter_bar.addWidget(self.severity_filter)

    def _action(self, shortcut: QKeySequence | str | None, slot: object) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        standard = QKeySequence.StandardKey
        self.new_action = self._action(QKeySequence(standard.New), self.ask_new_postmortem)
        self.open_action = self._action(QKeySequence(standard.Open), self.open_selected)
        self.duplicate_action = self._action("Ctrl+D", self.duplicate_selected)
        self.delete_action = self._action(QKeySequence(standard.Delete), self.delete_selected)
        self.export_action = self._action("Ctrl+E", self.export_selected)
        self.import_action = self._action("Ctrl+I", self.ask_import)
        self.find_action = self._action(QKeySequence(standard.Find), self.focus_search)
        self.quit_action = self._action(QKeySequence(standard.Quit), self.close)
        self.about_action = self._action(None, self.show_about)
        self.preferences_action = self._action("Ctrl+,", self.show_preferences)
        # Own actions rather than createUndoAction's: those keep the words of the language
        # they were made in.
        self.undo_action = self._action(QKeySequence(standard.Undo), self.undo_stack.undo)
        self.redo_action = self._action(QKeySequence(standard.Redo), self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.import_action, self.export_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.duplicate_action, self.delete_action, self.find_action])
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
        self.toolbar.addActions(
            [self.new_action, self.open_action, self.export_action, self.import_action]
        )
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

    def retranslate(self) -> None:
        """Set every visible text in the interface language (called again when it changes)."""
        self.setWindowTitle(self.tr("pmdesk — postmortems"))
        texts = {
            self.new_action: (self.tr("&New postmortem…"), self.tr("Start a postmortem")),
            self.open_action: (self.tr("&Open"), self.tr("Open the selected postmortem")),
            self.duplicate_action: (self.tr("Dupli&cate"), self.tr("Copy as a new draft")),
            self.delete_action: (self.tr("&Delete…"), self.tr("Delete (Undo brings it back)")),
            self.export_action: (
                self.tr("&Export…"),
                self.tr("Export as PDF, Markdown, a web page or an interchange file"),
            ),
            self.import_action: (self.tr("&Import…"), self.tr("Import an interchange file")),
            self.find_action: (self.tr("&Find"), self.tr("Search the titles")),
            self.quit_action: (self.tr("&Quit"), ""),
            self.about_action: (self.tr("&About pmdesk"), ""),
            self.preferences_action: (self.tr("&Preferences…"), ""),
            self.undo_action: (self.tr("&Undo"), self.tr("Undo the last delete")),
            self.redo_action: (self.tr("&Redo"), ""),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if tip and shortcut else tip)
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("Interface &language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_actions[self.context.languages.language].setChecked(True)
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.table.setAccessibleName(self.tr("Postmortems"))
        self.search_label.setText(self.tr("S&earch:"))
        self.search_edit.setPlaceholderText(self.tr("Words in the title"))
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.status_filter_label.setText(self.tr("S&tatus:"))
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.severity_filter_label.setText(self.tr("Se&verity:"))
        self.severity_filter.setAccessibleName(self.tr("Severity filter"))
        self._fill_filters()
        self.empty_label.setText(
            self.tr("No postmortems yet.\nPress Ctrl+N to start one while memory is fresh.")
        )
        self.model.retranslate()
        self._update_status()

    def _fill_filters(self) -> None:
        status, severity = self.status_filter.currentData(), self.severity_filter.currentData()
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All"), None)
        for state in Status:
            self.status_filter.addItem(status_label(state), state)
        self.severity_filter.clear()
        self.severity_filter.addItem(self.tr("All"), None)
        for level in Severity:
            self.severity_filter.addItem(level.value, level)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(status)))
        self.severity_filter.setCurrentIndex(max(0, self.severity_filter.findData(severity)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # The list -----------------------------------------------------------------------------

    def refresh(self, select_id: str | None = None) -> None:
        """Reload the list from the library, keeping or choosing the selected postmortem."""
        keep = select_id or self.selected_id()
        try:
            rows = self.library.summaries() if self.context.ready else self.preview
        except PmdeskError as error:
            self.show_error(error)
            return
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty_label)
        if keep:
            self.select(keep)
        self._update_status()
        self._update_actions()

    def select(self, postmortem_id: str) -> None:
        row = self.model.row_of(postmortem_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.row_id(self.proxy.mapToSource(rows[0]).row())

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            self.status_filter.currentData(),
            self.severity_filter.currentData(),
            self.search_edit.text(),
        )
        self._update_status()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _update_status(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        message = self.tr("%n postmortem(s)", "", total)
        if shown != total:
            message = self.tr("{shown} of {total} shown").format(shown=shown, total=message)
        if not self.context.ready:
            message = self.tr("{count} — opening the library…").format(count=message)
        self.statusBar().showMessage(message)

    @property
    def library(self) -> LibraryService:
        """The library's services (actions that need them wait until it is open)."""
        assert self.context.library is not None, "the library is still opening"
        return self.context.library

    def library_opened(self) -> None:
        """The library finished opening after the window showed: everything works now."""
        self.preview = []
        self.refresh()

    def _update_actions(self) -> None:
        ready = self.context.ready
        has_selection = ready and self.selected_id() is not None
        for action in (self.open_action, self.duplicate_action, self.delete_action):
            action.setEnabled(has_selection)
        self.export_action.setEnabled(has_selection)
        for action in (self.new_action, self.import_action):
            action.setEnabled(ready)

    # Actions ------------------------------------------------------------------------------

    def ask_new_postmortem(self) -> None:
        if not self.context.ready:
            return
        title, accepted = QInputDialog.getText(
            self, self.tr("New postmortem"), self.tr("Incident title:")
        )
        if accepted:
            postmortem_id = self.create_postmortem(title)
            if postmortem_id:
                self.open_postmortem(postmortem_id)

    def create_postmortem(self, title: str) -> str | None:
        try:
            postmortem_id = self.library.create(title)
        except PmdeskError as error:
            self.show_error(error)
            return None
        self.refresh(select_id=postmortem_id)
        return postmortem_id

    def _open_index(self, index: QModelIndex) -> None:
        self.open_postmortem(self.model.row_id(self.proxy.mapToSource(index).row()))

    def open_selected(self) -> None:
        postmortem_id = self.selected_id()
        if postmortem_id:
            self.open_postmortem(postmortem_id)

    def open_postmortem(self, postmortem_id: str) -> PostmortemEditor | None:
        """Show the postmortem's editor (raising it if it is open already)."""
        if not self.context.ready:
            return None
        editor = self.editors.get(postmortem_id)
        if editor is None:
            from pmdesk.gui.wizard.editor_window import PostmortemEditor  # loaded on first use

            try:
                postmortem = self.library.load(postmortem_id)
            except PmdeskError as error:
                self.show_error(error)
                return None
            editor = PostmortemEditor(self.context, postmortem)
            editor.closed.connect(self._editor_closed)
            editor.title_changed.connect(lambda _id: self.refresh())
            self.editors[postmortem_id] = editor
        self.context.settings.add_recent(postmortem_id)
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _editor_closed(self, postmortem_id: str) -> None:
        self.editors.pop(postmortem_id, None)
        self.refresh()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        titles = {row.id: row.title for row in self.model_rows()}
        for postmortem_id in self.context.settings.recent:
            if postmortem_id in titles:
                action = self.recent_menu.addAction(titles[postmortem_id] or postmortem_id[:8])
                action.triggered.connect(lambda _c, i=postmortem_id: self.open_postmortem(i))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def model_rows(self) -> list:
        return [self.model.summary(row) for row in range(self.model.rowCount())]

    def duplicate_selected(self) -> None:
        postmortem_id = self.selected_id()
        if not postmortem_id:
            return
        title = self.model.summary(self.model.row_of(postmortem_id)).title
        try:
            copy_id = self.library.duplicate(
                postmortem_id, self.tr("{title} (copy)").format(title=title)
            )
        except PmdeskError as error:
            self.show_error(error)
            return
        self.refresh(select_id=copy_id)

    def delete_selected(self) -> None:
        postmortem_id = self.selected_id()
        if not postmortem_id:
            return
        title = self.model.summary(self.model.row_of(postmortem_id)).title
        answer = QMessageBox.question(
            self,
            self.tr("Delete postmortem"),
            self.tr("Delete “{title}”? Edit ▸ Undo (Ctrl+Z) brings it back.").format(title=title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        editor = self.editors.get(postmortem_id)
        if editor is not None and not editor.close():
            return
        try:
            command = DeletePostmortemCommand(
                self, postmortem_id, self.tr("Delete “{title}”").format(title=title)
            )
            self.undo_stack.push(command)
        except PmdeskError as error:
            self.show_error(error)

    def export_selected(self) -> None:
        postmortem_id = self.selected_id()
        if not postmortem_id:
            return
        from pmdesk.gui.export_dialog import export_postmortem  # loads the exporters

        editor = self.editors.get(postmortem_id)
        save_pending = editor.autosave.flush if editor is not None else (lambda: True)
        try:
            pm = self.library.load(postmortem_id)
        except PmdeskError as error:
            self.show_error(error)
            return
        written = export_postmortem(self, self.context, pm, save_pending)
        if written is not None:
            self.statusBar().showMessage(self.tr("Exported to {path}").format(path=written))

    def export_to(
        self, postmortem_id: str, path: Path, request: ExportRequest | None = None
    ) -> bool:
        """Export without asking (the interchange JSON unless told otherwise)."""
        from pmdesk.gui.export_dialog import write_export
        from pmdesk.services.exporting import ExportFormat, ExportRequest

        written = write_export(
            self, self.context, postmortem_id, request or ExportRequest(ExportFormat.JSON), path
        )
        if written is None:
            return False
        self.statusBar().showMessage(self.tr("Exported to {path}").format(path=written))
        return True

    def ask_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import postmortems"), "", self.tr("pmdesk files (*.json);;All files (*)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, mode: ImportMode | None = None) -> list[str]:
        from pmdesk.services.library import ImportMode

        try:
            result = self.library.import_file(path, mode or ImportMode.REFUSE)
        except PmdeskError as error:
            self.show_error(error)
            return []
        self.refresh(select_id=result.ids[0] if result.ids else None)
        self.statusBar().showMessage(self.tr("Imported %n postmortem(s)", "", len(result.ids)))
        return result.ids

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
        for editor in list(self.editors.values()):
            if not editor.close():
                event.ignore()
                return
        self.context.settings.window_geometry = self.saveGeometry()
        self.context.settings.window_state = self.saveState()
        self.context.settings.sync()
        super().closeEvent(event)
