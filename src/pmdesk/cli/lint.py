"""`pmdesk lint FILE [--lang en|fr] [--format text|json]`: the wording coach for files kept in a
repository. Exit status 1 when anything is found, 0 when the file is clean, 2 on a bad file.

Never opens the library, and imports nothing of it (no database layer), so a linter run in a
repository's checks starts fast. The file is read without following it into a device or a pipe,
so a FIFO or /dev/zero ends as a one-line error instead of a hang.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import re
import stat
import sys
from bisect import bisect_right
from pathlib import Path

from pmdesk.blameless.engine import check_text
from pmdesk.blameless.findings import Finding
from pmdesk.domain.errors import PmdeskError

MAX_LINT_BYTES = 64 * 1024 * 1024
"""A postmortem is a few hundred kilobytes; this only stops a mistaken multi-gigabyte file."""
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def lint_file(args: argparse.Namespace) -> int:
    """Check one file and print its findings; the exit status says whether any were found."""
    text = read_text(Path(args.file))
    findings = check_text(text, args.lang)
    lines = Lines(text)
    rows = [located(finding, lines) for finding in findings]
    if args.format == "json":
        _write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        _write("".join(text_line(args.file, row) + "\n" for row in rows))
    return 1 if findings else 0


def _write(text: str) -> None:
    """UTF-8 on standard output whatever the console's encoding (like the other commands)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a replaced stdout (tests): it takes text
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def read_text(path: Path) -> str:
    """The file's text (UTF-8, with or without a byte-order mark), or a PmdeskError."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise PmdeskError("cannot_read", path=str(path), errno=errno.EISDIR)
        if not stat.S_ISREG(info.st_mode):
            raise PmdeskError("not_a_file", path=str(path))
        descriptor = os.open(path, _OPEN_FLAGS)
        with os.fdopen(descriptor, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # swapped since stat()
                raise PmdeskError("not_a_file", path=str(path))
            data = handle.read(MAX_LINT_BYTES + 1)
    except OSError as error:
        raise PmdeskError("cannot_read", path=str(path), errno=error.errno or -1) from error
    if len(data) > MAX_LINT_BYTES:
        raise PmdeskError("file_too_large", size=len(data), max=MAX_LINT_BYTES)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PmdeskError("not_utf8", offset=error.start) from None


_LINE_END = re.compile(r"\r\n|\r|\n")


class Lines:
    """Offsets → 1-based (line, column), columns counted in characters. A line ends with LF,
    CR LF or a lone CR (old Mac files), as editors count them."""

    def __init__(self, text: str) -> None:
        self.starts = [0, *(found.end() for found in _LINE_END.finditer(text))]

    def at(self, offset: int) -> tuple[int, int]:
        index = bisect_right(self.starts, offset) - 1
        return index + 1, offset - self.starts[index] + 1


def located(finding: Finding, lines: Lines) -> dict[str, object]:
    """One JSON object of DESIGN.md's `lint --format json` contract."""
    line, column = lines.at(finding.start)
    end_line, end_column = lines.at(finding.end)
    return {
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "rule": finding.rule,
        "category": finding.category,
        "severity": finding.severity,
        "message": finding.message,
        "suggestion": finding.suggestion,
        "match": finding.match,
    }


def text_line(file: str, row: dict[str, object]) -> str:
    """`FILE:LINE:COL: severity category: message (rule) — suggestion`."""
    return (
        f"{file}:{row['line']}:{row['column']}: {row['severity']} {row['category']}: "
        f"{row['message']} ({row['rule']}) — {row['suggestion']}"
    )
