"""Writing the interchange format, version 1 (DESIGN.md): the JSON users share between laptops.

Key names and order are a public contract. Times are ISO 8601 with an offset: milestones and
record times in UTC, timeline events at the offset they were written with. Output is
deterministic (same postmortem, same bytes) so files diff cleanly in a repository.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from pmdesk.domain.enums import AUDIENCES, MARKDOWN_SECTIONS, MILESTONES
from pmdesk.domain.model import ActionItem, Dismissal, Factor, Postmortem, TimelineEvent

FORMAT_POSTMORTEM = "pmdesk.postmortem"
FORMAT_LIBRARY = "pmdesk.library"
VERSION = 1


def format_time(value: datetime | None) -> str | None:
    """A UTC time as ISO 8601 with its `+00:00` offset."""
    return None if value is None else value.astimezone(UTC).isoformat()


def format_date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def event_to_dict(event: TimelineEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "at": event.local_at.isoformat(),
        "kind": event.kind.value,
        "actor": event.actor,
        "source": event.source.value,
        "text": event.text,
        "link": event.link,
        "key": event.key,
    }


def factor_to_dict(factor: Factor) -> dict[str, Any]:
    return {
        "id": factor.id,
        "kind": factor.kind.value,
        "category": factor.category.value,
        "text": factor.text,
        "whys": list(factor.whys),
    }


def action_to_dict(action: ActionItem) -> dict[str, Any]:
    return {
        "id": action.id,
        "title": action.title,
        "type": action.type.value,
        "owner": action.owner,
        "priority": action.priority.value,
        "due": format_date(action.due),
        "status": action.status.value,
        "rationale": action.rationale,
        "tracker": action.tracker,
        "factors": list(action.factor_ids),
        "created_at": format_time(action.created_at),
        "completed_at": format_time(action.completed_at),
    }


def dismissal_to_dict(dismissal: Dismissal) -> dict[str, Any]:
    return {
        "rule": dismissal.rule,
        "field": dismissal.field_key,
        "match": dismissal.match,
        "reason": dismissal.reason,
        "dismissed_at": format_time(dismissal.dismissed_at),
    }


def postmortem_to_dict(pm: Postmortem) -> dict[str, Any]:
    """The `postmortem` object of the interchange format."""
    data: dict[str, Any] = {
        "id": pm.id,
        "title": pm.title,
        "language": pm.language.value,
        "status": pm.status.value,
        "severity": pm.severity.value if pm.severity else None,
        "security_incident": pm.security_incident,
        "team": pm.team,
        "services": list(pm.services),
        "authors": list(pm.authors),
        "facilitators": list(pm.facilitators),
        "tags": list(pm.tags),
        "timezone": pm.timezone,
        "template": pm.template.value,
    }
    data.update({name: format_time(getattr(pm, name)) for name in MILESTONES})
    data.update({name: getattr(pm, name) for name in MARKDOWN_SECTIONS})
    data["impact_audiences"] = {key: pm.impact_audiences.get(key, "") for key in AUDIENCES}
    data["timeline"] = [event_to_dict(event) for event in pm.sorted_timeline()]
    data["factors"] = [factor_to_dict(factor) for factor in pm.factors]
    data["actions"] = [action_to_dict(action) for action in pm.actions]
    data["dismissals"] = [dismissal_to_dict(item) for item in pm.dismissals]
    data["created_at"] = format_time(pm.created_at)
    data["updated_at"] = format_time(pm.updated_at)
    return data


def _serialise(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def dump_postmortem(pm: Postmortem) -> str:
    """One postmortem as an interchange file's text."""
    return _serialise(
        {"format": FORMAT_POSTMORTEM, "version": VERSION, "postmortem": postmortem_to_dict(pm)}
    )


def dump_library(postmortems: Iterable[Postmortem]) -> str:
    """Many postmortems as one library file's text."""
    items = [postmortem_to_dict(pm) for pm in postmortems]
    return _serialise({"format": FORMAT_LIBRARY, "version": VERSION, "postmortems": items})
