"""The coach of one editor window: checks wording in the postmortem's own language, minus what
the writers dismissed, and tells the text fields and the panel when that changes."""

from __future__ import annotations

import sys
from collections import OrderedDict
from collections.abc import Callable, Iterator

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

FieldKey = Callable[[], str | None]
"""Names the field a text editor shows right now (a cause's text follows the selection)."""

CACHE_SIZE = 4096
"""Paragraphs remembered: re-highlighting a document after a dismissal re-checks nothing."""


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


class WordingCoach(QObject):
    """Checks text for one postmortem; owns its dismissals list while the editor is open."""

    findings_changed = Signal(str)  # a field key ("" for all) re-checked without an edit
    dismissals_edited = Signal()  # the postmortem's dismissals changed: save them

    def __init__(self, postmortem: Postmortem, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.postmortem = postmortem
        self._cache: OrderedDict[tuple[str, str, str], tuple[Finding, ...]] = OrderedDict()
        self._fields: dict[str, tuple[str, str, tuple[Finding, ...]]] = {}
        self.broken = False
        self.formats = {severity: finding_format(severity) for severity in SEVERITIES}

    @property
    def language(self) -> str:
        """The document's language, which is what the rules follow (not the interface's)."""
        return str(self.postmortem.language.value)

    def check(self, text: str, field_key: str | None) -> list[Finding]:
        """Findings in one paragraph of a field, minus the dismissed ones."""
        if field_key is None or not text.strip():
            return []
        key = (text, self.language, section_of(field_key))
        found = self._cache.get(key)
        if found is None:
            found = self._checked(text, key[1], key[2])
            self._cache[key] = found
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        dismissals = self.postmortem.dismissals
        if not dismissals:
            return list(found)
        return [
            finding
            for finding in found
            if not any(item.covers(finding.rule, field_key, finding.match) for item in dismissals)
        ]

    def _checked(self, text: str, language: str, section: str) -> tuple[Finding, ...]:
        """The engine's findings; after a bug in it, none, for the rest of this window's life:
        a broken rule must never stop anyone typing (the bug is reported once)."""
        if self.broken:
            return ()
        try:
            return tuple(check_text(text, language, section))
        except Exception:
            self.broken = True
            error = sys.exc_info()
            # Report it from the event loop, not from inside a paint or a keystroke.
            QTimer.singleShot(0, self, lambda: sys.excepthook(*error))
            return ()

    def document_findings(self) -> list[FieldFinding]:
        """What `postmortem_findings` returns, re-checking only the fields whose text changed
        since the last call: after typing in the summary, 2,000 timeline events cost a
        comparison each, not a check (the panel refreshes on the interface thread)."""
        pm = self.postmortem
        language = self.language
        dismissals = pm.dismissals
        fields: dict[str, tuple[str, str, tuple[Finding, ...]]] = {}
        found: list[FieldFinding] = []
        for key, text in field_texts(pm):
            if not text:
                continue
            cached = self._fields.get(key)
            if cached is not None and cached[0] == text and cached[1] == language:
                findings = cached[2]
            else:
                findings = self._checked(text, language, section_of(key))
            fields[key] = (text, language, findings)
            found.extend(
                FieldFinding(key, finding)
                for finding in findings
                if not any(item.covers(finding.rule, key, finding.match) for item in dismissals)
            )
        self._fields = fields
        return found

    def language_changed(self) -> None:
        """The document language was switched on the Basics page: check everything again."""
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
