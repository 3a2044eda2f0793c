"""Saving and loading whole postmortems: children follow their lists, order is kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pmdesk.domain import ActionItem, Factor, Postmortem, TimelineEvent
from pmdesk.domain.errors import InvalidDataError, PmdeskError
from pmdesk.services.library import LibraryService
from pmdesk.storage.database import Database
from pmdesk.storage.repository import PostmortemRepository

T0 = datetime(2026, 3, 1, 14, 0, tzinfo=UTC)


def test_saving_again_adds_updates_and_removes_children(library: LibraryService):
    pm = Postmortem(
        title="Queue backlog",
        timeline=[TimelineEvent(at=T0, text="a"), TimelineEvent(at=T0, text="b")],
        factors=[Factor(text="f1"), Factor(text="f2")],
        actions=[ActionItem(title="one"), ActionItem(title="two")],
    )
    library.save(pm)
    loaded = library.load(pm.id)
    loaded.timeline.pop(0)
    loaded.timeline.append(TimelineEvent(at=T0 - timedelta(minutes=1), text="earlier"))
    loaded.factors[1].whys = ["why 1", "why 2"]
    loaded.actions.reverse()
    loaded.summary = "Edited"
    library.save(loaded)
    again = library.load(pm.id)
    assert [event.text for event in again.timeline] == ["earlier", "b"]
    assert again.factors[1].whys == ["why 1", "why 2"]
    assert [action.title for action in again.actions] == ["two", "one"]
    assert again.summary == "Edited"
    assert again.updated_at > pm.created_at


def test_invalid_postmortems_are_not_saved(library: LibraryService):
    pm = Postmortem(title="x")
    library.save(pm)
    pm.detected_at = T0
    pm.impact_start = T0 + timedelta(hours=1)
    with pytest.raises(InvalidDataError) as caught:
        library.save(pm)
    assert caught.value.problem.path == "postmortem.detected_at"
    assert library.load(pm.id).detected_at is None


def test_deleting_a_postmortem_deletes_its_children(library: LibraryService, database: Database):
    pm = Postmortem(timeline=[TimelineEvent(at=T0)], actions=[ActionItem()])
    library.save(pm)
    library.delete(pm.id)
    with database.reading() as session:
        connection = session.connection()
        for table in ("timeline_events", "actions"):
            assert connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 0
    with pytest.raises(PmdeskError) as caught:
        library.load(pm.id)
    assert caught.value.code == "not_found"


def test_ids_resolve_from_a_unique_prefix(library: LibraryService, database: Database):
    first = Postmortem(id="abcd1111-0000-0000-0000-000000000000")
    second = Postmortem(id="abcd2222-0000-0000-0000-000000000000")
    library.save(first)
    library.save(second)
    assert library.resolve("abcd1") == first.id
    for prefix, code in (("abcd", "ambiguous_id"), ("ffff", "not_found"), ("ab", "not_found")):
        with pytest.raises(PmdeskError) as caught:
            library.resolve(prefix)
        assert caught.value.code == code


def test_summaries_list_the_most_recently_updated_first(database: Database):
    library = LibraryService(database)
    old = library.create("Old")
    new = library.create("New")
    library.save(library.load(old))
    with database.reading() as session:
        rows = PostmortemRepository(session).summaries()
    assert [row.id for row in rows] == [old, new]


def test_a_lone_surrogate_is_refused_with_a_message_not_a_crash(library: LibraryService):
    pm = Postmortem(summary="pasted \ud83d half an emoji")
    with pytest.raises(InvalidDataError) as caught:
        library.save(pm)
    assert caught.value.problem.code == "invalid_character"
