"""`check_text`: every blaming phrase in a text, in the text's language, fast enough to run on
each keystroke.

One keyword regex per language finds the sentences worth a closer look; only the rules whose
keywords occur there run, and only on those sentences. A match then passes the rule's exceptions
and its named decisions (subject, clause start…); overlapping matches keep the most specific rule.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from pmdesk.blameless.findings import Finding
from pmdesk.blameless.markup import Layout, layout
from pmdesk.blameless.replace import replacement
from pmdesk.blameless.rules import Pack, Rule, hit_key, load_pack
from pmdesk.blameless.subjects import (
    ADVERSARY,
    MAX_SUBJECT_CHARS,
    PERSON,
    SYSTEM,
    Subject,
    Words,
    classify,
    find_subject,
    person_in,
    tokens,
)

_CLAUSE_OPENERS = ".!?:;,(—–\n"
_LEADING_MARKS = " \t*_#>+-|[\"'«“0123456789.)"
_SHARED_WORDS_FROM = 2 * MAX_SUBJECT_CHARS
"""A sentence longer than this has its words split once, not clause by clause for each phrase."""
_PASSES = {
    "any": None,
    "person": {PERSON},
    "named": {PERSON},
    "not-system": {PERSON, "unknown", "gerund"},
}


def check_text(text: str, language: str, section: str | None = None) -> list[Finding]:
    """The findings in `text` checked with the `language` rules ("en" or "fr"), sorted by start.

    `section` names the postmortem section the text belongs to ("lucky", "actions", "timeline"…):
    a few rules are silent in some sections (outcome counterfactuals belong in "lucky").

    Every step looks at one sentence at most, and a sentence is at most markup.MAX_SENTENCE
    characters, so the time grows with the length of the text, never with its square."""
    if not text or text.isspace():
        return []
    pack = load_pack(language)
    shape = layout(text)
    starts, lower = shape.sentence_starts, shape.lower
    work = candidates(pack, shape)
    memo = _Memo(text, shape, pack)
    found: list[tuple[Rule, Finding]] = []
    for index in sorted(work):
        rule = pack.rules[index]
        if section is not None and section in rule.silent_in:
            continue
        for sentence in sorted(work[index]):
            bounds = (starts[sentence], shape.sentence_ends[sentence])
            exclusions: _Exclusions | None = None
            for pattern in rule.patterns:
                for match in pattern.finditer(lower, *bounds):
                    if exclusions is None:
                        exclusions = _Exclusions.of(rule, lower, bounds)
                        if exclusions.whole_sentence:
                            break
                    finding = _evaluate(rule, memo, match, sentence, exclusions)
                    if finding is not None:
                        found.append((rule, finding))
                if exclusions is not None and exclusions.whole_sentence:
                    break
    return _resolve(found)


@dataclass
class _Memo:
    """What one check computes once and several rules reuse: each sentence's words, the subject
    found before an offset, and the writer's apostrophe."""

    original: str
    shape: Layout
    pack: Pack
    words: dict[int, Words] = field(default_factory=dict)
    subjects: dict[tuple[int, bool], Subject] = field(default_factory=dict)
    apostrophe: str | None = None

    def subject(self, sentence: int, offset: int, first: bool) -> Subject:
        key = (offset, first)
        if key not in self.subjects:
            start = self.shape.sentence_starts[sentence]
            end = self.shape.sentence_ends[sentence]
            words = None
            if end - start > _SHARED_WORDS_FROM:  # split its words once for all its phrases
                if sentence not in self.words:
                    self.words[sentence] = Words(self.shape.text, start, end, self.pack.lexicon)
                words = self.words[sentence]
            self.subjects[key] = find_subject(
                self.shape.text, start, offset, self.pack.lexicon, first, words
            )
        return self.subjects[key]

    def writers_apostrophe(self, first: int, last: int) -> str:
        """’ or ', as the writer types it: in the replaced words, else in most of the text."""
        words = self.original[first:last]
        if "’" in words or "'" in words:
            return "’" if "’" in words else "'"
        if self.apostrophe is None:
            curly = self.original.count("’")
            self.apostrophe = "’" if curly > self.original.count("'") else "'"
        return self.apostrophe


@dataclass(frozen=True)
class _Exclusions:
    """A rule's exceptions in one sentence, found once for all its matches there: the spans of
    its `exclude` patterns (sorted, with the furthest end reached so far) and whether an
    `exclude_sentence` pattern silences the whole sentence."""

    starts: list[int]
    reach: list[int]
    whole_sentence: bool

    @classmethod
    def of(cls, rule: Rule, text: str, bounds: tuple[int, int]) -> _Exclusions:
        if not rule.excludes and not rule.sentence_excludes:
            return _NO_EXCLUSIONS
        whole = any(pattern.search(text, *bounds) for pattern in rule.sentence_excludes)
        spans = sorted(
            found.span() for pattern in rule.excludes for found in pattern.finditer(text, *bounds)
        )
        reach: list[int] = []
        for _, end in spans:
            reach.append(max(end, reach[-1]) if reach else end)
        return cls([start for start, _ in spans], reach, whole)

    def overlap(self, span: tuple[int, int]) -> bool:
        """Whether an exception's text overlaps `span`."""
        before = bisect_left(self.starts, span[1])  # exceptions starting before the span ends
        return before > 0 and self.reach[before - 1] > span[0]


_NO_EXCLUSIONS = _Exclusions([], [], whole_sentence=False)


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
    rule: Rule, memo: _Memo, match: re.Match[str], sentence: int, exclusions: _Exclusions
) -> Finding | None:
    shape, pack = memo.shape, memo.pack
    norm = shape.text
    bounds = (shape.sentence_starts[sentence], shape.sentence_ends[sentence])
    span = match.span("span") if "span" in match.re.groupindex else match.span()
    if span[0] == span[1] or span[0] < 0 or shape.is_skipped(*span):
        return None
    if exclusions.overlap(span):
        return None
    groups = match.groupdict()
    passive = bool(groups.get("passive")) and not groups.get("adj")
    any_subject = passive or bool(groups.get("anysubject"))
    subject = Subject("unknown")
    if rule.subject != "any" or rule.checks:
        verb = match.start("verb") if groups.get("verb") is not None else match.start()
        subject = memo.subject(sentence, verb, rule.subject_from == "first")
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
    words = rewrite[2] if rewrite else None
    if words and "'" in words:
        words = words.replace("'", memo.writers_apostrophe(first, last))
    return Finding(
        rule=rule.id,
        category=rule.category,
        severity=severity,
        start=first,
        end=last,
        match=memo.original[first:last],
        message=rule.message,
        suggestion=suggestion,
        replacement=words,
    )


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
