"""Milestones derived from the timeline: each is the earliest event of its kind, and they keep
their order (impact starts, then detection, mitigation, resolution).

An edit only recomputes the milestones of the kinds it touched, so a milestone typed elsewhere
(an import, the command line) is left alone until an event of its kind is added or removed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from pmdesk.domain.enums import MILESTONES, EventKind
from pmdesk.domain.model import Postmortem, TimelineEvent

MILESTONE_OF_KIND: dict[EventKind, str] = {
    EventKind.IMPACT_START: "impact_start",
    EventKind.DETECTED: "detected_at",
    EventKind.MITIGATED: "mitigated_at",
    EventKind.RESOLVED: "resolved_at",
}
"""The event kinds that set a milestone, and the Postmortem attribute each one sets."""

Milestones = dict[str, datetime | None]


@dataclass(frozen=True)
class MilestoneConflict:
    """`milestone` would fall before `other`, which must come first."""

    milestone: str
    other: str


@dataclass(frozen=True)
class MilestonePlan:
    """The four milestones after an edit, which of them changed, and what breaks their order."""

    values: Milestones
    changed: tuple[str, ...]
    conflict: MilestoneConflict | None


def milestones_of(postmortem: Postmortem) -> Milestones:
    """The postmortem's milestones by attribute name, in order."""
    return {name: getattr(postmortem, name) for name in MILESTONES}


def earliest(events: Iterable[TimelineEvent], kind: EventKind) -> datetime | None:
    """The time of the first event of `kind`, or None when there is none."""
    return min((event.at for event in events if event.kind is kind), default=None)


def touched_kinds(*events: TimelineEvent | None) -> set[EventKind]:
    """The kinds an edit involves: the event before and after it (None for add or delete)."""
    return {event.kind for event in events if event is not None}


def order_conflict(
    values: Mapping[str, datetime | None], changed: Iterable[str]
) -> MilestoneConflict | None:
    """The first pair out of order that involves a changed milestone (older problems are not
    the edit's fault, so they do not block it)."""
    moved = set(changed)
    for first_index, first in enumerate(MILESTONES):
        for second in MILESTONES[first_index + 1 :]:
            early, late = values.get(first), values.get(second)
            if early is None or late is None or late >= early:
                continue
            if first in moved or second in moved:
                return MilestoneConflict(milestone=second, other=first)
    return None


def plan_milestones(
    current: Mapping[str, datetime | None],
    timeline: Sequence[TimelineEvent],
    kinds: Iterable[EventKind],
) -> MilestonePlan:
    """Milestones once `timeline` (the edited one) replaces the old: the touched milestone
    kinds take their earliest event, or none when no event of that kind remains."""
    values: Milestones = {name: current.get(name) for name in MILESTONES}
    for kind in kinds:
        name = MILESTONE_OF_KIND.get(kind)
        if name is not None:
            values[name] = earliest(timeline, kind)
    changed = tuple(name for name in MILESTONES if values[name] != current.get(name))
    return MilestonePlan(values, changed, order_conflict(values, changed))


def apply_milestones(postmortem: Postmortem, values: Mapping[str, datetime | None]) -> None:
    """Write milestone values onto the postmortem."""
    for name in MILESTONES:
        setattr(postmortem, name, values.get(name))


def apply_entry_change(
    timeline: list[TimelineEvent],
    index: int,
    old: TimelineEvent | None,
    new: TimelineEvent | None,
) -> None:
    """At entry position `index`: insert `new` (no `old`), remove (no `new`), or replace."""
    if old is None and new is not None:
        timeline.insert(index, new)
    elif new is None:
        del timeline[index]
    else:
        timeline[index] = new
