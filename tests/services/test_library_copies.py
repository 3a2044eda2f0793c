"""Duplicating or importing a copy keeps a postmortem whole, its dismissed findings included."""

from __future__ import annotations

from pmdesk.domain.model import Dismissal, Factor, TimelineEvent
from pmdesk.export.interchange import dump_postmortem
from pmdesk.services.library import ImportMode, LibraryService


def with_dismissals(library: LibraryService) -> str:
    pm = library.load(library.create("Replica lag"))
    event = TimelineEvent(at=pm.created_at, text="Bob should have rolled back.")
    factor = Factor(text="It was human error.")
    pm.timeline.append(event)
    pm.factors.append(factor)
    pm.dismissals = [
        Dismissal("en.counterfactual.should-have", f"timeline/{event.id}/text", "should have"),
        Dismissal("en.human-error-label.human-error", f"factors/{factor.id}/text", "human error"),
        Dismissal("en.minimising.simply", "summary", "simply", reason="Quoted from the chat."),
    ]
    library.save(pm)
    return pm.id


def assert_dismissals_follow_their_items(library: LibraryService, copy_id: str) -> None:
    copy = library.load(copy_id)
    event, factor = copy.timeline[0], copy.factors[0]
    assert [d.field_key for d in copy.dismissals] == [
        f"timeline/{event.id}/text",
        f"factors/{factor.id}/text",
        "summary",
    ]
    assert copy.dismissals[2].reason == "Quoted from the chat."


def test_a_duplicate_keeps_its_dismissals_on_its_own_events_and_causes(library):
    original = with_dismissals(library)
    copy_id = library.duplicate(original, "Replica lag (copy)")
    assert copy_id != original
    assert_dismissals_follow_their_items(library, copy_id)
    assert_dismissals_follow_their_items(library, original)


def test_an_imported_copy_keeps_its_dismissals_on_its_own_events_and_causes(library):
    original = with_dismissals(library)
    data = dump_postmortem(library.load(original)).encode()
    (copy_id,) = library.import_bytes(data, ImportMode.COPY).ids
    assert copy_id != original
    assert_dismissals_follow_their_items(library, copy_id)
