"""Asking why a finding should stay: a dismissal always carries its reason, for reviewers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pmdesk.blameless.findings import Finding
from pmdesk.domain.rules import SHORT_TEXT_MAX
from pmdesk.gui.blameless.labels import category_label


class DismissDialog(QDialog):
    """A reason is required: OK stays disabled until one is typed."""

    def __init__(self, finding: Finding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dismiss_dialog")
        self.setWindowTitle(self.tr("Dismiss wording hint"))
        self.finding_label = QLabel(
            self.tr("Keep “{words}”? Say why, so reviewers know it was considered.").format(
                words=finding.match
            )
        )
        self.message_label = QLabel(
            self.tr("{category}: {message}").format(
                category=category_label(finding.category), message=finding.message
            )
        )
        self.message_label.setObjectName("dismiss_message")
        italic = self.message_label.font()
        italic.setItalic(True)  # the rule's own words, set apart from the question
        self.message_label.setFont(italic)
        for label in (self.finding_label, self.message_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.reason_label = QLabel(self.tr("&Reason:"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("dismiss_reason")
        self.reason_edit.setMaxLength(SHORT_TEXT_MAX)
        self.reason_edit.setPlaceholderText(
            self.tr("For example: a direct quote from the incident channel")
        )
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_label.setBuddy(self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Dismiss"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(
            lambda text: self.ok_button.setEnabled(bool(text.strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.finding_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    @classmethod
    def get_reason(cls, parent: QWidget | None, finding: Finding) -> tuple[str, bool]:
        """Ask; returns (reason, accepted)."""
        dialog = cls(finding, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted and bool(dialog.reason())
            return dialog.reason(), accepted
        finally:
            dialog.deleteLater()
