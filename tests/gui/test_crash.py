"""A bug in the window ends as one sentence for the person and a traceback in crash.log."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from pmdesk.domain.errors import PmdeskError
from pmdesk.gui import crash


def test_a_bug_is_logged_and_explained_in_one_sentence(qtbot, when_modal, private_data_dir):
    shown: list[str] = []

    def read(box) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    when_modal(read)
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as error:
        crash.report(type(error), error, error.__traceback__)
    assert shown[0].startswith("Something unexpected went wrong (ZeroDivisionError)")
    log = (private_data_dir / "crash.log").read_text()
    assert "ZeroDivisionError: boom" in log
    assert "Traceback" in log


def test_an_expected_error_is_worded_not_logged(qtbot, when_modal, private_data_dir):
    shown: list[str] = []
    when_modal(lambda box: (shown.append(box.text()), box.accept()))
    error = PmdeskError("not_found", id="abc")
    crash.report(type(error), error, None)
    assert shown == ["No postmortem has the id abc."]
    assert not (private_data_dir / "crash.log").exists()
