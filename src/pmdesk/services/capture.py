"""Live capture: append one event to a postmortem's timeline, committed before returning.

Capture happens during an incident, so it must be quick and must never rewrite the rest of the
postmortem: it inserts one row and touches the postmortem's `updated_at`, nothing else.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update

from pmdesk.domain.enums import EventKind, EventSource
from pmdesk.domain.errors import InvalidDataError
from pmdesk.domain.model import TimelineEvent, utc_now
from pmdesk.domain.rules import LONG_TEXT_MAX, SHORT_TEXT_MAX, text_problem
from pmdesk.storage.database import Database
from pmdesk.storage.repository import PostmortemRepository
from pmdesk.storage.schema import postmortems, timeline_events
from pmdesk.timeline.timestamps import offset_minutes, parse_moment


def capture_event(
    database: Database,
    postmortem_id: str,
    text: str,
    kind: EventKind = EventKind.NOTE,
    at: str | None = None,
    actor: str = "",
    source: EventSource = EventSource.CAPTURE,
) -> str:
    """Append an event (now, or at `at` read in the postmortem's zone); returns its id."""
    for path, value, limit in (
        ("event.text", text, LONG_TEXT_MAX),
        ("event.actor", actor, SHORT_TEXT_MAX),
    ):
        problem = text_problem(path, value, limit)
        if problem:
            raise InvalidDataError(problem)
    with database.writing() as session:
        repository = PostmortemRepository(session)
        full_id = repository.resolve(postmortem_id)
        zone_name = session.scalar(
            select(postmortems.c.timezone).where(postmortems.c.id == full_id)
        )
        zone = ZoneInfo(zone_name or "UTC")
        if at is None:
            moment = utc_now()
            offset = offset_minutes(moment.astimezone(zone))
        else:
            moment, offset = parse_moment(at, zone, today=datetime.now(zone).date())
        last = session.scalar(
            select(func.max(timeline_events.c.position)).where(
                timeline_events.c.postmortem_id == full_id
            )
        )
        event = TimelineEvent(
            at=moment, offset_minutes=offset, text=text, kind=kind, actor=actor, source=source
        )
        event.postmortem_id = full_id  # type: ignore[attr-defined]  # mapped foreign key
        event.position = (last if last is not None else -1) + 1  # type: ignore[attr-defined]
        session.add(event)
        session.execute(
            update(postmortems).where(postmortems.c.id == full_id).values(updated_at=utc_now())
        )
    return event.id
