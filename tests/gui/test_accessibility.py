"""Every wizard input can be found by a screen reader and reached with the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from pmdesk.export.interchange import dump_postmortem
from pmdesk.gui.wizard.editor_window import PostmortemEditor
from pmdesk.gui.wizard.page import PageId
from pmdesk.services.sample import sample_library

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


@pytest.fixture
def editor(qtbot, context) -> PostmortemEditor:
    (pm,) = sample_library(1, events=5, actions=2)
    context.library.import_bytes(dump_postmortem(pm).encode())
    window = PostmortemEditor(context, context.library.load(pm.id))
    qtbot.addWidget(window)
    window.show()
    return window


def inputs_of(page: QWidget) -> list[QWidget]:
    found = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(page):
            continue
        if isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
            continue  # the combo's own line edit or list
        if widget.objectName().startswith("qt_") or widget.inherits("QComboBoxListView"):
            continue
        if isinstance(widget, QAbstractItemView) and widget.objectName() == "":
            continue  # internal views (completer popups)
        found.append(widget)
    return found


@pytest.mark.parametrize("page_id", list(PageId), ids=[p.name.lower() for p in PageId])
def test_every_input_has_an_accessible_name(editor, page_id):
    editor.go_to(page_id)
    page = editor.pages[page_id]
    unnamed = [
        f"{type(w).__name__}:{w.objectName()}" for w in inputs_of(page) if not w.accessibleName()
    ]
    assert unnamed == []


@pytest.mark.parametrize("page_id", list(PageId), ids=[p.name.lower() for p in PageId])
def test_every_text_input_has_a_visible_label(editor, page_id):
    editor.go_to(page_id)
    page = editor.pages[page_id]
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
    text_inputs = [
        w for w in inputs_of(page) if isinstance(w, QLineEdit | QPlainTextEdit | QComboBox)
    ]
    unlabelled = [
        w.objectName()
        for w in text_inputs
        if w not in buddies and w.focusProxy() not in buddies and w.parent() not in buddies
    ]
    assert unlabelled == []


@pytest.mark.parametrize("page_id", list(PageId), ids=[p.name.lower() for p in PageId])
def test_tab_reaches_every_input_and_button(editor, page_id):
    editor.go_to(page_id)
    page = editor.pages[page_id]
    wanted = {
        w
        for w in inputs_of(page) + page.findChildren(QAbstractButton)
        if w.isVisibleTo(page) and w.isEnabled() and w.focusPolicy() & 0x1  # TabFocus
    }
    reached = {editor.side_list}
    widget = editor.side_list.nextInFocusChain()
    while widget is not editor.side_list:
        reached.add(widget)
        widget = widget.nextInFocusChain()
    missing = [f"{type(w).__name__}:{w.objectName()}" for w in wanted if w not in reached]
    assert missing == []
