"""`pmdesk`: the command line of DESIGN.md; with no command it starts the window.

Every expected failure ends as one translated line on stderr and exit status 2; a bug still
ends as one line (with the details only when PMDESK_DEBUG is set), never as a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback

from PySide6.QtCore import QCoreApplication

from pmdesk.domain.errors import PmdeskError
from pmdesk.gui.i18n import install_translators, remove_translators
from pmdesk.gui.messages import describe
from pmdesk.gui.startup import choose_ui_language, database_location

translate = QCoreApplication.translate


def _pre_parse(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """The global options and what follows them, before translators exist."""
    pre = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    pre.add_argument("--db")
    pre.add_argument("--ui-lang")
    try:
        return pre.parse_known_args(argv)
    except argparse.ArgumentError:  # the full parser reports it, translated, below
        return argparse.Namespace(db=None, ui_lang=None), list(argv) or ["--help"]


def _run_command(args: argparse.Namespace) -> int:
    if args.command == "lint":  # a file, no library: skip loading SQLAlchemy (a third of a second)
        from pmdesk.cli.lint import lint_file

        return lint_file(args)
    # Imported here, not at the top: starting the window needs none of the commands.
    from pmdesk.cli.commands import COMMANDS, CREATES_LIBRARY, WITHOUT_LIBRARY
    from pmdesk.storage.migrate import open_library

    if args.command in WITHOUT_LIBRARY:
        return WITHOUT_LIBRARY[args.command](args)
    location, is_default = database_location(args.db)
    create = is_default or args.command in CREATES_LIBRARY
    try:
        database = open_library(location, create=create)
    except PmdeskError as error:
        if args.command != "restore" or location.path is None:
            raise
        from pmdesk.cli.commands import restore_damaged

        return restore_damaged(args, location.path, error)
    try:
        return COMMANDS[args.command](args, database)
    finally:
        database.close()


def _application(rest: list[str]) -> QCoreApplication:
    """A plain core application, or a widget one for the commands that draw windows."""
    if "screenshots" in rest:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        return QApplication(["pmdesk"])
    if "export" in rest and any(
        "pdf" in arg for arg in rest
    ):  # Qt's text layout needs a GUI application
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        return QGuiApplication(["pmdesk"])
    return QCoreApplication(["pmdesk"])


def main(argv: list[str] | None = None) -> int:
    """Run pmdesk with `argv` (default: the process's arguments); returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    os.umask(0o077)  # every file pmdesk creates is private: libraries, backups, exports
    known, rest = _pre_parse(argv)
    if not rest:
        from pmdesk.app import run_gui

        return run_gui(db_option=known.db, ui_lang_option=known.ui_lang)
    app = QCoreApplication.instance() or _application(rest)
    translators = install_translators(app, choose_ui_language(known.ui_lang))
    from pmdesk.cli.parser import build_parser

    try:
        try:
            args = build_parser().parse_args(argv)
        except SystemExit as exit_request:  # --help, --version, usage errors
            return int(exit_request.code or 0)
        if not args.command:
            build_parser().print_help()
            return 2
        return _run_command(args)
    except PmdeskError as error:
        sys.stderr.write(f"pmdesk: {describe(error)}\n")
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # a bug: one line for the user, details on request
        if os.environ.get("PMDESK_DEBUG"):
            traceback.print_exc()
        message = translate("cli", "internal error ({name}); set PMDESK_DEBUG=1 for details")
        sys.stderr.write(f"pmdesk: {message.format(name=type(error).__name__)}\n")
        return 2
    finally:
        remove_translators(app, translators)
