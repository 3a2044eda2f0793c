"""Prints the coach's precision and recall, per language, at the end of every test run."""

from __future__ import annotations

import pytest

from tests.blameless.scoring import LANGUAGES, corpus_cases, corpus_file, own_cases, score


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The figures of the issue's quality bar, on the shared corpus and on our own cases."""
    terminalreporter.section("blameless wording coach")
    for language in LANGUAGES:
        if corpus_file(language).exists():
            figures = score(corpus_cases(language), language)
            terminalreporter.write_line(figures.line(f"corpus.{language}"))
        else:
            terminalreporter.write_line(f"corpus.{language}: not found at {corpus_file(language)}")
        terminalreporter.write_line(score(own_cases(language), language).line(f"cases_{language}"))
