"""Undoable timeline edits: each one swaps one event and the milestones it moved.

A command keeps the milestones from before and after, so undo puts back exactly what was
there (including a milestone typed elsewhere) rather than deriving it again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoCommand

from pmdesk.domain.model import Postmortem, TimelineEvent
from pmdesk.gui.wizard.timeline.model import TimelineModel
from pmdesk.timeline.milestones import Milestones, apply_milestones

ADD = QT_TRANSLATE_NOOP("TimelineCommands", "Add event")
EDIT = QT_TRANSLATE_NOOP("TimelineCommands", "Edit event")
DELETE = QT_TRANSLATE_NOOP("TimelineCommands", "Delete event")
STAR = QT_TRANSLATE_NOOP("TimelineCommands", "Mark key event")
UNSTAR = QT_TRANSLATE_NOOP("TimelineCommands", "Unmark key event")


def command_label(old: TimelineEvent | None, new: TimelineEvent | None) -> str:
    """What an edit is called in the undo history (English source, translated when shown)."""
    if old is None:
        return ADD
    if new is None:
        return DELETE
    if old != new and replace(old, key=new.key) == new:
        return STAR if new.key else UNSTAR
    return EDIT


@dataclass(frozen=True)
class EventChange:
    """One edit of the timeline list: `old` (None to add) becomes `new` (None to delete) at
    entry position `index`, and the milestones go from `before` to `after`."""

    index: int
    old: TimelineEvent | None
    new: TimelineEvent | None
    before: Milestones
    after: Milestones

    def changed_fields(self) -> set[str]:
        """The Postmortem fields this edit writes, for autosave."""
        moved = {name for name, value in self.after.items() if self.before.get(name) != value}
        return {"timeline", *moved}


Applied = Callable[[set[str], str | None], None]
"""Told the changed fields and the id of the event to select (None: none left to select)."""


class EventCommand(QUndoCommand):
    """Applies an `EventChange` forwards (redo) and backwards (undo)."""

    def __init__(
        self,
        postmortem: Postmortem,
        model: TimelineModel,
        change: EventChange,
        label: str,
        applied: Applied,
    ) -> None:
        super().__init__(label)  # English source; the page translates it when shown
        self.postmortem = postmortem
        self.model = model
        self.change = change
        self.applied = applied

    def redo(self) -> None:
        change = self.change
        self.model.replace(change.index, change.old, change.new)
        apply_milestones(self.postmortem, change.after)
        self.applied(change.changed_fields(), change.new.id if change.new else None)

    def undo(self) -> None:
        change = self.change
        self.model.replace(change.index, change.new, change.old)
        apply_milestones(self.postmortem, change.before)
        self.applied(change.changed_fields(), change.old.id if change.old else None)
