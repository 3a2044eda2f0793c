"""Sentence-level scores of the wording coach on a labelled set: the figures the issue's quality
bar is stated in, shared by the tests and the summary printed at the end of the run."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pmdesk.blameless.engine import check_text

CORPUS_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "blameless"
"""The labelled corpus shipped beside the repository (`../shared/blameless/`)."""
LANGUAGES = ("en", "fr")


@dataclass(frozen=True)
class Case:
    text: str
    labels: frozenset[str]
    borderline: bool = False
    name: str = ""


@dataclass(frozen=True)
class Score:
    """Counts over non-borderline sentences; a sentence is flagged when it has any finding."""

    true_positives: int
    false_positives: int
    false_negatives: int
    true_negatives: int
    borderline: int
    same_categories: int
    shared_category: int
    misses: tuple[str, ...]

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        blaming = self.true_positives + self.false_negatives
        return self.true_positives / blaming if blaming else 1.0

    @property
    def category_agreement(self) -> float:
        """Of the blaming sentences found, how many got exactly the expected categories."""
        return self.same_categories / self.true_positives if self.true_positives else 1.0

    @property
    def category_overlap(self) -> float:
        """Of the blaming sentences found, how many got at least one expected category."""
        return self.shared_category / self.true_positives if self.true_positives else 1.0

    def line(self, label: str) -> str:
        return (
            f"{label}: precision {self.precision:.3f}, recall {self.recall:.3f} "
            f"({self.true_positives} found, {self.false_positives} false alarms, "
            f"{self.false_negatives} missed, {self.true_negatives} clean kept clean, "
            f"{self.borderline} borderline not counted); categories exact "
            f"{self.category_agreement:.3f}, overlapping {self.category_overlap:.3f}"
        )


def corpus_file(language: str) -> Path:
    return CORPUS_DIR / f"corpus.{language}.jsonl"


def corpus_cases(language: str) -> list[Case]:
    """The shared corpus of one language (FileNotFoundError when it is not beside the repo)."""
    cases = []
    with corpus_file(language).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                cases.append(
                    Case(row["text"], frozenset(row["labels"]), bool(row["borderline"]), row["id"])
                )
    return cases


def own_cases(language: str) -> list[Case]:
    """Our own labelled sentences (tests/blameless/cases_<lang>.py)."""
    if language == "en":
        from tests.blameless.cases_en import CASES
    else:
        from tests.blameless.cases_fr import CASES
    return [Case(text, frozenset(labels)) for text, labels in CASES]


def score(cases: Iterable[Case], language: str) -> Score:
    tp = fp = fn = tn = borderline = same = shared = 0
    misses: list[str] = []
    for case in cases:
        found = {finding.category for finding in check_text(case.text, language)}
        if case.borderline:
            borderline += 1
        elif case.labels and found:
            tp += 1
            same += found == case.labels
            shared += bool(found & case.labels)
        elif case.labels:
            fn += 1
            misses.append(f"missed {case.name or case.text!r}")
        elif found:
            fp += 1
            misses.append(f"false alarm {case.name or case.text!r}: {sorted(found)}")
        else:
            tn += 1
    return Score(tp, fp, fn, tn, borderline, same, shared, tuple(misses))
