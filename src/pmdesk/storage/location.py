"""Where a library lives, as given by --db or PMDESK_DB (no SQLAlchemy needed for a path)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pmdesk.domain.errors import PmdeskError


@dataclass(frozen=True)
class Location:
    """Where a library lives: a SQLite file (`path`) or any other SQLAlchemy URL (`url`)."""

    path: Path | None = None
    url: str | None = None

    @classmethod
    def parse(cls, value: str) -> Location:
        """A `--db` value: a file path, a `sqlite:///` URL, or another SQLAlchemy URL."""
        if "://" not in value:
            return cls(path=Path(value).expanduser())
        from sqlalchemy.engine import make_url  # only for URLs: paths need no SQLAlchemy
        from sqlalchemy.exc import ArgumentError

        try:
            url = make_url(value)
        except ArgumentError as error:
            raise PmdeskError("bad_database_url", value=value) from error
        if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
            return cls(path=Path(url.database).expanduser())
        return cls(url=value)

    def __str__(self) -> str:
        if self.path is not None:
            return str(self.path)
        from sqlalchemy.engine import make_url

        return repr(make_url(self.url or ""))  # repr hides a password
