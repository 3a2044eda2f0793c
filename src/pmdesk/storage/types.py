"""Column types that keep domain values exact on every database SQLAlchemy speaks."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from pmdesk.domain.errors import PmdeskError
from pmdesk.domain.model import Dismissal


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as UTC ISO text, so SQLite keeps the zone and the microseconds."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.utcoffset() is None:
            raise ValueError("naive datetime refused: pmdesk stores aware times only")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value).astimezone(UTC)


class CodeEnum(TypeDecorator[StrEnum]):
    """A StrEnum stored as its code in a plain string column: new codes need no DDL."""

    impl = String(32)
    cache_ok = True

    def __init__(self, enum_class: type[StrEnum]) -> None:
        super().__init__()
        self.enum_class = enum_class

    def process_bind_param(self, value: StrEnum | str | None, dialect: Dialect) -> str | None:
        return None if value is None else self.enum_class(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> StrEnum | None:
        if value is None:
            return None
        try:
            return self.enum_class(value)
        except ValueError:  # written by a newer pmdesk that knows more codes
            raise PmdeskError("unknown_stored_value", value=str(value)[:40]) from None


class JSONList(TypeDecorator[list[Any]]):
    """A list of strings kept as JSON; always a list, never NULL, when read back."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: list[Any] | None, dialect: Dialect) -> list[Any]:
        return list(value or [])

    def process_result_value(self, value: list[Any] | None, dialect: Dialect) -> list[Any]:
        return list(value or [])


class JSONDict(TypeDecorator[dict[str, Any]]):
    """A dict of strings kept as JSON; always a dict when read back."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: dict[str, Any] | None, dialect: Dialect) -> dict[str, Any]:
        return dict(value or {})

    def process_result_value(
        self, value: dict[str, Any] | None, dialect: Dialect
    ) -> dict[str, Any]:
        return dict(value or {})


class DismissalList(TypeDecorator[list[Dismissal]]):
    """The wording findings a postmortem's writers dismissed, kept as one JSON array."""

    impl = JSON
    cache_ok = True

    def process_bind_param(
        self, value: list[Dismissal] | None, dialect: Dialect
    ) -> list[dict[str, str]]:
        return [
            {
                "rule": item.rule,
                "field": item.field_key,
                "match": item.match,
                "reason": item.reason,
                "dismissed_at": item.dismissed_at.astimezone(UTC).isoformat(),
            }
            for item in value or []
        ]

    def process_result_value(
        self, value: list[dict[str, str]] | None, dialect: Dialect
    ) -> list[Dismissal]:
        return [
            Dismissal(
                rule=item["rule"],
                field_key=item["field"],
                match=item["match"],
                reason=item.get("reason", ""),
                dismissed_at=datetime.fromisoformat(item["dismissed_at"]),
            )
            for item in value or []
        ]
