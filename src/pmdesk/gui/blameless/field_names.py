"""Field keys worded for people, in the interface language: "Summary", "Event at 10:02",
"Root cause “Config changes skip…”, why 2"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from pmdesk.domain.model import Postmortem
from pmdesk.gui.blameless.fields import FieldPlace, excerpt
from pmdesk.gui.formats import format_datetime
from pmdesk.gui.labels_factors import factor_kind_label
from pmdesk.gui.wizard.page import WizardPage
from pmdesk.gui.wizard.pages.sections import SectionsPage


class FieldNames(QObject):
    """Names steps and fields the way the wizard labels them."""

    def __init__(self, pages: Sequence[WizardPage], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pages = pages

    def step(self, place: FieldPlace) -> str:
        """ "2. Summary and impact", as in the editor's list of steps."""
        return f"{int(place.page) + 1}. {self.pages[place.page].title()}"

    def field(self, pm: Postmortem, place: FieldPlace) -> str:
        page = self.pages[place.page]
        if isinstance(page, SectionsPage):
            label = page.labels().get(place.widget)
            return label[0].replace("&", "") if label else place.widget
        if place.widget == "timeline":
            event = next((event for event in pm.timeline if event.id == place.item_id), None)
            if event is None:
                return self.tr("Timeline event")
            return self.tr("Event at {time}").format(time=format_datetime(event.at, pm.timezone))
        if place.widget in ("factor_text", "factor_whys"):
            factor = next((item for item in pm.factors if item.id == place.item_id), None)
            if factor is None:
                return self.tr("Cause")
            kind = factor_kind_label(factor.kind)
            text = excerpt(factor.text) or self.tr("(no description)")
            if place.widget == "factor_whys":
                return self.tr("{kind} “{text}”, why {number}").format(
                    kind=kind, text=text, number=place.why + 1
                )
            return self.tr("{kind} “{text}”").format(kind=kind, text=text)
        action = next((item for item in pm.actions if item.id == place.item_id), None)
        title = excerpt(action.title) if action is not None and action.title.strip() else ""
        title = title or self.tr("(untitled)")
        if place.widget == "action_rationale":
            return self.tr("Action “{title}”, reason not done").format(title=title)
        return self.tr("Action “{title}”").format(title=title)
