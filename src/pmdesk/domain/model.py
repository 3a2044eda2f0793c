"""The postmortem aggregate as plain dataclasses: no Qt, no SQLAlchemy.

Times are timezone-aware and held in UTC; a timeline event also keeps the UTC offset it was
written with, so a time typed as 10:02 in Toronto is shown back as 10:02-05:00.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone

from pmdesk.domain.enums import (
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


def new_id() -> str:
    """A fresh identifier: a random UUID in its canonical text form."""
    return str(uuid.uuid4())


def utc_now() -> datetime:
    """Now, in UTC, to the microsecond (what the database keeps)."""
    return datetime.now(UTC)


def empty_audiences() -> dict[str, str]:
    """Impact text per audience, all blank."""
    return {"end_users": "", "staff": "", "other_departments": "", "other": ""}


@dataclass
class TimelineEvent:
    """Something that happened during the incident, at a moment in time."""

    at: datetime
    text: str = ""
    offset_minutes: int = 0
    kind: EventKind = EventKind.NOTE
    actor: str = ""
    source: EventSource = EventSource.MANUAL
    link: str | None = None
    key: bool = False
    id: str = field(default_factory=new_id)

    @property
    def local_at(self) -> datetime:
        """The event time at the offset it was written with."""
        return self.at.astimezone(timezone(timedelta(minutes=self.offset_minutes)))


@dataclass
class Factor:
    """A cause (root or contributing) or a mitigator, with its five-whys chain."""

    text: str = ""
    kind: FactorKind = FactorKind.CONTRIBUTING
    category: FactorCategory = FactorCategory.TECHNICAL
    whys: list[str] = field(default_factory=list)
    id: str = field(default_factory=new_id)


@dataclass
class ActionItem:
    """Follow-up work with an owner and a due date; `factor_ids` name the causes it addresses."""

    title: str = ""
    type: ActionType = ActionType.PREVENT
    owner: str = ""
    priority: Priority = Priority.P2
    due: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    rationale: str | None = None
    tracker: str | None = None
    factor_ids: list[str] = field(default_factory=list)
    created_at: datetime = field(default_factory=utc_now)
    completed_at: datetime | None = None
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Dismissal:
    """A wording finding the writers chose to keep, with their reason.

    It silences one rule on one piece of wording in one field (`summary`,
    `timeline/<event id>/text`), wherever that wording appears in the field."""

    rule: str
    field_key: str
    match: str
    reason: str = ""
    dismissed_at: datetime = field(default_factory=utc_now)

    def covers(self, rule: str, field_key: str, match: str) -> bool:
        """Whether this dismissal silences `rule` matching `match` in `field_key`."""
        return (
            self.rule == rule
            and self.field_key == field_key
            and self.match.casefold() == match.casefold()
        )


@dataclass
class Postmortem:
    """One incident's postmortem: the aggregate that is saved, exported and imported whole."""

    title: str = ""
    language: Language = Language.EN
    status: Status = Status.IN_PROGRESS
    severity: Severity | None = None
    security_incident: bool = False
    team: str = ""
    services: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    facilitators: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    timezone: str = "UTC"
    template: DocumentTemplate = DocumentTemplate.CDS
    impact_start: datetime | None = None
    detected_at: datetime | None = None
    mitigated_at: datetime | None = None
    resolved_at: datetime | None = None
    summary: str = ""
    impact: str = ""
    trigger: str = ""
    detection: str = ""
    resolution: str = ""
    went_well: str = ""
    went_wrong: str = ""
    lucky: str = ""
    lessons: str = ""
    impact_audiences: dict[str, str] = field(default_factory=empty_audiences)
    timeline: list[TimelineEvent] = field(default_factory=list)
    factors: list[Factor] = field(default_factory=list)
    actions: list[ActionItem] = field(default_factory=list)
    dismissals: list[Dismissal] = field(default_factory=list)
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)
    id: str = field(default_factory=new_id)

    def sorted_timeline(self) -> list[TimelineEvent]:
        """Events in the order they happened; ties keep the order they were written in."""
        return sorted(self.timeline, key=lambda event: event.at)
