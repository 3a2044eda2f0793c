"""The coach of one editor window: checks wording in the postmortem's own language, minus what
the writers dismissed, and tells the text fields and the panel when that changes.

Every field's findings are remembered with the text they were found in, paragraph by paragraph
(`paragraphs.check_field`): the underlines and the panel share them, so typing re-checks one
paragraph, and listing the whole postmortem afterwards re-checks nothing. What was never checked
(every field, when the editor opens) is checked on a background thread: the engine is pure
Python with no shared mutable state (its rule packs are read once, then only read), and the
thread gets copies of the texts, never the postmortem itself."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit

from pmdesk.blameless.document import (
    FACTOR_ORDER,
    LEADING_SECTIONS,
    LESSON_SECTIONS,
    MIDDLE_SECTIONS,
    FieldFinding,
    section_of,
)
from pmdesk.blameless.engine import check_text
from pmdesk.blameless.findings import SEVERITIES, Finding
from pmdesk.domain.enums import AUDIENCES
from pmdesk.domain.model import Dismissal, Postmortem
from pmdesk.domain.rules import SHORT_TEXT_MAX
from pmdesk.gui.blameless.labels import finding_format
from pmdesk.gui.blameless.paragraphs import NOTHING_KNOWN, FieldCheck, check_field

FieldKey = Callable[[], str | None]
"""Names the field a text editor shows right now (a cause's text follows the selection)."""

CHECK_NOW_LIMIT = 10_000
"""Characters of unchecked text the interface thread checks itself (about 5 ms); more goes to
the background thread, so opening a long postmortem never freezes the window."""


def field_texts(pm: Postmortem) -> Iterator[tuple[str, str]]:
    """Each text field's key and text in `document.field_keys` order, without looking each
    key up again (a lookup per timeline event makes 2,000 events cost 30 ms)."""
    for name in LEADING_SECTIONS:
        yield name, str(getattr(pm, name))
    for audience in AUDIENCES:
        yield f"impact_audiences/{audience}", pm.impact_audiences.get(audience, "")
    for event in pm.sorted_timeline():
        yield f"timeline/{event.id}/text", event.text
    for name in MIDDLE_SECTIONS:
        yield name, str(getattr(pm, name))
    for kind in FACTOR_ORDER:
        for factor in pm.factors:
            if factor.kind is kind:
                yield f"factors/{factor.id}/text", factor.text
                for index, why in enumerate(factor.whys):
                    yield f"factors/{factor.id}/whys/{index}", why
    for name in LESSON_SECTIONS:
        yield name, str(getattr(pm, name))
    for action in pm.actions:
        yield f"actions/{action.id}/title", action.title
        yield f"actions/{action.id}/rationale", action.rationale or ""


@dataclass(frozen=True)
class Checked:
    """A field's findings (dismissed ones included) and the text and language they are for."""

    text: str
    language: str
    check: FieldCheck

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.check.findings


@dataclass(frozen=True)
class Batch:
    """What the background thread checked: field key → result, or the engine's error."""

    generation: int
    language: str
    results: dict[str, Checked]
    error: tuple[type[BaseException], BaseException, object] | None = None


def check_batch(
    generation: int, language: str, fields: list[tuple[str, str]], stop: threading.Event
) -> Batch:
    """Runs on the background thread, on copies of the texts: touches nothing else."""
    results: dict[str, Checked] = {}
    for key, text in fields:
        if stop.is_set():
            break
        section = section_of(key)
        try:
            checked = check_field(
                text, lambda paragraph, s=section: check_text(paragraph, language, s)
            )
        except Exception:
            return Batch(generation, language, results, sys.exc_info())  # type: ignore[arg-type]
        results[key] = Checked(text, language, checked)
    return Batch(generation, language, results)


class WordingCoach(QObject):
    """Checks text for one postmortem; owns its dismissals list while the editor is open."""

    findings_changed = Signal(str)  # a field key ("" for all) re-checked without an edit
    dismissals_edited = Signal()  # the postmortem's dismissals changed: save them
    document_checked = Signal()  # the background check finished: every field is known
    _batch_done = Signal(object)  # Batch, emitted on the background thread

    def __init__(self, postmortem: Postmortem, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.postmortem = postmortem
        self._fields: dict[str, Checked] = {}
        self.broken = False
        self.formats = {severity: finding_format(severity) for severity in SEVERITIES}
        self._executor: ThreadPoolExecutor | None = None
        self._stop = threading.Event()
        self._generation = 0
        self._running: int | None = None  # the generation being checked in the background
        self._cancel = threading.Event()  # set to stop the batch running now
        self._batch_done.connect(self._take_batch)

    @property
    def language(self) -> str:
        """The document's language, which is what the rules follow (not the interface's)."""
        return str(self.postmortem.language.value)

    # One field ----------------------------------------------------------------------------

    def field_findings(self, field_key: str | None, text: str) -> list[Finding]:
        """Findings in a whole field, minus the dismissed ones (offsets in `text`)."""
        if field_key is None or not text.strip():
            return []
        return self._undismissed(field_key, self._field(field_key, text).findings)

    def _field(self, key: str, text: str) -> Checked:
        """The field's findings, re-checking only the paragraphs that changed since last time."""
        language = self.language
        known = self._fields.get(key)
        if known is not None and known.language == language and known.text == text:
            return known
        before = known.check if known is not None and known.language == language else None
        section = section_of(key)
        checked = Checked(
            text,
            language,
            check_field(
                text,
                lambda paragraph: self._checked(paragraph, language, section),
                before or NOTHING_KNOWN,
            ),
        )
        if not self.broken:
            self._fields[key] = checked
        return checked

    def _undismissed(self, key: str, found: tuple[Finding, ...]) -> list[Finding]:
        dismissals = self.postmortem.dismissals
        if not dismissals:
            return list(found)
        return [
            finding
            for finding in found
            if not any(item.covers(finding.rule, key, finding.match) for item in dismissals)
        ]

    def _checked(self, text: str, language: str, section: str) -> tuple[Finding, ...]:
        """The engine's findings; after a bug in it, none, for the rest of this window's life:
        a broken rule must never stop anyone typing (the bug is reported once)."""
        if self.broken:
            return ()
        try:
            return tuple(check_text(text, language, section))
        except Exception:
            self._report(sys.exc_info())  # type: ignore[arg-type]
            return ()

    def _report(self, error: tuple[type[BaseException], BaseException, object]) -> None:
        if self.broken:
            return
        self.broken = True
        self._fields.clear()
        # Report it from the event loop, not from inside a paint or a keystroke.
        QTimer.singleShot(0, self, lambda: sys.excepthook(*error))  # type: ignore[arg-type]

    # The whole postmortem -----------------------------------------------------------------

    def unchecked(self) -> list[tuple[str, str]]:
        """The fields (key, text) whose findings are not known for their current text."""
        language = self.language
        fields = self._fields
        missing = []
        for key, text in field_texts(self.postmortem):
            if not text:
                continue
            known = fields.get(key)
            if known is None or known.language != language or known.text != text:
                missing.append((key, text))
        return missing

    def ready(self) -> bool:
        """Whether listing the whole postmortem now is quick: little is left unchecked (and
        what is left is then checked on the background thread)."""
        if self.broken:
            return True
        missing = self.unchecked()
        if sum(len(text) for _key, text in missing) <= CHECK_NOW_LIMIT:
            return True
        self._check_in_background(missing)
        return False

    def document_findings(self) -> list[FieldFinding]:
        """What `postmortem_findings` returns, checking only the fields whose text changed
        since they were last checked (here or in the background)."""
        found: list[FieldFinding] = []
        fields = 0
        for key, text in field_texts(self.postmortem):
            fields += 1
            if not text:
                continue
            found.extend(
                FieldFinding(key, finding)
                for finding in self._undismissed(key, self._field(key, text).findings)
            )
        if len(self._fields) > 2 * fields + 64:
            self._forget_gone()
        return found

    def finding_count(self) -> int:
        """How many findings `document_findings` would list, without listing them (the status
        bar's count while the panel is hidden)."""
        count = 0
        for key, text in field_texts(self.postmortem):
            if text:
                count += len(self._undismissed(key, self._field(key, text).findings))
        return count

    def _forget_gone(self) -> None:
        """Drop what is remembered for fields that no longer exist (deleted events…)."""
        keys = {key for key, _text in field_texts(self.postmortem)}
        self._fields = {key: value for key, value in self._fields.items() if key in keys}

    def _check_in_background(self, missing: list[tuple[str, str]]) -> None:
        if self._stop.is_set():  # the window is closing: start nothing new
            return
        if self._running is not None:
            return  # its results come first; what is still missing then is asked for again
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pmdesk-coach")
        self._generation += 1
        self._running = self._generation
        self._cancel = threading.Event()
        self._executor.submit(
            self._run_batch, self._generation, self.language, missing, self._cancel
        )

    def _run_batch(
        self,
        generation: int,
        language: str,
        fields: list[tuple[str, str]],
        cancel: threading.Event,
    ) -> None:
        """The background thread's job: check, then hand the results to the interface thread.

        Whatever goes wrong is handed over too: the interface thread reports it, and the
        panel never waits for a check that died."""
        try:
            batch = check_batch(generation, language, fields, cancel)
        except BaseException:
            batch = Batch(generation, language, {}, sys.exc_info())  # type: ignore[arg-type]
        if not self._stop.is_set():
            self._batch_done.emit(batch)

    def _take_batch(self, batch: Batch) -> None:
        """Back on the interface thread: keep what is still current, and say so."""
        if batch.generation != self._running:
            return
        self._running = None
        if batch.error is not None:
            self._report(batch.error)
        elif batch.language == self.language and not self.broken:
            current = dict(field_texts(self.postmortem))  # typing went on meanwhile
            for key, checked in batch.results.items():
                if current.get(key) == checked.text:
                    self._fields[key] = checked
        self.document_checked.emit()

    def checking(self) -> bool:
        """Whether the background thread is checking fields right now."""
        return self._running is not None

    def shutdown(self) -> None:
        """The window closes: stop the background check (its results are no longer wanted)."""
        self._stop.set()
        self._cancel.set()
        self._running = None
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    # Changes that are not typing ----------------------------------------------------------

    def language_changed(self) -> None:
        """The document language was switched on the Basics page: check everything again."""
        self._cancel.set()  # the batch in the old language stops; its results are not wanted
        self._running = None
        self.findings_changed.emit("")

    def restyle(self) -> None:
        """The palette changed (dark mode): tints follow it."""
        self.formats = {severity: finding_format(severity) for severity in SEVERITIES}
        self.findings_changed.emit("")

    def dismiss(self, field_key: str, finding: Finding, reason: str) -> Dismissal:
        """Keep this wording in this field, for this reason: its underline goes away."""
        dismissal = Dismissal(
            rule=finding.rule,
            field_key=field_key,
            match=finding.match[:SHORT_TEXT_MAX],
            reason=reason.strip()[:SHORT_TEXT_MAX],
        )
        self.postmortem.dismissals = [*self.postmortem.dismissals, dismissal]
        self.dismissals_edited.emit()
        self.findings_changed.emit(field_key)
        return dismissal

    def restore(self, dismissal: Dismissal) -> None:
        """Show a dismissed finding again."""
        kept = [item for item in self.postmortem.dismissals if item != dismissal]
        if len(kept) == len(self.postmortem.dismissals):
            return
        self.postmortem.dismissals = kept
        self.dismissals_edited.emit()
        self.findings_changed.emit(dismissal.field_key)

    def attach(self, edit: QPlainTextEdit, field_key: FieldKey) -> QObject:
        """Underline, explain and fix findings in a text editor (see `CoachedText`)."""
        from pmdesk.gui.blameless.text_hook import CoachedText

        return CoachedText(self, edit, field_key)
