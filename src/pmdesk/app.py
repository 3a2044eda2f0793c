"""The composition root: paths, settings, translators, database, main window. Nothing else
builds these, so tests can build the same context on a temporary library."""

from __future__ import annotations

import gc
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pmdesk.domain.errors import PmdeskError
from pmdesk.gui import crash
from pmdesk.gui.context import build_context
from pmdesk.gui.i18n import LanguageManager
from pmdesk.gui.main_window import MainWindow
from pmdesk.gui.messages import describe
from pmdesk.gui.startup import choose_ui_language, database_location

QUIT_WHEN_READY_VARIABLE = "PMDESK_QUIT_WHEN_READY"
"""Set to quit as soon as the main window is shown and the event loop runs."""


def settle_memory() -> None:
    """Collect once, then freeze what survives: later collections skip the long-lived objects
    of the window and the library, so a collection on the save thread stays short and never
    stalls typing (a full collection paused every thread for ~40 ms)."""
    gc.collect()
    gc.freeze()


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
    try:
        context = build_context(location, languages)
    except PmdeskError as error:
        QMessageBox.critical(None, "pmdesk", describe(error))
        return 2
    crash.install()
    window = MainWindow(context)
    window.show()
    settle_memory()
    if os.environ.get(QUIT_WHEN_READY_VARIABLE):  # start-up benchmarks and smoke tests
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        context.database.close()
        languages.close()
