"""Loading and saving whole postmortems inside a unit of work (`Database.reading/writing`).

Callers hold plain domain objects between actions; `save` merges such an object (new or loaded
earlier) into the session, so the GUI never keeps a session open across user actions.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, raiseload

from pmdesk.domain.errors import PmdeskError
from pmdesk.domain.model import Postmortem
from pmdesk.domain.summary import PostmortemSummary
from pmdesk.storage.schema import postmortems

SHORTEST_ID_PREFIX = 4


class PostmortemRepository:
    """Postmortems in one session; every method works on whole aggregates."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, postmortem_id: str, with_children: bool = True) -> Postmortem:
        """The postmortem with this exact id, with its events, factors and actions loaded
        (or, without children, just its own row: touching a list then raises)."""
        options = [] if with_children else [raiseload("*")]
        found = self.session.get(Postmortem, postmortem_id, options=options)
        if found is None:
            raise PmdeskError("not_found", id=postmortem_id)
        return found

    def exists(self, postmortem_id: str) -> bool:
        query = select(func.count()).where(postmortems.c.id == postmortem_id)
        return bool(self.session.scalar(query))

    def resolve(self, prefix: str) -> str:
        """The full id of the one postmortem whose id starts with `prefix` (like git)."""
        if self.exists(prefix):
            return prefix
        prefix = prefix.strip().lower()
        if self.exists(prefix):
            return prefix
        if len(prefix) < SHORTEST_ID_PREFIX or not all(c in "0123456789abcdef-" for c in prefix):
            raise PmdeskError("not_found", id=prefix)
        query = select(postmortems.c.id).where(postmortems.c.id.startswith(prefix)).limit(2)
        matches = list(self.session.scalars(query))
        if not matches:
            raise PmdeskError("not_found", id=prefix)
        if len(matches) > 1:
            raise PmdeskError("ambiguous_id", id=prefix)
        return matches[0]

    def summaries(self) -> list[PostmortemSummary]:
        """Every postmortem's list row, most recently updated first."""
        columns = postmortems.c
        query = select(
            columns.id,
            columns.title,
            columns.status,
            columns.severity,
            func.coalesce(columns.impact_start, columns.detected_at),
            columns.updated_at,
        ).order_by(columns.updated_at.desc(), columns.id)
        rows = self.session.execute(query)
        return [
            PostmortemSummary(
                id=row[0],
                title=row[1],
                status=row[2],
                severity=row[3],
                incident_at=_as_utc(row[4]),
                updated_at=row[5],
            )
            for row in rows
        ]

    def ids(self) -> list[str]:
        """Every postmortem id, oldest first (the order a library export lists them in)."""
        query = select(postmortems.c.id).order_by(postmortems.c.created_at, postmortems.c.id)
        return list(self.session.scalars(query))

    def iterate(self, ids: Sequence[str], batch: int = 200) -> Iterator[Postmortem]:
        """Whole postmortems for `ids`, loaded a batch at a time, in the order given."""
        for start in range(0, len(ids), batch):
            chunk = list(ids[start : start + batch])
            query = select(Postmortem).where(postmortems.c.id.in_(chunk))
            loaded = {pm.id: pm for pm in self.session.scalars(query)}
            for postmortem_id in chunk:
                yield loaded[postmortem_id]

    def save(self, postmortem: Postmortem) -> Postmortem:
        """Insert or update the whole aggregate; children removed from its lists are deleted."""
        for children in (postmortem.timeline, postmortem.factors, postmortem.actions):
            for position, child in enumerate(children):
                child.position = position  # type: ignore[attr-defined]  # mapped column
        merged = self.session.merge(postmortem)
        self.session.flush()
        return merged

    def add_new(self, postmortem: Postmortem) -> None:
        """Insert a postmortem known to be new (faster than `save`: no lookup first)."""
        for children in (postmortem.timeline, postmortem.factors, postmortem.actions):
            for position, child in enumerate(children):
                child.position = position  # type: ignore[attr-defined]  # mapped column
        self.session.add(postmortem)

    def delete(self, postmortem_id: str) -> None:
        """Delete a postmortem and (by cascade) everything in it."""
        result = self.session.execute(delete(postmortems).where(postmortems.c.id == postmortem_id))
        if not result.rowcount:  # type: ignore[attr-defined]
            raise PmdeskError("not_found", id=postmortem_id)


def _as_utc(value: object) -> datetime | None:
    """`coalesce` loses the column type, so the UTC text comes back raw."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))
