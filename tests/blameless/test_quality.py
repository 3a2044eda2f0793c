"""The issue's quality bar: sentence-level precision and recall of at least 0.9 in each language,
on the shared corpus and on our own labelled cases (the figures are printed at the end of the
run by conftest.py)."""

from __future__ import annotations

import re
import textwrap

import pytest

from pmdesk.blameless.engine import check_text
from tests.blameless.cases_en import CASES as CASES_EN
from tests.blameless.cases_fr import CASES as CASES_FR
from tests.blameless.scoring import LANGUAGES, corpus_cases, corpus_file, own_cases, score

BAR = 0.9


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shared_corpus_meets_the_bar(language: str):
    if not corpus_file(language).exists():
        pytest.skip(f"the shared corpus is not beside the repository: {corpus_file(language)}")
    figures = score(corpus_cases(language), language)
    assert figures.precision >= BAR, figures.misses
    assert figures.recall >= BAR, figures.misses


@pytest.mark.parametrize("language", LANGUAGES)
def test_our_own_cases_meet_the_bar(language: str):
    figures = score(own_cases(language), language)
    assert figures.precision >= BAR, figures.misses
    assert figures.recall >= BAR, figures.misses


@pytest.mark.parametrize("language", LANGUAGES)
def test_our_own_cases_cover_every_category_and_enough_clean_prose(language: str):
    from pmdesk.blameless.findings import CATEGORIES

    cases = own_cases(language)
    assert len(cases) >= 60
    assert {label for case in cases for label in case.labels} == set(CATEGORIES)
    assert sum(not case.labels for case in cases) >= 25


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [("en", text, labels) for text, labels in CASES_EN]
    + [("fr", text, labels) for text, labels in CASES_FR],
)
def test_each_own_case_gets_its_categories(language: str, text: str, expected: set[str]):
    found = check_text(text, language)
    assert {finding.category for finding in found} == expected, [
        (finding.rule, finding.match) for finding in found
    ]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", [24, 40, 72])
def test_hard_wrapped_prose_gets_what_the_unwrapped_sentence_gets(language: str, width: int):
    """Markdown kept in a repository is often wrapped at a fixed width: a line break inside a
    sentence changes nothing (a quoted code or log line is left out: wrapped, it is no longer
    one line of code or log)."""
    for case in own_cases(language):
        if case.text.startswith(("    ", ">")) or re.match(r"\d{4}-\d\d-\d\d", case.text):
            continue
        wrapped = textwrap.fill(case.text, width)
        expected = {finding.category for finding in check_text(case.text, language)}
        assert {finding.category for finding in check_text(wrapped, language)} == expected, wrapped
