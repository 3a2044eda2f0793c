"""Postmortems whose every value is known, and the Markdown reader the export tests use."""

from __future__ import annotations

from datetime import UTC, date, datetime

from markdown_it import MarkdownIt
from markdown_it.token import Token

from pmdesk.domain.enums import (
    ActionStatus,
    ActionType,
    EventKind,
    FactorCategory,
    FactorKind,
    Language,
    Priority,
    Severity,
)
from pmdesk.domain.model import ActionItem, Factor, Postmortem, TimelineEvent
from pmdesk.services.sample import sample_library


def parse(text: str) -> list[Token]:
    return MarkdownIt("commonmark").enable("table").parse(text)


def headings(text: str) -> list[str]:
    tokens = parse(text)
    return [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]


def tables(text: str) -> list[list[list[str]]]:
    """Each table as rows of cell texts (header row first), as a Markdown reader sees them."""
    found: list[list[list[str]]] = []
    row: list[str] = []
    in_cell = False
    for token in parse(text):
        if token.type == "table_open":
            found.append([])
        elif token.type == "tr_open":
            row = []
        elif token.type == "inline" and in_cell:
            row.append(token.content)
        elif token.type == "tr_close":
            found[-1].append(row)
        in_cell = token.type in ("th_open", "td_open")
    return found


def sample(language: Language) -> Postmortem:
    pm = sample_library(1, events=12, actions=4, seed=11)[0]
    pm.language = language
    return pm


def fixed_postmortem() -> Postmortem:
    """A small postmortem whose every value is known."""
    root = Factor(
        text="Configuration changes skip the canary stage.",
        kind=FactorKind.ROOT_CAUSE,
        category=FactorCategory.PROCESS,
        whys=["The pipeline treats config as data.", "Nobody revisited it.\nIt seemed safe."],
    )
    return Postmortem(
        title="Checkout errors after a config change",
        severity=Severity.SEV2,
        team="Payments",
        authors=["Amira Haddad", "Jon Tremblay"],
        timezone="America/Toronto",
        impact_start=datetime(2026, 3, 1, 15, 2, tzinfo=UTC),
        detected_at=datetime(2026, 3, 1, 15, 6, tzinfo=UTC),
        resolved_at=datetime(2026, 3, 1, 17, 7, tzinfo=UTC),
        summary="**Checkout** failed.\n\n- 4% of requests\n- no data lost",
        timeline=[
            TimelineEvent(
                at=datetime(2026, 3, 1, 15, 6, tzinfo=UTC),
                kind=EventKind.DETECTED,
                actor="Alerting",
                text="Error rate | above 5%",
                key=True,
            ),
            TimelineEvent(
                at=datetime(2026, 3, 1, 15, 2, tzinfo=UTC),
                kind=EventKind.IMPACT_START,
                text="Config pushed.\nPool size raised.",
            ),
        ],
        factors=[root],
        actions=[
            ActionItem(
                title="Add a canary stage",
                type=ActionType.PREVENT,
                owner="Luc Gagnon",
                priority=Priority.P1,
                due=date(2026, 3, 31),
                tracker="OPS-12",
                factor_ids=[root.id],
            ),
            ActionItem(
                title="Rewrite the runbook",
                status=ActionStatus.WONT_DO,
                rationale="Replaced by automation.",
            ),
        ],
    )


def full_postmortem(language: Language = Language.EN) -> Postmortem:
    """The fixed postmortem with a cause of every kind and most sections written (not all)."""
    pm = fixed_postmortem()
    pm.language = language
    pm.impact = "Customers could not pay for 2 hours."
    pm.impact_audiences["end_users"] = "About 4% of checkouts failed."
    pm.trigger = "A configuration change raised the pool size."
    pm.resolution = "The change was rolled back at 12:05."
    pm.went_well = "- The alert fired within 4 minutes."
    pm.lucky = "Traffic was low: it was a Sunday."
    pm.facilitators = ["Mei Chen"]
    pm.services = ["checkout", "payments-api"]
    pm.factors += [
        Factor(
            text="The pool limit was not documented.",
            kind=FactorKind.CONTRIBUTING,
            category=FactorCategory.ORGANISATIONAL,
        ),
        Factor(
            text="Retries absorbed most errors.",
            kind=FactorKind.MITIGATOR,
            category=FactorCategory.TECHNICAL,
        ),
    ]
    return pm
