"""Completeness: what a postmortem still needs before review, as codes and a score."""

from __future__ import annotations

from datetime import date

from pmdesk.domain.completeness import CHECKS, Completeness, assess
from pmdesk.domain.enums import ActionStatus, FactorKind
from pmdesk.domain.model import ActionItem, Factor, Postmortem
from pmdesk.services.sample import sample_library

PAGES = {"basics", "summary", "timeline", "narrative", "causes", "lessons", "actions"}


def complete_postmortem() -> Postmortem:
    """A generated postmortem with its gaps filled: deep whys, every cause linked to an action."""
    pm = sample_library(1, events=6, actions=2)[0]
    for factor in pm.factors:
        factor.whys = ["Why one.", "Why two.", "Why three."]
    pm.actions[1].factor_ids = [f.id for f in pm.factors if f.kind is FactorKind.CONTRIBUTING]
    return pm


def codes(result: Completeness) -> list[str]:
    return [missing.code for missing in result.missing]


def checks(result: Completeness) -> dict[str, bool]:
    return {check.code: check.passed for check in result.checks}


def test_an_empty_postmortem_scores_zero_and_misses_everything_in_wizard_order():
    result = assess(Postmortem())
    assert result.score == 0
    assert codes(result) == [
        "missing_title",
        "missing_severity",
        "missing_team",
        "missing_summary",
        "missing_impact",
        "missing_audience",
        "missing_timeline",
        "missing_impact_start",
        "missing_detected_at",
        "missing_resolved_at",
        "missing_trigger",
        "missing_detection",
        "missing_resolution",
        "missing_root_cause",
        "missing_went_well",
        "missing_went_wrong",
        "missing_actions",
    ]
    assert checks(result) == dict.fromkeys(CHECKS, False)
    assert not result.complete


def test_every_missing_item_names_a_wizard_page_and_a_field():
    for missing in assess(Postmortem()).missing:
        assert missing.page in PAGES
        assert missing.field
    fields = {m.code: (m.page, m.field) for m in assess(Postmortem()).missing}
    assert fields["missing_title"] == ("basics", "title")
    assert fields["missing_summary"] == ("summary", "summary")
    assert fields["missing_trigger"] == ("narrative", "trigger")
    assert fields["missing_root_cause"] == ("causes", "factors")
    assert fields["missing_actions"] == ("actions", "actions")


def test_a_complete_postmortem_scores_100_and_passes_every_check():
    result = assess(complete_postmortem())
    assert result.missing == ()
    assert result.score == 100
    assert checks(result) == dict.fromkeys(CHECKS, True)
    assert result.complete


def test_the_generated_sample_lacks_depth_and_follow_up():
    pm = sample_library(1)[0]
    root, contributing, _mitigator = pm.factors
    result = assess(pm)
    assert [(m.code, m.item) for m in result.missing] == [
        ("shallow_whys", root.id),
        ("unaddressed_cause", contributing.id),
    ]
    assert checks(result) == {
        "key_data": True,
        "impact_complete": True,
        "causes_deep": False,
        "causes_addressed": False,
        "actions_owned": True,
    }
    assert 0 < result.score < 100


def test_blank_whys_do_not_count():
    pm = complete_postmortem()
    pm.factors[0].whys = ["Why one.", "  ", "Why three."]
    assert codes(assess(pm)) == ["shallow_whys"]


def test_one_audience_is_enough():
    pm = complete_postmortem()
    pm.impact_audiences = {"end_users": "", "staff": "", "other_departments": "", "other": "Ops"}
    assert assess(pm).missing == ()
    pm.impact_audiences = {**pm.impact_audiences, "other": " "}
    assert codes(assess(pm)) == ["missing_audience"]
    assert not checks(assess(pm))["impact_complete"]


def test_a_missing_milestone_fails_the_key_data_check():
    pm = complete_postmortem()
    pm.detected_at = None
    result = assess(pm)
    assert codes(result) == ["missing_detected_at"]
    assert (result.missing[0].page, result.missing[0].field) == ("timeline", "timeline")
    assert not checks(result)["key_data"]
    pm.detected_at, pm.mitigated_at = pm.impact_start, None
    assert assess(pm).missing == (), "mitigation is not required"


def test_actions_need_an_owner_and_a_due_date_unless_they_will_not_be_done():
    pm = complete_postmortem()
    first, second = pm.actions
    first.owner = ""
    second.due = None
    result = assess(pm)
    assert [(m.code, m.item) for m in result.missing] == [
        ("action_without_owner", first.id),
        ("action_without_due", second.id),
    ]
    assert not checks(result)["actions_owned"]
    first.status, first.rationale = ActionStatus.WONT_DO, None
    second.due = date(2026, 12, 1)
    assert codes(assess(pm)) == ["action_without_rationale"]
    first.rationale = "The service is retired next month."
    assert assess(pm).complete


def test_a_wont_do_action_is_a_reason_that_addresses_a_cause():
    pm = complete_postmortem()
    cause = Factor(text="The runbook was out of date.", kind=FactorKind.CONTRIBUTING)
    pm.factors.append(cause)
    assert [(m.code, m.item) for m in assess(pm).missing] == [("unaddressed_cause", cause.id)]
    pm.actions.append(
        ActionItem(
            title="Rewrite the runbook",
            status=ActionStatus.WONT_DO,
            rationale="Replaced by automation.",
            factor_ids=[cause.id],
        )
    )
    assert assess(pm).complete


def test_mitigators_need_no_action():
    pm = complete_postmortem()
    pm.factors.append(Factor(text="A rehearsed rollback.", kind=FactorKind.MITIGATOR))
    assert assess(pm).complete


def test_the_score_grows_as_the_postmortem_is_filled():
    pm = Postmortem()
    before = assess(pm).score
    pm.title = "Checkout errors"
    pm.summary = "Checkout failed for 40 minutes."
    assert before < assess(pm).score < 100
