"""check_text: what the writer sees. Offsets point at the blaming words in the text as typed,
quoted and technical text is left alone, and a person is told apart from a system."""

from __future__ import annotations

import unicodedata

import pytest

from pmdesk.blameless.engine import check_text
from pmdesk.blameless.findings import CATEGORIES, SEVERITIES, Finding


def rules(text: str, language: str = "en", section: str | None = None) -> list[str]:
    return [finding.rule for finding in check_text(text, language, section)]


def test_a_finding_points_at_its_words_and_explains_itself():
    text = "At 10:02 Alice should have checked the replica lag."
    (finding,) = check_text(text, "en")
    assert isinstance(finding, Finding)
    assert finding.rule == "en.counterfactual.should-have"
    assert (finding.category, finding.severity) == ("counterfactual", "moderate")
    assert text[finding.start : finding.end] == finding.match == "should have checked"
    assert finding.message
    assert finding.suggestion
    assert finding.replacement == "had not checked"


def test_findings_are_sorted_and_well_formed():
    text = (
        "Obviously, Bob should have known better. Root cause: human error. "
        "He simply ignored the alert, and the team screwed up the rollback."
    )
    found = check_text(text, "en")
    assert [f.start for f in found] == sorted(f.start for f in found)
    assert {f.category for f in found} == {
        "hindsight-obviousness",
        "mind-reading",
        "human-error-label",
        "minimising",
        "blame-attribution",
    }
    for finding in found:
        assert finding.category in CATEGORIES
        assert finding.severity in SEVERITIES
        assert text[finding.start : finding.end] == finding.match


def test_clean_and_empty_texts_have_no_findings():
    assert check_text("", "en") == []
    assert check_text("   \n\n ", "fr") == []
    assert check_text("The system failed to connect to the database.", "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Use `should have checked` as a flag name.",
        "```\nAlice should have checked the lag\n```",
        "~~~text\nroot cause: human error\n~~~",
        "Notes:\n\n    operator error in legacy mode\n",
        "> I should have checked the lag, my bad.",
        "2026-03-01T10:02:11Z ERROR human error detected by validator",
        "10:02:11 WARN operator error counter incremented",
        'level=error msg="should have retried"',
        "See https://example.com/we-should-have-known-better for details.",
        "The on-call said: \u201cI simply forgot to renew it.\u201d",
        'The client returned "User error: please retry" for 12% of requests.',
        "We avoid calling this 'human error' in our reviews.",
    ],
)
def test_code_quotes_logs_and_urls_are_not_the_writers_words(text: str):
    assert check_text(text, "en") == []


def test_a_quote_mark_does_not_hide_the_rest_of_the_sentence():
    text = "Karen's change was fine, but Karen should have paged the team."
    assert rules(text) == ["en.counterfactual.should-have"]


@pytest.mark.parametrize(
    "text",
    [
        "L'astreinte a écrit\u00a0: «\u00a0J'aurais dû vérifier la cible.\u00a0»",
        "> J'aurais dû vérifier la cible.",
        "Le drapeau `aurait_du_reessayer` valait faux.",
    ],
)
def test_french_quotes_and_code_are_skipped(text: str):
    assert check_text(text, "fr") == []


def test_curly_apostrophes_and_no_break_spaces_match_like_plain_ones():
    text = "Il est évident qu\u2019on aurait\u00a0dû couper le trafic."
    found = check_text(text, "fr")
    assert {f.category for f in found} == {"counterfactual", "hindsight-obviousness"}
    for finding in found:
        assert text[finding.start : finding.end] == finding.match


def test_offsets_stay_right_when_accents_arrive_decomposed():
    text = unicodedata.normalize("NFD", "Élodie a été négligente. Marc aurait dû vérifier.")
    found = check_text(text, "fr")
    assert [f.rule for f in found] == [
        "fr.normative-judgement.negligence",
        "fr.counterfactual.aurait-du",
    ]
    for finding in found:
        assert text[finding.start : finding.end] == finding.match
    assert unicodedata.normalize("NFC", found[1].match) == "aurait dû vérifier"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Alice broke prod with a config push.", "en"),
        ("@dana took down the checkout service.", "en"),
        ("Yesterday Frank dropped the production table.", "en"),
        ("Marc a supprimé la base de production.", "fr"),
        ("Jacques a cassé la prod en poussant une configuration.", "fr"),
        ("@karine a fait tomber le service.", "fr"),
        ("Bob deleted the table.", "en"),
        ("Bob dropped the users table.", "en"),
        ("Bob pushed a bad config to production.", "en"),
        ("Marc a supprimé la table.", "fr"),
        ("Marc a poussé une mauvaise configuration en production.", "fr"),
    ],
)
def test_a_named_person_as_the_subject_of_a_failure_verb_is_flagged(text: str, language: str):
    (finding,) = [f for f in check_text(text, language) if f.category == "person-as-cause"]
    assert "role" in finding.suggestion or "rôle" in finding.suggestion


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Alice restarted the primary at 10:02 and the errors stopped.", "en"),
        ("The config push broke checkout.", "en"),
        ("Kubernetes evicted the pods and took down the API.", "en"),
        ("The database failed to accept new connections.", "en"),
        ("Marc a redémarré le primaire à 10 h 02.", "fr"),
        ("Le serveur a planté après saturation de la mémoire.", "fr"),
        ("Le service n'a pas réussi à se connecter à la base.", "fr"),
        ("Bob deleted the stale branch after the review.", "en"),
        ("Bob deleted the stale table after the review.", "en"),
        ("Alice truncated the sessions table to free up disk space.", "en"),
        ("Bob dropped the users table after the migration, as planned.", "en"),
        ("The cleanup job deleted the table.", "en"),
        ("Marc a supprimé la table temporaire après la revue.", "fr"),
        ("Marc a vidé la table des sessions pour libérer de l'espace disque.", "fr"),
        ("Léa a déployé le correctif à 10 h 40.", "fr"),
    ],
)
def test_names_in_neutral_sentences_and_system_subjects_are_not_flagged(text: str, language: str):
    assert check_text(text, language) == []


def test_outcome_counterfactuals_are_silent_where_we_got_lucky():
    text = "If the responder had paged the vendor, the outage would have been shorter."
    assert rules(text) == ["en.counterfactual.if-had"]
    assert rules(text, section="lucky") == []
    assert rules("Bob should have checked the lag.", section="lucky")


def test_first_person_counterfactuals_get_a_kinder_note():
    (mine,) = check_text("I should have checked the lag.", "en")
    (theirs,) = check_text("Bob should have checked the lag.", "en")
    assert mine.suggestion.startswith("Owning this is generous")
    assert not theirs.suggestion.startswith("Owning this")
    (miennes,) = check_text("J'aurais dû vérifier la cible.", "fr")
    assert miennes.suggestion.startswith("C'est honnête de l'assumer")


def test_an_agentless_passive_counterfactual_is_a_gentle_hint():
    (finding,) = check_text("The certificate expiry should have been monitored.", "en")
    assert finding.severity == "gentle"
    (constat,) = check_text("L'expiration du certificat aurait dû être surveillée.", "fr")
    assert constat.severity == "gentle"


def test_the_more_specific_rule_wins_on_the_same_words():
    assert rules("Grace should have known better.") == ["en.mind-reading.knew-better"]
    assert rules("Il aurait dû savoir qu'on ne déploie pas.", "fr") == [
        "fr.mind-reading.aurait-du-savoir"
    ]


def test_a_long_paragraph_is_checked_sentence_by_sentence():
    sentence = "The job failed to start, so Bob should have restarted it. "
    found = check_text(sentence * 200, "en")
    assert len(found) == 200
    assert all(f.match == "should have restarted" for f in found)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_keyword_prefilter_never_hides_a_finding(language: str, monkeypatch):
    """Running only the rules whose keywords occur gives what running every rule everywhere
    gives, on every example and case we have."""
    from pmdesk.blameless import engine
    from pmdesk.blameless.rules import load_pack
    from tests.blameless.scoring import own_cases

    pack = load_pack(language)
    texts = [case.text for case in own_cases(language)]
    texts += [text for rule in pack.rules for text in rule.examples_flag + rule.examples_clean]
    fast = [check_text(text, language) for text in texts]

    def everything(pack, shape):
        return {index: set(range(len(shape.sentence_starts))) for index in range(len(pack.rules))}

    monkeypatch.setattr(engine, "candidates", everything)
    assert [check_text(text, language) for text in texts] == fast


def test_a_condition_people_were_in_is_not_a_person_as_cause():
    assert rules("Root cause: the fatigue of the on-call team.") == []
    assert rules("Root cause: the on-call engineer.") == ["en.person-as-cause.root-cause-person"]
    assert rules("Cause profonde : la fatigue de l'équipe.", "fr") == []


def test_a_phrase_wrapped_across_lines_is_still_found():
    text = "During the failover Alice should\nhave checked the replica lag, and no\none noticed."
    assert rules(text) == ["en.counterfactual.should-have", "en.counterfactual.nobody-checked"]
    assert rules("Marc aurait\ndû vérifier la cible.", "fr") == ["fr.counterfactual.aurait-du"]


def test_each_line_of_entries_is_its_own_sentence():
    """Timeline lines, chat lines and lines starting with a name are entries: what one says
    (its subject, an "as configured") does not reach into the next."""
    text = (
        "10:02 the alert should have fired per its config\n"
        "10:05 Bob should have checked the lag\n"
        "[10:07] dana: the deploy failed to roll out\n"
        "Alice paged the database team\n"
        "10:09 failed to roll out on node-3"
    )
    found = check_text(text, "en")
    assert [f.match for f in found] == ["should have checked"]


def test_a_wrapped_sentence_goes_on_over_its_line_break():
    text = "The outage was caused by\nBob's migration, and the on-call engineer\nfailed to page."
    assert rules(text) == ["en.person-as-cause.caused-by-person", "en.counterfactual.failed-to"]


def test_a_quotation_wrapped_over_two_lines_is_still_skipped():
    assert check_text('The on-call wrote: "I simply\nforgot to renew it."', "en") == []
    assert check_text("Il a écrit : « J'aurais dû\nvérifier la cible. »", "fr") == []


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_carriage_returns_end_lines_like_line_feeds(newline: str):
    lines = ["2026-03-01T10:02:11Z ERROR human error counter=3", "Root cause: human error."]
    text = newline.join(lines)
    (finding,) = check_text(text, "en")
    assert (finding.match, finding.start) == ("human error", text.index("Root") + 12)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_paragraph_of_entries_gets_what_its_lines_get(language: str):
    """What the editor underlines does not depend on whether it checks a paragraph or each of
    its lines, when each line is an entry (here: every own case, without its full stop)."""
    from tests.blameless.scoring import own_cases

    entries = [case.text.rstrip(".!?… \u00a0") for case in own_cases(language)]
    entries = [entry for entry in entries if entry[0].isupper() or entry[0] in "@[0123456789"]
    for first in range(0, len(entries), 6):
        lines = entries[first : first + 6]
        whole = [(f.rule, f.start, f.end) for f in check_text("\n".join(lines), language)]
        each, offset = [], 0
        for line in lines:
            each += [(f.rule, f.start + offset, f.end + offset) for f in check_text(line, language)]
            offset += len(line) + 1
        assert sorted(whole) == sorted(each), lines


@pytest.mark.parametrize("language", ["en", "fr"])
def test_prose_between_two_code_blocks_is_checked(language: str):
    sentence = {
        "en": "The engineer should have checked the lag.",
        "fr": "L'ingénieur aurait dû vérifier le retard.",
    }[language]
    text = f"```\nERROR pool exhausted\n```\n\n{sentence}\n\n```\nERROR again\n```\n"
    assert [finding.rule for finding in check_text(text, language)] == [
        finding.rule for finding in check_text(sentence, language)
    ]


def test_a_stray_backtick_does_not_hide_the_next_paragraph():
    text = "Run `a\n\nThe engineer should have checked the lag. And `b` here."
    assert [finding.match for finding in check_text(text, "en")] == ["should have checked"]


def test_a_code_span_wrapped_over_a_line_is_still_code():
    assert check_text("The `should_retry\nshould have` flag is set.", "en") == []
