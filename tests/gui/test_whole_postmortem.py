"""A whole postmortem, written the way a responder would: from the main window, every step of
the wizard with the keyboard alone, then the app closed and opened again on the same library."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from pmdesk.domain.enums import ActionType, EventKind, FactorKind, Severity
from pmdesk.gui.context import build_context
from pmdesk.gui.main_window import MainWindow
from pmdesk.gui.wizard.editor_window import PostmortemEditor
from pmdesk.gui.wizard.page import PageId
from pmdesk.storage.database import Location
from tests.gui.test_causes_page import type_why
from tests.gui.test_timeline_page import fill, on_dialog

CTRL = Qt.KeyboardModifier.ControlModifier


def keys(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def key(qtbot, code: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), code, modifiers)


def tab_to(qtbot, widget, limit: int = 40) -> None:
    """Press Tab until `widget` has the focus, as a keyboard user would."""
    for _ in range(limit):
        if widget.hasFocus():
            return
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName()}")


def next_step(qtbot, editor: PostmortemEditor) -> None:
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    before = editor.stack.currentIndex()
    qtbot.keyClick(editor, Qt.Key.Key_PageDown, CTRL)
    assert editor.stack.currentIndex() == before + 1


def test_a_whole_postmortem_with_the_keyboard_alone_survives_a_restart(
    qtbot, languages, db_path, when_modal
):
    context = build_context(Location(path=db_path), languages)
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()

    def title(dialog) -> None:
        assert isinstance(dialog, QInputDialog)
        field = dialog.findChild(QLineEdit)  # offscreen, a new dialog is not made active
        qtbot.keyClicks(field, "Checkout errors after a configuration change")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    when_modal(title)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    (pm_id,) = list(window.editors)
    editor = window.editors[pm_id]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)

    # 1. Basics: the title field has the focus; Tab moves through the form.
    basics = editor.pages[PageId.BASICS]
    assert basics.title_edit.hasFocus()
    tab_to(qtbot, basics.team_edit)
    keys(qtbot, "Payments")
    tab_to(qtbot, basics.services_edit)
    keys(qtbot, "checkout, payments-api")
    tab_to(qtbot, basics.severity_combo)
    key(qtbot, Qt.Key.Key_Down)  # SEV1
    tab_to(qtbot, basics.authors_edit)
    keys(qtbot, "Amira Haddad, Luc Gagnon")

    # 2. Summary and impact.
    next_step(qtbot, editor)
    assert isinstance(QApplication.focusWidget(), type(editor.pages[1].editors["summary"].editor))
    keys(qtbot, "For 40 minutes, 4% of checkout attempts failed.")

    # 3. Timeline: Ctrl+Enter opens the event dialog, Ctrl+Enter in it adds the event.
    next_step(qtbot, editor)
    timeline = editor.pages[PageId.TIMELINE]

    def detected(dialog) -> None:
        fill(qtbot, dialog, day="2026-03-01", clock="10:02", kind="Detected", text="Alert fired")
        key(qtbot, Qt.Key.Key_Return, CTRL)

    on_dialog(when_modal, detected)
    timeline.table.setFocus()
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(editor.postmortem.timeline) == 1)

    # 4. Trigger, detection, resolution.
    next_step(qtbot, editor)
    keys(qtbot, "A configuration change raised the pool size.")

    # 5. Causes: Insert adds a root cause; Insert in the whys list adds a why.
    next_step(qtbot, editor)
    causes = editor.pages[PageId.CAUSES]
    key(qtbot, Qt.Key.Key_Insert)
    keys(qtbot, "Configuration changes skip the canary stage")
    for why in ("Config looked low risk", "No rule for config", "The rule was never set"):
        type_why(qtbot, causes, why)

    # 6. Lessons.
    next_step(qtbot, editor)
    keys(qtbot, "The alert fired within four minutes.")

    # 7. Actions: Insert adds one; Tab through the form.
    next_step(qtbot, editor)
    form = editor.pages[PageId.ACTIONS].action_form
    key(qtbot, Qt.Key.Key_Insert)
    keys(qtbot, "Add a canary stage for configuration")
    tab_to(qtbot, form.owner_edit)
    keys(qtbot, "Luc Gagnon")
    tab_to(qtbot, form.due_edit)
    keys(qtbot, "2026-04-15")
    tab_to(qtbot, form.factors_list)
    key(qtbot, Qt.Key.Key_Space)

    # 8. Review: completeness reflects what was written.
    next_step(qtbot, editor)
    assert editor.stack.currentIndex() == PageId.REVIEW
    review = editor.pages[PageId.REVIEW]
    assert review.meter_bar.value() > 50

    window.close()  # closes the editor: final save
    assert not window.editors
    context.database.close()

    reopened = build_context(Location(path=db_path), languages)
    try:
        pm = reopened.library.load(pm_id)
        assert pm.title == "Checkout errors after a configuration change"
        assert (pm.team, pm.services) == ("Payments", ["checkout", "payments-api"])
        assert pm.severity is Severity.SEV1
        assert pm.authors == ["Amira Haddad", "Luc Gagnon"]
        assert pm.summary == "For 40 minutes, 4% of checkout attempts failed."
        (event,) = pm.timeline
        assert (event.kind, event.text) == (EventKind.DETECTED, "Alert fired")
        assert pm.detected_at == event.at
        assert pm.trigger == "A configuration change raised the pool size."
        (cause,) = pm.factors
        assert cause.kind is FactorKind.ROOT_CAUSE
        assert cause.whys == [
            "Config looked low risk",
            "No rule for config",
            "The rule was never set",
        ]
        assert pm.went_well == "The alert fired within four minutes."
        (action,) = pm.actions
        assert action.title == "Add a canary stage for configuration"
        assert (action.owner, action.due) == ("Luc Gagnon", date(2026, 4, 15))
        assert action.factor_ids == [cause.id]
        assert action.type in ActionType
        editor = PostmortemEditor(reopened, pm)
        qtbot.addWidget(editor)
        assert editor.stack.currentIndex() == PageId.REVIEW, "it reopens where the writer stopped"
    finally:
        reopened.database.close()


def test_the_line_edit_for_the_title_is_a_real_input(qtbot, context, when_modal):
    """Guard for the test above: typing into the title dialog reaches a QLineEdit."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    seen = []

    def look(dialog) -> None:
        seen.append(dialog.findChild(QLineEdit) is not None)
        dialog.reject()

    when_modal(look)
    window.ask_new_postmortem()
    assert seen == [True]
