"""The argument parser of the public command line (DESIGN.md); later commands slot in here."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pmdesk import __version__
from pmdesk.domain.enums import DocumentTemplate, EventKind, Language

translate = QCoreApplication.translate

ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)
"""argparse's own words (it asks gettext for them): translated through Qt like ours."""


def _argparse_text(text: str) -> str:
    return translate("argparse", text) if text in ARGPARSE_TEXTS else text


class OneLineParser(argparse.ArgumentParser):
    """Usage errors as one translated line and exit status 2, as the contract says."""

    def error(self, message: str) -> NoReturn:
        line = translate("cli", "usage error: {message}").format(message=message)
        self.exit(2, f"pmdesk: {line}\n")


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, with help texts in the interface language."""
    argparse._ = _argparse_text  # type: ignore[attr-defined]  # argparse's gettext hook
    parser = OneLineParser(
        prog="pmdesk",
        description=translate("cli", "Blameless incident postmortems, written offline."),
        epilog=translate("cli", "With no command, pmdesk opens its window."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"pmdesk {__version__}",
        help=translate("cli", "print the version and exit"),
    )
    parser.add_argument(
        "--db",
        metavar=translate("cli", "PATH|URL"),
        help=translate("cli", "the library: a SQLite file or a SQLAlchemy URL (or PMDESK_DB)"),
    )
    parser.add_argument(
        "--ui-lang",
        choices=["en", "fr"],
        help=translate("cli", "language of the interface and messages (or PMDESK_UI_LANG)"),
    )
    commands = parser.add_subparsers(dest="command", metavar=translate("cli", "COMMAND"))
    languages = [language.value for language in Language]

    new = commands.add_parser("new", help=translate("cli", "create a postmortem, print its id"))
    new.add_argument("--title", required=True, help=translate("cli", "the incident's title"))
    new.add_argument(
        "--lang", choices=languages, default="en", help=translate("cli", "document language")
    )
    new.add_argument(
        "--timezone", default="UTC", help=translate("cli", "display time zone (IANA name)")
    )

    listing = commands.add_parser("list", help=translate("cli", "list the postmortems"))
    listing.add_argument("--format", choices=["text", "json"], default="text")

    importing = commands.add_parser(
        "import", help=translate("cli", "import an interchange file, print the ids")
    )
    importing.add_argument("file", metavar=translate("cli", "FILE"))
    conflict = importing.add_mutually_exclusive_group()
    conflict.add_argument(
        "--replace",
        action="store_true",
        help=translate("cli", "overwrite postmortems that are already in the library"),
    )
    conflict.add_argument(
        "--copy",
        action="store_true",
        help=translate("cli", "import as new postmortems, with new ids"),
    )

    export = commands.add_parser("export", help=translate("cli", "export a postmortem"))
    export.add_argument("id", nargs="?", metavar="ID", help=translate("cli", "id or id prefix"))
    export.add_argument(
        "--all", action="store_true", help=translate("cli", "export the whole library")
    )
    export.add_argument("--format", choices=["md", "pdf", "html", "json"], required=True)
    export.add_argument(
        "--lang",
        choices=["en", "fr"],
        help=translate("cli", "document language (default: the postmortem's own)"),
    )
    export.add_argument(
        "--template",
        choices=[template.value for template in DocumentTemplate],
        help=translate("cli", "document template (default: the postmortem's own)"),
    )
    export.add_argument(
        "--paper",
        choices=["A4", "Letter"],
        help=translate("cli", "PDF paper size (default: the usual one where you live)"),
    )
    export.add_argument("--pdf-a", action="store_true", help=translate("cli", "write PDF/A-1b"))
    export.add_argument(
        "--omit-empty",
        action="store_true",
        help=translate("cli", "leave out empty sections instead of marking them"),
    )
    export.add_argument(
        "-o",
        "--output",
        metavar=translate("cli", "OUT"),
        help=translate("cli", "file to write (atomically); standard output if omitted"),
    )

    capture = commands.add_parser(
        "capture", help=translate("cli", "append a timeline event, print its id")
    )
    capture.add_argument("id", metavar="ID", help=translate("cli", "id or id prefix"))
    capture.add_argument("text", metavar=translate("cli", "TEXT"))
    capture.add_argument("--kind", choices=[kind.value for kind in EventKind], default="note")
    capture.add_argument(
        "--at",
        metavar=translate("cli", "TIME"),
        help=translate("cli", "when it happened (default: now), in the postmortem's time zone"),
    )
    capture.add_argument("--actor", default="", help=translate("cli", "who or what acted"))

    shots = commands.add_parser(
        "screenshots",
        help=translate("cli", "render every window and wizard page to PNG (offscreen)"),
    )
    shots.add_argument("directory", metavar=translate("cli", "DIR"))
    shots.add_argument("--lang", nargs="+", choices=["en", "fr"], default=["en", "fr"])

    lint = commands.add_parser("lint", help=translate("cli", "find blaming wording in a file"))
    lint.add_argument("file", metavar=translate("cli", "FILE"))
    lint.add_argument(
        "--lang",
        choices=["en", "fr"],
        default="en",
        help=translate("cli", "the file's language (default: en)"),
    )
    lint.add_argument("--format", choices=["text", "json"], default="text")

    commands.add_parser("check", help=translate("cli", "check the library's integrity"))
    commands.add_parser("backup", help=translate("cli", "take a verified backup, print its path"))
    restore = commands.add_parser(
        "restore", help=translate("cli", "replace the library with a backup")
    )
    restore.add_argument("file", metavar=translate("cli", "FILE"))
    return parser


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(sys.argv[1:] if argv is None else argv)
