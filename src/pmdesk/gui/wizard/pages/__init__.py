"""The wizard's pages, one module each, in the order the writer meets them."""

from __future__ import annotations

from pmdesk.gui.context import AppContext
from pmdesk.gui.wizard.page import WizardPage
from pmdesk.gui.wizard.pages.actions_page import ActionsPage
from pmdesk.gui.wizard.pages.basics_page import BasicsPage
from pmdesk.gui.wizard.pages.causes_page import CausesPage
from pmdesk.gui.wizard.pages.lessons_page import LessonsPage
from pmdesk.gui.wizard.pages.narrative_page import NarrativePage
from pmdesk.gui.wizard.pages.review_page import ReviewPage
from pmdesk.gui.wizard.pages.summary_page import SummaryPage
from pmdesk.gui.wizard.pages.timeline_page import TimelinePage


def build_pages(context: AppContext) -> list[WizardPage]:
    """Fresh pages for one editor window, in PageId order."""
    return [
        BasicsPage(),
        SummaryPage(),
        TimelinePage(),
        NarrativePage(),
        CausesPage(),
        LessonsPage(),
        ActionsPage(),
        ReviewPage(context),
    ]
