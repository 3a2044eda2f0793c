"""The use cases on a library of postmortems: one method per user action, one unit of work each.

The GUI and the command line both call these, so a postmortem is created, saved, imported and
exported one way only.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from pmdesk.domain.enums import Language, Status
from pmdesk.domain.errors import InvalidDataError, PmdeskError
from pmdesk.domain.model import Postmortem, new_id, utc_now
from pmdesk.domain.rules import SHORT_TEXT_MAX, Problem, text_problem, validate
from pmdesk.domain.summary import PostmortemSummary
from pmdesk.export.interchange import dump_library, dump_postmortem
from pmdesk.export.interchange_reader import MAX_FILE_BYTES, read_document
from pmdesk.storage.database import Database
from pmdesk.storage.repository import PostmortemRepository

Progress = Callable[[int, int], None]
"""Called as work advances with (done, total), for progress bars."""


class ImportMode(StrEnum):
    """What to do when an imported postmortem's id is already in the library."""

    REFUSE = "refuse"
    REPLACE = "replace"
    COPY = "copy"


@dataclass(frozen=True)
class ImportResult:
    """The ids written, in file order, and which of them replaced an existing postmortem."""

    ids: list[str]
    replaced: list[str]


def read_file_bytes(path: Path) -> bytes:
    """A file's bytes, with the size limit and readable errors."""
    try:
        if path.is_dir():
            raise PmdeskError("cannot_read", path=str(path), errno=errno.EISDIR)
        if path.exists() and not path.is_file():  # a device, a FIFO: never read those
            raise PmdeskError("not_a_file", path=str(path))
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise PmdeskError("file_too_large", size=len(data), max=MAX_FILE_BYTES)
        return data
    except OSError as error:
        raise PmdeskError("cannot_read", path=str(path), errno=error.errno or -1) from error


def as_copy(pm: Postmortem) -> Postmortem:
    """The same postmortem under fresh ids (its actions keep pointing at its own factors, and
    its dismissed wording findings at its own events, causes and actions)."""
    renamed = {item.id: new_id() for item in (*pm.factors, *pm.timeline, *pm.actions)}
    pm.id = new_id()
    for item in (*pm.factors, *pm.timeline, *pm.actions):
        item.id = renamed[item.id]
    for action in pm.actions:
        action.factor_ids = [renamed.get(ref, ref) for ref in action.factor_ids]
    pm.dismissals = [
        replace(dismissal, field_key=_renamed_key(dismissal.field_key, renamed))
        for dismissal in pm.dismissals
    ]
    return pm


def _renamed_key(field_key: str, renamed: dict[str, str]) -> str:
    """`timeline/<old id>/text` → `timeline/<new id>/text`; section keys stay as they are."""
    parts = field_key.split("/")
    if len(parts) >= 2 and parts[1] in renamed:
        parts[1] = renamed[parts[1]]
    return "/".join(parts)


class LibraryService:
    """Create, list, load, save, delete, import and export postmortems in one database."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def create(self, title: str, language: Language = Language.EN, timezone: str = "UTC") -> str:
        """A new, empty postmortem; returns its id."""
        problem = text_problem("postmortem.title", title, SHORT_TEXT_MAX)
        if problem:
            raise InvalidDataError(problem)
        pm = Postmortem(title=title.strip(), language=language, timezone=timezone)
        self._ensure_valid(pm)
        with self.database.writing() as session:
            PostmortemRepository(session).add_new(pm)
        return pm.id

    def summaries(self) -> list[PostmortemSummary]:
        with self.database.reading() as session:
            return PostmortemRepository(session).summaries()

    def resolve(self, id_or_prefix: str) -> str:
        """The full id for an id or a unique prefix of one."""
        with self.database.reading() as session:
            return PostmortemRepository(session).resolve(id_or_prefix)

    def load(self, postmortem_id: str) -> Postmortem:
        with self.database.reading() as session:
            return PostmortemRepository(session).get(postmortem_id)

    def save(self, pm: Postmortem) -> None:
        """Save the whole postmortem if it is valid; its `updated_at` becomes now."""
        self._ensure_valid(pm)
        pm.updated_at = utc_now()
        with self.database.writing() as session:
            PostmortemRepository(session).save(pm)

    def delete(self, postmortem_id: str) -> None:
        with self.database.writing() as session:
            PostmortemRepository(session).delete(postmortem_id)

    def duplicate(self, postmortem_id: str, title: str) -> str:
        """A copy of a postmortem under new ids and `title`, back to `in_progress`; its id."""
        copy = as_copy(read_document(self.export_json(postmortem_id).encode("utf-8"))[0])
        copy.title = title[:SHORT_TEXT_MAX]
        copy.status = Status.IN_PROGRESS
        copy.created_at = copy.updated_at = utc_now()
        self._ensure_valid(copy)
        with self.database.writing() as session:
            PostmortemRepository(session).add_new(copy)
        return copy.id

    def snapshot(self, postmortem_id: str) -> bytes:
        """Everything about one postmortem, to bring it back exactly (undo of a delete)."""
        return self.export_json(postmortem_id).encode("utf-8")

    def problems(self, pm: Postmortem) -> list[Problem]:
        return validate(pm)

    def import_bytes(self, data: bytes, mode: ImportMode = ImportMode.REFUSE) -> ImportResult:
        """Import every postmortem of an interchange file in one transaction, or none of them."""
        postmortems = read_document(data)
        replaced: list[str] = []
        with self.database.writing() as session:
            repository = PostmortemRepository(session)
            for pm in postmortems:
                if mode is ImportMode.COPY:
                    as_copy(pm)
                elif repository.exists(pm.id):
                    if mode is ImportMode.REFUSE:
                        raise PmdeskError("already_exists", id=pm.id, title=pm.title[:80])
                    repository.delete(pm.id)
                    replaced.append(pm.id)
            session.flush()
            for pm in postmortems:
                repository.add_new(pm)
        return ImportResult(ids=[pm.id for pm in postmortems], replaced=replaced)

    def import_file(self, path: Path, mode: ImportMode = ImportMode.REFUSE) -> ImportResult:
        return self.import_bytes(read_file_bytes(path), mode)

    def export_json(self, postmortem_id: str) -> str:
        """One postmortem as interchange JSON text."""
        return dump_postmortem(self.load(postmortem_id))

    def export_library_json(self, progress: Progress | None = None) -> str:
        """The whole library as one interchange library file's text."""
        with self.database.reading() as session:
            repository = PostmortemRepository(session)
            ids = repository.ids()
            loaded = []
            for index, pm in enumerate(repository.iterate(ids), start=1):
                loaded.append(pm)
                if progress:
                    progress(index, len(ids))
        return dump_library(loaded)

    def _ensure_valid(self, pm: Postmortem) -> None:
        problems = validate(pm)
        if problems:
            raise InvalidDataError(problems[0], problems)
