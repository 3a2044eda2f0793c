"""Milestones follow the timeline: the earliest event of each kind, never out of order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pmdesk.domain.enums import EventKind
from pmdesk.domain.model import Postmortem, TimelineEvent
from pmdesk.timeline.milestones import (
    MilestoneConflict,
    apply_milestones,
    earliest,
    milestones_of,
    order_conflict,
    plan_milestones,
    touched_kinds,
)

T0 = datetime(2026, 3, 1, 15, 0, tzinfo=UTC)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def event(minutes: int, kind: EventKind = EventKind.NOTE) -> TimelineEvent:
    return TimelineEvent(at=at(minutes), kind=kind, text=f"{kind} at +{minutes}")


def empty() -> dict[str, datetime | None]:
    return milestones_of(Postmortem())


def test_each_milestone_is_the_earliest_event_of_its_kind():
    timeline = [
        event(30, EventKind.DETECTED),
        event(5, EventKind.IMPACT_START),
        event(10, EventKind.DETECTED),
        event(60, EventKind.RESOLVED),
        event(1, EventKind.NOTE),
    ]
    plan = plan_milestones(empty(), timeline, set(EventKind))
    assert plan.values == {
        "impact_start": at(5),
        "detected_at": at(10),
        "mitigated_at": None,
        "resolved_at": at(60),
    }
    assert plan.changed == ("impact_start", "detected_at", "resolved_at")
    assert plan.conflict is None


def test_only_the_touched_kinds_are_recomputed():
    typed_elsewhere = {**empty(), "detected_at": at(7)}
    plan = plan_milestones(typed_elsewhere, [event(3, EventKind.IMPACT_START)], {EventKind.NOTE})
    assert plan.values == typed_elsewhere
    assert plan.changed == ()


def test_a_milestone_is_cleared_when_no_event_of_its_kind_remains():
    current = {**empty(), "mitigated_at": at(20)}
    plan = plan_milestones(current, [event(20, EventKind.NOTE)], {EventKind.MITIGATED})
    assert plan.values["mitigated_at"] is None
    assert plan.changed == ("mitigated_at",)


def test_a_milestone_before_an_earlier_one_is_a_conflict():
    current = {**empty(), "detected_at": at(10)}
    plan = plan_milestones(current, [event(5, EventKind.RESOLVED)], {EventKind.RESOLVED})
    assert plan.conflict == MilestoneConflict(milestone="resolved_at", other="detected_at")


def test_equal_times_are_in_order():
    current = {**empty(), "impact_start": at(10)}
    plan = plan_milestones(current, [event(10, EventKind.DETECTED)], {EventKind.DETECTED})
    assert plan.conflict is None


def test_an_old_disorder_does_not_block_an_unrelated_edit():
    broken = {**empty(), "impact_start": at(30), "detected_at": at(10)}
    assert order_conflict(broken, ["resolved_at"]) is None
    expected = MilestoneConflict("detected_at", "impact_start")
    assert order_conflict(broken, ["detected_at"]) == expected


def test_deleting_the_earliest_of_a_kind_can_break_the_order():
    timeline = [event(40, EventKind.DETECTED), event(20, EventKind.MITIGATED)]
    current = {**empty(), "detected_at": at(10), "mitigated_at": at(20)}
    plan = plan_milestones(current, timeline, {EventKind.DETECTED})
    assert plan.values["detected_at"] == at(40)
    assert plan.conflict == MilestoneConflict(milestone="mitigated_at", other="detected_at")


def test_helpers():
    pm = Postmortem()
    apply_milestones(pm, {**empty(), "resolved_at": at(9)})
    assert pm.resolved_at == at(9)
    assert milestones_of(pm)["resolved_at"] == at(9)
    assert earliest([event(3), event(1)], EventKind.NOTE) == at(1)
    assert earliest([], EventKind.NOTE) is None
    assert touched_kinds(None, event(1, EventKind.DETECTED), event(2)) == {
        EventKind.DETECTED,
        EventKind.NOTE,
    }


def test_an_entry_change_inserts_removes_or_replaces_in_place():
    from datetime import UTC, datetime

    from pmdesk.domain.model import TimelineEvent
    from pmdesk.timeline.milestones import apply_entry_change

    moment = datetime(2026, 3, 1, tzinfo=UTC)
    first, second, third = (TimelineEvent(at=moment, text=t) for t in ("a", "b", "c"))
    events = [first, second]
    apply_entry_change(events, 1, None, third)
    assert events == [first, third, second]
    apply_entry_change(events, 0, first, None)
    assert events == [third, second]
    apply_entry_change(events, 1, second, first)
    assert events == [third, first]


def test_times_the_clocks_skipped_are_recognised():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from pmdesk.timeline.timestamps import wall_clock_exists

    toronto = ZoneInfo("America/Toronto")
    assert not wall_clock_exists(datetime(2026, 3, 8, 2, 30, tzinfo=toronto))
    assert wall_clock_exists(datetime(2026, 3, 8, 3, 30, tzinfo=toronto))
    assert wall_clock_exists(datetime(2026, 11, 1, 1, 30, tzinfo=toronto)), "a repeated hour exists"
