"""The one place where error and problem codes from the core become translated sentences.

The core raises `PmdeskError(code, **params)` and reports `Problem(path, code, params)`; this table
gives each code its English source text (marked for Qt Linguist) and `describe` translates it into
the interface language and fills in the values.
"""

from __future__ import annotations

import errno
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pmdesk.domain.errors import InvalidDataError, PmdeskError
from pmdesk.domain.rules import Problem

ERRORS: dict[str, str] = {
    "not_found": QT_TRANSLATE_NOOP("errors", "No postmortem has the id {id}."),
    "ambiguous_id": QT_TRANSLATE_NOOP(
        "errors", "More than one postmortem id starts with {id}: type more of it."
    ),
    "already_exists": QT_TRANSLATE_NOOP(
        "errors",
        "The postmortem {id} ({title}) is already in the library: "
        "import it as a copy or replace it.",
    ),
    "conflicting_ids": QT_TRANSLATE_NOOP(
        "errors", "Ids in the file are already used in the library: import it as a copy."
    ),
    "invalid_json": QT_TRANSLATE_NOOP(
        "errors", "The file is not valid JSON (line {line}, column {column})."
    ),
    "truncated_json": QT_TRANSLATE_NOOP(
        "errors", "The file ends too early (line {line}): it is truncated."
    ),
    "not_utf8": QT_TRANSLATE_NOOP(
        "errors", "The file is not UTF-8 text (invalid byte at offset {offset})."
    ),
    "empty_file": QT_TRANSLATE_NOOP("errors", "The file is empty."),
    "file_too_large": QT_TRANSLATE_NOOP(
        "errors", "The file is too large ({size} bytes; the limit is {max})."
    ),
    "cannot_read": QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}."),
    "cannot_write": QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}."),
    "cannot_create": QT_TRANSLATE_NOOP("errors", "Cannot create the library {path}: {reason}."),
    "database_missing": QT_TRANSLATE_NOOP("errors", "The library {path} does not exist."),
    "not_sqlite": QT_TRANSLATE_NOOP(
        "errors", "{path} is not a pmdesk library: it is not a SQLite database."
    ),
    "not_pmdesk": QT_TRANSLATE_NOOP(
        "errors", "{path} is a SQLite database, but not a pmdesk library."
    ),
    "newer_schema": QT_TRANSLATE_NOOP(
        "errors",
        "{path} was made by a newer version of pmdesk (schema {revision}): "
        "update pmdesk to open it.",
    ),
    "database_corrupt": QT_TRANSLATE_NOOP(
        "errors", "The library {path} is damaged ({detail}): restore it from a backup."
    ),
    "database_locked": QT_TRANSLATE_NOOP(
        "errors", "The library {path} is busy in another program: try again."
    ),
    "database_read_only": QT_TRANSLATE_NOOP("errors", "The library {path} is read-only."),
    "disk_full": QT_TRANSLATE_NOOP(
        "errors", "The disk is full: nothing was lost. Free some space and try again."
    ),
    "io_error": QT_TRANSLATE_NOOP(
        "errors", "The disk reported an error while using {path} ({detail})."
    ),
    "cannot_open": QT_TRANSLATE_NOOP("errors", "Cannot open the library {path}."),
    "database_error": QT_TRANSLATE_NOOP("errors", "Database error in {path}: {detail}."),
    "bad_database_url": QT_TRANSLATE_NOOP(
        "errors", "“{value}” is neither a database file nor a database URL."
    ),
    "backup_failed": QT_TRANSLATE_NOOP("errors", "The backup {path} failed: {detail}."),
    "backup_unsupported": QT_TRANSLATE_NOOP(
        "errors", "Backups are made for SQLite libraries only, not {path}."
    ),
    "bad_time": QT_TRANSLATE_NOOP(
        "errors", "“{value}” is not a time: write 10:02, 2026-03-01 10:02 or an ISO 8601 time."
    ),
    "skipped_time": QT_TRANSLATE_NOOP(
        "errors",
        "{value} never happened in the postmortem's time zone (the clocks jumped forward): "
        "give the time the clocks showed.",
    ),
    "pdf_unavailable": QT_TRANSLATE_NOOP(
        "errors", "PDF export is not available in this program; choose Markdown or HTML."
    ),
    "export_all_format": QT_TRANSLATE_NOOP(
        "errors", "A whole library exports to JSON only; add --format json."
    ),
    "export_target": QT_TRANSLATE_NOOP(
        "errors", "Name one postmortem by its id, or use --all for the whole library."
    ),
    "not_a_file": QT_TRANSLATE_NOOP(
        "errors", "{path} is not a regular file (a device or a pipe): pmdesk does not read it."
    ),
    "database_empty": QT_TRANSLATE_NOOP(
        "errors", "The library {path} is empty: restore it from a backup (pmdesk restore)."
    ),
    "unknown_stored_value": QT_TRANSLATE_NOOP(
        "errors",
        "The library holds a value this pmdesk does not know (“{value}”): "
        "it was written by a newer version.",
    ),
    "migration_failed": QT_TRANSLATE_NOOP(
        "errors", "The library {path} could not be upgraded ({detail}); nothing was changed."
    ),
    "invalid_text": QT_TRANSLATE_NOOP(
        "errors", "The text holds characters that cannot be saved: {detail}."
    ),
}

PROBLEMS: dict[str, str] = {
    "wrong_type": QT_TRANSLATE_NOOP("problems", "expected: {expected}; found: {found}"),
    "missing_key": QT_TRANSLATE_NOOP("problems", "missing"),
    "unknown_value": QT_TRANSLATE_NOOP(
        "problems", "unknown value “{value}” (expected one of: {allowed})"
    ),
    "not_iso_time": QT_TRANSLATE_NOOP("problems", "not an ISO 8601 time"),
    "naive_time": QT_TRANSLATE_NOOP(
        "problems", "time without a UTC offset (add one, such as +00:00 or -05:00)"
    ),
    "invalid_offset": QT_TRANSLATE_NOOP(
        "problems", "UTC offset out of range or not in whole minutes"
    ),
    "not_iso_date": QT_TRANSLATE_NOOP("problems", "not a date (YYYY-MM-DD)"),
    "too_long": QT_TRANSLATE_NOOP(
        "problems", "text too long ({length} characters; the limit is {max})"
    ),
    "invalid_character": QT_TRANSLATE_NOOP(
        "problems", "holds a character that cannot be stored ({character})"
    ),
    "invalid_timezone": QT_TRANSLATE_NOOP("problems", "unknown time zone “{value}”"),
    "required_once_open": QT_TRANSLATE_NOOP(
        "problems", "required once the postmortem is no longer in progress"
    ),
    "before_milestone": QT_TRANSLATE_NOOP("problems", "earlier than {milestone}"),
    "duplicate_id": QT_TRANSLATE_NOOP("problems", "the id {value} is used twice"),
    "unknown_factor": QT_TRANSLATE_NOOP("problems", "names a factor that does not exist ({value})"),
    "wrong_format": QT_TRANSLATE_NOOP("problems", "not a pmdesk file (format “{value}”)"),
    "unsupported_version": QT_TRANSLATE_NOOP(
        "problems", "version {value} cannot be read (this pmdesk reads version {supported})"
    ),
    "database_corrupt": QT_TRANSLATE_NOOP("problems", "the database is damaged ({detail})"),
    "orphan_rows": QT_TRANSLATE_NOOP("problems", "{count} rows belong to no postmortem"),
    "schema_outdated": QT_TRANSLATE_NOOP(
        "problems", "the schema is at revision {revision}, not the newest"
    ),
}

VALUE_NAMES: dict[str, str] = {
    "object": QT_TRANSLATE_NOOP("values", "JSON object"),
    "array": QT_TRANSLATE_NOOP("values", "JSON array"),
    "string": QT_TRANSLATE_NOOP("values", "string"),
    "boolean": QT_TRANSLATE_NOOP("values", "true or false"),
    "number": QT_TRANSLATE_NOOP("values", "number"),
    "null": QT_TRANSLATE_NOOP("values", "null"),
    "impact_start": QT_TRANSLATE_NOOP("values", "the start of impact"),
    "detected_at": QT_TRANSLATE_NOOP("values", "the detection time"),
    "mitigated_at": QT_TRANSLATE_NOOP("values", "the mitigation time"),
    "resolved_at": QT_TRANSLATE_NOOP("values", "the resolution time"),
}
"""Codes that appear as values inside problem messages (JSON types, milestones)."""
WORDED_PARAMS = ("expected", "found", "milestone")

REASONS: dict[int, str] = {
    errno.ENOENT: QT_TRANSLATE_NOOP("reasons", "no such file or folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("reasons", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("reasons", "operation not permitted"),
    errno.EROFS: QT_TRANSLATE_NOOP("reasons", "read-only file system"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("reasons", "the disk is full"),
    errno.EISDIR: QT_TRANSLATE_NOOP("reasons", "it is a folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("reasons", "a part of the path is not a folder"),
    errno.EEXIST: QT_TRANSLATE_NOOP("reasons", "it already exists"),
}
UNKNOWN_REASON = QT_TRANSLATE_NOOP("reasons", "error {number}")


CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""Characters that could break a one-line message or steer a terminal (they come from files)."""


def _printable(value: str | int, limit: int = 200) -> str | int:
    if isinstance(value, int):
        return value
    text = CONTROL.sub("\ufffd", value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _fill(template: str, params: dict[str, str | int]) -> str:
    """Put the values into a translated template; a missing value shows as `?`, never crashes."""

    class Missing(dict[str, str | int]):
        def __missing__(self, key: str) -> str:
            return "?"

    return template.format_map(Missing({key: _printable(v) for key, v in params.items()}))


def reason_text(error_number: int | str) -> str:
    """A short translated reason for an OS error number."""
    number = int(error_number) if str(error_number).lstrip("-").isdigit() else -1
    source = REASONS.get(number)
    if source is None:
        return _fill(QCoreApplication.translate("reasons", UNKNOWN_REASON), {"number": number})
    return QCoreApplication.translate("reasons", source)


def describe_problem(problem: Problem) -> str:
    """`path: what is wrong`, in the interface language."""
    source = PROBLEMS.get(problem.code)
    params = dict(problem.params)
    for key in WORDED_PARAMS:
        name = VALUE_NAMES.get(str(params.get(key, "")))
        if name:
            params[key] = QCoreApplication.translate("values", name)
    text = _fill(QCoreApplication.translate("problems", source), params) if source else ""
    template = QCoreApplication.translate("problems", "{path}: {problem}")
    return _fill(template, {"path": problem.path, "problem": text or problem.code})


def describe(error: PmdeskError) -> str:
    """The one-line, translated message for an expected failure."""
    if isinstance(error, InvalidDataError):
        return describe_problem(error.problem)
    params = dict(error.params)
    if "errno" in params:
        params["reason"] = reason_text(params["errno"])
    source = ERRORS.get(error.code)
    if source is None:
        return str(error)
    return _fill(QCoreApplication.translate("errors", source), params)
