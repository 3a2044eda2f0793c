"""Autosave under trouble: a failed save keeps the text, says why, and retries by itself."""

from __future__ import annotations

from pmdesk.domain.errors import PmdeskError
from pmdesk.gui import autosave
from pmdesk.gui.autosave import AutosaveController, SaveState
from pmdesk.services import drafts


def test_a_full_disk_keeps_the_text_says_so_and_retries(qtbot, context, monkeypatch):
    pm = context.library.load(context.library.create("Disk full"))
    real_apply = drafts.apply_patch
    calls: list[int] = []

    def full_once(database, patch):
        calls.append(patch.sequence)
        if len(calls) == 1:
            raise PmdeskError("disk_full", path="pmdesk.db")
        return real_apply(database, patch)

    monkeypatch.setattr(autosave, "apply_patch", full_once)
    monkeypatch.setattr(autosave, "RETRY_DELAY_MS", 100)
    controller = AutosaveController(context.database, pm)
    failures: list[str] = []
    controller.save_failed.connect(lambda error: failures.append(error.code))
    pm.summary = "Kept while the disk is full"
    controller.mark_dirty({"summary"})
    controller.save_now()
    qtbot.waitUntil(lambda: failures == ["disk_full"])
    assert controller.state is SaveState.FAILED
    assert controller.dirty == {"summary"}, "the unsaved field stays dirty"
    qtbot.waitUntil(lambda: controller.state is SaveState.SAVED, timeout=3000)
    assert context.library.load(pm.id).summary == "Kept while the disk is full"
    assert controller.close()


def test_saves_keep_their_order_and_never_overlap(qtbot, context):
    pm = context.library.load(context.library.create("Order"))
    controller = AutosaveController(context.database, pm)
    for index in range(20):
        pm.summary = f"version {index}"
        controller.mark_dirty({"summary"})
        controller.save_now()
    assert controller.flush()
    assert context.library.load(pm.id).summary == "version 19"
    assert controller.close()
