"""The Markdown export: every section in the document's own language, parseable, deterministic."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from pmdesk.domain.enums import (
    ActionStatus,
    ActionType,
    EventKind,
    FactorCategory,
    FactorKind,
    Language,
    Priority,
    Severity,
    Status,
)
from pmdesk.domain.model import Postmortem
from pmdesk.export.markdown import escape_cell, render_markdown
from pmdesk.export.templates import load_template
from tests.export.documents import fixed_postmortem, headings, parse, sample, tables

VOCABULARIES = {
    "status": Status,
    "severity": Severity,
    "event_kind": EventKind,
    "factor_category": FactorCategory,
    "action_type": ActionType,
    "priority": Priority,
    "action_status": ActionStatus,
}


@pytest.mark.parametrize("language", list(Language))
def test_every_heading_of_the_template_is_in_the_document(language):
    words = load_template().languages[language.value]
    pm = sample(language)
    found = headings(render_markdown(pm))
    assert found[0] == pm.title
    for key, heading in words["headings"].items():
        assert heading in found, key
    for kind in FactorKind:
        assert words["factor"][kind.value].format(number=1) in found


@pytest.mark.parametrize("language", list(Language))
def test_sections_come_in_the_template_order(language):
    words = load_template().languages[language.value]["headings"]
    found = headings(render_markdown(sample(language)))
    positions = [found.index(words[section]) for section in load_template().sections]
    assert positions == sorted(positions)


@pytest.mark.parametrize("language", list(Language))
def test_every_timeline_event_is_a_table_row_in_time_order(language):
    pm = sample(language)
    timeline, _actions = tables(render_markdown(pm))
    header, *rows = timeline
    assert pm.timezone in header[0]
    assert len(rows) == len(pm.timeline)
    assert [row[3] for row in rows] == [event.text for event in pm.sorted_timeline()]
    assert [row[0] for row in rows] == sorted(row[0] for row in rows)


@pytest.mark.parametrize("language", list(Language))
def test_every_action_is_a_table_row(language):
    pm = sample(language)
    _timeline, actions = tables(render_markdown(pm))
    header, *rows = actions
    assert len(header) == 8
    assert [row[0] for row in rows] == [action.title for action in pm.actions]
    assert [row[2] for row in rows] == [action.owner for action in pm.actions]
    assert [row[6] for row in rows] == [action.tracker for action in pm.actions]


def test_times_are_shown_in_the_postmortems_zone_with_the_zone_named():
    text = render_markdown(fixed_postmortem())
    timeline, _actions = tables(text)
    assert timeline[0] == ["Time (America/Toronto)", "Kind", "Who", "What happened", "Key event"]
    assert timeline[1][:2] == ["2026-03-01 10:02", "Impact started"]
    assert timeline[2] == ["2026-03-01 10:06", "Detected", "Alerting", "Error rate | above 5%", "★"]
    assert "- **Incident date**: 2026-03-01" in text


def test_pipes_are_escaped_and_line_breaks_become_a_space_in_cells():
    text = render_markdown(fixed_postmortem())
    assert "| Error rate \\| above 5% |" in text
    assert "| Config pushed. Pool size raised. |" in text
    timeline, _actions = tables(text)
    assert all(len(row) == 5 for row in timeline)
    assert escape_cell("a|b\r\n\n  c") == "a\\|b c"


def test_a_pipe_in_code_or_already_escaped_stays_in_its_cell():
    pm = fixed_postmortem()
    pm.timeline[0].text = "ran `grep a|b` then a \\| b"
    timeline, _actions = tables(render_markdown(pm))
    assert all(len(row) == 5 for row in timeline)
    html = MarkdownIt("commonmark").enable("table").render(render_markdown(pm))
    assert "<td>ran <code>grep a|b</code> then a | b</td>" in html


def test_the_writers_markdown_passes_through_unchanged():
    pm = fixed_postmortem()
    text = render_markdown(pm)
    assert "\n## Summary\n\n**Checkout** failed.\n\n- 4% of requests\n- no data lost\n\n## " in text


def test_whys_are_a_numbered_list_under_their_cause():
    text = render_markdown(fixed_postmortem())
    assert "#### Root cause 1\n\n**Category**: Process\n\n" in text
    assert (
        "1. The pipeline treats config as data.\n2. Nobody revisited it.\n   It seemed safe."
        in text
    )
    items = [t for t in parse(text) if t.type == "list_item_open" and t.info in ("1", "2")]
    assert len(items) == 2


def test_the_actions_table_names_the_causes_and_reasons():
    _timeline, actions = tables(render_markdown(fixed_postmortem()))
    assert actions[1] == [
        "Add a canary stage",
        "Prevent",
        "Luc Gagnon",
        "P1 (high)",
        "2026-03-31",
        "Open",
        "OPS-12",
        "Root cause 1",
    ]
    assert actions[2][5] == "Won't do: Replaced by automation."


def test_metrics_come_from_the_milestones():
    text = render_markdown(fixed_postmortem())
    assert "- **Time to detect**: 4 min" in text
    assert "- **Time to mitigate**: —" in text
    assert "- **Time to resolve**: 2 h 05 min" in text
    assert "- **Impact duration**: 2 h 05 min" in text


def test_an_empty_postmortem_marks_every_section_not_written():
    text = render_markdown(Postmortem())
    assert headings(text)[0] == "Untitled postmortem"
    assert text.count("_(not written yet)_") == 18
    assert tables(text) == []


def test_french_uses_french_words_and_spacing():
    pm = fixed_postmortem()
    pm.language = Language.FR
    text = render_markdown(pm)
    assert "## Chronologie" in text
    assert "### Causes profondes" in text
    assert "## Mesures à prendre" in text
    assert "- **Gravité**\u00a0: SEV2 (majeure)" in text
    assert "- **Délai de résolution**\u00a0: 2 h 05 min" in text
    timeline, actions = tables(text)
    assert timeline[0][0] == "Heure (America/Toronto)"
    assert actions[2][5] == "Ne sera pas faite\u00a0: Replaced by automation."
    assert "_(à rédiger)_" in render_markdown(Postmortem(language=Language.FR))


def test_rendering_is_deterministic():
    pm = sample(Language.EN)
    assert render_markdown(pm) == render_markdown(pm)
    text = render_markdown(pm)
    assert text.endswith("\n")
    assert not text.endswith("\n\n")


def test_both_languages_have_the_same_words_and_every_enum_value():
    template = load_template()
    english, french = template.languages["en"], template.languages["fr"]

    def keys(table: dict, prefix: str = "") -> set[str]:
        found = set()
        for key, value in table.items():
            found |= keys(value, f"{prefix}{key}.") if isinstance(value, dict) else {prefix + key}
        return found

    assert keys(english) == keys(french)
    for vocabulary, enum in VOCABULARIES.items():
        assert set(english["enums"][vocabulary]) == {member.value for member in enum}


@pytest.mark.parametrize("fence", ["```", "~~~~", "```python"])
def test_a_code_fence_left_open_is_closed_in_its_own_section(fence):
    pm = fixed_postmortem()
    expected = headings(render_markdown(pm))
    for name in ("summary", "impact", "trigger", "went_well", "lessons"):
        setattr(pm, name, f"Logs:\n\n{fence}\nERROR pool exhausted")
    pm.factors[0].text = f"{fence}\nunclosed"
    text = render_markdown(pm)
    assert headings(text) == expected
    timeline, actions = tables(text)
    assert len(timeline) == 3
    assert len(actions) == 3


def test_a_fence_closed_by_the_writer_is_left_as_it_is():
    pm = fixed_postmortem()
    pm.summary = "````\n```\nstill code\n````"
    assert "\n````\n```\nstill code\n````\n\n## " in render_markdown(pm)


def test_a_title_ending_in_a_hash_keeps_it():
    pm = fixed_postmortem()
    for title, shown in (("Ticket #", "Ticket #"), ("#", "#"), ("C# build", "C# build")):
        pm.title = title
        html = MarkdownIt("commonmark").render(render_markdown(pm))
        assert html.startswith(f"<h1>{shown}</h1>\n")
