"""Step 8: how complete the postmortem is, what is missing, the review checklist, a preview of
the Markdown export, and the export to PDF, Markdown, HTML or JSON.

Everything is recomputed each time the page comes into view, from the postmortem being edited.
Activating a missing item (Enter or double-click) jumps to the page and field that fixes it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMetaMethod, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.completeness import Completeness, assess
from pmdesk.domain.model import Postmortem
from pmdesk.export import html
from pmdesk.export.markdown import render_markdown
from pmdesk.gui.context import AppContext
from pmdesk.gui.export_dialog import export_postmortem
from pmdesk.gui.review_labels import check_spoken, check_text, missing_text
from pmdesk.gui.widgets.safe_text import SafeTextBrowser
from pmdesk.gui.wizard.page import PAGE_KEYS, PageId, WizardPage

PAGES_BY_KEY = {key: page_id for page_id, key in PAGE_KEYS.items()}
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
"""List item role holding (PageId, field name) for a missing item."""


class ReviewPage(WizardPage):
    """Completeness meter, missing items, checklist, preview and export."""

    page_id = PageId.REVIEW
    jump_requested = Signal(object, str)  # PageId, field name (see WizardPage.field_widgets)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.markdown = ""
        self.completeness: Completeness | None = None
        self.meter_label = QLabel()
        bold = self.meter_label.font()
        bold.setBold(True)
        self.meter_label.setFont(bold)
        self.meter_bar = QProgressBar()
        self.meter_bar.setObjectName("completeness_bar")
        self.meter_bar.setRange(0, 100)
        self.meter_bar.setTextVisible(True)
        self.missing_label = QLabel()
        self.missing_list = QListWidget()
        self.missing_list.setObjectName("missing_list")
        self.missing_list.itemActivated.connect(self._missing_activated)
        self.missing_label.setBuddy(self.missing_list)
        self.checklist_label = QLabel()
        self.checklist_list = QListWidget()
        self.checklist_list.setObjectName("checklist_list")
        self.checklist_label.setBuddy(self.checklist_list)
        self.preview_label = QLabel()
        self.preview_browser = SafeTextBrowser()
        self.preview_browser.setObjectName("preview_browser")
        self.preview_browser.setTabChangesFocus(True)
        self.preview_label.setBuddy(self.preview_browser)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copy_markdown_button")
        self.copy_button.clicked.connect(self.copy_markdown)
        self.export_button = QPushButton()
        self.export_button.setObjectName("export_button")
        self.export_button.clicked.connect(self.export)
        self.result_label = QLabel()
        self.result_label.setObjectName("export_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        lists = QHBoxLayout()
        for label, widget in (
            (self.missing_label, self.missing_list),
            (self.checklist_label, self.checklist_list),
        ):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(widget, 1)
            lists.addLayout(column, 1)
        lines = self.fontMetrics().lineSpacing()
        for widget in (self.missing_list, self.checklist_list):
            widget.setMinimumHeight(lines * 7)
            widget.setWordWrap(True)
            widget.setSpacing(2)
        self.preview_browser.setMinimumHeight(lines * 16)
        buttons = QHBoxLayout()
        buttons.addWidget(self.result_label, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self.form)
        layout.addWidget(self.meter_label)
        layout.addWidget(self.meter_bar)
        layout.addLayout(lists)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview_browser, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.missing_list, self.checklist_list)
        QWidget.setTabOrder(self.checklist_list, self.preview_browser)
        QWidget.setTabOrder(self.preview_browser, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.export_button)

    def title(self) -> str:
        return self.tr("Review")

    def retranslate(self) -> None:
        super().retranslate()
        self.meter_label.setText(self.tr("Completeness"))
        self.meter_bar.setFormat(self.tr("%p% complete"))
        self.meter_bar.setAccessibleName(self.tr("Completeness"))
        self.missing_label.setText(self.tr("&What is missing"))
        self.missing_list.setAccessibleName(self.tr("What is missing"))
        self.missing_list.setToolTip(self.tr("Press Enter or double-click to go and fix it"))
        self.checklist_label.setText(self.tr("Review chec&klist"))
        self.checklist_list.setAccessibleName(self.tr("Review checklist"))
        self.preview_label.setText(self.tr("&Preview of the Markdown export"))
        self.preview_browser.setAccessibleName(self.tr("Preview of the Markdown export"))
        self.copy_button.setText(self.tr("&Copy Markdown"))
        self.copy_button.setToolTip(self.tr("Copy the whole postmortem as Markdown"))
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setToolTip(
            self.tr("Export as PDF, Markdown, a web page or an interchange file")
        )
        if self.postmortem is not None and self.completeness is not None:
            self._show_completeness(self.postmortem, self.completeness)

    def load(self, postmortem: Postmortem) -> None:
        super().load(postmortem)
        if self.isVisible():
            self.refresh()

    def on_shown(self) -> None:
        self.refresh()

    def field_widgets(self) -> dict[str, QWidget]:
        return {
            "missing": self.missing_list,
            "checklist": self.checklist_list,
            "preview": self.preview_browser,
        }

    # Showing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute completeness and the preview from the postmortem as it is now."""
        if self.postmortem is None:
            return
        self.completeness = assess(self.postmortem)
        self._show_completeness(self.postmortem, self.completeness)
        self.markdown = render_markdown(self.postmortem)
        position = self.preview_browser.verticalScrollBar().value()
        self.preview_browser.setHtml(html.render_markdown(self.markdown))
        self.preview_browser.verticalScrollBar().setValue(position)
        self.result_label.clear()

    def _show_completeness(self, pm: Postmortem, completeness: Completeness) -> None:
        self.meter_bar.setValue(completeness.score)
        self.meter_bar.setAccessibleDescription(
            self.tr("%p% complete").replace("%p", str(completeness.score))
        )
        row = max(0, self.missing_list.currentRow())
        self.missing_list.clear()
        for missing in completeness.missing:
            item = QListWidgetItem(missing_text(pm, missing))
            item.setData(TARGET_ROLE, (PAGES_BY_KEY[missing.page], missing.field, missing.item))
            self.missing_list.addItem(item)
        if not completeness.missing:
            item = QListWidgetItem(self.tr("Nothing is missing: ready for review."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.missing_list.addItem(item)
        self.missing_list.setCurrentRow(min(row, self.missing_list.count() - 1))
        self.checklist_list.clear()
        for check in completeness.checks:
            item = QListWidgetItem(check_text(check))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, check_spoken(check))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            state = Qt.CheckState.Checked if check.passed else Qt.CheckState.Unchecked
            item.setCheckState(state)
            self.checklist_list.addItem(item)

    # Acting -------------------------------------------------------------------------------

    def _missing_activated(self, item: QListWidgetItem) -> None:
        target = item.data(TARGET_ROLE)
        if not target:
            return
        page_id, field, item_id = target
        self.jump_requested.emit(page_id, field)
        if self.isSignalConnected(QMetaMethod.fromSignal(self.jump_requested)):
            return  # the editor listens and moves itself
        go_to = getattr(self.window(), "go_to", None)
        if callable(go_to):
            go_to(page_id, field, item_id)

    def copy_markdown(self) -> None:
        """Put the Markdown export on the clipboard, to paste into a wiki or an issue."""
        if self.postmortem is not None:
            self.markdown = render_markdown(self.postmortem)
        QApplication.clipboard().setText(self.markdown)
        self.result_label.setText(self.tr("The Markdown is on the clipboard."))

    def export(self) -> Path | None:
        """Ask how and where, save what is on screen, then export it."""
        if self.postmortem is None:
            return None
        autosave = getattr(self.window(), "autosave", None)
        written = export_postmortem(
            self,
            self.context,
            self.postmortem,
            save_pending=autosave.flush if autosave is not None else (lambda: True),
        )
        if written is not None:
            self.result_label.setText(self.tr("Exported to {path}").format(path=written))
        return written
