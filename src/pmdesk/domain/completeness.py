"""How close a postmortem is to ready for review: a score, what is missing, and the checklist.

Pure and worded in codes only: the review page (and later the CLI) turn codes into sentences.
Each missing item names the wizard page and the field to focus, so the writer can jump to it.
A missing item about one cause or action also carries that item's id.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pmdesk.domain.enums import AUDIENCES, ActionStatus, FactorKind
from pmdesk.domain.model import Factor, Postmortem

MIN_WHYS = 3
"""Whys a root cause needs before the chain is deep enough to act on."""

CHECKS: tuple[str, ...] = (
    "key_data",
    "impact_complete",
    "causes_deep",
    "causes_addressed",
    "actions_owned",
)
"""The review checklist, in the order it is shown."""


@dataclass(frozen=True)
class Missing:
    """Something still to write: a code, the wizard page key and the field name to focus."""

    code: str
    page: str
    field: str
    item: str = ""  # id of the factor or action concerned, when there is one


@dataclass(frozen=True)
class Check:
    """One line of the review checklist."""

    code: str
    passed: bool


@dataclass(frozen=True)
class Completeness:
    """The result of `assess`: a score from 0 to 100, what is missing, the checklist."""

    score: int
    missing: tuple[Missing, ...]
    checks: tuple[Check, ...]

    @property
    def complete(self) -> bool:
        """Nothing missing and every check passed."""
        return not self.missing and all(check.passed for check in self.checks)


@dataclass(frozen=True)
class _Requirement:
    """One thing a complete postmortem has; its items are the ways it is not met yet."""

    key: str
    missing: tuple[Missing, ...]
    applies: bool = True  # False: nothing to judge yet (whys of no root cause); not met

    @property
    def met(self) -> bool:
        return self.applies and not self.missing


def _blank(text: str | None) -> bool:
    return not (text or "").strip()


def _causes(pm: Postmortem) -> list[Factor]:
    """Root causes and contributing factors: the factors that need an action."""
    return [f for f in pm.factors if f.kind in (FactorKind.ROOT_CAUSE, FactorKind.CONTRIBUTING)]


def _requirements(pm: Postmortem) -> Iterator[_Requirement]:
    """Every requirement, in wizard order: basics, summary, timeline, … actions."""

    def single(key: str, code: str, page: str, field: str, missing: bool) -> _Requirement:
        return _Requirement(key, (Missing(code, page, field),) if missing else ())

    yield single("title", "missing_title", "basics", "title", _blank(pm.title))
    yield single("severity", "missing_severity", "basics", "severity", pm.severity is None)
    yield single("team", "missing_team", "basics", "team", _blank(pm.team))
    yield single("summary", "missing_summary", "summary", "summary", _blank(pm.summary))
    yield single("impact", "missing_impact", "summary", "impact", _blank(pm.impact))
    no_audience = all(_blank(pm.impact_audiences.get(key)) for key in AUDIENCES)
    yield single("audience", "missing_audience", "summary", "impact_end_users", no_audience)
    yield single("timeline", "missing_timeline", "timeline", "timeline", not pm.timeline)
    for name in ("impact_start", "detected_at", "resolved_at"):
        yield single(name, f"missing_{name}", "timeline", "timeline", getattr(pm, name) is None)
    for name in ("trigger", "detection", "resolution"):
        yield single(name, f"missing_{name}", "narrative", name, _blank(getattr(pm, name)))
    roots = [f for f in pm.factors if f.kind is FactorKind.ROOT_CAUSE]
    yield single("root_cause", "missing_root_cause", "causes", "factors", not roots)
    shallow = tuple(
        Missing("shallow_whys", "causes", "factors", factor.id)
        for factor in roots
        if sum(not _blank(why) for why in factor.whys) < MIN_WHYS
    )
    yield _Requirement("whys", shallow, applies=bool(roots))
    for name in ("went_well", "went_wrong"):
        yield single(name, f"missing_{name}", "lessons", name, _blank(getattr(pm, name)))
    yield single("actions", "missing_actions", "actions", "actions", not pm.actions)
    addressed = {factor_id for action in pm.actions for factor_id in action.factor_ids}
    causes = _causes(pm)
    unaddressed = tuple(
        Missing("unaddressed_cause", "actions", "actions", factor.id)
        for factor in causes
        if factor.id not in addressed
    )
    yield _Requirement("addressed", unaddressed, applies=bool(causes))
    yield _Requirement("owned", tuple(_action_gaps(pm)), applies=bool(pm.actions))


def _action_gaps(pm: Postmortem) -> Iterator[Missing]:
    """Actions without an owner or a due date (or, for "won't do", without a reason)."""
    for action in pm.actions:
        if action.status is ActionStatus.WONT_DO:
            if _blank(action.rationale):
                yield Missing("action_without_rationale", "actions", "actions", action.id)
            continue
        if _blank(action.owner):
            yield Missing("action_without_owner", "actions", "actions", action.id)
        if action.due is None:
            yield Missing("action_without_due", "actions", "actions", action.id)


def _checklist(met: dict[str, bool]) -> tuple[Check, ...]:
    """The five review questions; a question about nothing yet (no causes) is not passed."""
    key_data = ("title", "severity", "team", "impact_start", "detected_at", "resolved_at")
    passed = {
        "key_data": all(met[key] for key in key_data),
        "impact_complete": all(met[key] for key in ("summary", "impact", "audience")),
        "causes_deep": met["whys"],
        "causes_addressed": met["addressed"],
        "actions_owned": met["owned"],
    }
    return tuple(Check(code, passed[code]) for code in CHECKS)


def assess(pm: Postmortem) -> Completeness:
    """Score `pm`: the share of requirements met, 100 only when nothing is missing."""
    requirements = list(_requirements(pm))
    met = {requirement.key: requirement.met for requirement in requirements}
    score = 100 * sum(met.values()) // len(requirements)
    missing = tuple(item for requirement in requirements for item in requirement.missing)
    return Completeness(score=score, missing=missing, checks=_checklist(met))
