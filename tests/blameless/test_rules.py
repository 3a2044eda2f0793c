"""The rule packs are data: each loads, covers the eight categories, speaks its own language,
and keeps its promises (its examples, and a replacement that really removes the finding)."""

from __future__ import annotations

import re

import pytest

from pmdesk.blameless.engine import check_text
from pmdesk.blameless.findings import CATEGORIES, SEVERITIES
from pmdesk.blameless.rules import LANGUAGES, Rule, load_pack
from tests.blameless.scoring import own_cases

RULES = [(language, rule) for language in LANGUAGES for rule in load_pack(language).rules]


def rule_id(item: tuple[str, Rule]) -> str:
    return item[1].id


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_pack_covers_every_category(language: str):
    rules = load_pack(language).rules
    assert {rule.category for rule in rules} == set(CATEGORIES)
    assert {rule.severity for rule in rules} <= set(SEVERITIES)
    assert all(rule.id.startswith(f"{language}.{rule.category}.") for rule in rules)


@pytest.mark.parametrize("item", RULES, ids=rule_id)
def test_every_rule_has_kind_words_and_examples(item: tuple[str, Rule]):
    language, rule = item
    assert rule.message
    assert rule.suggestion
    assert rule.message.endswith(".")
    assert rule.examples_flag, "a rule without a failing example cannot be checked"
    assert rule.examples_clean or rule.category in ("blame-attribution",), rule.id
    if language == "fr":
        for text in (rule.message, rule.suggestion):  # Canadian French typography
            assert not re.search(r"[^\u00a0][:»]|«[^\u00a0]|\s[;!?]", text), text


@pytest.mark.parametrize("item", RULES, ids=rule_id)
def test_every_rule_flags_its_examples_and_spares_its_clean_ones(item: tuple[str, Rule]):
    language, rule = item
    for text in rule.examples_flag:
        found = check_text(text, language)
        assert rule.id in {f.rule for f in found}, (text, [(f.rule, f.match) for f in found])
    for text in rule.examples_clean:
        found = check_text(text, language)
        assert rule.id not in {f.rule for f in found}, (text, [(f.rule, f.match) for f in found])


def replaced_findings(language: str):
    texts = [case.text for case in own_cases(language)]
    texts += [text for rule in load_pack(language).rules for text in rule.examples_flag]
    for text in texts:
        for finding in check_text(text, language):
            if finding.replacement is not None:
                yield text, finding


@pytest.mark.parametrize("language", LANGUAGES)
def test_applying_a_replacement_makes_its_finding_disappear(language: str):
    applied: set[str] = set()
    for text, finding in replaced_findings(language):
        assert text[finding.start : finding.end] == finding.match
        edited = text[: finding.start] + finding.replacement + text[finding.end :]
        end = finding.start + len(finding.replacement)
        again = [
            f
            for f in check_text(edited, language)
            if f.rule == finding.rule and f.start <= end and finding.start <= f.end
        ]
        assert not again, (text, edited)
        assert not re.search(r"  | [.,]", edited), edited
        applied.add(finding.rule)
    with_replacement = {rule.id for rule in load_pack(language).rules if rule.replace}
    assert applied == with_replacement, "every rule that offers a replacement is exercised"


@pytest.mark.parametrize(
    ("language", "text", "edited"),
    [
        ("en", "Obviously, the disk was full.", "The disk was full."),
        ("en", "He simply restarted it.", "He restarted it."),
        ("en", "Root cause: human error.", "Root cause: a manual step."),
        ("en", "Both were operator errors.", "Both were manual steps."),
        ("en", "Alice should have checked the lag.", "Alice had not checked the lag."),
        ("en", "Alice shouldn't have run it twice.", "Alice ran it twice."),
        ("en", "The lag should have been monitored.", "The lag had not been monitored."),
        ("fr", "Marc aurait dû vérifier la cible.", "Marc n'avait pas vérifié la cible."),
        ("fr", "J'aurais dû prévenir l'équipe.", "Je n'avais pas prévenu l'équipe."),
        ("fr", "Ils n'auraient pas dû redémarrer.", "Ils avaient redémarré."),
        ("fr", "La sonde aurait dû être testée.", "La sonde n'avait pas été testée."),
        ("fr", "Cause : erreur humaine.", "Cause : une action manuelle."),
        ("fr", "Évidemment, le disque était plein.", "Le disque était plein."),
        ("en", "**Simply** restart the pod.", "Restart the pod."),
        ("en", "Then *simply* restart the pod.", "Then restart the pod."),
        ("en", "**Simply restart** the pod.", "**Restart** the pod."),
        ("en", "Simply\nrestart it.", "Restart it."),
        ("en", "He simply\nrestarted it.", "He restarted it."),
        ("en", "Then:\nsimply\nrestart it.", "Then:\nrestart it."),
        ("en", "He should have really checked the lag.", "He had not checked the lag."),
        ("en", "He shouldn't have just deployed.", "He deployed."),
        ("en", "He should have immediately paged.", "He had not immediately paged."),
        ("fr", "J’aurais dû vérifier la cible.", "Je n’avais pas vérifié la cible."),
        ("fr", "L’astreinte aurait dû vérifier.", "L’astreinte n’avait pas vérifié."),
    ],
)
def test_replacements_read_naturally(language: str, text: str, edited: str):
    (finding,) = [f for f in check_text(text, language) if f.replacement is not None]
    assert text[: finding.start] + finding.replacement + text[finding.end :] == edited


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The team could have caught it with a load test."),
        ("en", "Bob failed to notice the warning."),
        ("fr", "Il aurait fallu couper le trafic plus tôt."),
        ("fr", "Aurait-il dû escalader plus tôt ?"),
        ("fr", "Elle aurait dû le voir."),
    ],
)
def test_no_replacement_where_a_mechanical_rewrite_would_not_be_honest(language: str, text: str):
    found = check_text(text, language)
    assert found
    assert all(finding.replacement is None for finding in found)


def test_a_had_not_rewrite_drops_the_minimiser():
    text = "He should have just checked."
    (finding,) = [f for f in check_text(text, "en") if f.rule == "en.counterfactual.should-have"]
    assert (
        text[: finding.start] + finding.replacement + text[finding.end :] == "He had not checked."
    )


def test_a_replacement_keeps_the_writers_straight_apostrophe():
    (finding,) = check_text("L'astreinte aurait dû vérifier, d'après Marc.", "fr")
    assert finding.replacement == "n'avait pas vérifié"


def test_a_had_not_rewrite_is_not_offered_where_it_would_change_the_meaning():
    found = check_text("He should have only restarted one pod.", "en")
    assert [f.rule for f in found] == ["en.counterfactual.should-have"]
    assert found[0].replacement is None  # "had not only restarted" says something else


def test_the_missed_rule_names_every_word_it_flags():
    for text, word in [
        ("Grace missed the page.", "Missed"),
        ("Erin overlooked the warning.", "overlooked"),
        ("I forgot to remove the debug flag.", "forgot"),
    ]:
        (finding,) = check_text(text, "en")
        assert finding.rule == "en.counterfactual.missed"
        assert f"“{word}”" in finding.message


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="no wording rules"):
        load_pack("de")
