"""A quiet note beside a form: an icon plus words, so its meaning never rests on colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QWidget


class NoteLabel(QWidget):
    """A hint (information icon) or a gap to fill (warning icon); hidden while it has no text."""

    def __init__(self, warning: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pixmap = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if warning
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon_label = QLabel()
        self.icon_label.setPixmap(self.style().standardIcon(pixmap).pixmap(size, size))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon_label)
        layout.addWidget(self.text_label, 1)
        self.setVisible(False)

    def set_text(self, text: str) -> None:
        """Show `text` (or hide the note when it is empty)."""
        self.text_label.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        return self.text_label.text()
