"""The export dialog: format, template, language, paper, where, and "open when done".

Its choices are remembered for next time (the folder too). `export_postmortem` runs the whole
use case for the main window and the Review step: ask, save pending edits, render with a
progress dialog, write atomically, report.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from pmdesk.domain.enums import DocumentTemplate, Language
from pmdesk.domain.errors import PmdeskError
from pmdesk.domain.model import Postmortem
from pmdesk.gui.context import AppContext
from pmdesk.gui.labels_export import format_label, paper_label, template_help, template_label
from pmdesk.gui.messages import describe
from pmdesk.gui.pdf_export import default_paper, render_pdf_job
from pmdesk.services.exporting import (
    ExportFormat,
    ExportRequest,
    ExportService,
    Paper,
    safe_file_name,
)


class ExportCancelledError(Exception):
    """The writer pressed Cancel in the progress dialog."""


class ExportDialog(QDialog):
    """Asks how and where to export one postmortem."""

    def __init__(self, context: AppContext, pm: Postmortem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self.context = context
        self.pm = pm
        settings = context.settings
        self.format_combo = QComboBox()
        self.template_combo = QComboBox()
        self.language_combo = QComboBox()
        self.paper_combo = QComboBox()
        self.omit_check = QCheckBox()
        self.pdf_a_check = QCheckBox()
        self.path_edit = QLineEdit()
        self.browse_button = QPushButton()
        self.open_check = QCheckBox()
        self.labels = {name: QLabel() for name in ("format", "template", "language", "paper")}
        self.labels["path"] = QLabel()
        buddies = {
            "format": self.format_combo,
            "template": self.template_combo,
            "language": self.language_combo,
            "paper": self.paper_combo,
            "path": self.path_edit,
        }
        layout = QFormLayout(self)
        for name, widget in buddies.items():
            widget.setObjectName(f"{name}_input")
            self.labels[name].setBuddy(widget)
            if name == "path":
                row = QHBoxLayout()
                row.addWidget(self.path_edit, 1)
                row.addWidget(self.browse_button)
                layout.addRow(self.labels[name], row)
            else:
                layout.addRow(self.labels[name], widget)
        for check in (self.omit_check, self.pdf_a_check, self.open_check):
            layout.addRow(QLabel(), check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.browse_button.clicked.connect(self.browse)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.retranslate()
        self._select(self.format_combo, settings.export_choice("format", ExportFormat.PDF))
        self._select(self.template_combo, pm.template.value)
        self._select(self.language_combo, pm.language.value)
        self._select(self.paper_combo, settings.export_choice("paper", default_paper()))
        self.omit_check.setChecked(settings.export_choice("omit_empty", "") == "1")
        self.open_check.setChecked(settings.export_choice("open_when_done", "") == "1")
        folder = settings.export_folder
        self.path_edit.setText(str(folder / safe_file_name(pm.title, self.export_format.value)))
        self.confirmed: Path | None = None
        self._format_changed()

    @staticmethod
    def _select(combo: QComboBox, code: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(str(code))))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export the postmortem"))
        texts = {
            "format": self.tr("&Format"),
            "template": self.tr("&Template"),
            "language": self.tr("Document &language"),
            "paper": self.tr("&Paper size"),
            "path": self.tr("&Save as"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
            buddy = self.labels[name].buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.replace("&", ""))
        self.browse_button.setText(self.tr("&Browse…"))
        self.omit_check.setText(self.tr("Leave out &empty sections"))
        self.pdf_a_check.setText(self.tr("PDF/&A-1b for long-term archiving"))
        self.open_check.setText(self.tr("&Open the file when done"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        combos: list[tuple[QComboBox, list[tuple[str, str, str]]]] = [
            (self.format_combo, [(f.value, format_label(f), "") for f in ExportFormat]),
            (
                self.template_combo,
                [(t.value, template_label(t), template_help(t)) for t in DocumentTemplate],
            ),
            (
                self.language_combo,
                [
                    (Language.EN.value, self.tr("English"), ""),
                    (Language.FR.value, self.tr("French"), ""),
                ],
            ),
            (self.paper_combo, [(p.value, paper_label(p), "") for p in Paper]),
        ]
        for combo, items in combos:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for code, label, help_text in items:
                combo.addItem(label, code)
                if help_text:
                    combo.setItemData(combo.count() - 1, help_text, Qt.ItemDataRole.ToolTipRole)
            if current is not None:
                self._select(combo, current)
            combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def export_format(self) -> ExportFormat:
        return ExportFormat(self.format_combo.currentData() or ExportFormat.PDF)

    def _format_changed(self) -> None:
        """Only what applies to the chosen format is offered; the file name follows it."""
        chosen = self.export_format
        is_pdf = chosen is ExportFormat.PDF
        is_document = chosen is not ExportFormat.JSON
        for widget in (self.paper_combo, self.pdf_a_check, self.labels["paper"]):
            widget.setEnabled(is_pdf)
        for widget in (self.template_combo, self.language_combo, self.omit_check):
            widget.setEnabled(is_document)
        path = Path(self.path_edit.text().strip())
        if path.name:
            self.path_edit.setText(str(path.with_suffix(f".{chosen.value}")))

    def browse(self) -> None:
        chosen = self.export_format
        path, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.path_edit.text(), format_label(chosen)
        )
        if path:
            self.path_edit.setText(path)
            self.confirmed = Path(path)  # the file dialog asked before choosing an existing file

    def replace_confirmed(self, target: Path) -> bool:
        """Ask before writing over a file the writer did not pick with Browse."""
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("{name} already exists in {folder}. Replace it?").format(
                name=target.name, folder=target.parent
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def request(self) -> ExportRequest:
        return ExportRequest(
            format=self.export_format,
            template=str(self.template_combo.currentData()),
            language=str(self.language_combo.currentData()),
            paper=Paper(self.paper_combo.currentData()),
            pdf_a=self.pdf_a_check.isChecked(),
            omit_empty=self.omit_check.isChecked(),
        )

    def target(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def accept(self) -> None:
        target = self.target()
        if not target.name:
            self.path_edit.setFocus()
            return
        if target.exists() and target != self.confirmed and not self.replace_confirmed(target):
            self.path_edit.setFocus()
            return
        settings = self.context.settings
        settings.set_export_choice("format", self.export_format.value)
        settings.set_export_choice("paper", str(self.paper_combo.currentData()))
        settings.set_export_choice("omit_empty", "1" if self.omit_check.isChecked() else "")
        settings.set_export_choice("open_when_done", "1" if self.open_check.isChecked() else "")
        if self.target().parent.is_dir():
            settings.export_folder = self.target().parent
        settings.sync()
        super().accept()


def write_export(
    parent: QWidget, context: AppContext, postmortem_id: str, request: ExportRequest, target: Path
) -> Path | None:
    """Render and write one export with a progress dialog; errors are shown, never raised."""
    assert context.library is not None
    service = ExportService(context.library, render_pdf_job)
    progress = QProgressDialog(parent)
    progress.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export"))
    progress.setLabelText(QCoreApplication.translate("ExportDialog", "Exporting…"))
    progress.setCancelButtonText(QCoreApplication.translate("ExportDialog", "Cancel"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)

    def advance(done: int, total: int) -> None:
        progress.setMaximum(max(total, 1))
        progress.setValue(min(done, total))
        QApplication.processEvents()
        if progress.wasCanceled():
            raise ExportCancelledError

    try:
        written = service.export(postmortem_id, request, target, advance)
    except ExportCancelledError:
        return None
    except PmdeskError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ExportDialog", "Export"),
            QCoreApplication.translate(
                "ExportDialog", "The postmortem was not exported: {reason}"
            ).format(reason=describe(error)),
        )
        return None
    finally:
        progress.reset()
        progress.deleteLater()
    return written


def export_postmortem(
    parent: QWidget,
    context: AppContext,
    pm: Postmortem,
    save_pending: Callable[[], bool] = lambda: True,
) -> Path | None:
    """The Export command: ask, save pending edits, export, and open the file if asked."""
    dialog = ExportDialog(context, pm, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if not save_pending():
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ExportDialog", "Export"),
            QCoreApplication.translate(
                "ExportDialog",
                "The latest changes could not be saved, so they cannot be exported yet.",
            ),
        )
        return None
    written = write_export(parent, context, pm.id, dialog.request(), dialog.target())
    if written is not None and dialog.open_check.isChecked():
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
    return written
