"""Dates, times and durations in the interface language's conventions.

English (Canada): "Mar. 1, 2026, 10:02 a.m."; French (Canada): "1 mars 2026, 10 h 02".
Times are shown in a given IANA zone (the postmortem's), else the system zone.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

PATTERNS = {
    "en": ("MMM d, yyyy, h:mm ap", "MMMM d, yyyy"),
    "fr": ("d MMM yyyy, H' h 'mm", "d MMMM yyyy"),
}


def _language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def to_qdatetime(value: datetime, zone: str | None = None) -> QDateTime:
    """An aware datetime as a QDateTime in `zone` (or the system's zone)."""
    tz = QTimeZone(zone.encode()) if zone else QTimeZone.systemTimeZone()
    if not tz.isValid():
        tz = QTimeZone.systemTimeZone()
    moment = QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000), tz)
    return moment


def format_datetime(value: datetime | None, zone: str | None = None) -> str:
    """A moment, to the minute, in the interface language: "Mar. 1, 2026, 10:02 a.m."."""
    if value is None:
        return ""
    pattern = PATTERNS[_language()][0]
    return QLocale().toString(to_qdatetime(value, zone), pattern)


def format_date(value: datetime | None, zone: str | None = None) -> str:
    """A day in the interface language: "March 1, 2026" / "1 mars 2026"."""
    if value is None:
        return ""
    return QLocale().toString(to_qdatetime(value, zone).date(), PATTERNS[_language()][1])


def format_duration(value: timedelta | None) -> str:
    """A duration rounded to the minute: "45 min", "2 h 05 min", "3 d 4 h" / "3 j 4 h"."""
    if value is None:
        return ""
    minutes = max(0, round(value.total_seconds() / 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        text = QCoreApplication.translate("formats", "{days} d {hours} h")
        return text.format(days=days, hours=hours)
    if hours:
        text = QCoreApplication.translate("formats", "{hours} h {minutes} min")
        return text.format(hours=hours, minutes=f"{minutes:02d}")
    return QCoreApplication.translate("formats", "{minutes} min").format(minutes=minutes)
