"""Autosave of a postmortem being edited: small patches applied off the interface thread.

The editor owns the postmortem it shows; what it hands to the save thread is a `DraftPatch`
holding copies (never the objects the widgets keep editing), so the two threads share nothing.
A patch carries only what changed: typing into the summary saves the summary, not the 2,000
timeline events beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, TypeVar

from pmdesk.domain.errors import InvalidDataError
from pmdesk.domain.model import ActionItem, Factor, Postmortem, TimelineEvent, utc_now
from pmdesk.domain.rules import validate
from pmdesk.storage.database import Database
from pmdesk.storage.repository import PostmortemRepository

COLLECTIONS = ("timeline", "factors", "actions")
T = TypeVar("T", TimelineEvent, Factor, ActionItem)


def clone(item: T) -> T:
    """A fresh, unattached copy of a timeline event, factor or action (lists copied too)."""
    values = {
        spec.name: list(value) if isinstance(value := getattr(item, spec.name), list) else value
        for spec in fields(item)
    }
    return type(item)(**values)


def copy_value(value: Any) -> Any:
    """A copy of a scalar field's value that the editor cannot change behind the saver's back."""
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value


@dataclass
class DraftPatch:
    """What changed in one postmortem since the last save, as copies."""

    postmortem_id: str
    sequence: int
    scalars: dict[str, Any] = field(default_factory=dict)
    collections: dict[str, list[Any]] = field(default_factory=dict)
    known_ids: dict[str, set[str]] = field(default_factory=dict)
    """Per collection, every child id the editor has seen: a stored child outside this set was
    added elsewhere (a live capture) and is kept; one inside it but not sent was deleted."""

    @classmethod
    def from_changes(
        cls,
        pm: Postmortem,
        names: set[str],
        sequence: int,
        known_ids: dict[str, set[str]] | None = None,
    ) -> DraftPatch:
        """Copy the fields named in `names` out of the postmortem being edited."""
        patch = cls(postmortem_id=pm.id, sequence=sequence)
        for name in sorted(names):
            if name in COLLECTIONS:
                items = [clone(item) for item in getattr(pm, name)]
                patch.collections[name] = items
                if known_ids is not None:
                    seen = set(known_ids.get(name, set()))
                    patch.known_ids[name] = seen | {item.id for item in items}
            else:
                patch.scalars[name] = copy_value(getattr(pm, name))
        return patch

    def merge(self, later: DraftPatch) -> DraftPatch:
        """One patch with the effect of this one followed by `later`."""
        return DraftPatch(
            postmortem_id=self.postmortem_id,
            sequence=later.sequence,
            scalars={**self.scalars, **later.scalars},
            collections={**self.collections, **later.collections},
            known_ids={**self.known_ids, **later.known_ids},
        )


SCALARS = tuple(spec.name for spec in fields(Postmortem) if spec.name not in (*COLLECTIONS, "id"))


def _check_scalars(pm: Postmortem) -> None:
    """The rules for a postmortem's own fields, checked without reading its lists.

    Rules that involve the lists (owners, due dates) matter when the status leaves
    `in_progress`; the editor checks those against the whole postmortem before it sends the
    status, so a scalar patch only has to respect the others."""
    probe = Postmortem(**{name: getattr(pm, name) for name in SCALARS})
    problems = validate(probe)
    if problems:
        raise InvalidDataError(problems[0], problems)


def apply_patch(database: Database, patch: DraftPatch) -> datetime:
    """Write a patch in one transaction if the result is valid; returns the new `updated_at`."""
    with database.writing() as session:
        repository = PostmortemRepository(session)
        # Typing into a section changes one column: leave the 2,000 timeline rows unread.
        pm = repository.get(patch.postmortem_id, with_children=bool(patch.collections))
        for name, value in patch.scalars.items():
            setattr(pm, name, value)
        if not patch.collections:
            _check_scalars(pm)
        for name, items in patch.collections.items():
            sent = {item.id for item in items}
            known = patch.known_ids.get(name)
            added_elsewhere = [
                child
                for child in getattr(pm, name)
                if known is not None and child.id not in sent and child.id not in known
            ]
            with session.no_autoflush:  # a half-merged list must not be written early
                merged = [session.merge(item) for item in items]
            setattr(pm, name, merged + added_elsewhere)
        if patch.collections:
            problems = validate(pm)
            if problems:
                raise InvalidDataError(problems[0], problems)
        pm.updated_at = utc_now()
        for name in patch.collections:
            for position, child in enumerate(getattr(pm, name)):
                child.position = position  # type: ignore[attr-defined]  # mapped column
        return pm.updated_at
