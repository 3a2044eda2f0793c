"""Interface-language names for the coach's codes (categories, severities) and the look of an
underline per severity. The rules' own messages stay in the document's language."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication

from pmdesk.blameless.findings import Finding

CATEGORY_LABELS = {
    "counterfactual": QT_TRANSLATE_NOOP("CoachCategory", "Counterfactual"),
    "blame-attribution": QT_TRANSLATE_NOOP("CoachCategory", "Blame"),
    "normative-judgement": QT_TRANSLATE_NOOP("CoachCategory", "Judgement"),
    "minimising": QT_TRANSLATE_NOOP("CoachCategory", "Minimising"),
    "hindsight-obviousness": QT_TRANSLATE_NOOP("CoachCategory", "Hindsight"),
    "person-as-cause": QT_TRANSLATE_NOOP("CoachCategory", "A person as the cause"),
    "human-error-label": QT_TRANSLATE_NOOP("CoachCategory", "“Human error” label"),
    "mind-reading": QT_TRANSLATE_NOOP("CoachCategory", "Guessing intentions"),
}
SEVERITY_LABELS = {
    "gentle": QT_TRANSLATE_NOOP("CoachSeverity", "Gentle hint"),
    "moderate": QT_TRANSLATE_NOOP("CoachSeverity", "Worth rewording"),
    "strong": QT_TRANSLATE_NOOP("CoachSeverity", "Reads as blame"),
}
UNDERLINE_COLOURS = {"gentle": "#5b7fa6", "moderate": "#d9822b", "strong": "#c2185b"}
"""Quiet blue for a gentle hint, amber and crimson for stronger ones: never the red of an
error, and each also set apart by a tint and the wave, not by colour alone."""
LIGHT_TINTS = {"gentle": "", "moderate": "#fff3e0", "strong": "#fde4ec"}
DARK_TINTS = {"gentle": "", "moderate": "#4a3417", "strong": "#4d1a2c"}


def category_label(code: str) -> str:
    source = CATEGORY_LABELS.get(code)
    return QCoreApplication.translate("CoachCategory", source) if source else code


def severity_label(code: str) -> str:
    source = SEVERITY_LABELS.get(code)
    return QCoreApplication.translate("CoachSeverity", source) if source else code


def severity_colour(severity: str) -> QColor:
    return QColor(UNDERLINE_COLOURS.get(severity, UNDERLINE_COLOURS["moderate"]))


def finding_format(severity: str) -> QTextCharFormat:
    """A wavy underline in the severity's colour, over a faint tint for the stronger ones."""
    text_format = QTextCharFormat()
    text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    text_format.setUnderlineColor(severity_colour(severity))
    palette = QApplication.palette()
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    tint = (DARK_TINTS if dark else LIGHT_TINTS).get(severity, "")
    if tint:
        text_format.setBackground(QColor(tint))
    return text_format


def finding_html(finding: Finding) -> str:
    """What kind of wording, why it hurts learning, and how to say it (tooltip, panel)."""
    try_label = QCoreApplication.translate("WordingCoach", "Try:")
    return (
        f"<p><b>{escape(category_label(finding.category))}</b>"
        f" · {escape(severity_label(finding.severity))}</p>"
        f"<p>{escape(finding.message)}</p>"
        f"<p><i>{escape(try_label)}</i> {escape(finding.suggestion)}</p>"
    )
