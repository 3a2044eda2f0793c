"""Screenshots of every window, wizard page and dialog in each interface language, rendered
offscreen on a generated library: for the documentation, and to review the interface at a glance.

Nothing real is touched: the libraries and the settings file live in a temporary folder that
PMDESK_DATA_DIR points at while rendering, and the interface language is English again after.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QPixmap, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from pmdesk import __version__
from pmdesk.domain.enums import Language
from pmdesk.domain.errors import PmdeskError
from pmdesk.domain.model import Postmortem
from pmdesk.export.interchange import dump_library
from pmdesk.gui.context import AppContext, build_context
from pmdesk.gui.export_dialog import ExportDialog
from pmdesk.gui.i18n import LanguageManager
from pmdesk.gui.main_window import MainWindow
from pmdesk.gui.messages import describe
from pmdesk.gui.preferences_dialog import PreferencesDialog
from pmdesk.gui.wizard.editor_window import PostmortemEditor
from pmdesk.gui.wizard.page import PAGE_KEYS, PageId
from pmdesk.locations import DATA_DIR_VARIABLE
from pmdesk.services.sample import sample_library
from pmdesk.storage.location import Location

WINDOW_SIZE = QSize(1280, 800)
LIBRARY_SIZE = 12
W = TypeVar("W", bound=QWidget)
DIALOGS = ("preferences", "about", "new", "error", "export")
"""The dialogs rendered, as they appear in file names (`dialog-about.fr.png`)."""


def expected_names(languages: Sequence[str], page_keys: Sequence[str]) -> list[str]:
    """The file names `render_screenshots` writes for these languages and wizard pages."""
    views = [
        "main",
        "main-empty",
        *(f"wizard-{number:02d}-{key}" for number, key in enumerate(page_keys, start=1)),
        "wizard-coach",
        *(f"dialog-{name}" for name in DIALOGS),
    ]
    return [f"{view}.{language}.png" for language in languages for view in views]


def render_screenshots(out_dir: Path, languages: Sequence[str], app: QApplication) -> list[Path]:
    """Write one PNG per view and language into `out_dir`; returns the paths in that order."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    manager = LanguageManager(app, "en")
    try:
        with (
            tempfile.TemporaryDirectory(prefix="pmdesk-screenshots-") as scratch,
            data_dir_set_to(Path(scratch)),
            opened_context(Path(scratch) / "library.db", manager) as full,
            opened_context(Path(scratch) / "empty.db", manager) as empty,
        ):
            full.library.import_bytes(dump_library(sample_library(LIBRARY_SIZE)).encode())
            for language in languages:
                manager.switch(language)
                settle()
                render_language(Shots(out_dir, language, written), full, empty, language)
    finally:
        manager.switch("en")
        manager.close()
        settle()
    return written


class Shots:
    """Saves grabs of one language's views under their file names."""

    def __init__(self, out_dir: Path, language: str, written: list[Path]) -> None:
        self.out_dir = out_dir
        self.language = language
        self.written = written

    def window(self, view: str, widget: QWidget) -> None:
        """A main or editor window at 1280×800."""
        present(widget)
        self.save(view, widget)

    def dialog(self, view: str, widget: QWidget) -> None:
        """A dialog at its natural size, never smaller than it asks for."""
        widget.show()
        settle()
        widget.resize(widget.size().expandedTo(widget.sizeHint()))
        settle()
        self.save(view, widget, with_title_bar(widget))
        widget.close()

    def save(self, view: str, widget: QWidget, picture: QPixmap | None = None) -> None:
        path = self.out_dir / f"{view}.{self.language}.png"
        if not (picture or widget.grab()).save(str(path), "PNG"):
            raise OSError(f"cannot write {path}")
        self.written.append(path)


def with_title_bar(dialog: QWidget) -> QPixmap:
    """The dialog under a plain title bar: offscreen windows have no frame, yet the title is
    part of what a reviewer checks (and translates)."""
    content = dialog.grab()
    ratio = content.devicePixelRatio()
    width = round(content.width() / ratio)
    height = round(content.height() / ratio)
    bar = dialog.fontMetrics().height() + 12
    picture = QPixmap(content.width(), content.height() + round(bar * ratio))
    picture.setDevicePixelRatio(ratio)
    palette = dialog.palette()
    picture.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(picture)
    try:
        painter.fillRect(QRect(0, 0, width, bar), palette.color(QPalette.ColorRole.Mid))
        font = dialog.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        text_box = QRect(8, 0, width - 16, bar)
        title = QFontMetrics(font).elidedText(
            dialog.windowTitle(), Qt.TextElideMode.ElideRight, text_box.width()
        )
        painter.drawText(
            text_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title
        )
        painter.drawPixmap(0, bar, content)
        painter.setPen(palette.color(QPalette.ColorRole.Dark))
        painter.drawRect(QRect(0, 0, width - 1, bar + height - 1))
    finally:
        painter.end()
    return picture


def render_language(shots: Shots, full: AppContext, empty: AppContext, language: str) -> None:
    """Every view in the current interface language, built afresh."""
    with closing(MainWindow(full)) as window:
        shots.window("main", window)
        with closing(MainWindow(empty)) as empty_window:
            shots.window("main-empty", empty_window)
        summaries = full.library.summaries()
        chosen = wizard_postmortem([full.library.load(row.id) for row in summaries], language)
        render_wizard(shots, full, chosen)
        for name, make in dialog_factories(full, window, chosen).items():
            with closing(make()) as dialog:
                shots.dialog(f"dialog-{name}", dialog)


def render_wizard(shots: Shots, context: AppContext, postmortem: Postmortem) -> None:
    """Each page of an editor on `postmortem`, numbered from 01 in wizard order."""
    with closing(PostmortemEditor(context, postmortem)) as editor:
        present(editor)
        for index, page in enumerate(editor.pages):
            editor.go_to_page(index)
            settle()
            shots.save(f"wizard-{index + 1:02d}-{PAGE_KEYS[page.page_id]}", editor)
        render_coach(shots, editor)


COACHED_SUMMARY = {
    Language.EN: "The on-call engineer should have checked the replica lag before the failover. "
    "It was obviously a human error.",
    Language.FR: "La personne de garde aurait dû vérifier le retard de réplication avant la "
    "bascule. C'était évidemment une erreur humaine.",
}
"""Wording the coach flags, typed into the summary for its picture (in the scratch library)."""


def render_coach(shots: Shots, editor: PostmortemEditor) -> None:
    """The summary step with blaming wording underlined and the coach's panel open."""
    editor.go_to(PageId.SUMMARY, "summary")
    text = editor.pages[PageId.SUMMARY].field_widgets()["summary"]
    assert isinstance(text, QPlainTextEdit | QTextEdit)
    text.moveCursor(QTextCursor.MoveOperation.Start)
    text.insertPlainText(COACHED_SUMMARY[editor.postmortem.language] + "\n\n")
    text.moveCursor(QTextCursor.MoveOperation.Start)
    editor.coach_dock.show()
    panel = editor.findings_panel
    panel.refresh()
    first_group = panel.tree.topLevelItem(0)
    if first_group is not None and first_group.childCount():
        panel.tree.setCurrentItem(first_group.child(0))
    settle()
    shots.save("wizard-coach", editor)


def wizard_postmortem(postmortems: Sequence[Postmortem], language: str) -> Postmortem:
    """A postmortem written in the interface language, so the guidance panel matches it."""
    wanted = Language.FR if language == "fr" else Language.EN
    return next((pm for pm in postmortems if pm.language is wanted), postmortems[0])


def dialog_factories(
    context: AppContext, window: MainWindow, postmortem: Postmortem
) -> dict[str, Callable[[], QWidget]]:
    """Build each dialog unshown, worded like the main window's own (same source strings)."""
    duplicate = PmdeskError("already_exists", id=postmortem.id, title=postmortem.title[:80])
    factories: dict[str, Callable[[], QWidget]] = {
        "preferences": lambda: PreferencesDialog(context, window),
        "about": lambda: about_box(window),
        "new": lambda: new_postmortem_dialog(window),
        "error": lambda: error_box(window, duplicate),
        "export": lambda: ExportDialog(context, postmortem, window),
    }
    assert tuple(factories) == DIALOGS
    return factories


def main_window_text(source: str) -> str:
    """A string of the main window in the interface language (its `self.tr` context)."""
    return QCoreApplication.translate("MainWindow", source)


def about_box(parent: QWidget) -> QMessageBox:
    """What `MainWindow.show_about` shows (`QMessageBox.about`: the window icon, one OK)."""
    box = QMessageBox(parent)
    box.setWindowTitle(main_window_text("About pmdesk"))
    text = main_window_text("pmdesk {version}\nBlameless incident postmortems, written offline.")
    box.setText(text.format(version=__version__))
    icon = box.windowIcon()
    box.setIconPixmap(icon.pixmap(icon.actualSize(QSize(64, 64))))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def new_postmortem_dialog(parent: QWidget) -> QInputDialog:
    """What `MainWindow.ask_new_postmortem` shows (`QInputDialog.getText`)."""
    dialog = QInputDialog(parent)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setWindowTitle(main_window_text("New postmortem"))
    dialog.setLabelText(main_window_text("Incident title:"))
    return dialog


def error_box(parent: QWidget, error: PmdeskError) -> QMessageBox:
    """What `MainWindow.show_error` shows (`QMessageBox.warning`)."""
    return QMessageBox(
        QMessageBox.Icon.Warning,
        main_window_text("pmdesk"),
        describe(error),
        QMessageBox.StandardButton.Ok,
        parent,
    )


@contextmanager
def closing(widget: W) -> Iterator[W]:
    """Close and delete a window afterwards (an editor also waits for its save thread)."""
    try:
        yield widget
    finally:
        widget.close()
        widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@contextmanager
def opened_context(path: Path, languages: LanguageManager) -> Iterator[AppContext]:
    """A context on a temporary library, closed afterwards."""
    context = build_context(Location(path=path), languages)
    try:
        yield context
    finally:
        if context.database is not None:
            context.database.close()


@contextmanager
def data_dir_set_to(folder: Path) -> Iterator[None]:
    """Point PMDESK_DATA_DIR at `folder`, so no real settings are read or written."""
    saved = os.environ.get(DATA_DIR_VARIABLE)
    os.environ[DATA_DIR_VARIABLE] = str(folder)
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop(DATA_DIR_VARIABLE, None)
        else:
            os.environ[DATA_DIR_VARIABLE] = saved


def present(window: QWidget) -> None:
    """Show a window at 1280×800, laid out and painted."""
    window.resize(WINDOW_SIZE)
    window.show()
    settle()
    window.resize(WINDOW_SIZE)  # in case showing it applied a remembered geometry
    settle()


def settle() -> None:
    """Let layouts, language changes and paints run before a grab."""
    for _ in range(3):
        QCoreApplication.processEvents()
