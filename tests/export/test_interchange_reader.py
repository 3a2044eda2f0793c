"""Import validates everything and names the first bad field by its path."""

from __future__ import annotations

import json
from typing import Any

import pytest

from pmdesk.domain.enums import DocumentTemplate
from pmdesk.domain.errors import InvalidDataError, PmdeskError
from pmdesk.export.interchange import dump_postmortem
from pmdesk.export.interchange_reader import read_document
from pmdesk.services.sample import sample_library


def valid_document() -> dict[str, Any]:
    (pm,) = sample_library(1, events=4, actions=2)
    return json.loads(dump_postmortem(pm))


def first_problem(document: Any) -> tuple[str, str]:
    with pytest.raises(InvalidDataError) as caught:
        read_document(json.dumps(document).encode())
    return caught.value.problem.path, caught.value.problem.code


def test_a_minimal_hand_written_file_is_accepted_with_defaults():
    data = b'{"format": "pmdesk.postmortem", "version": 1, "postmortem": {"title": "DNS"}}'
    (pm,) = read_document(data)
    assert pm.title == "DNS"
    assert pm.timezone == "UTC"
    assert pm.timeline == []
    assert pm.template is DocumentTemplate.CDS
    assert pm.dismissals == []


def test_the_template_and_dismissed_findings_travel_in_the_file():
    document = valid_document()
    document["postmortem"]["template"] = "google_sre"
    document["postmortem"]["dismissals"] = [
        {
            "rule": "en.counterfactual.should-have",
            "field": "summary",
            "match": "should have",
            "reason": "Quoting the runbook's expectation.",
            "dismissed_at": "2026-03-02T09:00:00+00:00",
        }
    ]
    (pm,) = read_document(json.dumps(document).encode())
    assert pm.template is DocumentTemplate.GOOGLE_SRE
    (dismissal,) = pm.dismissals
    assert dismissal.covers("en.counterfactual.should-have", "summary", "Should Have")
    assert not dismissal.covers("en.counterfactual.should-have", "impact", "should have")
    assert (
        json.loads(dump_postmortem(pm))["postmortem"]["dismissals"]
        == (document["postmortem"]["dismissals"])
    )


def test_unknown_keys_are_ignored_for_forward_compatibility():
    document = valid_document()
    document["postmortem"]["added_in_v2"] = {"anything": 1}
    document["postmortem"]["timeline"][0]["mood"] = "calm"
    assert len(read_document(json.dumps(document).encode())) == 1


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.update(format="other.tool"), ("format", "wrong_format")),
        (lambda d: d.update(version=2), ("version", "unsupported_version")),
        (lambda d: d.update(version=True), ("version", "unsupported_version")),
        (lambda d: d.update(postmortem=[]), ("postmortem", "wrong_type")),
        (lambda d: d["postmortem"].update(status="done"), ("postmortem.status", "unknown_value")),
        (
            lambda d: d["postmortem"].update(severity="SEV9"),
            ("postmortem.severity", "unknown_value"),
        ),
        (lambda d: d["postmortem"].update(title=42), ("postmortem.title", "wrong_type")),
        (
            lambda d: d["postmortem"].update(template="latex"),
            ("postmortem.template", "unknown_value"),
        ),
        (
            lambda d: d["postmortem"].update(dismissals=[{"rule": 3}]),
            ("postmortem.dismissals[0].rule", "wrong_type"),
        ),
        (lambda d: d["postmortem"].update(services="web"), ("postmortem.services", "wrong_type")),
        (
            lambda d: d["postmortem"]["timeline"][3].update(at="2026-03-01T14:02:00"),
            ("postmortem.timeline[3].at", "naive_time"),
        ),
        (
            lambda d: d["postmortem"]["timeline"][1].update(at="yesterday at noon"),
            ("postmortem.timeline[1].at", "not_iso_time"),
        ),
        (
            lambda d: d["postmortem"]["timeline"][0].pop("at"),
            ("postmortem.timeline[0].at", "missing_key"),
        ),
        (
            lambda d: d["postmortem"]["actions"][1].update(due="2026-02-30"),
            ("postmortem.actions[1].due", "not_iso_date"),
        ),
        (
            lambda d: d["postmortem"]["actions"][0].update(type="blame"),
            ("postmortem.actions[0].type", "unknown_value"),
        ),
        (
            lambda d: d["postmortem"].update(timezone="Atlantis/Capital"),
            ("postmortem.timezone", "invalid_timezone"),
        ),
        (
            lambda d: d["postmortem"].update(resolved_at="2000-01-01T00:00:00+00:00"),
            ("postmortem.resolved_at", "before_milestone"),
        ),
        (
            lambda d: d["postmortem"].update(summary="\ud800"),
            ("postmortem.summary", "invalid_character"),
        ),
        (
            lambda d: d["postmortem"]["timeline"][2].update(at="2026-03-01T14:02:00+25:00"),
            ("postmortem.timeline[2].at", "not_iso_time"),
        ),
    ],
)
def test_the_first_bad_field_is_named_by_its_path(change, expected):
    document = valid_document()
    change(document)
    assert first_problem(document) == expected


def test_the_unknown_value_error_lists_what_is_allowed():
    document = valid_document()
    document["postmortem"]["language"] = "de"
    with pytest.raises(InvalidDataError) as caught:
        read_document(json.dumps(document).encode())
    assert caught.value.problem.params == {"value": "de", "allowed": "en, fr"}


def test_a_50_megabyte_text_field_is_refused_by_name():
    document = valid_document()
    document["postmortem"]["summary"] = "x" * 50_000_000
    path, code = first_problem(document)
    assert (path, code) == ("postmortem.summary", "too_long")


def test_library_paths_name_the_postmortem_index():
    first, second = valid_document()["postmortem"], valid_document()["postmortem"]
    second["id"] = "another-id"
    second["actions"][0]["priority"] = "urgent"
    library = {"format": "pmdesk.library", "version": 1, "postmortems": [first, second]}
    assert first_problem(library) == ("postmortems[1].actions[0].priority", "unknown_value")


def test_duplicate_postmortems_in_a_library_are_refused():
    pm = valid_document()["postmortem"]
    library = {"format": "pmdesk.library", "version": 1, "postmortems": [pm, pm]}
    assert first_problem(library) == ("postmortems[1].id", "duplicate_id")


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty_file"),
        (
            b'{"format": "pmdesk.postmortem", "version": 1, "postmortem": {"title": "x"',
            "truncated_json",
        ),
        (b'{"format": "pmdesk.postmortem",, "version": 1}', "invalid_json"),
        ('{"title": "Café"}'.encode("latin-1"), "not_utf8"),
        (b"[" * 100_000, "invalid_json"),  # nested too deeply: refused, no crash
    ],
)
def test_unreadable_files_are_refused_with_a_reason(data: bytes, code: str):
    with pytest.raises(PmdeskError) as caught:
        read_document(data)
    assert caught.value.code == code


def test_a_byte_order_mark_is_tolerated():
    data = b"\xef\xbb\xbf" + json.dumps(valid_document()).encode()
    assert len(read_document(data)) == 1
