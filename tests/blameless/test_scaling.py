"""A check's work grows with the length of the text, never with its square, even on text without
full stops (a log pasted line by line, a chat export, one endless line): the inputs of the review
that took minutes. Work is counted, not timed: every Python call the check makes, plus every
character an exception pattern is run over; doubling the text must about double it (a quadratic
check quadruples it). Wall-clock figures live in bench/bench_blameless.py."""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any

import pytest

from pmdesk.blameless import engine
from pmdesk.blameless.engine import check_text
from pmdesk.blameless.rules import Pack, load_pack

LINEAR = 2.4
"""Largest allowed work(2n) / work(n): 2 for linear work, 4 for quadratic."""


class CountedPattern:
    """A compiled pattern that adds the length of every stretch it is run over to a meter."""

    def __init__(self, pattern: re.Pattern[str], meter: list[int]) -> None:
        self.pattern = pattern
        self.meter = meter

    def _measure(self, text: str, start: int, end: int) -> None:
        self.meter[0] += max(0, min(end, len(text)) - start)

    def search(self, text: str, start: int = 0, end: int = sys.maxsize) -> re.Match[str] | None:
        self._measure(text, start, end)
        return self.pattern.search(text, start, end)

    def finditer(
        self, text: str, start: int = 0, end: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        self._measure(text, start, end)
        return self.pattern.finditer(text, start, end)


def counted_pack(pack: Pack, meter: list[int]) -> Pack:
    """`pack` with every rule's exception patterns counted."""

    def count(patterns: tuple[re.Pattern[str], ...]) -> tuple[Any, ...]:
        return tuple(CountedPattern(pattern, meter) for pattern in patterns)

    rules = tuple(
        dataclasses.replace(
            rule, excludes=count(rule.excludes), sentence_excludes=count(rule.sentence_excludes)
        )
        for rule in pack.rules
    )
    return dataclasses.replace(pack, rules=rules)


def work(text: str, language: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """Python calls made by `check_text(text)`, plus characters scanned for exceptions."""
    meter = [0]
    pack = counted_pack(load_pack(language), meter)
    monkeypatch.setattr(engine, "load_pack", lambda _language: pack)
    calls = 0

    def profile(frame: FrameType, event: str, arg: object) -> None:
        nonlocal calls
        calls += 1

    check_text("warm up", language)
    sys.setprofile(profile)
    try:
        check_text(text, language)
    finally:
        sys.setprofile(None)
    return calls + meter[0]


INPUTS: dict[str, tuple[str, Callable[[int], str]]] = {
    "one entry a line": (
        "en",
        lambda n: "\n".join(
            f"node-{i % 50} failed to roll out during the deploy" for i in range(n)
        ),
    ),
    "a chat log": (
        "en",
        lambda n: "\n".join(
            f"[10:{i % 60:02d}] alice: the deploy failed on node-{i}" for i in range(n)
        ),
    ),
    "one line, no full stop": (
        "en",
        lambda n: "node-12 failed to roll out during the deploy and " * n,
    ),
    "a phrase repeated": ("en", lambda n: "failed to " * (4 * n)),
    "a label repeated": ("en", lambda n: "human error " * (4 * n)),
    "a minimiser repeated": ("en", lambda n: "simply " * (4 * n)),
    "une entrée par ligne": (
        "fr",
        lambda n: "\n".join(
            f"le nœud {i} a échoué à se déployer pendant la mise à jour" for i in range(n)
        ),
    ),
    "un contrefactuel répété": ("fr", lambda n: "aurait dû vérifier " * (2 * n)),
}


@pytest.mark.parametrize("name", INPUTS)
def test_doubling_the_text_about_doubles_the_work(name: str, monkeypatch: pytest.MonkeyPatch):
    language, make = INPUTS[name]
    single = work(make(300), language, monkeypatch)
    double = work(make(600), language, monkeypatch)
    assert double / single < LINEAR, (single, double)


def test_long_texts_keep_their_findings():
    """Cutting a long run of lines into pieces never loses or doubles a finding."""
    filler = [f"node-{i} failed to roll out during the deploy" for i in range(2000)]
    filler[1000] = "Bob failed to notice the page, and Dana should have checked the lag"
    found = check_text("\n".join(filler), "en")
    assert [finding.match for finding in found] == ["failed to notice", "should have checked"]
    assert sum(len(line) + 1 for line in filler[:1000]) < found[0].start
