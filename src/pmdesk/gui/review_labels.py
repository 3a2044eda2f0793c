"""Sentences for the completeness codes of `pmdesk.domain.completeness`, in the interface language.

The domain says *what* is missing as a code; these tables say it kindly, as a next step.
`{name}` is the cause or action concerned.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pmdesk.domain.completeness import Check, Missing
from pmdesk.domain.model import Postmortem

NAME_LENGTH = 60
"""Longest cause or action name quoted in a missing item, in characters."""

MISSING_LABELS = {
    "missing_title": QT_TRANSLATE_NOOP("MissingItem", "Give the postmortem a title"),
    "missing_severity": QT_TRANSLATE_NOOP("MissingItem", "Choose the severity"),
    "missing_team": QT_TRANSLATE_NOOP("MissingItem", "Name the team"),
    "missing_summary": QT_TRANSLATE_NOOP("MissingItem", "Write the summary"),
    "missing_impact": QT_TRANSLATE_NOOP("MissingItem", "Describe the overall impact"),
    "missing_audience": QT_TRANSLATE_NOOP(
        "MissingItem", "Describe the impact on at least one audience"
    ),
    "missing_timeline": QT_TRANSLATE_NOOP("MissingItem", "Add events to the timeline"),
    "missing_impact_start": QT_TRANSLATE_NOOP(
        "MissingItem", "Mark in the timeline when the impact started"
    ),
    "missing_detected_at": QT_TRANSLATE_NOOP(
        "MissingItem", "Mark in the timeline when the incident was detected"
    ),
    "missing_resolved_at": QT_TRANSLATE_NOOP(
        "MissingItem", "Mark in the timeline when the incident was resolved"
    ),
    "missing_trigger": QT_TRANSLATE_NOOP("MissingItem", "Describe the trigger"),
    "missing_detection": QT_TRANSLATE_NOOP("MissingItem", "Describe how the incident was detected"),
    "missing_resolution": QT_TRANSLATE_NOOP("MissingItem", "Describe what resolved the incident"),
    "missing_root_cause": QT_TRANSLATE_NOOP("MissingItem", "Name at least one root cause"),
    "shallow_whys": QT_TRANSLATE_NOOP(
        "MissingItem", "Ask “why?” at least three times for the root cause “{name}”"
    ),
    "missing_went_well": QT_TRANSLATE_NOOP("MissingItem", "Write what went well"),
    "missing_went_wrong": QT_TRANSLATE_NOOP("MissingItem", "Write what went wrong"),
    "missing_actions": QT_TRANSLATE_NOOP("MissingItem", "Add at least one action item"),
    "unaddressed_cause": QT_TRANSLATE_NOOP(
        "MissingItem", "Link an action item to the cause “{name}”, or one that says why not"
    ),
    "action_without_owner": QT_TRANSLATE_NOOP(
        "MissingItem", "Give the action item “{name}” an owner"
    ),
    "action_without_due": QT_TRANSLATE_NOOP(
        "MissingItem", "Give the action item “{name}” a due date"
    ),
    "action_without_rationale": QT_TRANSLATE_NOOP(
        "MissingItem", "Say why the action item “{name}” will not be done"
    ),
}
UNNAMED = QT_TRANSLATE_NOOP("MissingItem", "not described yet")

CHECK_LABELS = {
    "key_data": QT_TRANSLATE_NOOP(
        "ReviewCheck",
        "Key facts: title, severity, team; when impact started, was detected, was resolved",
    ),
    "impact_complete": QT_TRANSLATE_NOOP(
        "ReviewCheck", "Impact: a summary, the overall impact and at least one audience"
    ),
    "causes_deep": QT_TRANSLATE_NOOP(
        "ReviewCheck", "Depth: every root cause has at least three whys"
    ),
    "causes_addressed": QT_TRANSLATE_NOOP(
        "ReviewCheck", "Follow-up: every root cause and contributing factor has an action item"
    ),
    "actions_owned": QT_TRANSLATE_NOOP(
        "ReviewCheck", "Ownership: every action item has an owner and a due date"
    ),
}
PASSED = QT_TRANSLATE_NOOP("ReviewCheck", "Done: {label}")
NOT_PASSED = QT_TRANSLATE_NOOP("ReviewCheck", "Not yet: {label}")


def shorten(text: str, limit: int = NAME_LENGTH) -> str:
    """One line of at most `limit` characters, cut at a word with an ellipsis."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1].rsplit(" ", 1)[0] or line[: limit - 1]
    return cut + "…"


def item_name(pm: Postmortem, item_id: str) -> str:
    """The text of the cause or title of the action with this id, shortened."""
    for factor in pm.factors:
        if factor.id == item_id:
            return shorten(factor.text)
    for action in pm.actions:
        if action.id == item_id:
            return shorten(action.title)
    return ""


def missing_text(pm: Postmortem, missing: Missing) -> str:
    """What to do next, as a sentence in the interface language."""
    template = QCoreApplication.translate("MissingItem", MISSING_LABELS[missing.code])
    name = item_name(pm, missing.item) if missing.item else ""
    return template.format(name=name or QCoreApplication.translate("MissingItem", UNNAMED))


def check_label(check: Check) -> str:
    """The checklist question, without its state."""
    return QCoreApplication.translate("ReviewCheck", CHECK_LABELS[check.code])


def check_text(check: Check) -> str:
    """The checklist line shown: a ✓ or ✗ mark, so the state never rests on colour."""
    return ("✓ " if check.passed else "✗ ") + check_label(check)


def check_spoken(check: Check) -> str:
    """The checklist line for screen readers, which may not read ✓ and ✗."""
    template = PASSED if check.passed else NOT_PASSED
    return QCoreApplication.translate("ReviewCheck", template).format(label=check_label(check))
