"""Dates and durations follow the interface language."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale

from pmdesk.gui.formats import format_date, format_datetime, format_duration
from pmdesk.gui.i18n import locale_for

MOMENT = datetime(2026, 3, 1, 15, 2, tzinfo=UTC)


@pytest.fixture
def in_language(languages):
    def use(language: str) -> None:
        languages.switch(language)

    yield use
    languages.switch("en")
    QLocale.setDefault(locale_for("en"))


def test_english_dates(in_language):
    in_language("en")
    assert format_datetime(MOMENT, "America/Toronto") == "Mar 1, 2026, 10:02 a.m."
    assert format_date(MOMENT, "America/Toronto") == "March 1, 2026"


def test_french_dates(in_language):
    in_language("fr")
    assert format_datetime(MOMENT, "America/Toronto") == "1 mars 2026, 10 h 02"
    assert format_date(MOMENT, "Europe/Paris") == "1 mars 2026"


def test_durations_in_both_languages(in_language):
    in_language("en")
    assert format_duration(timedelta(minutes=45)) == "45 min"
    assert format_duration(timedelta(hours=2, minutes=5)) == "2 h 05 min"
    assert format_duration(timedelta(days=3, hours=4, minutes=10)) == "3 d 4 h"
    in_language("fr")
    assert format_duration(timedelta(days=3, hours=4)) == "3 j 4 h"
    assert format_duration(None) == ""
