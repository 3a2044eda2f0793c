"""Autosave patches: only what changed is written, and nothing written elsewhere is lost."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pmdesk.domain import TimelineEvent
from pmdesk.domain.errors import InvalidDataError
from pmdesk.services.capture import capture_event
from pmdesk.services.drafts import DraftPatch, apply_patch
from pmdesk.services.library import LibraryService
from pmdesk.storage.database import Database

T0 = datetime(2026, 3, 1, 14, 0, tzinfo=UTC)


def known(pm) -> dict[str, set[str]]:
    return {name: {child.id for child in getattr(pm, name)} for name in ("timeline",)}


def test_a_scalar_patch_writes_only_that_field(database: Database):
    library = LibraryService(database)
    pm_id = library.create("DNS")
    editor_copy = library.load(pm_id)
    other = library.load(pm_id)
    other.lessons = "Written by someone else"
    library.save(other)
    editor_copy.summary = "Typed in the editor"
    apply_patch(database, DraftPatch.from_changes(editor_copy, {"summary"}, 1))
    saved = library.load(pm_id)
    assert (saved.summary, saved.lessons) == ("Typed in the editor", "Written by someone else")


def test_a_timeline_patch_keeps_events_captured_meanwhile(database: Database):
    library = LibraryService(database)
    pm_id = library.create("DNS")
    editor_copy = library.load(pm_id)
    seen = known(editor_copy)
    captured = capture_event(database, pm_id, "Captured live while the editor was open")
    editor_copy.timeline.append(TimelineEvent(at=T0, text="Typed in the editor"))
    apply_patch(database, DraftPatch.from_changes(editor_copy, {"timeline"}, 1, seen))
    texts = {event.id: event.text for event in library.load(pm_id).timeline}
    assert captured in texts
    assert "Typed in the editor" in texts.values()


def test_a_timeline_patch_deletes_what_the_editor_deleted(database: Database):
    library = LibraryService(database)
    pm = library.load(library.create("DNS"))
    pm.timeline = [TimelineEvent(at=T0, text="keep"), TimelineEvent(at=T0, text="drop")]
    library.save(pm)
    editor_copy = library.load(pm.id)
    seen = known(editor_copy)
    editor_copy.timeline = [event for event in editor_copy.timeline if event.text == "keep"]
    apply_patch(database, DraftPatch.from_changes(editor_copy, {"timeline"}, 1, seen))
    assert [event.text for event in library.load(pm.id).timeline] == ["keep"]


def test_an_invalid_patch_changes_nothing(database: Database):
    library = LibraryService(database)
    pm = library.load(library.create("DNS"))
    pm.detected_at = T0
    library.save(pm)
    pm.resolved_at = datetime(2000, 1, 1, tzinfo=UTC)
    pm.summary = "also typed"
    with pytest.raises(InvalidDataError):
        apply_patch(database, DraftPatch.from_changes(pm, {"resolved_at", "summary"}, 2))
    saved = library.load(pm.id)
    assert (saved.resolved_at, saved.summary) == (None, "")


def test_several_new_children_in_one_patch_are_all_saved(database: Database):
    """Merging new children one by one must not flush a half-built list (autoflush wrote the
    first new event before it belonged to the postmortem)."""
    library = LibraryService(database)
    pm = library.load(library.create("DNS"))
    seen = known(pm)
    pm.timeline = [TimelineEvent(at=T0, text=f"new {index}") for index in range(3)]
    apply_patch(database, DraftPatch.from_changes(pm, {"timeline"}, 1, seen))
    assert sorted(event.text for event in library.load(pm.id).timeline) == [
        "new 0",
        "new 1",
        "new 2",
    ]
