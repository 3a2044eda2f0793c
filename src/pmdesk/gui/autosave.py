"""Autosave: a dirty set, a one-second timer, and one save thread (qutebrowser's savemanager).

Every edit names the fields it touched. At most a second after the first unsaved edit (not a
second after the last one, so steady typing is still saved), the fields are copied into a patch
and handed to a single background thread: saves never overlap, never block typing, and keep
their order. A failed save keeps the fields dirty, so nothing typed is dropped; closing the
editor waits for every pending save.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal

from pmdesk.domain.errors import InvalidDataError, PmdeskError
from pmdesk.domain.model import Postmortem
from pmdesk.services.drafts import DraftPatch, apply_patch
from pmdesk.storage.database import Database

AUTOSAVE_DELAY_MS = 1000
RETRY_DELAY_MS = 5000


class SaveState(Enum):
    """What the status bar says."""

    SAVED = "saved"
    PENDING = "pending"
    SAVING = "saving"
    FAILED = "failed"


@dataclass(frozen=True)
class SaveOutcome:
    """How one patch went: the time it was saved, or the error that kept it out."""

    patch: DraftPatch
    updated_at: datetime | None
    error: PmdeskError | None


class AutosaveController(QObject):
    """Collects edits to one postmortem and saves them in the background."""

    state_changed = Signal(object)  # SaveState
    save_failed = Signal(object)  # PmdeskError
    _finished = Signal(object)  # SaveOutcome, emitted on the save thread

    def __init__(
        self, database: Database, postmortem: Postmortem, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.postmortem = postmortem
        self.dirty: set[str] = set()
        self.state = SaveState.SAVED
        self._sequence = 0
        self.known_ids: dict[str, set[str]] = {
            name: {child.id for child in getattr(postmortem, name)}
            for name in ("timeline", "factors", "actions")
        }
        self._in_flight: dict[int, Future[SaveOutcome]] = {}  # by patch sequence
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pmdesk-autosave")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self._finished.connect(self._on_finished)

    def mark_dirty(self, names: set[str]) -> None:
        """Fields of the postmortem were edited; save them within a second."""
        self.dirty |= names
        if not self._timer.isActive():
            self._timer.start(AUTOSAVE_DELAY_MS)
        self._set_state(SaveState.PENDING)

    def save_now(self) -> None:
        """Hand the dirty fields to the save thread now (page change, close, timer)."""
        self._timer.stop()
        if not self.dirty:
            return
        self._sequence += 1
        patch = DraftPatch.from_changes(self.postmortem, self.dirty, self._sequence, self.known_ids)
        for name, ids in patch.known_ids.items():
            self.known_ids[name] = set(ids)
        self.dirty = set()
        self.state = SaveState.PENDING  # a retry after a failure starts afresh
        self._set_state(SaveState.SAVING)
        self._in_flight[patch.sequence] = self._executor.submit(self._save, patch)

    def _save(self, patch: DraftPatch) -> SaveOutcome:
        """Runs on the save thread; touches nothing the editor holds."""
        try:
            outcome = SaveOutcome(patch, apply_patch(self.database, patch), None)
        except PmdeskError as error:
            outcome = SaveOutcome(patch, None, error)
        self._finished.emit(outcome)
        return outcome

    def _on_finished(self, outcome: SaveOutcome) -> None:
        """Back on the interface thread, for every patch the save thread finished."""
        # The save thread signals before its future completes: forget the patch by number.
        self._in_flight.pop(outcome.patch.sequence, None)
        if outcome.error is None and outcome.updated_at is not None:
            self.postmortem.updated_at = max(self.postmortem.updated_at, outcome.updated_at)
        if outcome.error is not None:
            self.dirty |= set(outcome.patch.scalars) | set(outcome.patch.collections)
            self._set_state(SaveState.FAILED)
            self.save_failed.emit(outcome.error)
            if not isinstance(outcome.error, InvalidDataError):  # disk full, locked: try again
                self._timer.start(RETRY_DELAY_MS)
            return
        if not self._in_flight and not self.dirty and self.state is not SaveState.FAILED:
            self._set_state(SaveState.SAVED)

    def flush(self) -> bool:
        """Save everything now and wait for it; True when all of it reached the database."""
        self.save_now()
        waited, self._in_flight = self._in_flight, {}
        failed = False
        for future in waited.values():
            outcome = future.result()
            failed = failed or outcome.error is not None
        if not failed and not self.dirty:
            self._set_state(SaveState.SAVED)
        return not failed and not self.dirty

    def close(self) -> bool:
        """Final save; stops the thread only if everything was saved (else the editor may stay
        open and retry). Returns whether everything was saved."""
        saved = self.flush()
        if saved:
            self.shutdown()
        return saved

    def shutdown(self) -> None:
        """Stop the save thread (unsaved fields are dropped: the user chose to discard them)."""
        self._timer.stop()
        self._executor.shutdown(wait=True)

    def _set_state(self, state: SaveState) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(state)
