"""The wording findings of a whole postmortem, field by field, minus the ones the writers kept.

Each text field has a key the editor and the dismissals share: "summary", "impact_audiences/
end_users", "timeline/<event id>/text", "factors/<factor id>/whys/<index>",
"actions/<action id>/rationale"… Every field is checked in the postmortem's own language, in
the order the Markdown export prints the document.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pmdesk.blameless.engine import check_text
from pmdesk.blameless.findings import Finding
from pmdesk.domain.enums import AUDIENCES, FactorKind
from pmdesk.domain.model import Postmortem

LEADING_SECTIONS = ("summary", "impact")
MIDDLE_SECTIONS = ("trigger", "detection", "resolution")
LESSON_SECTIONS = ("went_well", "went_wrong", "lucky", "lessons")
FACTOR_ORDER = (FactorKind.ROOT_CAUSE, FactorKind.CONTRIBUTING, FactorKind.MITIGATOR)


@dataclass(frozen=True)
class FieldFinding:
    """A finding and the field it was found in."""

    field_key: str
    finding: Finding


def field_keys(pm: Postmortem) -> Iterator[str]:
    """Every text field's key, in document order (the order of the Markdown export)."""
    yield from LEADING_SECTIONS
    for audience in AUDIENCES:
        yield f"impact_audiences/{audience}"
    for event in pm.sorted_timeline():
        yield f"timeline/{event.id}/text"
    yield from MIDDLE_SECTIONS
    for kind in FACTOR_ORDER:
        for factor in pm.factors:
            if factor.kind is kind:
                yield f"factors/{factor.id}/text"
                for index in range(len(factor.whys)):
                    yield f"factors/{factor.id}/whys/{index}"
    yield from LESSON_SECTIONS
    for action in pm.actions:
        yield f"actions/{action.id}/title"
        yield f"actions/{action.id}/rationale"


def field_text(pm: Postmortem, field_key: str) -> str | None:
    """The text at `field_key`, or None when the key names no field of this postmortem."""
    parts = field_key.split("/")
    if len(parts) == 1:
        if parts[0] in LEADING_SECTIONS + MIDDLE_SECTIONS + LESSON_SECTIONS:
            return str(getattr(pm, parts[0]))
        return None
    if parts[0] == "impact_audiences" and len(parts) == 2:
        return pm.impact_audiences.get(parts[1]) if parts[1] in AUDIENCES else None
    if parts[0] == "timeline" and len(parts) == 3 and parts[2] == "text":
        return next((event.text for event in pm.timeline if event.id == parts[1]), None)
    if parts[0] == "factors" and len(parts) in (3, 4):
        factor = next((factor for factor in pm.factors if factor.id == parts[1]), None)
        if factor is None:
            return None
        if len(parts) == 3:
            return factor.text if parts[2] == "text" else None
        if parts[2] != "whys" or not parts[3].isdigit() or int(parts[3]) >= len(factor.whys):
            return None
        return factor.whys[int(parts[3])]
    if parts[0] == "actions" and len(parts) == 3:
        action = next((action for action in pm.actions if action.id == parts[1]), None)
        if action is None:
            return None
        if parts[2] == "title":
            return action.title
        if parts[2] == "rationale":
            return action.rationale or ""
    return None


def section_of(field_key: str) -> str:
    """The part of the postmortem a field belongs to ("lucky", "actions", "timeline"…)."""
    return field_key.split("/", 1)[0]


def postmortem_findings(pm: Postmortem) -> list[FieldFinding]:
    """Every finding in every text field, in document order, minus dismissed ones."""
    language = pm.language.value
    found: list[FieldFinding] = []
    for key in field_keys(pm):
        text = field_text(pm, key)
        if not text:
            continue
        for finding in check_text(text, language, section_of(key)):
            if any(d.covers(finding.rule, key, finding.match) for d in pm.dismissals):
                continue
            found.append(FieldFinding(key, finding))
    return found
