"""What of a Markdown text is the writer's own prose, and where its sentences and clauses are.

The wording coach must not judge what the writer quotes: code, pasted logs, URLs, someone's words
in quotation marks, or a phrase mentioned in single quotes ("we avoid 'human error'"). This module
finds those regions and the sentence boundaries, on a same-length normalised copy of the text so
that every offset is an offset in the original.

Sentences end at a full stop, a blank line, a list item, a table cell, and at a line break that
starts a new entry: a line starting with a capital, a digit, "[" or "@" ("10:05 Bob restarted…",
"[10:05] dana: …"), unless the line before ends with a comma-like mark or a word that needs what
follows ("caused by\nAlice"). A line that starts in lower case goes on with the sentence, as in
hard-wrapped Markdown ("should\nhave checked"). A sentence longer than MAX_SENTENCE is cut at its
line breaks, then at spaces.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from itertools import pairwise

_PLAIN = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u2032": "'",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u2007": " ",
    "\u2011": "-",
}
"""Apostrophes become ', no-break spaces a space: French text is full of both, patterns use ' and
a space. One character for one, so offsets are kept. A carriage return becomes a line feed (a
file with old Mac line ends) or, before a line feed, a space."""
_ODD_CHARACTERS = re.compile("[\r" + "".join(_PLAIN) + "]")

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[^\n]*$", re.MULTILINE)
_LINE_BODY = r"""(
        \ {0,3}>[^\n]*
      | [ \t]*\[?\d{4}-\d{2}-\d{2}[T\ ]\d{1,2}:\d{2}[^\n]*?
            \b(?:ERROR|ERR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|CRITICAL|CRIT|NOTICE|PANIC)\b[^\n]*
      | [ \t]*\[?\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\]?[ \t]+
            \[?(?:ERROR|ERR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|CRITICAL|CRIT|NOTICE|PANIC)\b[^\n]*
      | [ \t]*\[?(?:ERROR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|CRITICAL|PANIC)\]?[:\]][ \t][^\n]*
      | [^\n]*\blevel=(?:error|warn|warning|info|debug|fatal|critical)\b[^\n]*
      | Traceback\ \(most\ recent\ call\ last\)[^\n]*
      | [ \t]+at\ [\w.$]+\([^\n]* | [ \t]+File\ "[^\n]*
    )(?=\n|\Z)"""
_FIRST_LINE = re.compile(_LINE_BODY, re.VERBOSE)
_NEXT_LINE = re.compile(r"\n" + _LINE_BODY, re.VERBOSE)
"""A blockquote line, or a pasted log line: a timestamp and a level, a bare level tag,
key=value logs, a traceback. Matched after each newline, which the regex engine finds fast."""
_INDENTED_CODE = re.compile(r"(?:\A|\n[ \t]*\n)((?:(?: {4}|\t)[^\n]*(?:\n|\Z))+)")
"""Indented code: lines indented four spaces or a tab after a blank line."""
_CODE_SPAN = re.compile(r"``[^\n]{1,500}?``|`(?:[^`\n]|\n(?![ \t]*\n)){1,500}`")
"""An inline code span: never across a blank line (a paragraph ends there, and so does it)."""
_URL_MARKS = ("://", "www.", "mailto:")
_URL_TAIL = re.compile(r"[^\s<>()\"'«»]+")
_SCHEME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789+.-")


def _inside(closing: str, most: int) -> str:
    """Up to `most` characters that are not `closing`, over line breaks but not a blank line: a
    quotation wrapped over two lines is still a quotation."""
    return rf"(?:[^{closing}\n]|\n(?![ \t]*\n)){{1,{most}}}"


_DOUBLE_QUOTED = re.compile(
    "|".join(
        (
            '"' + _inside('"', 400) + '"',
            "“" + _inside("”", 400) + "”",
            "«" + _inside("»", 400) + "»",
            "„" + _inside("“”", 400) + "[“”]",
        )
    )
)
_SINGLE_QUOTED = re.compile(
    r"(?:\A|[\s(\[{])('(?=[^\s'])" + _inside("'", 80) + r"?(?<=[^\s'])'(?![\w]))"
    "|(‹" + _inside("›", 80) + "›)"
)
"""A mention in single quotes ("we avoid 'human error'"); the opening quote follows a space or
a bracket, so elision (l'équipe) and possessives (Karen's) never open one."""
_QUOTE_CHARS = ("'", "‹")
_SENTENCE_END = re.compile(
    r"""[.!?…]+["”»')\]*_]*(?=\s|\Z)   # end punctuation and closing marks, then a space
      | \n(?: [ \t]*\n                 # a blank line
            | (?=[ \t]*(?:[-*+]\s|\d{1,3}[.)]\s|\#|>|\|))   # a list item, heading, quote, row
            | (?P<line>)                 # another line: a new entry, or a wrapped sentence
        )
      | \|                              # a table cell
    """,
    re.VERBOSE,
)
_WRAPPED_BEFORE = frozenset(",:;(&/-–—")
"""A line ending in one of these goes on in the next line."""
_WRAPPED_AFTER_WORDS = frozenset(
    {"a", "an", "the", "of", "to", "by", "for", "from", "with", "in", "on", "at", "into", "and"}
    | {"or", "but", "that", "which", "who", "was", "were", "is", "are", "be", "been", "had"}
    | {"has", "have", "should", "could", "would", "might", "must", "not", "de", "du", "des"}
    | {"la", "le", "les", "l'", "d'", "un", "une", "par", "à", "au", "aux", "et", "ou", "que"}
    | {"qu'", "qui", "est", "était", "ont", "avait", "aurait", "dû", "été", "pour", "avec"}
)
"""A line ending in one of these words goes on in the next line, even before a capital
("caused by\nAlice")."""
MAX_SENTENCE = 1_000
"""A "sentence" longer than this is no sentence (lines of a log, a run of words without stops): it
is split at its line breaks, then at spaces, so that no sentence costs more than this much."""
_ABBREVIATIONS = frozenset(
    {"e.g", "i.e", "etc", "vs", "approx", "cf", "ex", "env", "min", "max", "no", "nb", "fig"}
    | {"p", "pp", "m", "mme", "dr", "st", "mr", "mrs", "ms", "ca"}
)
"""Words whose full stop does not end a sentence ("e.g.", "p. ex.", "v1.2")."""
_CLAUSE_PUNCTUATION = re.compile(r"[,;:()\[\]—–\"«»“”]|\s-\s")


def normalise(text: str) -> tuple[str, list[int] | None]:
    """A copy for matching (one apostrophe, one space, composed accents) and, when composing
    accents shortened it, the offset in `text` of each of its characters (plus the end)."""
    positions: list[int] | None = None
    if not unicodedata.is_normalized("NFC", text):
        chars: list[str] = []
        positions = []
        for index, char in enumerate(text):
            if chars and unicodedata.combining(char):
                composed = unicodedata.normalize("NFC", chars[-1] + char)
                if len(composed) == 1:
                    chars[-1] = composed
                    continue
            chars.append(char)
            positions.append(index)
        positions.append(len(text))
        text = "".join(chars)
    return _ODD_CHARACTERS.sub(_plain, text), positions


def _plain(match: re.Match[str]) -> str:
    char = match.group()
    if char == "\r":
        return " " if match.string.startswith("\n", match.end()) else "\n"
    return _PLAIN[char]


@dataclass(frozen=True)
class Layout:
    """A text prepared for matching, computed once per check.

    `text` is normalised (same length as `lower`), `lower` its lower-cased copy that the rules
    run on; `positions`, when normalising shortened the text, maps their offsets back."""

    text: str
    lower: str
    skipped: list[tuple[int, int]]
    sentence_starts: list[int]
    sentence_ends: list[int]
    positions: list[int] | None = None

    def original(self, offset: int) -> int:
        """The offset in the text as given of an offset in the normalised text."""
        return offset if self.positions is None else self.positions[offset]

    def is_skipped(self, start: int, end: int) -> bool:
        """Whether the span [start, end) touches quoted, code or log text."""
        index = bisect_right(self.skipped, (start, 1 << 60)) - 1
        for position in (index, index + 1):
            if 0 <= position < len(self.skipped):
                left, right = self.skipped[position]
                if left < end and start < right:
                    return True
        return False


def layout(text: str) -> Layout:
    """Normalise `text` and find what to skip and where sentences are."""
    norm, positions = normalise(text)
    lower = norm.lower()
    if len(lower) != len(norm):  # "İ" lower-cases to two characters: keep such letters as they are
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in norm)
    skipped = _line_regions(norm)
    if "`" in lower:  # found outside fenced code, whose backticks would pair across prose
        unfenced = _blanked(lower, skipped)
        skipped.extend(match.span() for match in _CODE_SPAN.finditer(unfenced))
    if any(mark in lower for mark in '"“«„'):
        skipped.extend(match.span() for match in _DOUBLE_QUOTED.finditer(lower))
    if any(mark in lower for mark in _QUOTE_CHARS):
        skipped.extend(_single_quoted(lower))
    skipped.extend(_urls(lower))
    starts, ends = _sentences(norm, lower)
    return Layout(norm, lower, _merge(skipped), starts, ends, positions)


def _blanked(text: str, regions: list[tuple[int, int]]) -> str:
    """`text` with each region's characters turned to spaces (line breaks kept, same length)."""
    if not regions:
        return text
    pieces, done = [], 0
    for start, end in sorted(regions):
        if end <= done:
            continue
        start = max(start, done)
        pieces += [text[done:start], re.sub(r"[^\n]", " ", text[start:end])]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def _line_regions(text: str) -> list[tuple[int, int]]:
    """Whole lines that are not prose: fenced or indented code, blockquotes, log lines."""
    first = _FIRST_LINE.match(text)
    regions = [first.span(1)] if first else []
    regions.extend(match.span(1) for match in _NEXT_LINE.finditer(text))
    if "    " in text or "\t" in text:
        regions.extend(match.span(1) for match in _INDENTED_CODE.finditer(text))
    if "``" in text or "~~" in text:
        regions.extend(fenced_code(text))
    return regions


def fenced_code(text: str) -> list[tuple[int, int]]:
    """Fenced code blocks, from the opening line to the closing one (or the end of `text`)."""
    regions = []
    opening: re.Match[str] | None = None
    for fence in _FENCE.finditer(text):
        if opening is None:
            opening = fence
        elif fence.group(1)[0] == opening.group(1)[0] and len(fence.group(1)) >= len(
            opening.group(1)
        ):
            regions.append((opening.start(), fence.end()))
            opening = None
    if opening is not None:  # an unclosed fence runs to the end, as in CommonMark
        regions.append((opening.start(), len(text)))
    return regions


def _single_quoted(text: str) -> list[tuple[int, int]]:
    return [
        match.span(1) if match.group(1) else match.span(2)
        for match in _SINGLE_QUOTED.finditer(text)
    ]


def _urls(text: str) -> list[tuple[int, int]]:
    """URLs and autolinks: found from "://", "www." and "mailto:" (fast string searches)."""
    spans = []
    for mark in _URL_MARKS:
        position = text.find(mark)
        while position != -1:
            start = position
            if mark == "://":
                while start > 0 and text[start - 1] in _SCHEME_CHARS:
                    start -= 1
            tail = _URL_TAIL.match(text, start)
            end = tail.end() if tail else position + len(mark)
            spans.append((start, end))
            position = text.find(mark, end)
    return spans


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _sentences(text: str, lower: str) -> tuple[list[int], list[int]]:
    """Sentence starts and ends in `text` (`lower` is its lower-cased copy, same length)."""
    starts = [0]
    longest = 0
    for match in _SENTENCE_END.finditer(lower):
        end = match.start()
        if match.lastgroup == "line":
            if not _entry_boundary(text, end) or not lower[starts[-1] : end].strip():
                continue
        elif lower[end] == ".":
            floor = max(0, end - 16)  # abbreviations are short: never look further back
            cut = max(lower.rfind(" ", floor, end), lower.rfind("\n", floor, end))
            word = lower[cut + 1 if cut != -1 else floor : end]
            if word in _ABBREVIATIONS or len(word) == 1:
                continue
        longest = max(longest, match.end() - starts[-1])
        starts.append(match.end())
    if max(longest, len(text) - starts[-1]) > MAX_SENTENCE:
        starts = _split_long(lower, starts)
    return starts, [*starts[1:], len(text)]


def _entry_boundary(text: str, newline: int) -> bool:
    """Whether the line after `newline` starts a new entry ("10:05 Bob restarted…", "[10:05]",
    "Alice…") rather than going on with a wrapped sentence ("should\nhave", "caused by\nAlice")."""
    after = newline + 1
    while after < len(text) and text[after] in " \t*_":  # emphasis: "**Alice** restarted…"
        after += 1
    first = text[after] if after < len(text) else " "
    if not (first.isupper() or first.isdigit() or first in "[@"):
        return False
    before = newline - 1
    while before >= 0 and text[before] in " \t":
        before -= 1
    if before < 0 or text[before] in _WRAPPED_BEFORE:
        return False
    word_start = before
    while word_start > 0 and before - word_start < 8 and not text[word_start - 1].isspace():
        word_start -= 1
    return text[word_start : before + 1].casefold() not in _WRAPPED_AFTER_WORDS


def _split_long(text: str, starts: list[int]) -> list[int]:
    """`starts`, with sentences longer than MAX_SENTENCE cut at each line break, then at the last
    space before every MAX_SENTENCE characters."""
    result: list[int] = []
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        result.append(start)
        if end - start <= MAX_SENTENCE:
            continue
        cuts = [start]
        line = text.find("\n", start, end)
        while line != -1:
            if line + 1 < end:
                cuts.append(line + 1)
            line = text.find("\n", line + 1, end)
        cuts.append(end)
        for piece_start, piece_end in pairwise(cuts):
            if piece_start != start:
                result.append(piece_start)
            position = piece_start
            while piece_end - position > MAX_SENTENCE:
                space = text.rfind(" ", position + MAX_SENTENCE // 2, position + MAX_SENTENCE)
                position = space + 1 if space != -1 else position + MAX_SENTENCE
                result.append(position)
    return result


def clause_start(text: str, sentence_start: int, offset: int) -> int:
    """Where the clause holding `offset` begins: after the last comma, colon, bracket or dash."""
    start = sentence_start
    for match in _CLAUSE_PUNCTUATION.finditer(text, sentence_start, offset):
        start = match.end()
    return start
