"""`check_text`: every blaming phrase in a text, in the text's language, fast enough to run on
each keystroke.

One keyword regex per language finds the sentences worth a closer look; only the rules whose
keywords occur there run, and only on those sentences. A match then passes the rule's exceptions
and its named decisions (subject, clause start…); overlapping matches keep the most specific rule.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from pmdesk.blameless.findings import Finding
from pmdesk.blameless.markup import Layout, layout
from pmdesk.blameless.replace import replacement
from pmdesk.blameless.rules import Pack, Rule, hit_key, load_pack
from pmdesk.blameless.subjects import (
    ADVERSARY,
    PERSON,
    SYSTEM,
    Subject,
    classify,
    find_subject,
    person_in,
    tokens,
)

_CLAUSE_OPENERS = ".!?:;,(—–\n"
_LEADING_MARKS = " \t*_#>+-|[\"'«“0123456789.)"
_PASSES = {
    "any": None,
    "person": {PERSON},
    "named": {PERSON},
    "not-system": {PERSON, "unknown", "gerund"},
}


def check_text(text: str, language: str, section: str | None = None) -> list[Finding]:
    """The findings in `text` checked with the `language` rules ("en" or "fr"), sorted by start.

    `section` names the postmortem section the text belongs to ("lucky", "actions", "timeline"…):
    a few rules are silent in some sections (outcome counterfactuals belong in "lucky")."""
    if not text or text.isspace():
        return []
    pack = load_pack(language)
    shape = layout(text)
    starts, lower = shape.sentence_starts, shape.lower
    work = candidates(pack, shape)
    found: list[tuple[Rule, Finding]] = []
    for index in sorted(work):
        rule = pack.rules[index]
        if section is not None and section in rule.silent_in:
            continue
        for sentence in sorted(work[index]):
            bounds = (starts[sentence], shape.sentence_ends[sentence])
            for pattern in rule.patterns:
                for match in pattern.finditer(lower, *bounds):
                    finding = _evaluate(rule, pack, shape, text, match, bounds)
                    if finding is not None:
                        found.append((rule, finding))
    return _resolve(found)


def candidates(pack: Pack, shape: Layout) -> dict[int, set[int]]:
    """Rule index → indexes of the sentences holding one of its keywords: the only places where
    that rule can match (the test suite checks this against running every rule everywhere)."""
    work: dict[int, set[int]] = {}
    starts, lower = shape.sentence_starts, shape.lower
    for hit in pack.keyword.finditer(lower, 0, len(lower)):
        indexes = pack.by_key.get(hit_key(hit.group()))
        if not indexes:
            continue
        sentence = bisect_right(starts, hit.start()) - 1
        for index in indexes:
            work.setdefault(index, set()).add(sentence)
    return work


def _evaluate(
    rule: Rule,
    pack: Pack,
    shape: Layout,
    original: str,
    match: re.Match[str],
    bounds: tuple[int, int],
) -> Finding | None:
    norm = shape.text
    span = match.span("span") if "span" in match.re.groupindex else match.span()
    if span[0] == span[1] or span[0] < 0 or shape.is_skipped(*span):
        return None
    if _excluded(rule, shape.lower, span, bounds):
        return None
    groups = match.groupdict()
    passive = bool(groups.get("passive")) and not groups.get("adj")
    any_subject = passive or bool(groups.get("anysubject"))
    subject = Subject("unknown")
    if rule.subject != "any" or rule.checks:
        verb = match.start("verb") if groups.get("verb") is not None else match.start()
        leftmost = rule.subject_from == "first"
        subject = find_subject(norm, bounds[0], verb, pack.lexicon, leftmost)
    allowed = _PASSES[rule.subject]
    if allowed is not None and not any_subject and subject.kind not in allowed:
        return None
    if rule.subject == "named" and not any_subject and not subject.named:
        return None
    if not all(_check(name, norm, match, bounds, subject, pack) for name in rule.checks):
        return None
    softened = passive or bool(groups.get("soft"))
    severity = "gentle" if rule.gentle_when == "passive" and softened else rule.severity
    rewrite = replacement(rule, pack, norm, match, span)
    start, end = (rewrite[0], rewrite[1]) if rewrite else span
    suggestion = rule.suggestion
    if subject.first_person and rule.category in ("counterfactual", "mind-reading"):
        suggestion = f"{pack.first_person_note} {suggestion}"
    first, last = shape.original(start), shape.original(end)
    return Finding(
        rule=rule.id,
        category=rule.category,
        severity=severity,
        start=first,
        end=last,
        match=original[first:last],
        message=rule.message,
        suggestion=suggestion,
        replacement=rewrite[2] if rewrite else None,
    )


def _excluded(rule: Rule, text: str, span: tuple[int, int], bounds: tuple[int, int]) -> bool:
    """Whether one of the rule's exceptions matches text overlapping the finding."""
    for pattern in rule.excludes:
        for found in pattern.finditer(text, *bounds):
            if found.start() < span[1] and span[0] < found.end():
                return True
    return any(pattern.search(text, *bounds) for pattern in rule.sentence_excludes)


def _check(
    name: str,
    text: str,
    match: re.Match[str],
    bounds: tuple[int, int],
    subject: Subject,
    pack: Pack,
) -> bool:
    """The named decisions a rule can ask for (rules.CHECKS)."""
    lexicon = pack.lexicon
    if name == "clause-initial":
        index = match.start() - 1
        while index >= bounds[0] and text[index] in _LEADING_MARKS:
            index -= 1
        return index < bounds[0] or text[index] in _CLAUSE_OPENERS
    if name == "agent-person":
        return _group_has_person(text, match, "agent", pack)
    if name == "person-around":
        return subject.kind == PERSON or _group_has_person(text, match, "after", pack)
    if name == "outcome-free":
        if match.re.groupindex.get("np") is None or match.group("np") is None:
            return True
        words = tokens(text, *match.span("np"), lexicon, bounds[0])
        kinds = [classify(token, lexicon) for token in words]
        return PERSON in kinds or not ({SYSTEM, ADVERSARY} & set(kinds))
    raise ValueError(f"unknown check {name}")


def _group_has_person(text: str, match: re.Match[str], group: str, pack: Pack) -> bool:
    if group not in match.re.groupindex or match.group(group) is None:
        return False
    return person_in(text, *match.span(group), pack.lexicon)


def _resolve(found: list[tuple[Rule, Finding]]) -> list[Finding]:
    """Drop a finding when an overlapping one comes from a more specific rule (one that
    `overrides` its category or id), and repeats of one rule on overlapping text; then sort by
    position. Findings are compared only within a run of overlapping ones, so a long document
    stays linear."""
    found.sort(key=lambda item: (item[1].start, item[1].end))
    kept: list[Finding] = []
    cluster: list[tuple[Rule, Finding]] = []
    reach = -1
    for item in found:
        if cluster and item[1].start >= reach:
            kept.extend(_settle(cluster))
            cluster = []
            reach = -1
        cluster.append(item)
        reach = max(reach, item[1].end)
    kept.extend(_settle(cluster))
    return sorted(kept, key=lambda f: (f.start, f.end, f.rule))


def _settle(cluster: list[tuple[Rule, Finding]]) -> list[Finding]:
    if len(cluster) == 1:
        return [cluster[0][1]]
    ordered = sorted(
        cluster,
        key=lambda item: (not item[0].overrides, item[1].start, item[1].start - item[1].end),
    )
    kept: list[tuple[Rule, Finding]] = []
    for rule, finding in ordered:
        if not any(
            other.start < finding.end
            and finding.start < other.end
            and (
                other.rule == finding.rule
                or finding.category in other_rule.overrides
                or finding.rule in other_rule.overrides
            )
            for other_rule, other in kept
        ):
            kept.append((rule, finding))
    return [finding for _, finding in kept]
