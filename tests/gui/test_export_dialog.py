"""The export dialog from the main window: choices, the language of the document, memory."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from pmdesk.domain.enums import DocumentTemplate, Language
from pmdesk.gui.export_dialog import ExportDialog


def french_postmortem(context) -> str:
    pm = context.library.load(context.library.create("Panne DNS", Language.FR, "America/Toronto"))
    pm.template = DocumentTemplate.GOOGLE_SRE
    pm.summary = "Le résolveur a cessé de répondre."
    context.library.save(pm)
    return pm.id


def export_from_window(window, qtbot, when_modal, handle) -> None:
    when_modal(handle)
    qtbot.keyClick(window.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)


def test_a_french_postmortem_exports_in_french_from_an_english_window(
    open_window, context, qtbot, when_modal, tmp_path: Path
):
    pm_id = french_postmortem(context)
    window = open_window()
    window.select(pm_id)
    seen: dict[str, object] = {}

    def choose(dialog) -> None:
        assert isinstance(dialog, ExportDialog)
        assert dialog.windowTitle() == "Export the postmortem"
        seen["template"] = dialog.template_combo.currentData()
        seen["language"] = dialog.language_combo.currentData()
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("md"))
        seen["paper enabled"] = dialog.paper_combo.isEnabled()
        seen["name"] = Path(dialog.path_edit.text()).name
        dialog.path_edit.setText(str(tmp_path / seen["name"]))
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)

    export_from_window(window, qtbot, when_modal, choose)
    qtbot.waitUntil(lambda: "name" in seen)
    assert seen == {
        "template": "google_sre",
        "language": "fr",
        "paper enabled": False,
        "name": "Panne DNS.md",
    }
    text = (tmp_path / "Panne DNS.md").read_text(encoding="utf-8")
    assert "## Causes profondes et facteurs contributifs" in text
    assert "Le résolveur a cessé de répondre." in text
    assert window.statusBar().currentMessage() == f"Exported to {tmp_path / 'Panne DNS.md'}"


def test_the_folder_and_format_are_remembered_and_open_when_done_opens(
    open_window, context, qtbot, when_modal, tmp_path: Path, monkeypatch
):
    pm_id = french_postmortem(context)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    window = open_window()
    window.select(pm_id)

    def first(dialog) -> None:
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("html"))
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
        dialog.open_check.setChecked(True)
        dialog.path_edit.setText(str(tmp_path / "report.html"))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    export_from_window(window, qtbot, when_modal, first)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == [str(tmp_path / "report.html")]
    assert "Timeline" in (tmp_path / "report.html").read_text(encoding="utf-8")
    seen: list[tuple[str, str, bool]] = []

    def second(dialog) -> None:
        seen.append(
            (
                dialog.format_combo.currentData(),
                dialog.path_edit.text(),
                dialog.open_check.isChecked(),
            )
        )
        dialog.reject()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    export_from_window(window, qtbot, when_modal, second)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("html", str(tmp_path / "Panne DNS.html"), True)]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) not installed")
def test_a_pdf_export_from_the_dialog_is_a_real_pdf(
    open_window, context, qtbot, when_modal, tmp_path: Path
):
    pm_id = french_postmortem(context)
    window = open_window()
    window.select(pm_id)
    target = tmp_path / "panne.pdf"

    def choose(dialog) -> None:
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("pdf"))
        assert dialog.paper_combo.isEnabled()
        dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("A4"))
        dialog.path_edit.setText(str(target))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    export_from_window(window, qtbot, when_modal, choose)
    qtbot.waitUntil(target.exists, timeout=20_000)
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert "A4" in info
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "Panne DNS" in text
    assert "Le résolveur a cessé de répondre." in text


def test_an_existing_file_is_replaced_only_when_the_writer_says_so(
    open_window, context, qtbot, when_modal, tmp_path: Path
):
    pm_id = french_postmortem(context)
    window = open_window()
    window.select(pm_id)
    target = tmp_path / "Panne DNS.md"
    target.write_text("my own notes", encoding="utf-8")
    questions: list[str] = []

    def answer(button):
        def handle(box) -> None:
            assert isinstance(box, QMessageBox)
            questions.append(box.text())
            box.button(button).click()

        return handle

    def choose(then):
        def handle(dialog) -> None:
            dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("md"))
            dialog.path_edit.setText(str(target))
            when_modal(then)
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

        return handle

    def refuse_then_cancel(box) -> None:
        answer(QMessageBox.StandardButton.No)(box)
        # Refused: the export dialog is still open, with the path kept; cancel it.
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ExportDialog))
        assert QApplication.activeModalWidget().path_edit.text() == str(target)
        QApplication.activeModalWidget().reject()

    export_from_window(window, qtbot, when_modal, choose(refuse_then_cancel))
    qtbot.waitUntil(lambda: len(questions) == 1)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert questions == [f"Panne DNS.md already exists in {tmp_path}. Replace it?"]
    assert target.read_text(encoding="utf-8") == "my own notes"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    export_from_window(window, qtbot, when_modal, choose(answer(QMessageBox.StandardButton.Yes)))
    qtbot.waitUntil(lambda: target.read_text(encoding="utf-8").startswith("# Panne DNS"))
    assert len(questions) == 2
