"""The composition root: paths, settings, translators, database, main window. Nothing else
builds these, so tests can build the same context on a temporary library."""

from __future__ import annotations

import gc
import os
import sys
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from pmdesk.domain.errors import PmdeskError
from pmdesk.gui import crash
from pmdesk.gui.context import AppContext, open_database
from pmdesk.gui.i18n import LanguageManager
from pmdesk.gui.main_window import MainWindow
from pmdesk.gui.messages import describe
from pmdesk.gui.settings import Settings
from pmdesk.gui.startup import choose_ui_language, database_location
from pmdesk.locations import settings_file
from pmdesk.storage.location import Location
from pmdesk.storage.quick_list import read_summaries

if TYPE_CHECKING:
    from pmdesk.storage.database import Database

QUIT_WHEN_READY_VARIABLE = "PMDESK_QUIT_WHEN_READY"
"""Set to quit as soon as the main window is shown and the event loop runs (`library`: once
the library is also open)."""


def settle_memory() -> None:
    """Collect once, then freeze what survives: later collections skip the long-lived objects
    of the window and the library, so a collection on the save thread stays short and never
    stalls typing (a full collection paused every thread for ~40 ms)."""
    gc.collect()
    gc.freeze()


class LibraryOpener(QObject):
    """Opens the library on a thread while the window already shows the list.

    Loading SQLAlchemy and opening the library take most of a start; the quick read of the list
    (`storage.quick_list`) lets the window appear and scroll first, and this brings the rest."""

    opened = Signal(object)  # Database
    failed = Signal(object)  # PmdeskError

    def __init__(self, location: Location) -> None:
        super().__init__()
        self.location = location
        self.thread = threading.Thread(target=self._open, name="pmdesk-open", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def _open(self) -> None:
        try:
            self.opened.emit(open_database(self.location))
        except PmdeskError as error:
            self.failed.emit(error)


def run_gui(db_option: str | None = None, ui_lang_option: str | None = None) -> int:
    """Start the window on the chosen library; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("pmdesk")
    app.setApplicationDisplayName("pmdesk")
    app.setOrganizationName("pmdesk")
    app.setDesktopFileName("pmdesk")
    languages = LanguageManager(app, choose_ui_language(ui_lang_option))
    location, _is_default = database_location(db_option)
    preview = read_summaries(location.path) if location.path is not None else None
    context = AppContext(None, None, Settings(settings_file()), languages)
    opener = LibraryOpener(location)
    if preview is None:  # first run, an upgrade, a problem: open carefully before showing
        try:
            context.attach(open_database(location))
        except PmdeskError as error:
            QMessageBox.critical(None, "pmdesk", describe(error))
            return 2
    crash.install()
    window = MainWindow(context, preview=preview)
    quit_when = os.environ.get(QUIT_WHEN_READY_VARIABLE, "")

    def attach(database: Database) -> None:
        context.attach(database)
        window.library_opened()
        settle_memory()
        if quit_when == "library":
            app.quit()

    def give_up(error: PmdeskError) -> None:
        QMessageBox.critical(window, "pmdesk", describe(error))
        app.exit(2)

    opener.opened.connect(attach)
    opener.failed.connect(give_up)
    window.show()
    if context.ready:
        settle_memory()
    else:
        opener.start()
    if quit_when and (context.ready or quit_when != "library"):  # benchmarks, smoke tests
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        if context.database is not None:
            context.database.close()
        languages.close()
