"""Step: Actions (placeholder until its page is built)."""

from __future__ import annotations

from pmdesk.gui.wizard.page import PageId, WizardPage


class ActionsPage(WizardPage):
    """Actions."""

    page_id = PageId.ACTIONS

    def __init__(self) -> None:
        super().__init__()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Actions")
