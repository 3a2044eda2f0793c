"""Rule packs: one TOML file per language (`resources/blameless/<lang>.toml`), compiled once.

A rule is data: its patterns (regular expressions that may use the pack's `[vocab]` words as
`{NAME}`), the exceptions that silence it, which subjects it applies to, its kind explanation and
its rewrite advice. The few decisions a regular expression cannot make (is the subject a person?
is this the start of a clause?) are named in the rule and made by the engine.

Patterns are written in lower case and run on a lower-cased copy of the text, without
re.IGNORECASE, and a leading `\b` is checked in code: Python's regex engine then skips ahead to
the pattern's first letters instead of trying every position, which is most of the speed.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pmdesk.blameless.findings import CATEGORIES, SEVERITIES
from pmdesk.resources import resource_path

LANGUAGES = ("en", "fr")
SUBJECTS = ("any", "person", "named", "not-system")
"""`person`: fires only when the subject is a person (a name, a pronoun, a role); `named`: a
name, an @handle or a pronoun, not a role (the suggested rewrite is the role); `not-system`: also
when the subject is unknown or an action ("Simply restarting…"), never for a system."""
CHECKS = ("clause-initial", "agent-person", "person-around", "outcome-free")
"""Named decisions made in code (see engine.py)."""
REPLACEMENTS = ("remove", "phrase", "had-not", "fr-pluperfect", "text")
_VOCAB_REF = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
_LITERAL_UPPER = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|(?P<letter>[^\W\d_])")
_LEADING_BOUNDARY = re.compile(r"\A\s*\\b")
FLAGS = re.UNICODE | re.VERBOSE


@dataclass(frozen=True)
class Matcher:
    """A compiled pattern, and whether its match must start at a word boundary (a leading `\\b`
    taken out of the regex so that the regex can start with a literal)."""

    regex: re.Pattern[str]
    boundary: bool

    def finditer(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """Matches in text[start:end] (lower-cased text), like re.finditer with bounds."""
        search = self.regex.search
        position = start
        while position <= end:
            match = search(text, position, end)
            if match is None:
                return
            first = match.start()
            if self.boundary and not at_boundary(text, first):
                position = first + 1
                continue
            yield match
            position = match.end() if match.end() > first else first + 1


def is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def at_boundary(text: str, position: int) -> bool:
    """What `\\b` means at `position`: a word character on exactly one side."""
    before = position > 0 and is_word(text[position - 1])
    after = position < len(text) and is_word(text[position])
    return before != after


@dataclass(frozen=True)
class Rule:
    """One compiled rule of a pack."""

    id: str
    category: str
    severity: str
    patterns: tuple[Matcher, ...]
    keys: tuple[str, ...]
    message: str
    suggestion: str
    excludes: tuple[re.Pattern[str], ...] = ()
    sentence_excludes: tuple[re.Pattern[str], ...] = ()
    subject: str = "any"
    checks: tuple[str, ...] = ()
    overrides: tuple[str, ...] = ()
    subject_from: str = "nearest"
    gentle_when: str = ""
    silent_in: tuple[str, ...] = ()
    replace: str = ""
    replacement: str = ""
    replacement_plural: str = ""
    examples_flag: tuple[str, ...] = ()
    examples_clean: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    """Words the subject finder needs, in one language."""

    language: str
    first_person: frozenset[str]
    persons: frozenset[str]
    roles: frozenset[str]
    systems: frozenset[str]
    adversaries: frozenset[str]
    stop: frozenset[str]
    not_names: frozenset[str]
    names_ending_s: frozenset[str]
    relatives: frozenset[str]
    coordinators: frozenset[str]
    subordinators: frozenset[str]
    articles: frozenset[str]
    gerund_nouns: frozenset[str]
    prepositions: frozenset[str]
    conditions: frozenset[str]
    software_roles: frozenset[str]
    multiword: tuple[tuple[str, str], ...] = ()
    elisions: tuple[str, ...] = ()
    links: frozenset[str] = frozenset()
    """The relatives, coordinators and subordinators: the words that end a subject's phrase."""
    kinds: dict[tuple[str, bool], str | None] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )
    """What `subjects.classify` decided for a word (and whether it opened its clause)."""


@dataclass(frozen=True)
class Pack:
    """Every rule of one language, with the keyword index that picks which rules to run."""

    language: str
    rules: tuple[Rule, ...]
    lexicon: Lexicon
    keyword: Matcher
    by_key: dict[str, tuple[int, ...]]
    first_person_note: str
    pluperfect: dict[str, str] = field(default_factory=dict)
    past_tense: dict[str, str] = field(default_factory=dict)


def expand(pattern: str, vocab: dict[str, str]) -> str:
    """`{NAME}` → the vocab entry as a non-capturing group (vocab may refer to vocab)."""

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in vocab:
            raise KeyError(f"unknown vocab word {{{name}}} in {pattern!r}")
        return "(?:" + expand(vocab[name], vocab) + ")"

    return _VOCAB_REF.sub(substitute, pattern)


def _compile(pattern: str, vocab: dict[str, str], where: str) -> re.Pattern[str]:
    expanded = expand(pattern, vocab)
    for found in _LITERAL_UPPER.finditer(expanded):
        if found.group("letter") and found.group("letter") != found.group("letter").lower():
            raise ValueError(f"{where}: write patterns in lower case: {pattern}")
    try:
        return re.compile(expanded, FLAGS)
    except re.error as error:  # a broken rule file is a bug: say which rule
        raise ValueError(f"{where}: {error}: {pattern}") from error


def _matcher(pattern: str, vocab: dict[str, str], where: str) -> Matcher:
    leading = _LEADING_BOUNDARY.match(pattern)
    if leading:
        return Matcher(_compile(pattern[leading.end() :], vocab, where), boundary=True)
    return Matcher(_compile(pattern, vocab, where), boundary=False)


def _rule(data: dict[str, Any], language: str, vocab: dict[str, str]) -> Rule:
    rule_id = f"{language}.{data['category']}.{data['id']}"
    if data["category"] not in CATEGORIES or data["severity"] not in SEVERITIES:
        raise ValueError(f"{rule_id}: unknown category or severity")
    if data.get("subject", "any") not in SUBJECTS:
        raise ValueError(f"{rule_id}: unknown subject {data.get('subject')}")
    if any(check not in CHECKS for check in data.get("checks", ())):
        raise ValueError(f"{rule_id}: unknown check in {data.get('checks')}")
    if data.get("replace", "") not in ("", *REPLACEMENTS):
        raise ValueError(f"{rule_id}: unknown replacement {data.get('replace')}")
    examples = data.get("examples", {})
    return Rule(
        id=rule_id,
        category=data["category"],
        severity=data["severity"],
        patterns=tuple(_matcher(p, vocab, rule_id) for p in data["patterns"]),
        keys=tuple(key.casefold() for key in data["keys"]),
        message=data["message"].strip(),
        suggestion=data["suggestion"].strip(),
        excludes=tuple(_compile(p, vocab, rule_id) for p in data.get("exclude", ())),
        sentence_excludes=tuple(
            _compile(p, vocab, rule_id) for p in data.get("exclude_sentence", ())
        ),
        subject=data.get("subject", "any"),
        checks=tuple(data.get("checks", ())),
        overrides=tuple(data.get("overrides", ())),
        subject_from=data.get("subject_from", "nearest"),
        gentle_when=data.get("gentle_when", ""),
        silent_in=tuple(data.get("silent_in", ())),
        replace=data.get("replace", ""),
        replacement=data.get("replacement", ""),
        replacement_plural=data.get("replacement_plural", ""),
        examples_flag=tuple(examples.get("flag", ())),
        examples_clean=tuple(examples.get("clean", ())),
    )


def _words(values: list[str]) -> frozenset[str]:
    return frozenset(value.casefold() for value in values)


def _lexicon(data: dict[str, Any], language: str) -> Lexicon:
    multiword = tuple(
        (phrase.casefold(), kind)
        for kind in ("persons", "roles", "systems")
        for phrase in data.get(kind, ())
        if " " in phrase
    )
    return Lexicon(
        language=language,
        first_person=_words(data["first_person"]),
        persons=_words(data["persons"]),
        roles=_words(data["roles"]),
        systems=_words(data["systems"]),
        adversaries=_words(data["adversaries"]),
        stop=_words(data["stop"]),
        not_names=_words(data["not_names"]),
        names_ending_s=_words(data.get("names_ending_s", ())),
        relatives=_words(data["relatives"]),
        coordinators=_words(data["coordinators"]),
        subordinators=_words(data["subordinators"]),
        articles=_words(data["articles"]),
        gerund_nouns=_words(data.get("gerund_nouns", ())),
        prepositions=_words(data["prepositions"]),
        conditions=_words(data["conditions"]),
        software_roles=_words(data.get("software_roles", ())),
        multiword=multiword,
        elisions=tuple(data.get("elisions", ())),
        links=_words(data["relatives"] + data["coordinators"] + data["subordinators"]),
    )


def keyword_index(rules: tuple[Rule, ...]) -> tuple[Matcher, dict[str, tuple[int, ...]]]:
    """One matcher finding every rule's keywords in lower-cased text, and keyword → rules.

    A keyword is a word prefix ("fail" finds "failed"); one ending in "$" is a whole word ("lu$"
    finds "lu" but not "lui"); a space in it matches any run of white space, a line break
    included. A keyword that starts with another keyword is folded into the shorter one, so one
    match names every rule that may apply there."""
    keys = sorted({key for rule in rules for key in rule.keys})
    canonical: dict[str, str] = {}
    for key in keys:  # sorted: a prefix comes before the words it starts
        shorter = next(
            (c for c in canonical.values() if not c.endswith("$") and key.startswith(c)), None
        )
        canonical[key] = shorter or key
    by_key: dict[str, list[int]] = {}
    for index, rule in enumerate(rules):
        for key in rule.keys:
            by_key.setdefault(canonical[key].rstrip("$"), []).append(index)
    roots = sorted(set(canonical.values()), key=len, reverse=True)
    matcher = Matcher(re.compile(_trie(roots)), boundary=True)
    return matcher, {key: tuple(sorted(set(value))) for key, value in by_key.items()}


def hit_key(text: str) -> str:
    """The by_key entry of a keyword match: its white space as single spaces."""
    return " ".join(text.split()) if " " in text or "\n" in text or "\t" in text else text


def _trie(words: list[str]) -> str:
    """A regex alternation shaped as a trie: far fewer backtracking steps than a flat list."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def atom(char: str) -> str:
        if char == " ":
            return r"\s+"
        if char == "$":
            return r"(?!\w)"
        return re.escape(char)

    def render(node: dict[str, Any]) -> str:
        branches = [atom(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(tree)


@cache
def load_pack(language: str) -> Pack:
    """The compiled rules of `language` ("en" or "fr"), read once per process."""
    if language not in LANGUAGES:
        raise ValueError(f"no wording rules for language {language!r}")
    with resource_path(f"blameless/{language}.toml").open("rb") as handle:
        data = tomllib.load(handle)
    vocab = {name: str(value) for name, value in data.get("vocab", {}).items()}
    rules = tuple(_rule(entry, language, vocab) for entry in data["rules"])
    ids = [rule.id for rule in rules]
    if len(ids) != len(set(ids)):
        raise ValueError(f"duplicate rule ids in {language}.toml")
    keyword, by_key = keyword_index(rules)
    morphology = data.get("morphology", {})
    return Pack(
        language=language,
        rules=rules,
        lexicon=_lexicon(data["lexicon"], language),
        keyword=keyword,
        by_key=by_key,
        first_person_note=data["texts"]["first_person"].strip(),
        pluperfect=dict(morphology.get("participles", {})),
        past_tense=dict(morphology.get("past_tense", {})),
    )
