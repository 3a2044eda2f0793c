"""Every template, in both languages: golden files, section order, and a reader finds it all.

Golden files live in tests/export/golden/; after an intended change to the output, rewrite
them with `PMDESK_REGENERATE_GOLDEN=1 pytest tests/export/test_templates.py` and review the diff.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from pmdesk.domain.enums import DocumentTemplate, Language
from pmdesk.domain.model import Postmortem
from pmdesk.export.markdown import MarkdownOptions, render_markdown
from pmdesk.export.templates import SECTIONS, load_template
from tests.export.documents import full_postmortem, headings, parse, sample, tables

GOLDEN = Path(__file__).with_name("golden")
TEMPLATES = list(DocumentTemplate)
LANGUAGES = list(Language)


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_export_matches_its_golden_file(template, language):
    text = render_markdown(full_postmortem(language), MarkdownOptions(template=template))
    golden = GOLDEN / f"{template.value}.{language.value}.md"
    if os.environ.get("PMDESK_REGENERATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_sections_come_in_the_templates_order_with_its_headings(template, language):
    loaded = load_template(template)
    words = loaded.languages[language.value]["headings"]
    found = headings(render_markdown(sample(language), MarkdownOptions(template=template)))
    positions = [found.index(words[section]) for section in loaded.sections]
    assert positions == sorted(positions)
    assert set(loaded.sections) == set(SECTIONS), "a template shows every part of the model"


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_markdown_reader_finds_every_timeline_row_action_and_cause(template, language):
    pm = sample(language)
    text = render_markdown(pm, MarkdownOptions(template=template))
    by_width = {len(found[0]): found for found in tables(text)}
    timeline, actions = by_width[5], by_width[8]
    assert [row[3] for row in timeline[1:]] == [event.text for event in pm.sorted_timeline()]
    assert [row[0] for row in actions[1:]] == [action.title for action in pm.actions]
    assert [row[2] for row in actions[1:]] == [action.owner for action in pm.actions]
    factor_headings = [h for h in headings(text) if h[-1].isdigit()]
    assert len(factor_headings) == len(pm.factors)


def test_the_contributing_factors_template_names_no_root_cause():
    pm = full_postmortem()
    text = render_markdown(pm, MarkdownOptions(template=DocumentTemplate.CONTRIBUTING_FACTORS))
    assert "Root cause" not in text
    found = headings(text)
    assert [h for h in found if h[-1].isdigit()] == [
        "Contributing factor 1",
        "Contributing factor 2",
        "Mitigator 1",
    ]
    _timeline, actions = tables(text)
    assert actions[1][7] == "Contributing factor 1", "actions name causes as the template does"


def test_the_template_comes_from_the_postmortem_unless_asked_otherwise():
    pm = full_postmortem()
    pm.template = DocumentTemplate.GOOGLE_SRE
    ordered = headings(render_markdown(pm))
    assert ordered.index("Root causes and contributing factors") < ordered.index("Trigger")
    cds = headings(render_markdown(pm, MarkdownOptions(template=DocumentTemplate.CDS)))
    assert cds.index("Causes") > cds.index("Trigger")


def test_the_language_can_be_chosen_for_one_export():
    pm = full_postmortem(Language.EN)
    text = render_markdown(pm, MarkdownOptions(language="fr"))
    assert "## Chronologie" in text
    assert pm.language is Language.EN


@pytest.mark.parametrize("language", LANGUAGES)
def test_empty_sections_can_be_left_out(language):
    options = MarkdownOptions(omit_empty=True)
    words = load_template().words(language.value)
    empty = render_markdown(Postmortem(language=language), options)
    assert words("not_written") not in empty
    assert headings(empty) == [words("untitled"), words("headings.metadata")]
    text = render_markdown(full_postmortem(language), options)
    found = headings(text)
    assert words("not_written") not in text
    assert words("headings.detection") not in found
    assert words("headings.lessons_learned") not in found
    assert words("headings.lucky") in found
    assert words("headings.other") not in found
    assert words("headings.end_users") in found
    assert "**Category**" in text or "**Catégorie**" in text


def test_the_document_parses_as_commonmark_with_one_title():
    tokens = parse(render_markdown(full_postmortem()))
    titles = [t for t in tokens if t.type == "heading_open" and t.tag == "h1"]
    assert len(titles) == 1


@pytest.mark.parametrize("template", TEMPLATES)
def test_both_languages_of_a_template_have_the_same_words(template):
    loaded = load_template(template)

    def keys(table: dict, prefix: str = "") -> set[str]:
        found = set()
        for key, value in table.items():
            found |= keys(value, f"{prefix}{key}.") if isinstance(value, dict) else {prefix + key}
        return found

    assert keys(loaded.languages["en"]) == keys(loaded.languages["fr"])


def french_words(table: dict, prefix: str = "") -> list[tuple[str, str]]:
    found = []
    for key, value in table.items():
        if isinstance(value, dict):
            found += french_words(value, f"{prefix}{key}.")
        else:
            found.append((prefix + key, str(value)))
    return found


@pytest.mark.parametrize("template", TEMPLATES)
def test_french_words_follow_french_typography(template):
    for key, text in french_words(load_template(template).languages["fr"]):
        assert not re.search(r"[ \u00a0\u202f][?!;]", text), f"space before ? ! ; in {key}"
        assert not re.search(r"[^\u00a0]:", text.replace("://", "")), f"no NBSP before : in {key}"
        assert "«" not in text or "«\u00a0" in text, key
        assert "'" not in text or "’" not in text, f"mixed apostrophes in {key}"
