"""Hypothesis strategies for valid postmortems: any value the app can hold, including edge text."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import strategies as st

from pmdesk.domain import (
    ActionItem,
    ActionStatus,
    ActionType,
    Dismissal,
    DocumentTemplate,
    EventKind,
    EventSource,
    Factor,
    FactorCategory,
    FactorKind,
    Language,
    Postmortem,
    Priority,
    Severity,
    Status,
    TimelineEvent,
)

TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=40,
)
MOMENTS = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(UTC)
)
OFFSETS = st.integers(min_value=-18 * 60, max_value=18 * 60)
ZONES = st.sampled_from(["UTC", "America/Toronto", "America/St_Johns", "Asia/Kolkata"])


@st.composite
def events(draw: st.DrawFn) -> TimelineEvent:
    return TimelineEvent(
        at=draw(MOMENTS),
        offset_minutes=draw(OFFSETS),
        text=draw(TEXT),
        kind=draw(st.sampled_from(EventKind)),
        actor=draw(TEXT),
        source=draw(st.sampled_from(EventSource)),
        link=draw(st.none() | TEXT),
        key=draw(st.booleans()),
    )


@st.composite
def factors(draw: st.DrawFn) -> Factor:
    return Factor(
        text=draw(TEXT),
        kind=draw(st.sampled_from(FactorKind)),
        category=draw(st.sampled_from(FactorCategory)),
        whys=draw(st.lists(TEXT, max_size=5)),
    )


@st.composite
def actions(draw: st.DrawFn, factor_ids: list[str], strict: bool) -> ActionItem:
    status = draw(st.sampled_from(ActionStatus))
    owner = draw(TEXT.filter(str.strip) if strict else TEXT)
    due = draw(st.dates(date(2000, 1, 1), date(2099, 12, 31)) if strict else st.none() | st.dates())
    rationale = draw(TEXT.filter(str.strip) if strict else st.none() | TEXT)
    return ActionItem(
        title=draw(TEXT),
        type=draw(st.sampled_from(ActionType)),
        owner=owner,
        priority=draw(st.sampled_from(Priority)),
        due=due,
        status=status,
        rationale=rationale,
        tracker=draw(st.none() | TEXT),
        factor_ids=draw(st.lists(st.sampled_from(factor_ids), unique=True)) if factor_ids else [],
        created_at=draw(MOMENTS),
        completed_at=draw(st.none() | MOMENTS),
    )


@st.composite
def dismissals(draw: st.DrawFn) -> Dismissal:
    return Dismissal(
        rule=draw(st.sampled_from(["en.counterfactual.should-have", "fr.human-error.label"])),
        field_key=draw(st.sampled_from(["summary", "timeline/0b1c/text"])),
        match=draw(TEXT),
        reason=draw(TEXT),
        dismissed_at=draw(MOMENTS),
    )


@st.composite
def postmortems(draw: st.DrawFn) -> Postmortem:
    status = draw(st.sampled_from(Status))
    strict = status is not Status.IN_PROGRESS
    factor_list = draw(st.lists(factors(), max_size=3))
    ids = [factor.id for factor in factor_list]
    milestones = sorted(draw(st.lists(MOMENTS, min_size=4, max_size=4)))
    present = draw(st.lists(st.booleans(), min_size=4, max_size=4))
    chosen = [moment if keep else None for moment, keep in zip(milestones, present, strict=True)]
    pm = Postmortem(
        title=draw(TEXT.filter(str.strip) if strict else TEXT),
        language=draw(st.sampled_from(Language)),
        status=status,
        severity=draw(st.none() | st.sampled_from(Severity)),
        security_incident=draw(st.booleans()),
        team=draw(TEXT),
        services=draw(st.lists(TEXT, max_size=3)),
        authors=draw(st.lists(TEXT, max_size=3)),
        facilitators=draw(st.lists(TEXT, max_size=2)),
        tags=draw(st.lists(TEXT, max_size=3)),
        timezone=draw(ZONES),
        template=draw(st.sampled_from(DocumentTemplate)),
        impact_start=chosen[0],
        detected_at=chosen[1],
        mitigated_at=chosen[2],
        resolved_at=chosen[3],
        summary=draw(TEXT),
        impact=draw(TEXT),
        trigger=draw(TEXT),
        detection=draw(TEXT),
        resolution=draw(TEXT),
        went_well=draw(TEXT),
        went_wrong=draw(TEXT),
        lucky=draw(TEXT),
        lessons=draw(TEXT),
        impact_audiences={
            key: draw(TEXT) for key in ("end_users", "staff", "other_departments", "other")
        },
        timeline=draw(st.lists(events(), max_size=6)),
        factors=factor_list,
        actions=draw(st.lists(actions(ids, strict), max_size=4)),
        dismissals=draw(st.lists(dismissals(), max_size=2)),
        created_at=draw(MOMENTS),
    )
    pm.updated_at = pm.created_at + timedelta(seconds=draw(st.integers(0, 10**8)))
    return pm
