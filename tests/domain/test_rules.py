"""The invariants every saved postmortem satisfies, reported as codes with field paths."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from pmdesk.domain import (
    ActionItem,
    ActionStatus,
    Factor,
    Postmortem,
    Status,
    TimelineEvent,
    metrics,
    validate,
)
from pmdesk.domain.rules import LONG_TEXT_MAX, SHORT_TEXT_MAX

T0 = datetime(2026, 3, 1, 14, 2, tzinfo=UTC)


def codes(pm: Postmortem) -> list[tuple[str, str]]:
    return [(problem.path, problem.code) for problem in validate(pm)]


def test_a_new_draft_is_valid():
    assert validate(Postmortem()) == []


def test_resolved_before_detected_is_reported_on_the_later_milestone():
    pm = Postmortem(detected_at=T0, resolved_at=T0 - timedelta(minutes=1))
    assert codes(pm) == [("postmortem.resolved_at", "before_milestone")]
    assert validate(pm)[0].params == {"milestone": "detected_at"}


def test_milestones_in_order_with_gaps_are_valid():
    pm = Postmortem(impact_start=T0, resolved_at=T0 + timedelta(hours=1))
    assert validate(pm) == []


def test_naive_times_are_refused():
    pm = Postmortem(detected_at=datetime(2026, 3, 1, 14, 2))
    assert codes(pm) == [("postmortem.detected_at", "naive_time")]


def test_drafts_may_have_actions_without_owner_or_due_date():
    pm = Postmortem(actions=[ActionItem(title="Add an alert")])
    assert validate(pm) == []


def test_owner_and_due_are_required_once_the_postmortem_leaves_in_progress():
    pm = Postmortem(title="Outage", status=Status.OPEN, actions=[ActionItem(title="Add alert")])
    assert codes(pm) == [
        ("postmortem.actions[0].owner", "required_once_open"),
        ("postmortem.actions[0].due", "required_once_open"),
    ]


def test_a_wont_do_action_needs_a_rationale_instead_of_an_owner():
    action = ActionItem(title="Rewrite", status=ActionStatus.WONT_DO)
    pm = Postmortem(title="Outage", status=Status.REVIEWED, actions=[action])
    assert codes(pm) == [("postmortem.actions[0].rationale", "required_once_open")]
    action.rationale = "Superseded by the platform migration."
    assert validate(pm) == []


def test_an_open_postmortem_needs_a_title():
    assert codes(Postmortem(status=Status.OPEN)) == [("postmortem.title", "required_once_open")]


def test_actions_may_only_name_factors_of_the_same_postmortem():
    factor = Factor(text="No canary stage")
    pm = Postmortem(
        factors=[factor],
        actions=[ActionItem(factor_ids=[factor.id]), ActionItem(factor_ids=["elsewhere"])],
    )
    assert codes(pm) == [("postmortem.actions[1].factors", "unknown_factor")]


def test_duplicate_ids_are_reported():
    event = TimelineEvent(at=T0)
    twin = TimelineEvent(at=T0, id=event.id)
    pm = Postmortem(timeline=[event, twin])
    assert codes(pm) == [("postmortem.timeline[1].id", "duplicate_id")]


def test_text_limits_and_unstorable_characters():
    pm = Postmortem(
        title="x" * (SHORT_TEXT_MAX + 1),
        summary="y" * (LONG_TEXT_MAX + 1),
        team="bad \ud800 surrogate",
        lessons="nul \x00 byte",
    )
    assert codes(pm) == [
        ("postmortem.title", "too_long"),
        ("postmortem.team", "invalid_character"),
        ("postmortem.summary", "too_long"),
        ("postmortem.lessons", "invalid_character"),
    ]


def test_unknown_time_zone_is_reported():
    assert codes(Postmortem(timezone="Mars/Olympus")) == [
        ("postmortem.timezone", "invalid_timezone")
    ]


def test_metrics_are_derived_from_the_milestones():
    pm = Postmortem(
        impact_start=T0,
        detected_at=T0 + timedelta(minutes=4),
        mitigated_at=T0 + timedelta(minutes=40),
        resolved_at=T0 + timedelta(hours=3),
    )
    result = metrics(pm)
    assert result.time_to_detect == timedelta(minutes=4)
    assert result.time_to_mitigate == timedelta(minutes=40)
    assert result.time_to_resolve == timedelta(hours=3)
    assert result.impact_duration == timedelta(minutes=40)


def test_metrics_without_a_start_are_unknown_and_impact_runs_to_resolution():
    assert metrics(Postmortem(resolved_at=T0)).time_to_resolve is None
    pm = Postmortem(impact_start=T0, resolved_at=T0 + timedelta(hours=2))
    assert metrics(pm).impact_duration == timedelta(hours=2)


def test_timeline_sorts_by_event_time_and_keeps_written_order_for_ties():
    late = TimelineEvent(at=T0 + timedelta(minutes=5), text="late")
    first = TimelineEvent(at=T0, text="first")
    second = TimelineEvent(at=T0, text="second")
    pm = Postmortem(timeline=[late, first, second])
    assert [event.text for event in pm.sorted_timeline()] == ["first", "second", "late"]


def test_an_event_keeps_the_offset_it_was_written_with():
    event = TimelineEvent(at=T0, offset_minutes=-300)
    assert event.local_at.isoformat() == "2026-03-01T09:02:00-05:00"
    assert date(2026, 3, 1) == event.local_at.date()
