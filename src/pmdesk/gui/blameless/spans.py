"""Offsets between Python and Qt: findings count code points, Qt counts UTF-16 units.

They differ only after a character outside the Basic Multilingual Plane (an emoji): without
this, every underline after "🔥" would sit one character to the left."""

from __future__ import annotations

import re

FENCE = re.compile(r"^ {0,3}(```|~~~)")
"""A line that opens or closes a fenced code block: code is never checked."""


def _astral(text: str) -> int:
    return 0 if text.isascii() else sum(1 for char in text if ord(char) > 0xFFFF)


def to_qt(text: str, index: int) -> int:
    """The UTF-16 position of `text[index]`."""
    return index + _astral(text[:index])


def to_python(text: str, position: int) -> int:
    """The code-point index of the UTF-16 `position` in `text`."""
    if text.isascii():
        return position
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def find_again(text: str, start: int, end: int, match: str) -> tuple[int, int] | None:
    """Where `match` is now: at `start` if the text there is unchanged, else its first
    occurrence (the text moved since it was checked); None once it is gone."""
    if text[start:end].casefold() == match.casefold():
        return start, end
    found = re.search(re.escape(match), text, re.IGNORECASE)
    return found.span() if found else None
