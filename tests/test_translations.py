"""The French catalogue is complete, faithful to the sources, typographically French, and uses
the glossary's terms; the plural-only English catalogue covers every %n message."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FRENCH = ROOT / "translations" / "pmdesk_fr.ts"
ENGLISH = ROOT / "translations" / "pmdesk_en.ts"
GLOSSARY = ROOT / "translations" / "glossary.tsv"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
NBSP = "\u00a0"
PLACEHOLDER = re.compile(r"%\d|%n|%\(\w+\)[sdr]|%[sdr]|\{\w*\}")
SAME_IN_FRENCH = {
    "pmdesk",  # the product's name
    "options",  # the same word in French
    "null",  # a JSON keyword
    "{hours} h {minutes} min",  # SI symbols, written alike in both languages
    "{minutes} min",
    "Causes",  # the same word in French
    "&Date",
    "Date",
    "Note",  # an event kind: the same word in French
    "Communication",
    "{title} — pmdesk",  # a title and the product's name
    "A4 (210 × 297 mm)",  # an ISO paper size, named alike in both languages
    "Cause",  # the same word in French
    "{step} ({count})",  # placeholders only
}
"""Sources whose French translation is rightly identical."""


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, message element) for every message of a .ts file."""
    found = []
    for context in ET.parse(path).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


FRENCH_MESSAGES = messages(FRENCH)
IDS = [f"{context}:{source[:40]}" for context, source, _ in FRENCH_MESSAGES]


def test_every_message_is_finished():
    unfinished = [
        (context, source)
        for context, source, message in FRENCH_MESSAGES
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []


@pytest.mark.parametrize(("context", "source", "message"), FRENCH_MESSAGES, ids=IDS)
def test_each_translation_is_real_and_keeps_its_placeholders(context, source, message):
    for text in translations_of(message):
        assert text.strip(), "empty translation"
        if source not in SAME_IN_FRENCH:
            assert text != source, "left in English"
        assert Counter(PLACEHOLDER.findall(text)) == Counter(PLACEHOLDER.findall(source))


@pytest.mark.parametrize(("context", "source", "message"), FRENCH_MESSAGES, ids=IDS)
def test_french_typography(context, source, message):
    for text in translations_of(message):
        assert not re.search("[“”]", text), "English quotes in French: use « »"
        assert not re.search(r"«(?!\u00a0)|(?<!\u00a0)»", text), "« » need non-breaking spaces"
        assert not re.search(r"(?<!\u00a0):(\s|$)", text), "a colon takes a non-breaking space"
        assert not re.search(r"\s[;!?]", text), "no space before ; ! ? in Canadian French"
        assert not re.search(r" \u00a0|\u00a0 ", text), "doubled space"


def glossary() -> list[tuple[str, str]]:
    rows = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and not line.startswith("english\t"):
            english, french, *_note = line.split("\t")
            rows.append((english, french))
    return rows


@pytest.mark.parametrize(("english", "french"), glossary())
def test_glossary_terms_are_translated_the_same_way_everywhere(english, french):
    strays = []
    for context, source, message in FRENCH_MESSAGES:
        if context == "argparse" or not re.search(english, source.replace("&", ""), re.I):
            continue
        for text in translations_of(message):
            if not re.search(french, text.replace("&", ""), re.IGNORECASE):
                strays.append((source, text))
    assert strays == []


def test_the_catalogues_hold_exactly_the_strings_of_the_sources(tmp_path: Path):
    if not LUPDATE.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    sources = sorted(str(path) for path in (ROOT / "src" / "pmdesk").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(LUPDATE), "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    expected = {(context, source) for context, source, _ in messages(fresh)}
    committed = {(context, source) for context, source, _ in FRENCH_MESSAGES}
    assert sorted(expected - committed) == [], "strings missing from pmdesk_fr.ts"
    assert sorted(committed - expected) == [], "strings in pmdesk_fr.ts no longer in the code"
    plural = {(context, source) for context, source, m in messages(fresh) if m.get("numerus")}
    english = {(context, source) for context, source, _ in messages(ENGLISH)}
    assert english == plural, "pmdesk_en.ts must hold every %n message and nothing else"


def test_english_plurals_are_complete():
    for _context, source, message in messages(ENGLISH):
        singular, plural = translations_of(message)
        assert "(s)" not in singular + plural, source
        assert singular != plural, source


def test_compiled_catalogues_are_never_committed():
    tracked = subprocess.run(
        ["git", "ls-files", "*.qm"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if shutil.which("git") is None or tracked.returncode != 0:
        pytest.skip("not a git checkout")
    assert tracked.stdout == ""
