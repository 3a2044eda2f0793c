"""What "Apply suggestion" writes: the rule's replacement in place of the words, keeping a
sentence's capital, and how the menu entry names it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pmdesk.blameless.findings import Finding
from pmdesk.gui.blameless.spans import find_again


def matched_case(replacement: str, match: str) -> str:
    """ "Alice should have" → "The on-call…": a sentence start stays capitalised."""
    if match[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def rewrite_span(text: str, finding: Finding) -> tuple[int, int, str] | None:
    """(start, end, new words) to put in `text`, one edit; None without a replacement or once
    the words are gone. "Simply restart…" without "Simply " still starts with a capital."""
    if finding.replacement is None:
        return None
    span = find_again(text, finding.start, finding.end, finding.match)
    if span is None:
        return None
    start, end = span
    removed = text[start:end]
    inserted = matched_case(finding.replacement, removed)
    if not finding.replacement and removed[:1].isupper() and text[end : end + 1].islower():
        inserted, end = text[end].upper(), end + 1
    return start, end, inserted


def rewritten(text: str, finding: Finding) -> str | None:
    """`text` with the suggestion applied, or None when it cannot be."""
    span = rewrite_span(text, finding)
    if span is None:
        return None
    start, end, inserted = span
    return text[:start] + inserted + text[end:]


def apply_label(finding: Finding) -> str:
    """ "Apply suggestion: “had not checked”", or what it removes (menu entries, buttons)."""
    if finding.replacement:
        return QCoreApplication.translate(
            "CoachedText", "Apply suggestion: “{replacement}”"
        ).format(replacement=matched_case(finding.replacement, finding.match))
    if finding.replacement is not None:
        removal = QCoreApplication.translate("CoachedText", "Apply suggestion: remove “{words}”")
        return removal.format(words=finding.match.strip())
    return QCoreApplication.translate("CoachedText", "Apply suggestion")
