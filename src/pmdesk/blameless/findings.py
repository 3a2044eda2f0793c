"""What the wording coach reports: one finding per blaming phrase, with a kind rewrite."""

from __future__ import annotations

from dataclasses import dataclass

CATEGORIES = (
    "counterfactual",
    "blame-attribution",
    "normative-judgement",
    "minimising",
    "hindsight-obviousness",
    "person-as-cause",
    "human-error-label",
    "mind-reading",
)
SEVERITIES = ("gentle", "moderate", "strong")


@dataclass(frozen=True)
class Finding:
    """One phrase that pulls the reader towards blame, and how to say it without blame."""

    rule: str  # "en.counterfactual.should-have"
    category: str  # one of CATEGORIES
    severity: str  # one of SEVERITIES
    start: int  # offset in the checked text (Python str index)
    end: int
    match: str  # text[start:end]
    message: str  # one kind sentence, in the rule's language: why this wording hurts learning
    suggestion: str  # the rewrite advice shown to the writer (may be a template with ⟨slots⟩)
    replacement: str | None  # text that "Apply suggestion" puts in place of text[start:end]
