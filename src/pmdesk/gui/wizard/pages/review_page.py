"""Step: Review (placeholder until its page is built)."""

from __future__ import annotations

from pmdesk.gui.context import AppContext
from pmdesk.gui.wizard.page import PageId, WizardPage


class ReviewPage(WizardPage):
    """Review."""

    page_id = PageId.REVIEW

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.retranslate()

    def title(self) -> str:
        return self.tr("Review")
