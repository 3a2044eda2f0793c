"""Who did it? The grammatical subject before a phrase: a person, a system, or unknown.

"The database failed to accept connections" is ordinary technical writing; "Bob failed to notice
the warning" is a judgement of Bob. Without a parser, the subject is found in the clause before
the phrase: the word nearest to it that names a person (a pronoun, a role, a capitalised first
name, an @handle) or a system (service, database, job…). Names are recognised without a list of
names, so the heuristics lean towards "unknown" when a capitalised word could be a product.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from pmdesk.blameless.markup import clause_start
from pmdesk.blameless.rules import Lexicon

PERSON, SYSTEM, UNKNOWN, GERUND, ADVERSARY = "person", "system", "unknown", "gerund", "adversary"
_TOKEN = re.compile(r"@[\w.-]+|[\w][\w'·-]*")
_NOUN_SUFFIXES = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ics", "ure")
_MAX_HOPS = 2
_MARKS = " \t\n*_#>+-|[(0123456789.)"
_MARKS_REACH = 64
"""How far back `_capital_uninformative` looks through marks: a capital after a longer run of
digits and marks is taken as a name's."""
_SPACE = re.compile(r"\s")
MAX_SUBJECT_CHARS = 240
"""The subject is looked for in the 240 characters (about 40 words) before the phrase, whatever
the sentence's length: far enough for "the engineer who was … , and who then …", and what keeps a
check linear on text without full stops."""


@dataclass(frozen=True)
class Subject:
    """What the finder decided, and on which word (for the first-person note)."""

    kind: str
    word: str = ""
    first_person: bool = False
    named: bool = False


class Token(NamedTuple):
    """A word and where it starts (a tuple: a check makes many of them)."""

    text: str
    start: int
    clause_initial: bool
    lower: str  # text.casefold(), asked for again and again


def tokens(text: str, start: int, end: int, lexicon: Lexicon, sentence_start: int) -> list[Token]:
    """Words of text[start:end], with French elisions (l', qu', s') split off; a capitalised word
    is marked clause-initial when only Markdown marks separate it from the sentence start or a
    colon, where a capital letter says nothing."""
    return list(_words(text, start, end, lexicon, sentence_start))


def _words(
    text: str, start: int, end: int, lexicon: Lexicon, sentence_start: int
) -> Iterator[Token]:
    elisions = lexicon.elisions
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        offset = match.start()
        initial = word[0].isupper() and _capital_uninformative(text, sentence_start, offset)
        lowered = word.casefold()
        if elisions and "'" in word:  # every elision ends with an apostrophe
            for elision in elisions:
                if lowered.startswith(elision) and len(word) > len(elision):
                    yield Token(word[: len(elision)], offset, initial, elision)
                    word, lowered = word[len(elision) :], lowered[len(elision) :]
                    offset += len(elision)
                    initial = False
                    break
        yield Token(word, offset, initial, lowered)


def _capital_uninformative(text: str, sentence_start: int, offset: int) -> bool:
    index = offset - 1
    floor = max(sentence_start, offset - _MARKS_REACH)
    while index >= floor and text[index] in _MARKS:
        index -= 1
    if index < floor:
        return floor == sentence_start
    return text[index] in ".!?:;\n"


class Words:
    """The words of one long sentence, split once for all the phrases in it whose subject is
    looked for; `within` gives what `tokens` would give for a part of the sentence."""

    def __init__(self, text: str, start: int, end: int, lexicon: Lexicon) -> None:
        self.tokens = tokens(text, start, end, lexicon, start)
        self.starts = [token.start for token in self.tokens]

    def within(self, start: int, end: int) -> list[Token]:
        found = self.tokens[bisect_left(self.starts, start) : bisect_left(self.starts, end)]
        if found and found[-1].start + len(found[-1].text) > end:  # a word cut by `end`
            last = found[-1]
            cut = last.text[: end - last.start]
            found[-1] = Token(cut, last.start, last.clause_initial, cut.casefold())
        return found


def subject_floor(text: str, sentence_start: int, offset: int) -> int:
    """Where the search for the subject of the phrase at `offset` stops: MAX_SUBJECT_CHARS
    before it, at the start of a word, or the sentence start when nearer."""
    floor = offset - MAX_SUBJECT_CHARS
    if floor <= sentence_start:
        return sentence_start
    space = _SPACE.search(text, floor, offset)  # words never hold a space: start after one
    return space.end() if space else offset


_KINDS_KEPT = 50_000
"""How many words' kinds a lexicon remembers before it starts over."""


def classify(token: Token, lexicon: Lexicon) -> str | None:
    """A person, a system, an adversary, or None for a word that says nothing of the subject
    (remembered: a check asks about the same few hundred words again and again)."""
    key = (token.text, token.clause_initial)
    kinds = lexicon.kinds
    if key in kinds:
        return kinds[key]
    if len(kinds) >= _KINDS_KEPT:
        kinds.clear()
    kind = kinds[key] = _classify(token, lexicon)
    return kind


def _classify(token: Token, lexicon: Lexicon) -> str | None:
    word = token.text
    lowered = word.casefold()
    if lowered.endswith("'s"):  # a possessive names its owner, not the subject's kind
        return None
    if lowered in lexicon.first_person:
        return PERSON
    lowered = lowered.rstrip("'")  # "engineers'" as "engineers"; "j'" stays in the list above
    if lowered in lexicon.stop:
        return None
    if lowered in lexicon.persons or lowered in lexicon.roles:
        return PERSON
    if lowered in lexicon.adversaries:
        return ADVERSARY
    if lowered in lexicon.systems:
        return SYSTEM
    singular = lowered[:-1] if lowered.endswith("s") else lowered
    if singular in lexicon.roles:
        return PERSON
    if singular in lexicon.systems:
        return SYSTEM
    if word.startswith("@"):
        return PERSON
    if is_name(token, lexicon):
        return PERSON
    return None


def is_name(token: Token, lexicon: Lexicon) -> bool:
    """A capitalised first name: not an acronym, a product or an ordinary word at a clause start."""
    word = token.text
    if len(word) < 2 or not word[0].isupper() or not word[1:].replace("-", "").isalpha():
        return False
    if not word[1:].replace("-", "").islower():  # PostgreSQL, GitHub, DNS, IC
        return False
    lowered = word.casefold()
    singular = lowered[:-1] if lowered.endswith("s") else lowered
    for words in (lexicon.not_names, lexicon.systems, lexicon.roles, lexicon.persons):
        if lowered in words or singular in words:
            return False
    if token.clause_initial:
        if lowered.endswith(_NOUN_SUFFIXES) or lowered.endswith("ing"):
            return False
        if lowered.endswith("s") and lowered not in lexicon.names_ending_s:
            return lexicon.language == "fr"  # a French clause rarely starts with a bare noun
    return True


def is_possessive_person(token: Token, lexicon: Lexicon) -> bool:
    """A person's thing: "Karen's", "the engineer's"."""
    word = token.text.casefold()
    if not word.endswith("'s"):
        return False
    owner = Token(token.text[:-2], token.start, token.clause_initial, token.lower[:-2])
    return classify(owner, lexicon) == PERSON


def _segments(text: str, floor: int, offset: int) -> list[tuple[int, int]]:
    """Clause windows before `offset`, nearest first, from `floor` on."""
    windows = []
    end = offset
    for _ in range(_MAX_HOPS + 1):
        start = clause_start(text, floor, end)
        windows.append((start, end))
        if start <= floor:
            break
        end = start - 1
    return windows


def find_subject(
    text: str,
    sentence_start: int,
    offset: int,
    lexicon: Lexicon,
    first: bool = False,
    words: Words | None = None,
) -> Subject:
    """The subject of the phrase starting at `offset`, among the words from `subject_floor` on
    (`words`: the sentence's words, when the caller keeps them for the phrases of a long one).

    Nearest clause first. Within it, the word nearest the phrase decides ("the database team
    failed": team). A coordinated verb ("Carol fat-fingered X and took down Y") takes the subject
    of the earlier clause, its first word that decides; a relative pronoun ("the cache, which
    failed") the noun before it; a subordinator with nothing after it leaves the subject unknown.
    """
    floor = subject_floor(text, sentence_start, offset)
    leftmost = first
    for hop, (start, end) in enumerate(_segments(text, floor, offset)):
        pieces: list[list[Token]] = [[]]
        links: list[str] = []
        if words is None:
            found = tokens(text, start, end, lexicon, sentence_start)
        else:
            found = words.within(start, end)
        for token in found:
            if token.lower in lexicon.links:
                links.append(token.lower)
                pieces.append([])
            else:
                pieces[-1].append(token)
        for index in range(len(pieces) - 1, -1, -1):
            piece = pieces[index]
            if leftmost:
                subject = _leftmost(piece, lexicon)
            else:
                gerund_ok = hop == 0 and index == len(pieces) - 1
                subject = _rightmost(piece, lexicon, gerund_ok)
            if subject is not None:
                return subject
            if index == 0:
                break
            link = links[index - 1]
            if link in lexicon.relatives:
                leftmost = False
            elif link in lexicon.coordinators:
                leftmost = True
            else:
                return Subject(UNKNOWN)
    return Subject(UNKNOWN)


def _subject(token: Token, kind: str, lexicon: Lexicon) -> Subject:
    lowered = token.text.casefold()
    named = kind == PERSON and (
        lowered in lexicon.persons
        or lowered in lexicon.first_person
        or token.text.startswith("@")
        or is_name(token, lexicon)
    )
    return Subject(kind, token.text, lowered in lexicon.first_person, named)


def _rightmost(piece: list[Token], lexicon: Lexicon, may_be_gerund: bool) -> Subject | None:
    """The word nearest the verb that decides, looking only at the noun phrase's head: before
    a preposition that follows a noun ("a lack of rigour by the team": lack)."""
    if may_be_gerund:
        for token in piece:
            if not _is_adverb(token.lower, lexicon):
                if _is_gerund(token.lower, lexicon):
                    return Subject(GERUND, token.text)
                break
    head = len(piece)
    seen_content = False
    for position, token in enumerate(piece):
        lowered = token.lower
        if lowered in lexicon.prepositions:
            if seen_content:
                head = position
                break
        elif lowered not in lexicon.stop:
            seen_content = True
    # The head first, then the rest of the phrase (the head's words said nothing already).
    for low, high in ((0, head), (head, len(piece))):
        for index in range(high - 1, low - 1, -1):
            kind = _kind(piece, index, lexicon)
            if kind is not None:
                return _subject(piece[index], kind, lexicon)
    return None


def _leftmost(piece: list[Token], lexicon: Lexicon) -> Subject | None:
    for index, token in enumerate(piece):
        kind = _kind(piece, index, lexicon)
        if kind is not None:
            return _subject(token, kind, lexicon)
    return None


def _kind(words: list[Token], index: int, lexicon: Lexicon) -> str | None:
    """`classify`, except that a role word that also names software ("the Kubernetes
    operator") is a system after a system's name."""
    kind = classify(words[index], lexicon)
    software = kind == PERSON and words[index].lower in lexicon.software_roles
    if software and index > 0 and classify(words[index - 1], lexicon) == SYSTEM:
        return SYSTEM
    return kind


def _is_adverb(lowered: str, lexicon: Lexicon) -> bool:
    return lowered.endswith(("ly", "ment")) or lowered in lexicon.stop


def _is_gerund(lowered: str, lexicon: Lexicon) -> bool:
    return (
        lexicon.language == "en"
        and lowered.endswith("ing")
        and len(lowered) > 4
        and lowered not in lexicon.gerund_nouns
    )


def person_in(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether the noun phrase text[start:end] names a person or a person's thing ("Karen",
    "the on-call engineer", "Karen's change", « le changement de Karine »), and not a condition
    people were in ("the fatigue of the team", « la fatigue de l'équipe »)."""
    words = tokens(text, start, end, lexicon, start)
    head = next((t for t in words if t.lower not in lexicon.articles), None)
    if head is not None and head.lower in lexicon.conditions:
        return False
    for token in words:
        if classify(token, lexicon) == PERSON or is_possessive_person(token, lexicon):
            return True
    lowered = text[start:end].casefold()
    return any(kind != "systems" and phrase in lowered for phrase, kind in lexicon.multiword)
