"""Fixtures for the tests of one wizard step. A test module takes them as module attributes:

open_editor = wizard_fixtures.open_editor
start_page = wizard_fixtures.start_on(PageId.CAUSES)
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from pmdesk.gui.wizard.editor_window import PostmortemEditor
from pmdesk.gui.wizard.page import PageId, WizardPage

P = TypeVar("P", bound=WizardPage)


def start_on(page: PageId):
    """A `start_page` fixture: the step `open_editor` opens on unless a test names another."""

    @pytest.fixture
    def start_page() -> PageId:
        return page

    return start_page


@pytest.fixture
def open_editor(qtbot, context, when_modal, start_page: PageId):
    """Opens a postmortem on a step; closing it never waits on an "unsaved changes" prompt."""
    opened: list[PostmortemEditor] = []

    def make(pm_id: str, page: PageId = start_page) -> PostmortemEditor:
        editor = PostmortemEditor(context, context.library.load(pm_id))
        with qtbot.waitActive(editor):
            editor.show()
            editor.activateWindow()
        editor.go_to(page)
        opened.append(editor)
        return editor

    yield make
    for editor in opened:
        if not editor.autosave.flush():
            when_modal(lambda dialog: dialog.button(QMessageBox.StandardButton.Discard).click())
        editor.close()


def current_page(editor: PostmortemEditor, kind: type[P]) -> P:
    """The editor's current page, which must be a `kind`."""
    page = editor.current_page
    assert isinstance(page, kind)
    return page


def add_rows_and_save(qtbot, editor: PostmortemEditor, typed_into: QWidget, texts: list[str]):
    """From the step's table, Insert a row per text and type it into `typed_into`, all well
    within the autosave delay; then save."""
    table = editor.current_page.table
    for text in texts:
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Insert)
        qtbot.keyClicks(typed_into, text)
    assert editor.autosave.flush()


@contextmanager
def in_french(languages) -> Iterator[None]:
    """The interface in French for the block, in English again after it."""
    languages.switch("fr")
    try:
        yield
    finally:
        languages.switch("en")
