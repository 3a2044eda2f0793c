"""Reading a moment typed by a person: an ISO time, a local date-time, or a bare clock time.

A time without an offset is read in the postmortem's time zone (DST-aware), and the event keeps
the offset it was read at, so 10:02 typed in Toronto in winter is stored as 15:02 UTC, -05:00.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from pmdesk.domain.errors import PmdeskError

CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")


def offset_minutes(moment: datetime) -> int:
    """The UTC offset of an aware time, in whole minutes."""
    offset = moment.utcoffset()
    assert offset is not None
    return int(offset / timedelta(minutes=1))


def parse_moment(text: str, zone: ZoneInfo, today: date) -> tuple[datetime, int]:
    """`text` as (UTC time, offset minutes). Accepts `2026-03-01T10:02-05:00`, `2026-03-01 10:02`
    (in `zone`) and `10:02` (on `today`, in `zone`)."""
    value = text.strip()
    clock = CLOCK.match(value)
    try:
        if clock:
            hour, minute, second = (int(part or 0) for part in clock.groups())
            local = datetime.combine(today, time(hour, minute, second))
        else:
            local = datetime.fromisoformat(value)
    except ValueError:
        raise PmdeskError("bad_time", value=value[:40]) from None
    if local.tzinfo is None:
        local = local.replace(tzinfo=zone)
        if not wall_clock_exists(local):
            raise PmdeskError("skipped_time", value=value[:40])
    raw_offset = local.utcoffset()
    assert raw_offset is not None
    if raw_offset % timedelta(minutes=1) or abs(raw_offset) > timedelta(hours=18):
        raise PmdeskError("bad_time", value=value[:40])
    try:
        return local.astimezone(UTC), offset_minutes(local)
    except OverflowError:
        raise PmdeskError("bad_time", value=value[:40]) from None


def wall_clock_exists(local: datetime) -> bool:
    """False for a time the clocks skipped (02:30 on the spring-forward night)."""
    there_and_back = local.astimezone(UTC).astimezone(local.tzinfo)
    return there_and_back.replace(tzinfo=None) == local.replace(tzinfo=None)
