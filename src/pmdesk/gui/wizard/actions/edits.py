"""Edits to action items that keep their bookkeeping right (no Qt: plain domain objects)."""

from __future__ import annotations

from datetime import datetime

from pmdesk.domain.enums import ActionStatus
from pmdesk.domain.model import ActionItem, Postmortem, utc_now


def set_status(action: ActionItem, status: ActionStatus, now: datetime | None = None) -> None:
    """Change the status; `completed_at` records when it became done and is cleared otherwise."""
    if status is ActionStatus.DONE:
        if action.status is not ActionStatus.DONE or action.completed_at is None:
            action.completed_at = now or utc_now()
    else:
        action.completed_at = None
    action.status = status


def people(pm: Postmortem) -> list[str]:
    """Likely owners: the postmortem's authors and facilitators, then owners already named."""
    names = [*pm.authors, *pm.facilitators, *(action.owner for action in pm.actions)]
    seen: dict[str, None] = {}
    for name in names:
        if name.strip():
            seen.setdefault(name.strip(), None)
    return list(seen)


def missing(action: ActionItem) -> tuple[bool, bool]:
    """(no owner, no due date) for an action that still needs doing."""
    if action.status in (ActionStatus.DONE, ActionStatus.WONT_DO):
        return False, False
    return not action.owner.strip(), action.due is None
