"""Reading the interchange format, version 1: validate everything, then build domain objects.

Nothing is trusted: every key is type-checked, every code must be known, every time must carry
an offset, every text is size-checked. The first bad field is reported by its path
(`postmortem.timeline[3].at: not_iso_time`) and a file with any error yields nothing at all.
Unknown keys are ignored: later versions may add keys, never change the meaning of these.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any, TypeVar

from pmdesk.domain.enums import (
    AUDIENCES,
    MARKDOWN_SECTIONS,
    MILESTONES,
    ActionStatus,
    ActionType,
    DocumentTemplate,
    EventKind,
    EventSource,
    FactorCategory,
    FactorKind,
    Language,
    Priority,
    Severity,
    Status,
)
from pmdesk.domain.errors import InvalidDataError, PmdeskError
from pmdesk.domain.model import (
    ActionItem,
    Dismissal,
    Factor,
    Postmortem,
    TimelineEvent,
    empty_audiences,
    new_id,
    utc_now,
)
from pmdesk.domain.rules import LONG_TEXT_MAX, SHORT_TEXT_MAX, Problem, text_problem, validate
from pmdesk.export.interchange import FORMAT_LIBRARY, FORMAT_POSTMORTEM, VERSION

MAX_FILE_BYTES = 512 * 1024 * 1024
"""Largest interchange file read (a library of thousands of postmortems fits easily)."""

E = TypeVar("E", bound=StrEnum)


class _BadFieldError(Exception):
    """Raised inside the reader with the first problem; turned into InvalidDataError."""

    def __init__(self, path: str, code: str, **params: str | int) -> None:
        super().__init__(path, code)
        self.problem = Problem(path, code, params)


def _type_name(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")


class _Obj:
    """A JSON object being read, with its path for error messages."""

    def __init__(self, value: Any, path: str) -> None:
        if not isinstance(value, dict):
            raise _BadFieldError(path, "wrong_type", expected="object", found=_type_name(value))
        self.data: dict[str, Any] = value
        self.path = path

    def at(self, key: str) -> str:
        return f"{self.path}.{key}"

    def raw(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def text(self, key: str, limit: int = SHORT_TEXT_MAX, nullable: bool = False) -> str | None:
        value = self.data.get(key, None if nullable else "")
        if value is None and nullable:
            return None
        return _text(value, self.at(key), limit)

    def string(self, key: str, limit: int = SHORT_TEXT_MAX) -> str:
        return self.text(key, limit) or ""

    def boolean(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            raise _BadFieldError(
                self.at(key), "wrong_type", expected="boolean", found=_type_name(value)
            )
        return value

    def code(self, key: str, enum: type[E], default: E) -> E:
        """A code from `enum`; a missing key means `default`."""
        found = self.optional_code(key, enum, default)
        if found is None:
            raise _BadFieldError(self.at(key), "wrong_type", expected="string", found="null")
        return found

    def optional_code(self, key: str, enum: type[E], default: E | None = None) -> E | None:
        """A code from `enum`, or None for null or a missing key without a default."""
        value = self.data.get(key, default)
        if value is None:
            return None
        if not isinstance(value, str):
            raise _BadFieldError(
                self.at(key), "wrong_type", expected="string", found=_type_name(value)
            )
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            raise _BadFieldError(
                self.at(key), "unknown_value", value=value[:80], allowed=allowed
            ) from None

    def time(self, key: str, required: bool = False) -> tuple[datetime, int] | None:
        value = self.data.get(key)
        if value is None:
            if required:
                raise _BadFieldError(self.at(key), "missing_key")
            return None
        return _time(value, self.at(key))

    def day(self, key: str) -> date | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise _BadFieldError(
                self.at(key), "wrong_type", expected="string", found=_type_name(value)
            )
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError(value)
            return date.fromisoformat(value)
        except ValueError:
            raise _BadFieldError(self.at(key), "not_iso_date", value=value[:40]) from None

    def array(self, key: str) -> list[Any]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise _BadFieldError(
                self.at(key), "wrong_type", expected="array", found=_type_name(value)
            )
        return value

    def strings(self, key: str, limit: int = SHORT_TEXT_MAX) -> list[str]:
        items = self.array(key)
        return [_text(item, f"{self.at(key)}[{i}]", limit) for i, item in enumerate(items)]

    def identifier(self, key: str = "id") -> str:
        value = self.data.get(key)
        if value is None:
            return new_id()
        identifier = _text(value, self.at(key), 36)
        if not identifier.strip():
            raise _BadFieldError(self.at(key), "missing_key")
        return identifier


def _text(value: Any, path: str, limit: int) -> str:
    if not isinstance(value, str):
        raise _BadFieldError(path, "wrong_type", expected="string", found=_type_name(value))
    problem = text_problem(path, value, limit)
    if problem:
        raise _BadFieldError(problem.path, problem.code, **problem.params)
    return value


def _time(value: Any, path: str) -> tuple[datetime, int]:
    """An ISO 8601 time with offset, as (UTC time, offset in minutes)."""
    if not isinstance(value, str):
        raise _BadFieldError(path, "wrong_type", expected="string", found=_type_name(value))
    try:
        parsed = datetime.fromisoformat(value)
        parsed.astimezone(UTC)  # years 1 and 9999 overflow once moved to UTC
    except (ValueError, OverflowError):
        raise _BadFieldError(path, "not_iso_time", value=value[:40]) from None
    offset = parsed.utcoffset()
    if offset is None:
        raise _BadFieldError(path, "naive_time", value=value[:40])
    if offset % timedelta(minutes=1) or abs(offset) > timedelta(hours=18):
        raise _BadFieldError(path, "invalid_offset", value=value[:40])
    return parsed.astimezone(UTC), int(offset / timedelta(minutes=1))


def _event(obj: _Obj) -> TimelineEvent:
    at = obj.time("at", required=True)
    assert at is not None
    return TimelineEvent(
        id=obj.identifier(),
        at=at[0],
        offset_minutes=at[1],
        kind=obj.code("kind", EventKind, EventKind.NOTE),
        actor=obj.string("actor"),
        source=obj.code("source", EventSource, EventSource.IMPORT),
        text=obj.string("text", LONG_TEXT_MAX),
        link=obj.text("link", nullable=True),
        key=obj.boolean("key"),
    )


def _factor(obj: _Obj) -> Factor:
    return Factor(
        id=obj.identifier(),
        kind=obj.code("kind", FactorKind, FactorKind.CONTRIBUTING),
        category=obj.code("category", FactorCategory, FactorCategory.TECHNICAL),
        text=obj.string("text", LONG_TEXT_MAX),
        whys=obj.strings("whys", LONG_TEXT_MAX),
    )


def _action(obj: _Obj) -> ActionItem:
    created = obj.time("created_at")
    completed = obj.time("completed_at")
    return ActionItem(
        id=obj.identifier(),
        title=obj.string("title"),
        type=obj.code("type", ActionType, ActionType.PREVENT),
        owner=obj.string("owner"),
        priority=obj.code("priority", Priority, Priority.P2),
        due=obj.day("due"),
        status=obj.code("status", ActionStatus, ActionStatus.OPEN),
        rationale=obj.text("rationale", LONG_TEXT_MAX, nullable=True),
        tracker=obj.text("tracker", nullable=True),
        factor_ids=obj.strings("factors", 36),
        created_at=created[0] if created else utc_now(),
        completed_at=completed[0] if completed else None,
    )


def _dismissal(obj: _Obj) -> Dismissal:
    at = obj.time("dismissed_at")
    return Dismissal(
        rule=obj.string("rule"),
        field_key=obj.string("field"),
        match=obj.string("match"),
        reason=obj.string("reason"),
        dismissed_at=at[0] if at else utc_now(),
    )


def _children(obj: _Obj, key: str, build: Any) -> list[Any]:
    return [build(_Obj(item, f"{obj.at(key)}[{i}]")) for i, item in enumerate(obj.array(key))]


def _postmortem(obj: _Obj) -> Postmortem:
    audiences_obj = _Obj(obj.raw("impact_audiences", {}), obj.at("impact_audiences"))
    audiences = empty_audiences()
    audiences.update({key: audiences_obj.string(key, LONG_TEXT_MAX) for key in AUDIENCES})
    milestones = {name: obj.time(name) for name in MILESTONES}
    created = obj.time("created_at")
    updated = obj.time("updated_at")
    pm = Postmortem(
        id=obj.identifier(),
        title=obj.string("title"),
        language=obj.code("language", Language, Language.EN),
        status=obj.code("status", Status, Status.IN_PROGRESS),
        severity=obj.optional_code("severity", Severity),
        security_incident=obj.boolean("security_incident"),
        team=obj.string("team"),
        services=obj.strings("services"),
        authors=obj.strings("authors"),
        facilitators=obj.strings("facilitators"),
        tags=obj.strings("tags"),
        timezone=obj.string("timezone", 64) or "UTC",
        template=obj.code("template", DocumentTemplate, DocumentTemplate.CDS),
        impact_audiences=audiences,
        timeline=_children(obj, "timeline", _event),
        factors=_children(obj, "factors", _factor),
        actions=_children(obj, "actions", _action),
        dismissals=_children(obj, "dismissals", _dismissal),
    )
    for name, value in milestones.items():
        setattr(pm, name, value[0] if value else None)
    for name in MARKDOWN_SECTIONS:
        setattr(pm, name, obj.string(name, LONG_TEXT_MAX))
    pm.created_at = created[0] if created else utc_now()
    pm.updated_at = updated[0] if updated else pm.created_at
    return pm


def _checked(pm: Postmortem, prefix: str) -> Postmortem:
    problems = validate(pm)
    if problems:
        first = problems[0]
        path = prefix + first.path.removeprefix("postmortem")
        raise _BadFieldError(path, first.code, **first.params)
    return pm


def _decode(data: bytes) -> Any:
    if len(data) > MAX_FILE_BYTES:
        raise PmdeskError("file_too_large", size=len(data), max=MAX_FILE_BYTES)
    if not data.strip():
        raise PmdeskError("empty_file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PmdeskError("not_utf8", offset=error.start) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        at_end = error.pos >= len(text.rstrip()) or error.msg.startswith("Unterminated string")
        if at_end:
            raise PmdeskError("truncated_json", line=error.lineno) from None
        raise PmdeskError("invalid_json", line=error.lineno, column=error.colno) from None
    except ValueError:  # an integer of thousands of digits
        raise PmdeskError("invalid_json", line=1, column=1) from None
    except RecursionError:
        raise PmdeskError("invalid_json", line=1, column=1) from None


def read_document(data: bytes) -> list[Postmortem]:
    """Every postmortem in an interchange file (single or library), or an error naming the first
    bad field. Raises `PmdeskError` for an unreadable file and `InvalidDataError` for bad data."""
    document = _decode(data)
    try:
        root = _Obj(document, "$")
        kind = root.raw("format")
        if kind not in (FORMAT_POSTMORTEM, FORMAT_LIBRARY):
            raise _BadFieldError("format", "wrong_format", value=str(kind)[:80])
        version = root.raw("version")
        if type(version) is not int or version != VERSION:
            raise _BadFieldError(
                "version", "unsupported_version", value=str(version)[:20], supported=1
            )
        if kind == FORMAT_POSTMORTEM:
            return [_checked(_postmortem(_Obj(root.raw("postmortem"), "postmortem")), "postmortem")]
        items = root.raw("postmortems")
        if not isinstance(items, list):
            raise _BadFieldError(
                "postmortems", "wrong_type", expected="array", found=_type_name(items)
            )
        result = []
        seen: set[str] = set()
        for index, item in enumerate(items):
            path = f"postmortems[{index}]"
            pm = _checked(_postmortem(_Obj(item, path)), path)
            if pm.id in seen:
                raise _BadFieldError(f"{path}.id", "duplicate_id", value=pm.id)
            seen.add(pm.id)
            result.append(pm)
        return result
    except _BadFieldError as bad:
        raise InvalidDataError(bad.problem) from None
