"""One row of the library list: a postmortem's headline facts, without its content."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pmdesk.domain.enums import Severity, Status


@dataclass(frozen=True)
class PostmortemSummary:
    """One row of the library list: what is shown without loading the whole postmortem."""

    id: str
    title: str
    status: Status
    severity: Severity | None
    incident_at: datetime | None
    updated_at: datetime
