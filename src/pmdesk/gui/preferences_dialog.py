"""Preferences: the interface language (more settings join as features arrive)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from pmdesk.gui.context import AppContext
from pmdesk.gui.i18n import system_language

FOLLOW_SYSTEM = ""
ENDONYM_ROLE = Qt.ItemDataRole.UserRole + 10
"""Marks a language named in itself (the same in every interface language)."""


class PreferencesDialog(QDialog):
    """Edits the settings; OK applies them at once (the language switches in place)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("PreferencesDialog")
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language_combo")
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_combo)
        self.language_hint = QLabel()
        self.language_hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.language_label, self.language_combo)
        layout.addRow(self.language_hint)
        layout.addRow(self.buttons)
        self.retranslate()
        saved = context.settings.ui_language or FOLLOW_SYSTEM
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(saved)))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.language_label.setText(self.tr("Interface &language:"))
        self.language_hint.setText(
            self.tr(
                "The interface language never changes a postmortem's own language, "
                "which sets its export headings and wording checks."
            )
        )
        current = self.language_combo.currentData()
        self.language_combo.clear()
        self.language_combo.addItem(self.tr("Follow the system"), FOLLOW_SYSTEM)
        # Each language is named in itself, so it can be found whatever the interface shows.
        for name, code in (("English", "en"), ("Français", "fr")):
            self.language_combo.addItem(name, code)
            self.language_combo.setItemData(self.language_combo.count() - 1, True, ENDONYM_ROLE)
        if current is not None:
            self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current)))
        self.language_combo.setAccessibleName(self.tr("Interface language"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        choice = str(self.language_combo.currentData() or FOLLOW_SYSTEM)
        self.context.settings.ui_language = choice or None
        self.context.settings.sync()
        self.context.languages.switch(choice or system_language())
        super().accept()
