"""The concrete text "Apply suggestion" puts in place of a finding, when a mechanical rewrite is
honest: drop a minimiser or an "obviously", name a manual step instead of "human error", turn
"should have checked" into what was the case ("had not checked"). Everything else is advice.

Each function takes the normalised text and the finding's span and returns the span to replace
(it may widen it, to take a comma or to capitalise the next word) and its replacement, or None.
The match comes from the lower-cased copy of the text: words are read back from `text` by span.
"""

from __future__ import annotations

import re

from pmdesk.blameless.rules import Pack, Rule

Span = tuple[int, int, str]
_REMOVABLE_AFTER = re.compile(r"[ \t]*,?[ \t]*")
_LINE_BREAK = re.compile(r"\n[ \t]*")
_EMPHASIS = ("**", "__", "~~", "*", "_")
_MINIMISERS = frozenset({"just", "simply", "merely", "really", "actually", "even", "at least"})
"""Words a had-not rewrite drops: "should have just checked" is "had not checked"."""
_NOT_DROPPABLE = frozenset({"only"})
"""Words that make a had-not rewrite change the meaning ("had not only checked")."""
_NEXT_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ARTICLE_BEFORE = re.compile(r"(?:\b(\w+)\s+|(\w+'))$")


def _groups(text: str, match: re.Match[str]) -> dict[str, str | None]:
    """The match's named groups, as written in `text` (the match ran on its lower-cased copy)."""
    return {
        name: None if match.start(name) < 0 else text[match.start(name) : match.end(name)]
        for name in match.re.groupindex
    }


def replacement(
    rule: Rule, pack: Pack, text: str, match: re.Match[str], span: tuple[int, int]
) -> Span | None:
    """(start, end, replacement) for this rule's match, or None when no honest rewrite exists."""
    start, end = span
    if rule.replace == "remove":
        return _remove(text, start, end)
    if rule.replace == "text":
        return start, end, rule.replacement
    if rule.replace == "phrase":
        return _phrase(rule, pack, text, match, start, end)
    if rule.replace == "had-not":
        return _had_not(pack, text, match, start, end)
    if rule.replace == "fr-pluperfect":
        return _pluperfect(pack, text, match, start, end)
    return None


def _remove(text: str, start: int, end: int) -> Span | None:
    """Delete the words, the emphasis marks around them ("**Simply** restart") and the space
    (and comma) after them, or the line break when they end their line; at a clause start,
    capitalise the word that now starts it."""
    first_letter = start
    for mark in _EMPHASIS:
        if (
            text.startswith(mark, end)
            and start >= len(mark)
            and text.startswith(mark, start - len(mark))
        ):
            start, end = start - len(mark), end + len(mark)
            break
    after = _REMOVABLE_AFTER.match(text, end)
    stop = after.end() if after else end
    if text.startswith("\n", stop):  # the words end their line: the next line's word follows
        following = _LINE_BREAK.match(text, stop)
        if following and following.end() < len(text) and text[following.end()].isalnum():
            stop = following.end()
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if stop == end or stop >= len(text) or not text[stop].isalnum():
        # Nothing follows on this line: take the space before instead ("it was, simply.")
        return before, end, ""
    sentence_start = before == 0 or text[before - 1] in ".!?:\n*_#>|-"
    if sentence_start and text[first_letter].isupper():
        word = _NEXT_WORD.match(text, stop)
        if word is None:
            return start, stop, ""
        capitalised = word.group()[0].upper() + word.group()[1:]
        return start, word.end(), capitalised
    return start, stop, ""


def _phrase(
    rule: Rule, pack: Pack, text: str, match: re.Match[str], start: int, end: int
) -> Span | None:
    """A neutral noun phrase, with an article when none precedes ("Root cause: a manual step")."""
    plural = "pl" in match.re.groupindex and match.group("pl") is not None
    phrase = rule.replacement_plural if plural else rule.replacement
    if not phrase:
        return None
    article = _ARTICLE_BEFORE.search(text[max(0, start - 40) : start])
    preceding = (article.group(1) or article.group(2) or "").casefold() if article else ""
    if plural or preceding in pack.lexicon.articles:
        return start, end, phrase
    indefinite = "une " if pack.language == "fr" else "a "
    if text[start].isupper():
        indefinite = indefinite.capitalize()
    return start, end, indefinite + phrase


def _had_not(pack: Pack, text: str, match: re.Match[str], start: int, end: int) -> Span | None:
    """English "should (not) have (been) VBN": what was the case instead of what should have been.

    should have checked → had not checked; should have been monitored → had not been monitored;
    should not have deployed → deployed (what happened, without the verdict)."""
    groups = _groups(text, match)
    participle = groups.get("vbn")
    if not participle or groups.get("adj") or text[match.start()].isupper():
        return None
    adverb = " ".join((groups.get("adv") or "").split())
    if adverb.casefold() in _NOT_DROPPABLE:
        return None
    adverb = "" if adverb.casefold() in _MINIMISERS else adverb + " " if adverb else ""
    negated = bool(groups.get("neg"))
    if groups.get("passive"):
        words = f"had {'' if negated else 'not '}been {adverb}{participle}"
    elif negated:
        lowered = participle.casefold()
        if lowered not in pack.past_tense and not lowered.endswith("ed"):
            return None  # an irregular verb we cannot put in the past tense
        past = pack.past_tense.get(lowered, participle)
        words = f"{adverb}{past}"
    else:
        words = f"had not {adverb}{participle}"
    vbn_start, vbn_end = match.span("vbn")
    if vbn_end != end or vbn_start < start:
        return None
    return start, end, words


_CONDITIONAL = {
    "aurais": "avais",
    "aurait": "avait",
    "aurions": "avions",
    "auriez": "aviez",
    "auraient": "avaient",
}


def _pluperfect(pack: Pack, text: str, match: re.Match[str], start: int, end: int) -> Span | None:
    """French "(n')aurait (pas) dû + infinitif" → "n'avait pas + participe" (or "avait +
    participe" for the negation): the state of things at the time, not a verdict."""
    groups = _groups(text, match)
    aux = (groups.get("aux") or "").casefold()
    infinitive = (groups.get("inf") or "").casefold()
    if aux not in _CONDITIONAL or groups.get("inv") or groups.get("clitic"):
        return None
    between = (groups.get("advs") or "").split()
    negated = between in (["pas"], ["jamais"]) or bool(groups.get("ne"))
    if between and not negated:
        return None
    if groups.get("ne") and between not in (["pas"], ["jamais"]):
        return None
    if groups.get("passive"):
        participle: str | None = f"été {groups.get('pp')}" if groups.get("pp") else None
    else:
        participle = _participle(pack, infinitive)
    if participle is None:
        return None
    imperfect = _CONDITIONAL[aux]
    words = f"{imperfect} {participle}" if negated else f"n'{imperfect} pas {participle}"
    if negated and between == ["jamais"]:
        words = f"{imperfect} {participle}"
    elided = text[max(0, start - 2) : start]
    if elided.casefold() == "j'" and (start - 2 == 0 or not text[start - 3].isalpha()):
        subject = "Je" if elided[0].isupper() else "je"
        return start - 2, end, f"{subject} {words}"
    if text[start].isupper():
        words = words[0].upper() + words[1:]
    return start, end, words


def _participle(pack: Pack, infinitive: str) -> str | None:
    """The past participle of a French infinitive: the pack's table, else the regular -er one."""
    known = pack.pluperfect.get(infinitive)
    if known:
        return known
    if infinitive.endswith("er") and len(infinitive) > 3:
        return infinitive[:-2] + "é"
    return None
