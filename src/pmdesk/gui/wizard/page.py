"""What every wizard page shares: its id, its guidance panel, and how it reports edits.

A page reads the postmortem into its widgets (`load`), writes each edit straight back into the
same object, and emits `edited` with the names of the fields it changed; the editor window
turns that into autosaves. Strings here use `QCoreApplication.translate` with a fixed context:
`self.tr` in a base class would look them up under each subclass's name and miss them.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from pmdesk.domain.enums import Language
from pmdesk.domain.model import Postmortem
from pmdesk.export.html import render_markdown
from pmdesk.gui.wizard.guidance import guidance


class PageId(IntEnum):
    """The steps of the wizard, in order."""

    BASICS = 0
    SUMMARY = 1
    TIMELINE = 2
    NARRATIVE = 3
    CAUSES = 4
    LESSONS = 5
    ACTIONS = 6
    REVIEW = 7


PAGE_KEYS = {
    PageId.BASICS: "basics",
    PageId.SUMMARY: "summary",
    PageId.TIMELINE: "timeline",
    PageId.NARRATIVE: "narrative",
    PageId.CAUSES: "causes",
    PageId.LESSONS: "lessons",
    PageId.ACTIONS: "actions",
    PageId.REVIEW: "review",
}


def clean_text(text: str) -> str:
    """Text as typed or pasted, minus what no file can store (lone surrogates, NUL)."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


class WizardPage(QWidget):
    """A step of the wizard: a form on the left, the guidance panel on the right."""

    page_id: PageId
    edited = Signal(set)  # names of the Postmortem fields that changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.postmortem: Postmortem | None = None
        self.heading = QLabel()
        self.heading.setObjectName("page_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.form = QWidget()
        self.form.setObjectName("page_form")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.guidance_title = QLabel()
        self.guidance_title.setObjectName("guidance_title")
        self.guidance_title.setWordWrap(True)
        bold = self.guidance_title.font()
        bold.setBold(True)
        self.guidance_title.setFont(bold)
        self.guidance_body = QLabel()
        self.guidance_body.setObjectName("guidance_body")
        self.guidance_body.setWordWrap(True)
        self.guidance_body.setTextFormat(Qt.TextFormat.RichText)
        self.guidance_body.setAlignment(Qt.AlignmentFlag.AlignTop)
        panel = QFrame()
        panel.setObjectName("guidance_panel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setMinimumWidth(260)
        panel.setMaximumWidth(380)
        panel_layout = QVBoxLayout(panel)
        panel_layout.addWidget(self.guidance_title)
        panel_layout.addWidget(self.guidance_body, 1)
        self.guidance_panel = panel
        body = QHBoxLayout()
        body.addWidget(scroll, 3)
        body.addWidget(panel, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(body, 1)

    def load(self, postmortem: Postmortem) -> None:
        """Show `postmortem` (subclasses fill their widgets, then call this)."""
        self.postmortem = postmortem
        self.show_guidance(postmortem.language)

    def show_guidance(self, language: Language) -> None:
        """Guidance follows the document's language, not the interface's."""
        advice = guidance(PAGE_KEYS[self.page_id], language)
        self.guidance_title.setText(advice.title)
        self.guidance_body.setText(render_markdown(advice.body))

    def title(self) -> str:
        """The page's name in the side list and its heading (interface language)."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every label in the interface language; subclasses extend it."""
        self.heading.setText(self.title())
        self.guidance_panel.setAccessibleName(QCoreApplication.translate("WizardPage", "Guidance"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def on_shown(self) -> None:
        """Called each time the page comes into view (the review page refreshes itself)."""

    def field_widgets(self) -> dict[str, QWidget]:
        """The page's inputs by name, for "reopen where I stopped" and "jump to what is
        missing"; the first one gets the focus when the page opens."""
        return {}

    def notify(self, *names: str) -> None:
        """Report edited fields of the postmortem."""
        self.edited.emit(set(names))
