"""Where a finding's field lives in the wizard: its step, its input, the cause or action it
belongs to. Field keys are the rule engine's (`summary`, `factors/<id>/whys/2`…)."""

from __future__ import annotations

from dataclasses import dataclass

from pmdesk.gui.wizard.page import PageId
from pmdesk.gui.wizard.pages.summary_page import AUDIENCE_FIELDS

SECTION_PAGES = {
    "summary": PageId.SUMMARY,
    "impact": PageId.SUMMARY,
    "trigger": PageId.NARRATIVE,
    "detection": PageId.NARRATIVE,
    "resolution": PageId.NARRATIVE,
    "went_well": PageId.LESSONS,
    "went_wrong": PageId.LESSONS,
    "lucky": PageId.LESSONS,
    "lessons": PageId.LESSONS,
}


@dataclass(frozen=True)
class FieldPlace:
    """A step, the name of its input (as in `field_widgets()`), and the item it edits."""

    page: PageId
    widget: str
    item_id: str = ""
    why: int = -1  # a why's row in the selected cause's chain


@dataclass(frozen=True)
class Target:
    """Words to show the writer: a field, the matched words and where they were last seen."""

    field_key: str
    match: str
    start: int = -1
    end: int = -1


def place_of(field_key: str) -> FieldPlace | None:
    """Where to take the writer for a field key; None for a key this version does not know."""
    parts = field_key.split("/")
    head = parts[0]
    if len(parts) == 1 and head in SECTION_PAGES:
        return FieldPlace(SECTION_PAGES[head], head)
    if head == "impact_audiences" and len(parts) == 2 and parts[1] in AUDIENCE_FIELDS:
        return FieldPlace(PageId.SUMMARY, AUDIENCE_FIELDS[parts[1]])
    if head == "timeline" and len(parts) == 3:
        return FieldPlace(PageId.TIMELINE, "timeline", parts[1])
    if head == "factors" and len(parts) == 3 and parts[2] == "text":
        return FieldPlace(PageId.CAUSES, "factor_text", parts[1])
    if head == "factors" and len(parts) == 4 and parts[2] == "whys" and parts[3].isdigit():
        return FieldPlace(PageId.CAUSES, "factor_whys", parts[1], int(parts[3]))
    if head == "actions" and len(parts) == 3 and parts[2] in ("title", "rationale"):
        return FieldPlace(PageId.ACTIONS, f"action_{parts[2]}", parts[1])
    return None


def excerpt(text: str, limit: int = 40) -> str:
    """The first words of a text, for naming a cause or an action in a list."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
