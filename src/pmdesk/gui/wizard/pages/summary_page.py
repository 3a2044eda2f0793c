"""Step 2: the summary and the impact on each audience."""

from __future__ import annotations

from pmdesk.domain.model import Postmortem
from pmdesk.gui.wizard.page import PageId
from pmdesk.gui.wizard.pages.sections import SectionsPage

AUDIENCE_FIELDS = {
    "end_users": "impact_end_users",
    "staff": "impact_staff",
    "other_departments": "impact_other_departments",
    "other": "impact_other",
}


class SummaryPage(SectionsPage):
    """Summary, overall impact, and impact per audience (what, how many, how long)."""

    page_id = PageId.SUMMARY
    SECTIONS = ("summary", "impact", *AUDIENCE_FIELDS.values())
    REQUIRED = frozenset({"summary", "impact"})

    def title(self) -> str:
        return self.tr("Summary and impact")

    def labels(self) -> dict[str, tuple[str, str]]:
        how = self.tr("What happened to them, how many, for how long.")
        return {
            "summary": (
                self.tr("&Summary"),
                self.tr("Two or three sentences: what users saw, for how long, what fixed it."),
            ),
            "impact": (self.tr("Overall &impact"), self.tr("The impact in numbers.")),
            "impact_end_users": (self.tr("Impact on &end users"), how),
            "impact_staff": (self.tr("Impact on s&taff"), how),
            "impact_other_departments": (self.tr("Impact on other &departments"), how),
            "impact_other": (self.tr("Other impact"), how),
        }

    def read(self, postmortem: Postmortem, name: str) -> str:
        for audience, field in AUDIENCE_FIELDS.items():
            if field == name:
                return postmortem.impact_audiences.get(audience, "")
        return super().read(postmortem, name)

    def write(self, postmortem: Postmortem, name: str, text: str) -> str:
        for audience, field in AUDIENCE_FIELDS.items():
            if field == name:
                postmortem.impact_audiences = {**postmortem.impact_audiences, audience: text}
                return "impact_audiences"
        return super().write(postmortem, name, text)
