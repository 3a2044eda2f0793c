"""A page made of Markdown sections of the postmortem (summary, trigger, lessons…)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from pmdesk.domain.model import Postmortem
from pmdesk.gui.widgets.markdown_edit import MarkdownEdit
from pmdesk.gui.wizard.page import WizardPage, clean_text


class SectionsPage(WizardPage):
    """Leaf pages list their sections in `SECTIONS` and word them in `labels()`."""

    SECTIONS: tuple[str, ...] = ()
    REQUIRED: frozenset[str] = frozenset()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form_layout = QFormLayout(self.form)
        self.form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.editors: dict[str, MarkdownEdit] = {}
        self.labels_by_name: dict[str, QLabel] = {}
        for name in self.SECTIONS:
            editor = MarkdownEdit()
            editor.setObjectName(f"{name}_edit")
            editor.editor.setObjectName(f"{name}_text")
            label = QLabel()
            label.setBuddy(editor.editor)
            editor.text_edited.connect(lambda name=name: self._section_edited(name))
            self.form_layout.addRow(label, editor)
            self.editors[name] = editor
            self.labels_by_name[name] = label
        self.retranslate()

    def labels(self) -> dict[str, tuple[str, str]]:
        """Per section: (label with a mnemonic, placeholder hint), in the interface language."""
        raise NotImplementedError

    def retranslate(self) -> None:
        super().retranslate()
        for name, (label, hint) in self.labels().items():
            marker = " *" if name in self.REQUIRED else ""
            self.labels_by_name[name].setText(label + marker)
            self.editors[name].editor.setPlaceholderText(hint)
            self.editors[name].editor.setAccessibleName(label.replace("&", ""))

    def load(self, postmortem: Postmortem) -> None:
        for name, editor in self.editors.items():
            editor.set_text(self.read(postmortem, name))
        super().load(postmortem)

    def read(self, postmortem: Postmortem, name: str) -> str:
        return str(getattr(postmortem, name))

    def write(self, postmortem: Postmortem, name: str, text: str) -> str:
        """Store a section's text; returns the Postmortem field that changed."""
        setattr(postmortem, name, text)
        return name

    def _section_edited(self, name: str) -> None:
        if self.postmortem is None:
            return
        self.notify(self.write(self.postmortem, name, clean_text(self.editors[name].text())))

    def field_widgets(self) -> dict[str, QWidget]:
        return {name: editor.editor for name, editor in self.editors.items()}
