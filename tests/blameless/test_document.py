"""postmortem_findings: every finding of a postmortem, field by field, in the document's own
language and order, minus what the writers dismissed with a reason."""

from __future__ import annotations

from datetime import UTC, datetime

from pmdesk.blameless.document import field_keys, field_text, postmortem_findings
from pmdesk.domain.enums import FactorKind, Language
from pmdesk.domain.model import ActionItem, Dismissal, Factor, Postmortem, TimelineEvent


def blaming_postmortem() -> Postmortem:
    late = TimelineEvent(at=datetime(2026, 3, 1, 10, 30, tzinfo=UTC), text="Bob ignored the page.")
    early = TimelineEvent(
        at=datetime(2026, 3, 1, 10, 2, tzinfo=UTC), text="Alice should have checked the lag."
    )
    contributing = Factor(text="Complacency after months without incidents.")
    root = Factor(
        text="The failover script accepts a lagging replica.",
        kind=FactorKind.ROOT_CAUSE,
        whys=["The lag check is optional.", "Obviously nobody tested it."],
    )
    action = ActionItem(title="Retrain the on-call team", rationale="It was simply human error.")
    return Postmortem(
        title="Replica promoted while lagging",
        summary="Root cause: human error.",
        impact="Writes failed for 12 minutes.",
        impact_audiences={
            "end_users": "Checkout failed; the team screwed up.",
            "staff": "",
            "other_departments": "",
            "other": "",
        },
        timeline=[late, early],
        lucky="If the incident had happened at peak, it could have been much worse.",
        factors=[contributing, root],
        actions=[action],
    )


def test_every_field_is_checked_in_document_order():
    pm = blaming_postmortem()
    early, late = pm.sorted_timeline()
    contributing, root = pm.factors
    action = pm.actions[0]
    found = postmortem_findings(pm)
    assert [(item.field_key, item.finding.category) for item in found] == [
        ("summary", "human-error-label"),
        ("impact_audiences/end_users", "blame-attribution"),
        (f"timeline/{early.id}/text", "counterfactual"),
        (f"timeline/{late.id}/text", "mind-reading"),
        (f"factors/{root.id}/whys/1", "hindsight-obviousness"),
        (f"factors/{root.id}/whys/1", "counterfactual"),
        (f"factors/{contributing.id}/text", "human-error-label"),
        (f"actions/{action.id}/title", "person-as-cause"),
        (f"actions/{action.id}/rationale", "minimising"),
        (f"actions/{action.id}/rationale", "human-error-label"),
    ]
    for item in found:
        text = field_text(pm, item.field_key)
        assert text is not None
        assert text[item.finding.start : item.finding.end] == item.finding.match


def test_a_dismissed_finding_stays_dismissed_in_that_field_only():
    pm = blaming_postmortem()
    pm.summary = "Root cause: human error. Later: more human error."
    pm.went_wrong = "Human error again."
    pm.dismissals = [
        Dismissal(
            rule="en.human-error-label.human-error",
            field_key="summary",
            match="HUMAN ERROR",
            reason="Quoting the vendor's report.",
        )
    ]
    keys = [item.field_key for item in postmortem_findings(pm)]
    assert "summary" not in keys
    assert "went_wrong" in keys


def test_the_postmortem_language_picks_the_rules():
    pm = Postmortem(language=Language.FR, summary="Cause racine : erreur humaine.")
    (item,) = postmortem_findings(pm)
    assert item.finding.rule == "fr.human-error-label.erreur-humaine"
    pm.language = Language.EN
    assert postmortem_findings(pm) == []


def test_field_text_reads_every_key_and_refuses_unknown_ones():
    pm = blaming_postmortem()
    for key in field_keys(pm):
        assert field_text(pm, key) is not None, key
    root = pm.factors[1]
    assert field_text(pm, f"factors/{root.id}/whys/0") == "The lag check is optional."
    assert field_text(pm, "impact_audiences/end_users") == "Checkout failed; the team screwed up."
    for key in (
        "title",
        "nonsense",
        "impact_audiences/aliens",
        "timeline/nope/text",
        f"factors/{root.id}/whys/9",
        f"factors/{root.id}/whys/x",
        f"actions/{pm.actions[0].id}/owner",
    ):
        assert field_text(pm, key) is None, key
