"""What each command does: call a service, print the result. Errors propagate to `main`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from pmdesk.domain.enums import EventKind, Language
from pmdesk.domain.errors import PmdeskError
from pmdesk.export.atomic import write_atomic
from pmdesk.gui.messages import describe_problem
from pmdesk.services.capture import capture_event
from pmdesk.services.exporting import ExportFormat, ExportRequest, ExportService, Paper
from pmdesk.services.library import ImportMode, LibraryService
from pmdesk.services.maintenance import check_library, restore_library
from pmdesk.storage.backup import backup_database
from pmdesk.storage.database import Database

translate = QCoreApplication.translate
Command = Callable[[argparse.Namespace, Database], int]


def _write(text: str) -> None:
    """Standard output in UTF-8 whatever the console's encoding (files are UTF-8, always)."""
    _write_bytes(text.encode("utf-8"))


def _write_bytes(data: bytes) -> None:
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a replaced stdout (tests): it takes text
        sys.stdout.write(data.decode("utf-8", errors="replace"))
        return
    sys.stdout.flush()
    buffer.write(data)
    buffer.flush()


def _out(text: str) -> None:
    _write(text if text.endswith("\n") else text + "\n")


def _local_time(value: datetime) -> str:
    """A UTC time in the user's zone as `2026-03-01 10:02`: sortable, the same in any language."""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def run_new(args: argparse.Namespace, database: Database) -> int:
    library = LibraryService(database)
    _out(library.create(args.title, Language(args.lang), args.timezone))
    return 0


def run_list(args: argparse.Namespace, database: Database) -> int:
    summaries = LibraryService(database).summaries()
    if args.format == "json":
        rows = [
            {
                "id": row.id,
                "title": row.title,
                "status": row.status.value,
                "severity": row.severity.value if row.severity else None,
                "updated_at": row.updated_at.isoformat(),
            }
            for row in summaries
        ]
        _out(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in summaries:
        severity = row.severity.value if row.severity else "-"
        updated = _local_time(row.updated_at)
        _out(f"{row.id[:8]}  {row.status.value:<16} {severity:<4}  {updated:<18}  {row.title}")
    return 0


def run_import(args: argparse.Namespace, database: Database) -> int:
    mode = ImportMode.REPLACE if args.replace else ImportMode.COPY if args.copy else None
    result = LibraryService(database).import_file(Path(args.file), mode or ImportMode.REFUSE)
    for postmortem_id in result.ids:
        _out(postmortem_id)
    return 0


def run_export(args: argparse.Namespace, database: Database) -> int:
    library = LibraryService(database)
    if args.all == bool(args.id):
        raise PmdeskError("export_target")
    if args.all:
        if args.format != "json":
            raise PmdeskError("export_all_format")
        data = library.export_library_json().encode("utf-8")
    else:
        from pmdesk.gui.pdf_export import default_paper, render_pdf_job

        request = ExportRequest(
            format=ExportFormat(args.format),
            template=args.template,
            language=args.lang,
            paper=Paper(args.paper) if args.paper else default_paper(),
            pdf_a=args.pdf_a,
            omit_empty=args.omit_empty,
        )
        service = ExportService(library, render_pdf_job)
        postmortem_id = library.resolve(args.id)
        if args.output and args.output != "-":
            service.export(postmortem_id, request, Path(args.output))
            return 0
        data = service.render(library.load(postmortem_id), request)
    if args.output and args.output != "-":
        write_atomic(Path(args.output), data)
    else:
        _write_bytes(data)
    return 0


def run_capture(args: argparse.Namespace, database: Database) -> int:
    event_id = capture_event(
        database, args.id, args.text, kind=EventKind(args.kind), at=args.at, actor=args.actor
    )
    _out(event_id)
    return 0


def run_check(args: argparse.Namespace, database: Database) -> int:
    report = check_library(database)
    for problem in report.problems:
        _out(describe_problem(problem))
    if report.ok:
        message = translate("cli", "The library is sound. Postmortems checked: {count}.")
        _out(message.format(count=report.postmortems))
        return 0
    return 1


def run_backup(args: argparse.Namespace, database: Database) -> int:
    _out(str(backup_database(database)))
    return 0


def run_restore(args: argparse.Namespace, database: Database) -> int:
    safety = restore_library(database, Path(args.file))
    message = translate("cli", "Restored. The library as it was before is kept in {path}.")
    _out(message.format(path=safety))
    return 0


def _quiet_offscreen_notices(kind: object, context: object, message: str) -> None:
    """The offscreen platform says it cannot resize or raise windows: not news to anyone."""
    if not message.startswith("This plugin does not support"):
        sys.stderr.write(message + "\n")


def restore_damaged(args: argparse.Namespace, path: Path, error: PmdeskError) -> int:
    """`restore` when the library itself cannot be opened: set it aside, then restore."""
    from pmdesk.services.maintenance import UNREADABLE, restore_unreadable

    if error.code not in UNREADABLE:
        raise error
    aside = restore_unreadable(path, Path(args.file))
    message = translate("cli", "Restored. The damaged library is kept as {path}.")
    _out(message.format(path=aside))
    return 0


def run_screenshots(args: argparse.Namespace) -> int:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from pmdesk.gui.screenshots import render_screenshots

    qInstallMessageHandler(_quiet_offscreen_notices)
    app = QApplication.instance()
    assert isinstance(app, QApplication), "screenshots need a widget application"
    written = render_screenshots(Path(args.directory), args.lang, app)
    for path in written:
        _out(str(path))
    return 0


WITHOUT_LIBRARY: dict[str, Callable[[argparse.Namespace], int]] = {
    "screenshots": run_screenshots,
}
"""Commands that work on temporary sample data, never on the user's library. (`lint` reads a
file and is dispatched before any of this module loads.)"""

COMMANDS: dict[str, Command] = {
    "new": run_new,
    "list": run_list,
    "import": run_import,
    "export": run_export,
    "capture": run_capture,
    "check": run_check,
    "backup": run_backup,
    "restore": run_restore,
}
CREATES_LIBRARY = frozenset({"new", "import", "restore"})
"""Commands that may create a library file that does not exist yet."""
