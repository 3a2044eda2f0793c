"""Step 6: what went well, what went wrong, where we got lucky, what we learned."""

from __future__ import annotations

from pmdesk.gui.wizard.page import PageId
from pmdesk.gui.wizard.pages.sections import SectionsPage


class LessonsPage(SectionsPage):
    """The four lesson sections."""

    page_id = PageId.LESSONS
    SECTIONS = ("went_well", "went_wrong", "lucky", "lessons")
    REQUIRED = frozenset({"went_well", "went_wrong"})

    def title(self) -> str:
        return self.tr("Lessons")

    def labels(self) -> dict[str, tuple[str, str]]:
        return {
            "went_well": (self.tr("What went &well"), self.tr("Keep doing these.")),
            "went_wrong": (
                self.tr("What went w&rong"),
                self.tr("Conditions to fix, worded without blame."),
            ),
            "lucky": (self.tr("Where we got &lucky"), self.tr("Risks we have not paid for yet.")),
            "lessons": (self.tr("Lessons &learned"), self.tr("What we will do differently.")),
        }
