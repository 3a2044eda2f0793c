"""The closed vocabularies of a postmortem; their values are the stored and interchanged codes."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    """A document language: drives export headings and wording checks."""

    EN = "en"
    FR = "fr"


class Status(StrEnum):
    """The CDS states of a postmortem, in the order a postmortem moves through them."""

    IN_PROGRESS = "in_progress"
    OPEN = "open"
    READY_FOR_REVIEW = "ready_for_review"
    REVIEWED = "reviewed"
    CLOSED = "closed"


class Severity(StrEnum):
    """Incident severity; SEV1 is the worst."""

    SEV1 = "SEV1"
    SEV2 = "SEV2"
    SEV3 = "SEV3"
    SEV4 = "SEV4"


class DocumentTemplate(StrEnum):
    """The shape of the exported document: its sections, their order and their headings."""

    CDS = "cds"
    GOOGLE_SRE = "google_sre"
    CONTRIBUTING_FACTORS = "contributing_factors"


class EventKind(StrEnum):
    """What a timeline event records; the milestone kinds set the postmortem's milestones."""

    NOTE = "note"
    IMPACT_START = "impact_start"
    DETECTED = "detected"
    ESCALATED = "escalated"
    MITIGATED = "mitigated"
    RESOLVED = "resolved"
    COMMUNICATION = "communication"
    DECISION = "decision"
    ACTION = "action"


class EventSource(StrEnum):
    """How an event entered the timeline."""

    MANUAL = "manual"
    CAPTURE = "capture"
    IMPORT = "import"


class FactorKind(StrEnum):
    """Root causes and contributing factors made it worse; mitigators made it better."""

    ROOT_CAUSE = "root_cause"
    CONTRIBUTING = "contributing"
    MITIGATOR = "mitigator"


class FactorCategory(StrEnum):
    """Where a factor lives: systems and conditions, never a person."""

    TECHNICAL = "technical"
    PROCESS = "process"
    ORGANISATIONAL = "organisational"
    EXTERNAL = "external"


class ActionType(StrEnum):
    """The CDS action item types."""

    INVESTIGATE = "investigate"
    MITIGATE_NOW = "mitigate_now"
    REPAIR = "repair"
    DETECT = "detect"
    MITIGATE_FUTURE = "mitigate_future"
    PREVENT = "prevent"


class Priority(StrEnum):
    """Action priority by risk of recurrence; P0 is the most urgent."""

    P0 = "P0"
    P1 = "P1"
    P2 = "P2"
    P3 = "P3"


class ActionStatus(StrEnum):
    """Follow-up state of an action item."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    WONT_DO = "wont_do"


MARKDOWN_SECTIONS: tuple[str, ...] = (
    "summary",
    "impact",
    "trigger",
    "detection",
    "resolution",
    "went_well",
    "went_wrong",
    "lucky",
    "lessons",
)
"""The free-text Markdown sections of a postmortem, in document order."""

AUDIENCES: tuple[str, ...] = ("end_users", "staff", "other_departments", "other")
"""The audiences whose impact a postmortem describes."""

MILESTONES: tuple[str, ...] = ("impact_start", "detected_at", "mitigated_at", "resolved_at")
"""The milestone attributes, in the order they must happen."""
