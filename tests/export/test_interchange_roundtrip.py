"""Round trips of the interchange format: file → import → file is identical, through the
reader alone and through the database."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from pmdesk.domain import Postmortem, validate
from pmdesk.export.interchange import dump_library, dump_postmortem
from pmdesk.export.interchange_reader import read_document
from pmdesk.services.library import ImportMode, LibraryService
from pmdesk.services.sample import sample_library
from pmdesk.storage.database import Location
from pmdesk.storage.migrate import open_library
from tests.strategies import postmortems


@given(postmortems())
@settings(max_examples=150, deadline=None)
def test_any_valid_postmortem_survives_json_and_back(pm: Postmortem):
    assert validate(pm) == []
    text = dump_postmortem(pm)
    (again,) = read_document(text.encode("utf-8"))
    assert dump_postmortem(again) == text


@given(postmortems())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_valid_postmortem_survives_the_database(pm: Postmortem):
    text = dump_postmortem(pm)
    with tempfile.TemporaryDirectory() as folder:
        database = open_library(Location(path=Path(folder) / "round.db"))
        try:
            library = LibraryService(database)
            (imported_id,) = library.import_bytes(text.encode("utf-8")).ids
            assert library.export_json(imported_id) == text
        finally:
            database.close()


def test_a_library_file_round_trips_through_the_database(library: LibraryService):
    text = dump_library(sample_library(12, events=8, actions=3))
    result = library.import_bytes(text.encode("utf-8"))
    assert len(result.ids) == 12
    exported = json.loads(library.export_library_json())
    original = json.loads(text)
    assert exported["format"] == "pmdesk.library"
    created = [pm["created_at"] for pm in exported["postmortems"]]
    assert created == sorted(created), "a library export lists the oldest postmortem first"

    def by_id(document: dict) -> dict:
        return {pm["id"]: pm for pm in document["postmortems"]}

    assert by_id(exported) == by_id(original)


def test_the_file_follows_the_public_contract_key_for_key():
    (pm,) = sample_library(1, events=1, actions=1)
    document = json.loads(dump_postmortem(pm))
    assert list(document) == ["format", "version", "postmortem"]
    assert document["format"] == "pmdesk.postmortem"
    assert document["version"] == 1
    body = document["postmortem"]
    contract_keys = [
        "id",
        "title",
        "language",
        "status",
        "severity",
        "security_incident",
        "team",
        "services",
        "authors",
        "facilitators",
        "tags",
        "timezone",
        "impact_start",
        "detected_at",
        "mitigated_at",
        "resolved_at",
        "summary",
        "impact",
        "trigger",
        "detection",
        "resolution",
        "went_well",
        "went_wrong",
        "lucky",
        "lessons",
        "impact_audiences",
        "timeline",
        "factors",
        "actions",
        "created_at",
        "updated_at",
    ]
    assert [key for key in body if key in contract_keys] == contract_keys
    assert set(body["timeline"][0]) >= {
        "id",
        "at",
        "kind",
        "actor",
        "source",
        "text",
        "link",
        "key",
    }
    assert set(body["factors"][0]) >= {"id", "kind", "category", "text", "whys"}
    assert set(body["actions"][0]) >= {
        "id",
        "title",
        "type",
        "owner",
        "priority",
        "due",
        "status",
        "rationale",
        "tracker",
        "factors",
    }
    assert body["impact_start"].endswith("+00:00")


def test_a_copy_import_gets_new_ids_and_keeps_action_to_factor_links(library: LibraryService):
    (pm,) = sample_library(1, events=3, actions=2)
    data = dump_postmortem(pm).encode("utf-8")
    library.import_bytes(data)
    (copy_id,) = library.import_bytes(data, ImportMode.COPY).ids
    copy = library.load(copy_id)
    assert copy_id != pm.id
    assert {factor.id for factor in copy.factors}.isdisjoint({f.id for f in pm.factors})
    assert copy.actions[0].factor_ids == [copy.factors[0].id]
    assert copy.title == pm.title
