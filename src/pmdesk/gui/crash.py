"""Unexpected errors in the window: a short message for the person, details in a log file.

Expected failures are `PmdeskError`s handled where they happen. Anything else is a bug: the
window stays open (autosave keeps working), the user sees one sentence, and the traceback goes
to `crash.log` in the data folder for a bug report. Tracebacks hold code, not document text.
"""

from __future__ import annotations

import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from pmdesk.domain.errors import PmdeskError
from pmdesk.gui.messages import describe
from pmdesk.locations import data_dir


def crash_log() -> Path:
    return data_dir() / "crash.log"


def report(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """The excepthook: log the details, tell the user in one sentence."""
    if isinstance(error, PmdeskError):
        message = describe(error)
    else:
        log = crash_log()
        try:
            log.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            with log.open("a", encoding="utf-8") as handle:
                handle.write(f"--- {datetime.now(UTC).isoformat()}\n")
                handle.writelines(traceback.format_exception(kind, error, trace))
        except OSError:
            traceback.print_exception(kind, error, trace, file=sys.stderr)
        message = QCoreApplication.translate(
            "crash",
            "Something unexpected went wrong ({name}). Your text is kept; "
            "the details are in {path} for a bug report.",
        ).format(name=kind.__name__, path=log)
    if QApplication.instance() is not None:
        QMessageBox.critical(QApplication.activeWindow(), "pmdesk", message)


def install() -> None:
    sys.excepthook = report
