"""Durations derived from the milestones: never typed by hand, so never out of date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from pmdesk.domain.model import Postmortem


@dataclass(frozen=True)
class Metrics:
    """Time from the start of impact to each later milestone; None where a milestone is missing."""

    time_to_detect: timedelta | None
    time_to_mitigate: timedelta | None
    time_to_resolve: timedelta | None
    impact_duration: timedelta | None


def metrics(postmortem: Postmortem) -> Metrics:
    """The incident's durations. Impact lasts until mitigation, or resolution if never mitigated."""
    start = postmortem.impact_start

    def since_start(end: datetime | None) -> timedelta | None:
        return None if start is None or end is None else end - start

    impact_end = postmortem.mitigated_at or postmortem.resolved_at
    return Metrics(
        time_to_detect=since_start(postmortem.detected_at),
        time_to_mitigate=since_start(postmortem.mitigated_at),
        time_to_resolve=since_start(postmortem.resolved_at),
        impact_duration=since_start(impact_end),
    )
