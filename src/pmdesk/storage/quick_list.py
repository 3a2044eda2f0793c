"""The library list read straight from SQLite, so the window can show before SQLAlchemy loads.

Only for a library already at the current schema: anything unusual (missing file, older or
newer schema, a damaged file, a server URL) returns None and the normal, careful open runs.
Read-only: it never creates, migrates or writes anything.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from pmdesk.domain.enums import Severity, Status
from pmdesk.domain.summary import PostmortemSummary
from pmdesk.storage.revisions import REVISIONS

QUERY = (
    "SELECT id, title, status, severity, coalesce(impact_start, detected_at), updated_at "
    "FROM postmortems ORDER BY updated_at DESC, id"
)


def _time(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value).astimezone(UTC)


def read_summaries(path: Path) -> list[PostmortemSummary] | None:
    """Every postmortem's list row, or None when the careful open should decide."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        uri = f"file:{quote(str(path.resolve()))}?mode=ro"
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return None
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != REVISIONS[-1]:
            return None
        return [
            PostmortemSummary(
                id=row[0],
                title=row[1],
                status=Status(row[2]),
                severity=Severity(row[3]) if row[3] else None,
                incident_at=_time(row[4]),
                updated_at=_time(row[5]) or datetime.now(UTC),
            )
            for row in connection.execute(QUERY)
        ]
    except (sqlite3.Error, ValueError):
        return None
    finally:
        connection.close()
