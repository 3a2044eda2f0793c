"""Step 4: how the incident was triggered, detected and resolved."""

from __future__ import annotations

from pmdesk.gui.wizard.page import PageId
from pmdesk.gui.wizard.pages.sections import SectionsPage


class NarrativePage(SectionsPage):
    """Trigger, detection, resolution."""

    page_id = PageId.NARRATIVE
    SECTIONS = ("trigger", "detection", "resolution")
    REQUIRED = frozenset(SECTIONS)

    def title(self) -> str:
        return self.tr("Trigger, detection, resolution")

    def labels(self) -> dict[str, tuple[str, str]]:
        return {
            "trigger": (
                self.tr("&Trigger"),
                self.tr("The change or condition that set it off."),
            ),
            "detection": (
                self.tr("&Detection"),
                self.tr("How we learned of it, and how long that took."),
            ),
            "resolution": (
                self.tr("&Resolution"),
                self.tr("What restored service, and what made that hard or easy."),
            ),
        }
