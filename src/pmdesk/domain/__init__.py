"""The postmortem model, its rules and its metrics: pure Python, importable anywhere."""

from pmdesk.domain.enums import (
    AUDIENCES,
    MARKDOWN_SECTIONS,
    MILESTONES,
    ActionStatus,
    ActionType,
    DocumentTemplate,
    EventKind,
    EventSource,
    FactorCategory,
    FactorKind,
    Language,
    Priority,
    Severity,
    Status,
)
from pmdesk.domain.metrics import Metrics, metrics
from pmdesk.domain.model import (
    ActionItem,
    Dismissal,
    Factor,
    Postmortem,
    TimelineEvent,
    new_id,
    utc_now,
)
from pmdesk.domain.rules import Problem, validate

__all__ = [
    "AUDIENCES",
    "MARKDOWN_SECTIONS",
    "MILESTONES",
    "ActionItem",
    "ActionStatus",
    "ActionType",
    "Dismissal",
    "DocumentTemplate",
    "EventKind",
    "EventSource",
    "Factor",
    "FactorCategory",
    "FactorKind",
    "Language",
    "Metrics",
    "Postmortem",
    "Priority",
    "Problem",
    "Severity",
    "Status",
    "TimelineEvent",
    "metrics",
    "new_id",
    "utc_now",
    "validate",
]
