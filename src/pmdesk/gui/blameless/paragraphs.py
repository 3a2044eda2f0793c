"""A field checked paragraph by paragraph, so that typing re-checks one paragraph, not the field.

The rule engine works sentence by sentence, and a blank line always ends a sentence (and a
quotation); so checking each paragraph (lines up to a blank one) alone finds what checking the
whole field finds. Code is the exception, as the engine knows it from its context: fenced code
stays in one piece with the lines around it (fences pair up from the top, and a blank line
inside one ends nothing), a paragraph indented as code stays with the one before it (it is
code only after a blank line), and so does one shortly after a backtick (the engine may read a
code span over a blank line). A very long paragraph (a pasted list of 1,500 lines with no
blank line) is cut further after lines that end a sentence, away from quotation marks and
code, so that a keystroke never re-checks more than a few thousand characters.

The editor's underlines, the cells and the coach's panel all go through `check_field`, so they
always agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from pmdesk.blameless.findings import Finding
from pmdesk.blameless.markup import fenced_code

Check = Callable[[str], Sequence[Finding]]
"""Checks one paragraph (the field's language and section already chosen)."""

_PROSE_BREAK = re.compile(r"\n(?:[ \t]*\n)++(?! {4}| {0,3}\t)")
"""Blank lines, the end of a paragraph (and of any sentence or quotation in it), unless the
next line is indented as code."""
"""The engine's fence lines (`pmdesk.blameless.markup`), paired the way it pairs them."""
_INDENTED = re.compile(r" {4}| {0,3}\t")
"""A line indented as code: whether it is code depends on the line before it."""
LONG_PARAGRAPH = 4_000
"""A paragraph longer than this (in characters) is cut after lines that end a sentence."""
_SENTENCE_LINE_END = re.compile(r"(?<=[^\s.!?…])([.!?…]+)[\"”»')\]*_]*[ \t]*\n(?=[^\n])")
_ABBREVIATIONS = frozenset(
    {"e.g", "i.e", "etc", "vs", "approx", "cf", "ex", "env", "min", "max", "no", "nb", "fig"}
    | {"p", "pp", "m", "mme", "dr", "st", "mr", "mrs", "ms", "ca"}
)
"""The engine's words whose full stop ends no sentence ("e.g.")."""
_QUOTED_OR_CODE = re.compile(r"[\"“”«»„‹›`]|(?:^|[\s(\[{])'")
"""Marks of a quotation or a code span, which may run over a line break (up to 500 characters
in the engine): a paragraph is never cut that close to one."""
QUOTE_REACH = 500


def fenced(text: str) -> list[tuple[int, int]]:
    """Fenced code blocks, found exactly as the engine finds them."""
    if "```" not in text and "~~~" not in text:
        return []
    return fenced_code(text)


def _inside(regions: list[tuple[int, int]], at: int) -> bool:
    return any(start <= at < end for start, end in regions)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each piece of `text` that can be checked alone (some may be blank)."""
    fences = fenced(text)
    if fences or "`" in text:
        return _careful_spans(text, fences)
    breaks = [found.span() for found in _PROSE_BREAK.finditer(text)]
    starts = [0, *(end for _start, end in breaks)]
    ends = [*(start for start, _end in breaks), len(text)]
    return [
        piece
        for start, end in zip(starts, ends, strict=True)
        for piece in (
            _cut_long(text, start, end, fences) if end - start > LONG_PARAGRAPH else ((start, end),)
        )
    ]


def _careful_spans(text: str, fences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`paragraph_spans` for a text with code in fences or backticks."""
    spans: list[tuple[int, int]] = []
    start = 0
    for found in _PROSE_BREAK.finditer(text):
        at = found.start()
        if fences and _inside(fences, at):
            continue  # fenced code: one piece with what comes before it
        if "`" in text[max(start, at - QUOTE_REACH) : at]:
            continue  # the engine may read backticks as code across a blank line
        spans.extend(_cut_long(text, start, at, fences))
        start = found.end()
    spans.extend(_cut_long(text, start, len(text), fences))
    return spans


def _cut_long(
    text: str, start: int, end: int, fences: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """A paragraph, cut after sentence-ending lines into pieces of about LONG_PARAGRAPH."""
    if end - start <= LONG_PARAGRAPH:
        return [(start, end)]
    pieces = []
    at = start + LONG_PARAGRAPH // 2
    while (found := _SENTENCE_LINE_END.search(text, at, end)) is not None:
        cut = found.end()
        if end - cut < LONG_PARAGRAPH // 4:
            break
        at = cut
        if found.group(1).startswith(".") and _abbreviation(text, found.start()):
            continue
        if _INDENTED.match(text, cut) or (fences and _inside(fences, cut)):
            continue
        if _QUOTED_OR_CODE.search(text, max(start, cut - QUOTE_REACH), cut):
            continue
        pieces.append((start, cut - 1))
        start = cut
        at = start + LONG_PARAGRAPH // 2
    pieces.append((start, end))
    return pieces


def _abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at `stop` follows an abbreviation or a single letter."""
    floor = max(0, stop - 16)
    cut = max(text.rfind(" ", floor, stop), text.rfind("\n", floor, stop))
    word = text[cut + 1 if cut != -1 else floor : stop].lower()
    return word in _ABBREVIATIONS or len(word) == 1


def shifted(finding: Finding, offset: int) -> Finding:
    """A paragraph's finding placed in its field."""
    if not offset:
        return finding
    return replace(finding, start=finding.start + offset, end=finding.end + offset)


@dataclass(frozen=True)
class FieldCheck:
    """A field's findings (offsets in the field), and what to pass to the next check of it:
    each paragraph's own findings, and those already placed at their offset."""

    findings: tuple[Finding, ...]
    paragraphs: dict[str, tuple[Finding, ...]]
    placed: dict[tuple[int, str], tuple[Finding, ...]]


NOTHING_KNOWN = FieldCheck((), {}, {})


def check_field(text: str, check: Check, known: FieldCheck = NOTHING_KNOWN) -> FieldCheck:
    """The findings of a whole field, re-checking only the paragraphs not in `known` (the
    field's last check); the paragraphs before an edit keep their placed findings too."""
    found: list[Finding] = []
    paragraphs: dict[str, tuple[Finding, ...]] = {}
    placed: dict[tuple[int, str], tuple[Finding, ...]] = {}
    for start, end in paragraph_spans(text):
        paragraph = text[start:end]
        own = paragraphs.get(paragraph)
        if own is None:
            own = known.paragraphs.get(paragraph)
            if own is None:
                if not paragraph or paragraph.isspace():
                    continue
                own = tuple(check(paragraph))
            paragraphs[paragraph] = own
        if own:
            at = (start, paragraph)
            here = known.placed.get(at)
            if here is None:
                here = tuple(shifted(finding, start) for finding in own)
            placed[at] = here
            found.extend(here)
    return FieldCheck(tuple(found), paragraphs, placed)
