"""Live capture appends one event, in the postmortem's time zone, and commits it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pmdesk.domain import EventKind, EventSource
from pmdesk.domain.errors import PmdeskError
from pmdesk.services.capture import capture_event
from pmdesk.services.library import LibraryService
from pmdesk.storage.database import Database


def test_a_clock_time_is_read_in_the_postmortems_zone(database: Database):
    library = LibraryService(database)
    pm_id = library.create("DNS", timezone="America/Toronto")
    event_id = capture_event(
        database, pm_id[:8], "Pager fired", EventKind.DETECTED, at="2026-03-01 10:02"
    )
    (event,) = library.load(pm_id).timeline
    assert event.id == event_id
    assert event.at == datetime(2026, 3, 1, 15, 2, tzinfo=UTC)
    assert event.offset_minutes == -300
    assert event.kind is EventKind.DETECTED
    assert event.source is EventSource.CAPTURE


def test_summer_time_is_applied(database: Database):
    library = LibraryService(database)
    pm_id = library.create("DNS", timezone="America/Toronto")
    capture_event(database, pm_id, "Summer", at="2026-07-01T10:02")
    assert library.load(pm_id).timeline[0].offset_minutes == -240


def test_an_explicit_offset_is_kept(database: Database):
    library = LibraryService(database)
    pm_id = library.create("DNS", timezone="America/Toronto")
    capture_event(database, pm_id, "From Paris", at="2026-03-01T16:02:00+01:00")
    event = library.load(pm_id).timeline[0]
    assert event.offset_minutes == 60
    assert event.at.hour == 15


def test_without_a_time_the_event_is_now(database: Database):
    library = LibraryService(database)
    pm_id = library.create("DNS")
    before = datetime.now(UTC)
    capture_event(database, pm_id, "Now")
    assert before <= library.load(pm_id).timeline[0].at <= datetime.now(UTC)


def test_captures_append_and_keep_earlier_text(database: Database):
    library = LibraryService(database)
    pm_id = library.create("DNS")
    pm = library.load(pm_id)
    pm.summary = "Typed before the capture"
    library.save(pm)
    for index in range(3):
        capture_event(database, pm_id, f"event {index}", at=f"10:0{index}")
    loaded = library.load(pm_id)
    assert [event.text for event in loaded.timeline] == ["event 0", "event 1", "event 2"]
    assert loaded.summary == "Typed before the capture"


def test_a_bad_time_is_refused(database: Database):
    pm_id = LibraryService(database).create("DNS")
    with pytest.raises(PmdeskError) as caught:
        capture_event(database, pm_id, "x", at="25:99")
    assert caught.value.code == "bad_time"


def test_a_time_the_clocks_skipped_is_refused(database: Database):
    pm_id = LibraryService(database).create("DNS", timezone="America/Toronto")
    with pytest.raises(PmdeskError) as caught:
        capture_event(database, pm_id, "x", at="2026-03-08 02:30")
    assert caught.value.code == "skipped_time"
