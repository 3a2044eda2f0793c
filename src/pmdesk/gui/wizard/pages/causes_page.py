"""Step: Causes (placeholder until its page is built)."""

from __future__ import annotations

from pmdesk.gui.wizard.page import PageId, WizardPage


class CausesPage(WizardPage):
    """Causes."""

    page_id = PageId.CAUSES

    def __init__(self) -> None:
        super().__init__()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Causes")
