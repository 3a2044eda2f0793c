"""GUI fixtures: a real main window on a temporary library."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from pmdesk.gui.context import AppContext, build_context
from pmdesk.gui.i18n import LanguageManager
from pmdesk.gui.main_window import MainWindow
from pmdesk.storage.database import Location


@pytest.fixture
def languages(qapp) -> Iterator[LanguageManager]:
    manager = LanguageManager(qapp, "en")
    yield manager
    manager.close()


@pytest.fixture
def context(db_path: Path, languages: LanguageManager) -> Iterator[AppContext]:
    built = build_context(Location(path=db_path), languages)
    yield built
    built.database.close()


@pytest.fixture
def open_window(qtbot, context: AppContext) -> Callable[[], MainWindow]:
    def make() -> MainWindow:
        window = MainWindow(context)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    return make


@pytest.fixture
def when_modal(qtbot) -> Callable[[Callable[[QWidget], None]], None]:
    """Run `handle(dialog)` on the next modal dialog, as soon as it is shown."""

    def arm(handle: Callable[[QWidget], None]) -> None:
        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, poll)
                return
            handle(dialog)

        QTimer.singleShot(0, poll)

    return arm
