"""The editor window: the wizard's pages, a side list to jump between them, Back and Next,
the autosave status, and the wording coach's panel (F7). One window per open postmortem."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.blameless.document import FieldFinding
from pmdesk.domain.errors import PmdeskError
from pmdesk.domain.model import Postmortem
from pmdesk.gui.autosave import AutosaveController, SaveState
from pmdesk.gui.blameless.attach import apply_in, attach_coach, reveal, select_words
from pmdesk.gui.blameless.coach import WordingCoach
from pmdesk.gui.blameless.field_names import FieldNames
from pmdesk.gui.blameless.fields import Target, place_of
from pmdesk.gui.blameless.findings_panel import FindingsPanel
from pmdesk.gui.context import AppContext
from pmdesk.gui.messages import describe
from pmdesk.gui.wizard.page import PageId, WizardPage
from pmdesk.gui.wizard.pages import build_pages

WIDE_ENOUGH = 1600
"""Window width (px) from which the coach's panel and each page's guidance fit side by side."""


QT_DOCK_BUTTONS = {"qt_dockwidget_closebutton": "Close", "qt_dockwidget_floatbutton": "Float"}
"""The dock's title buttons and their names in Qt's own catalogue (qtbase), not in pmdesk's."""


def cursor_position(widget: QWidget) -> int:
    """The text cursor's position in a line or text field (0 for other inputs)."""
    if isinstance(widget, QPlainTextEdit):
        return widget.textCursor().position()
    position = getattr(widget, "cursorPosition", None)
    return int(position()) if callable(position) else 0


def set_cursor_position(widget: QWidget, position: int) -> None:
    if isinstance(widget, QPlainTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(min(position, len(widget.toPlainText())))
        widget.setTextCursor(cursor)
        return
    setter = getattr(widget, "setCursorPosition", None)
    if callable(setter):
        setter(position)


class PostmortemEditor(QMainWindow):
    """Walks the writer through one postmortem; everything typed is saved within a second."""

    closed = Signal(str)  # postmortem id
    title_changed = Signal(str)

    def __init__(
        self, context: AppContext, postmortem: Postmortem, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("PostmortemEditor")
        self.context = context
        self.postmortem = postmortem
        assert context.database is not None, "editors open once the library is open"
        self.autosave = AutosaveController(context.database, postmortem, self)
        self.autosave.state_changed.connect(self._show_save_state)
        self.autosave.save_failed.connect(self._show_save_error)
        self.pages: list[WizardPage] = build_pages(context)
        self.stack = QStackedWidget()
        self.side_list = QListWidget()
        self.side_list.setObjectName("step_list")
        self.side_list.setMaximumWidth(260)
        self.side_list.setWordWrap(True)  # French step names run longer
        self.side_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for page in self.pages:
            self.stack.addWidget(page)
            self.side_list.addItem(QListWidgetItem())
            page.edited.connect(self._on_edited)
            page.load(postmortem)
        self.side_list.currentRowChanged.connect(self.go_to_page)
        self.back_button = QPushButton()
        self.back_button.setObjectName("back_button")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setObjectName("next_button")
        self.next_button.setDefault(False)
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(self.next)
        self.save_label = QLabel()
        self.save_label.setObjectName("save_label")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_label, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addWidget(self.stack, 1)
        right.addLayout(buttons)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.side_list)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self._build_coach()
        self._build_actions()
        self.retranslate()
        self._show_save_state(SaveState.SAVED)
        self.resize(1280, 800)
        self.restore_place()
        gc.collect()  # see pmdesk.app.settle_memory: keep later collections short
        gc.freeze()

    def _build_coach(self) -> None:
        """Underlines in every text field, and the panel listing every finding (hidden until
        asked for: F7, the View menu, or the count in the status bar)."""
        self.coach = WordingCoach(self.postmortem, self)
        self.coach.dismissals_edited.connect(lambda: self.autosave.mark_dirty({"dismissals"}))
        self.coach_hooks = attach_coach(self.coach, self.pages)
        self.findings_panel = FindingsPanel(self.coach, FieldNames(self.pages, self))
        self.findings_panel.jump_requested.connect(self.show_words)
        self.findings_panel.apply_requested.connect(self.apply_finding)
        self.coach_dock = QDockWidget(self)
        self.coach_dock.setObjectName("coach_dock")
        self.coach_dock.setWidget(self.findings_panel)
        self.coach_dock.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.coach_dock)
        self.coach_dock.hide()
        self.coach_dock.visibilityChanged.connect(self._coach_shown)
        self.coach_dock.topLevelChanged.connect(lambda _floating: self._fit_panels())
        self.coach_action = self.coach_dock.toggleViewAction()
        self.coach_action.setShortcut(QKeySequence("F7"))
        self.coach_button = QToolButton()
        self.coach_button.setObjectName("coach_button")
        self.coach_button.setAutoRaise(True)
        self.coach_button.clicked.connect(self.coach_action.trigger)
        self.statusBar().addPermanentWidget(self.coach_button)
        self.findings_panel.count_changed.connect(self._show_finding_count)
        self.findings_panel.checking.connect(self._show_checking)
        # Count soon: at once if little is unchecked, else on the coach's background thread.
        QTimer.singleShot(0, self.findings_panel, self.findings_panel.refresh)

    def _coach_shown(self, visible: bool) -> None:
        if visible:
            self.findings_panel.refresh()
        self._fit_panels()

    def _fit_panels(self) -> None:
        """In a window too narrow for three columns, the coach's panel stands in for the
        pages' guidance while it is open (the timeline's text would be squeezed out)."""
        crowded = (
            self.coach_dock.isVisible()
            and not self.coach_dock.isFloating()
            and self.width() < WIDE_ENOUGH
        )
        for page in self.pages:
            page.guidance_panel.setHidden(crowded)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if hasattr(self, "coach_dock"):
            self._fit_panels()

    def _build_actions(self) -> None:
        self.next_action = QAction(self)
        self.next_action.setShortcuts([QKeySequence("Ctrl+PgDown"), QKeySequence("Alt+Right")])
        self.next_action.triggered.connect(self.next)
        self.back_action = QAction(self)
        self.back_action.setShortcuts([QKeySequence("Ctrl+PgUp"), QKeySequence("Alt+Left")])
        self.back_action.triggered.connect(self.back)
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.autosave.save_now)
        self.close_action = QAction(self)
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addActions([self.save_action, self.close_action])
        self.go_menu = self.menuBar().addMenu("")
        self.go_menu.addActions([self.back_action, self.next_action])
        self.view_menu = self.menuBar().addMenu("")
        self.view_menu.addAction(self.coach_action)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("{title} — pmdesk").format(title=self.display_title()))
        for row, page in enumerate(self.pages):
            self.side_list.item(row).setText(f"{row + 1}. {page.title()}")
        self.side_list.setAccessibleName(self.tr("Steps"))
        self.back_button.setText(self.tr("< &Back"))
        self.back_button.setToolTip(self.tr("Previous step (Ctrl+Page Up)"))
        self.next_button.setText(self.tr("&Next >"))
        self.next_button.setToolTip(self.tr("Next step (Ctrl+Page Down)"))
        self.next_action.setText(self.tr("&Next step"))
        self.back_action.setText(self.tr("&Previous step"))
        self.save_action.setText(self.tr("&Save now"))
        self.close_action.setText(self.tr("&Close"))
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.view_menu.setTitle(self.tr("&View"))
        self.coach_dock.setWindowTitle(self.tr("Wording coach"))
        self.coach_dock.setAccessibleName(self.tr("Wording coach"))
        self.coach_action.setText(self.tr("&Wording coach"))
        self.coach_action.setToolTip(self.tr("Show or hide the list of wording hints (F7)"))
        self.coach_button.setToolTip(self.tr("Show or hide the list of wording hints (F7)"))
        for name, source in QT_DOCK_BUTTONS.items():  # Qt names them once, never again
            button = self.coach_dock.findChild(QAbstractButton, name)
            if button is not None:
                button.setAccessibleName(QCoreApplication.translate("QDockWidget", source))
        count = self.findings_panel.count
        if count is None:
            self._show_checking()
        else:
            self._show_finding_count(count)
        self._show_save_state(self.autosave.state)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "coach"):
            self.coach.restyle()  # underline tints follow a dark or light palette
        super().changeEvent(event)

    def display_title(self) -> str:
        return self.postmortem.title.strip() or self.tr("Untitled postmortem")

    # Navigation -------------------------------------------------------------------------

    @property
    def current_page(self) -> WizardPage:
        page = self.stack.currentWidget()
        assert isinstance(page, WizardPage)
        return page

    def go_to_page(self, index: int, field: str = "") -> None:
        """Show a page (saving first) and put the focus on `field` or its first input."""
        if not 0 <= index < len(self.pages):
            return
        if index != self.stack.currentIndex():
            self.autosave.save_now()
        self.stack.setCurrentIndex(index)
        if self.side_list.currentRow() != index:
            self.side_list.blockSignals(True)
            self.side_list.setCurrentRow(index)
            self.side_list.blockSignals(False)
        page = self.pages[index]
        page.on_shown()
        widgets = page.field_widgets()
        target = widgets.get(field) or next(iter(widgets.values()), None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.pages) - 1)

    def next(self) -> None:
        self.go_to_page(self.stack.currentIndex() + 1)

    def back(self) -> None:
        self.go_to_page(self.stack.currentIndex() - 1)

    def go_to(self, page_id: PageId, field: str = "", item_id: str = "") -> None:
        """Show a page and a field; on a list page, select the cause or action `item_id` too."""
        page = self.pages[int(page_id)]
        select = getattr(page, "select_id", None)
        if item_id and callable(select):
            self.go_to_page(int(page_id))
            select(item_id)
            target = page.field_widgets().get(field)
            if target is not None:
                target.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.go_to_page(int(page_id), field)

    def show_words(self, target: Target) -> None:
        """Take the writer to a finding's words and select them (the coach's panel)."""
        place = place_of(target.field_key)
        if place is None:
            return
        self.go_to(place.page, place.widget, place.item_id)
        widget = self.pages[place.page].field_widgets().get(place.widget)
        if widget is not None:
            reveal(widget)
            select_words(widget, place, target)

    def apply_finding(self, found: FieldFinding) -> bool:
        """The panel's "Apply suggestion": take the writer to the words, then replace them
        through the field's own edit path, so Ctrl+Z there undoes it and autosave saves it."""
        place = place_of(found.field_key)
        if place is None or found not in self.coach.document_findings():
            # The text, or the event, cause or action, changed since the list was made.
            self.findings_panel.refresh()
            self.statusBar().showMessage(
                self.tr("The words changed since they were checked: nothing was replaced."), 5000
            )
            return False
        finding = found.finding
        self.show_words(Target(found.field_key, finding.match, finding.start, finding.end))
        page = self.pages[place.page]
        widget = page.field_widgets().get(place.widget)
        if widget is None or not apply_in(page, widget, place, finding):
            self.statusBar().showMessage(
                self.tr("The words changed since they were checked: nothing was replaced."), 5000
            )
            return False
        return True

    # Remembering where the writer stopped -----------------------------------------------

    def current_place(self) -> tuple[int, str, int]:
        page = self.current_page
        focused = self.focusWidget()
        for name, widget in page.field_widgets().items():
            if focused is not None and (widget is focused or widget.isAncestorOf(focused)):
                return self.stack.currentIndex(), name, cursor_position(focused)
        return self.stack.currentIndex(), "", 0

    def remember_place(self) -> None:
        page, field, cursor = self.current_place()
        settings = self.context.settings
        settings.set_last_place(self.postmortem.id, page, field, cursor)
        settings.sync()

    def restore_place(self) -> None:
        page, field, cursor = self.context.settings.last_place(self.postmortem.id)
        self.go_to_page(page if 0 <= page < len(self.pages) else 0, field)
        widget = self.pages[self.stack.currentIndex()].field_widgets().get(field)
        if widget is not None:
            set_cursor_position(widget.focusProxy() or widget, cursor)

    # Saving -----------------------------------------------------------------------------

    def _on_edited(self, names: set[str]) -> None:
        self.autosave.mark_dirty(names)
        self.findings_panel.schedule_refresh()
        if "title" in names:
            self.setWindowTitle(self.tr("{title} — pmdesk").format(title=self.display_title()))
            self.title_changed.emit(self.postmortem.id)
        if "language" in names:
            for page in self.pages:
                page.show_guidance(self.postmortem.language)
            self.coach.language_changed()  # checking follows the document's language

    def _show_save_state(self, state: SaveState) -> None:
        texts = {
            SaveState.SAVED: self.tr("Saved"),
            SaveState.PENDING: self.tr("Editing…"),
            SaveState.SAVING: self.tr("Saving…"),
            SaveState.FAILED: self.tr("Not saved yet: your text is kept"),
        }
        if state is not SaveState.FAILED:
            self.save_label.clear()  # the status bar says it; the label is for problems
            self.save_label.setToolTip("")
        self.statusBar().showMessage(texts[state])

    def _show_finding_count(self, count: int) -> None:
        self.coach_button.setText(self.tr("%n wording hint(s)", "", count))
        self.coach_button.setAccessibleName(self.coach_button.text())

    def _show_checking(self) -> None:
        self.coach_button.setText(self.tr("Checking wording…"))
        self.coach_button.setAccessibleName(self.coach_button.text())

    def _show_save_error(self, error: PmdeskError) -> None:
        message = self.tr("Not saved yet: {reason}").format(reason=describe(error))
        self.save_label.setText(message)
        self.save_label.setToolTip(message)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember_place()
        if not self.autosave.close():
            answer = QMessageBox.warning(
                self,
                self.tr("Unsaved changes"),
                self.tr(
                    "Some changes could not be saved: {reason}\nClose anyway and lose them?"
                ).format(reason=self.save_label.toolTip()),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
            self.autosave.shutdown()
        self.coach.shutdown()
        self.closed.emit(self.postmortem.id)
        super().closeEvent(event)
