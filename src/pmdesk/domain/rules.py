"""Invariants of a postmortem, reported as codes with a field path (the GUI and CLI word them).

Every state pmdesk saves satisfies these rules, so anything it exports can be imported again.
Drafts stay easy: the ownership rules only apply once a postmortem leaves `in_progress`.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache

from pmdesk.domain.enums import AUDIENCES, MARKDOWN_SECTIONS, MILESTONES, ActionStatus, Status
from pmdesk.domain.model import Postmortem

SHORT_TEXT_MAX = 1_000
"""Longest title, name, owner, tag or link, in characters."""
LONG_TEXT_MAX = 1_000_000
"""Longest Markdown section or event text, in characters (about 200 pages)."""
MAX_OFFSET_MINUTES = 18 * 60
"""UTC offsets beyond ±18 h do not exist anywhere."""


@dataclass(frozen=True)
class Problem:
    """One broken rule: where (`postmortem.actions[2].owner`), what (a code) and its values."""

    path: str
    code: str
    params: dict[str, str | int] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.path}: {self.code}"


@cache
def known_timezones() -> frozenset[str]:
    """The IANA zone names this installation knows (from the tzdata package)."""
    host_dependent = {"localtime", "Factory"}
    return frozenset(zoneinfo.available_timezones() - host_dependent) | {"UTC"}


def text_problem(path: str, value: str, limit: int) -> Problem | None:
    """A problem with one piece of text: too long, or holding characters no file can store."""
    if len(value) > limit:
        return Problem(path, "too_long", {"max": limit, "length": len(value)})
    if "\x00" in value:
        return Problem(path, "invalid_character", {"character": "U+0000"})
    for char in value:
        if "\ud800" <= char <= "\udfff":
            return Problem(path, "invalid_character", {"character": f"U+{ord(char):04X}"})
    return None


def time_problem(path: str, value: datetime | None) -> Problem | None:
    """A time must carry its offset; a naive time is ambiguous across zones."""
    if value is not None and value.utcoffset() is None:
        return Problem(path, "naive_time")
    return None


def validate(postmortem: Postmortem) -> list[Problem]:
    """Every broken rule of `postmortem`, in document order (empty when valid)."""
    return list(_problems(postmortem))


def _problems(pm: Postmortem) -> Iterator[Problem]:
    root = "postmortem"
    leaving_draft = pm.status is not Status.IN_PROGRESS
    yield from _texts(pm, root)
    if pm.timezone not in known_timezones():
        yield Problem(f"{root}.timezone", "invalid_timezone", {"value": pm.timezone})
    if leaving_draft and not pm.title.strip():
        yield Problem(f"{root}.title", "required_once_open")
    yield from _milestones(pm, root)
    yield from _timeline(pm, root)
    factor_ids = {factor.id for factor in pm.factors}
    yield from _duplicates(f"{root}.factors", [factor.id for factor in pm.factors])
    for index, action in enumerate(pm.actions):
        path = f"{root}.actions[{index}]"
        for ref in action.factor_ids:
            if ref not in factor_ids:
                yield Problem(f"{path}.factors", "unknown_factor", {"value": ref})
        if leaving_draft and action.status is not ActionStatus.WONT_DO:
            if not action.owner.strip():
                yield Problem(f"{path}.owner", "required_once_open")
            if action.due is None:
                yield Problem(f"{path}.due", "required_once_open")
        wont_do = action.status is ActionStatus.WONT_DO
        if leaving_draft and wont_do and not (action.rationale or "").strip():
            yield Problem(f"{path}.rationale", "required_once_open")
        problem = time_problem(f"{path}.created_at", action.created_at)
        problem = problem or time_problem(f"{path}.completed_at", action.completed_at)
        if problem:
            yield problem
    yield from _duplicates(f"{root}.actions", [action.id for action in pm.actions])
    for index, dismissal in enumerate(pm.dismissals):
        problem = time_problem(f"{root}.dismissals[{index}].dismissed_at", dismissal.dismissed_at)
        if problem:
            yield problem
    for name in ("created_at", "updated_at"):
        problem = time_problem(f"{root}.{name}", getattr(pm, name))
        if problem:
            yield problem


def _texts(pm: Postmortem, root: str) -> Iterator[Problem]:
    shorts: list[tuple[str, str]] = [("title", pm.title), ("team", pm.team)]
    for name in ("services", "authors", "facilitators", "tags"):
        shorts += [(f"{name}[{i}]", item) for i, item in enumerate(getattr(pm, name))]
    longs = [(name, getattr(pm, name)) for name in MARKDOWN_SECTIONS]
    longs += [(f"impact_audiences.{key}", pm.impact_audiences.get(key, "")) for key in AUDIENCES]
    for index, event in enumerate(pm.timeline):
        path = f"timeline[{index}]"
        shorts += [(f"{path}.actor", event.actor), (f"{path}.link", event.link or "")]
        longs.append((f"{path}.text", event.text))
    for index, factor in enumerate(pm.factors):
        longs.append((f"factors[{index}].text", factor.text))
        longs += [(f"factors[{index}].whys[{i}]", why) for i, why in enumerate(factor.whys)]
    for index, action in enumerate(pm.actions):
        path = f"actions[{index}]"
        shorts += [(f"{path}.title", action.title), (f"{path}.owner", action.owner)]
        shorts.append((f"{path}.tracker", action.tracker or ""))
        longs.append((f"{path}.rationale", action.rationale or ""))
    for index, dismissal in enumerate(pm.dismissals):
        path = f"dismissals[{index}]"
        shorts += [(f"{path}.rule", dismissal.rule), (f"{path}.field", dismissal.field_key)]
        shorts += [(f"{path}.match", dismissal.match), (f"{path}.reason", dismissal.reason)]
    for limit, items in ((SHORT_TEXT_MAX, shorts), (LONG_TEXT_MAX, longs)):
        for path, value in items:
            problem = text_problem(f"{root}.{path}", value, limit)
            if problem:
                yield problem


def _milestones(pm: Postmortem, root: str) -> Iterator[Problem]:
    previous: tuple[str, datetime] | None = None
    for name in MILESTONES:
        value: datetime | None = getattr(pm, name)
        problem = time_problem(f"{root}.{name}", value)
        if problem:
            yield problem
            continue
        if value is None:
            continue
        if previous is not None and value < previous[1]:
            yield Problem(f"{root}.{name}", "before_milestone", {"milestone": previous[0]})
        previous = (name, value)


def _timeline(pm: Postmortem, root: str) -> Iterator[Problem]:
    for index, event in enumerate(pm.timeline):
        path = f"{root}.timeline[{index}]"
        problem = time_problem(f"{path}.at", event.at)
        if problem:
            yield problem
        if abs(event.offset_minutes) > MAX_OFFSET_MINUTES:
            yield Problem(f"{path}.at", "invalid_offset", {"value": event.offset_minutes})
    yield from _duplicates(f"{root}.timeline", [event.id for event in pm.timeline])


def _duplicates(path: str, ids: list[str]) -> Iterator[Problem]:
    seen: set[str] = set()
    for index, item_id in enumerate(ids):
        if item_id in seen:
            yield Problem(f"{path}[{index}].id", "duplicate_id", {"value": item_id})
        seen.add(item_id)
