"""What of a Markdown text is the writer's own prose, and where its sentences and clauses are.

The wording coach must not judge what the writer quotes: code, pasted logs, URLs, someone's words
in quotation marks, or a phrase mentioned in single quotes ("we avoid 'human error'"). This module
finds those regions and the sentence boundaries, on a same-length normalised copy of the text so
that every offset is an offset in the original.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

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
a space. One character for one, so offsets are kept."""
_ODD_CHARACTERS = re.compile("[" + "".join(_PLAIN) + "]")

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
_CODE_SPAN = re.compile(r"``[^\n]{1,500}?``|`[^`]{1,500}`")
_URL_MARKS = ("://", "www.", "mailto:")
_URL_TAIL = re.compile(r"[^\s<>()\"'«»]+")
_SCHEME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789+.-")
_DOUBLE_QUOTED = re.compile(
    r"\"[^\"\n]{1,400}\"|“[^”\n]{1,400}”|«[^»\n]{1,400}»|„[^“”\n]{1,400}[“”]"
)
_SINGLE_QUOTED = re.compile(
    r"(?:\A|[\s(\[{])('(?=[^\s'])[^'\n]{1,80}?(?<=[^\s'])'(?![\w]))|(‹[^›\n]{1,80}›)"
)
"""A mention in single quotes ("we avoid 'human error'"); the opening quote follows a space or
a bracket, so elision (l'équipe) and possessives (Karen's) never open one."""
_QUOTE_CHARS = ("'", "‹")
_SENTENCE_END = re.compile(
    r"""[.!?…]+["”»')\]*_]*(?=\s|\Z)   # end punctuation and closing marks, then a space
      | \n[ \t]*\n                     # a blank line
      | \n(?=[ \t]*(?:[-*+]\s|\d{1,3}[.)]\s|\#|>|\|))   # a new list item, heading, quote, row
      | \|                              # a table cell
    """,
    re.VERBOSE,
)
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
    return _PLAIN[match.group()]


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
    if "`" in lower:
        skipped.extend(match.span() for match in _CODE_SPAN.finditer(lower))
    if any(mark in lower for mark in '"“«„'):
        skipped.extend(match.span() for match in _DOUBLE_QUOTED.finditer(lower))
    if any(mark in lower for mark in _QUOTE_CHARS):
        skipped.extend(_single_quoted(lower))
    skipped.extend(_urls(lower))
    starts, ends = _sentences(lower)
    return Layout(norm, lower, _merge(skipped), starts, ends, positions)


def _line_regions(text: str) -> list[tuple[int, int]]:
    """Whole lines that are not prose: fenced or indented code, blockquotes, log lines."""
    first = _FIRST_LINE.match(text)
    regions = [first.span(1)] if first else []
    regions.extend(match.span(1) for match in _NEXT_LINE.finditer(text))
    if "    " in text or "\t" in text:
        regions.extend(match.span(1) for match in _INDENTED_CODE.finditer(text))
    if "``" in text or "~~" in text:
        regions.extend(_fenced(text))
    return regions


def _fenced(text: str) -> list[tuple[int, int]]:
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


def _sentences(text: str) -> tuple[list[int], list[int]]:
    starts = [0]
    ends: list[int] = []
    for match in _SENTENCE_END.finditer(text):
        end = match.start()
        if text[end] == ".":
            word = text[max(text.rfind(" ", 0, end), text.rfind("\n", 0, end)) + 1 : end]
            if word in _ABBREVIATIONS or len(word) == 1:
                continue
        ends.append(match.end())
        starts.append(match.end())
    ends.append(len(text))
    return starts, ends


def clause_start(text: str, sentence_start: int, offset: int) -> int:
    """Where the clause holding `offset` begins: after the last comma, colon, bracket or dash."""
    start = sentence_start
    for match in _CLAUSE_PUNCTUATION.finditer(text, sentence_start, offset):
        start = match.end()
    return start
