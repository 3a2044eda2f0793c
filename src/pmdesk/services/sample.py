"""Realistic generated postmortems, for benchmarks, demos and screenshots (seeded: repeatable)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from pmdesk.domain.enums import (
    MARKDOWN_SECTIONS,
    ActionStatus,
    ActionType,
    EventKind,
    EventSource,
    FactorCategory,
    FactorKind,
    Language,
    Priority,
    Severity,
    Status,
)
from pmdesk.domain.model import ActionItem, Factor, Postmortem, TimelineEvent
from pmdesk.services.sample_texts import EVENT_TEXTS, TEXTS

SERVICES = ("checkout", "payments-api", "search", "auth", "notifications", "billing", "cdn")
TEAMS = ("Platform", "Payments", "Identity", "Search", "Data", "Web")
PEOPLE = ("Amira Haddad", "Jon Tremblay", "Priya Nair", "Luc Gagnon", "Mei Chen", "Sam Okafor")
ZONES = ("America/Toronto", "America/Vancouver", "America/Halifax", "Europe/Paris", "UTC")
TITLES_EN = (
    "{service} errors after a configuration rollout",
    "Elevated {service} latency during peak traffic",
    "{service} outage caused by certificate expiry",
    "Partial {service} degradation after a database failover",
)
TITLES_FR = (
    "Erreurs de {service} après un déploiement de configuration",
    "Latence élevée de {service} pendant la période de pointe",
    "Panne de {service} causée par l'expiration d'un certificat",
)


NARRATIVE = tuple(name for name in MARKDOWN_SECTIONS if name != "summary")
"""The sections written from the text tables as they are (the summary is a template)."""


def sample_postmortem(rng: random.Random, events: int = 30, actions: int = 5) -> Postmortem:
    """One complete postmortem with `events` timeline events and `actions` action items."""
    service = rng.choice(SERVICES)
    language = Language.FR if rng.random() < 0.3 else Language.EN
    titles = TITLES_FR if language is Language.FR else TITLES_EN
    words = TEXTS[language.value]
    start = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(0, 300 * 24 * 60))
    detected = start + timedelta(minutes=rng.randrange(1, 30))
    mitigated = detected + timedelta(minutes=rng.randrange(5, 120))
    resolved = mitigated + timedelta(minutes=rng.randrange(5, 600))
    offset = rng.choice((-300, -240, -480, 60, 0))
    timeline = [
        TimelineEvent(
            at=start + (resolved - start) * index / max(1, events - 1),
            offset_minutes=offset,
            kind=rng.choice(list(EventKind)),
            actor=rng.choice(PEOPLE),
            source=rng.choice(list(EventSource)),
            text=rng.choice(EVENT_TEXTS[language.value]).format(service=service),
            key=rng.random() < 0.2,
        )
        for index in range(events)
    ]
    factors = [
        Factor(
            kind=kind,
            category=rng.choice(list(FactorCategory)),
            text=words["factor"].format(service=service),
            whys=[words["why1"], words["why2"]],
        )
        for kind in (FactorKind.ROOT_CAUSE, FactorKind.CONTRIBUTING, FactorKind.MITIGATOR)
    ]
    action_items = [
        ActionItem(
            title=words["action"].format(service=service, number=index + 1),
            type=rng.choice(list(ActionType)),
            owner=rng.choice(PEOPLE),
            priority=rng.choice(list(Priority)),
            due=date(2026, 12, 1) + timedelta(days=rng.randrange(0, 90)),
            status=rng.choice((ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE)),
            tracker=f"OPS-{rng.randrange(100, 9999)}",
            factor_ids=[factors[0].id],
            created_at=resolved,
        )
        for index in range(actions)
    ]
    minutes = int((resolved - start).total_seconds() // 60)
    return Postmortem(
        title=_sentence(rng.choice(titles).format(service=service)),
        language=language,
        status=rng.choice(list(Status)),
        severity=rng.choice(list(Severity)),
        team=rng.choice(TEAMS),
        services=[service],
        authors=rng.sample(PEOPLE, 2),
        facilitators=[rng.choice(PEOPLE)],
        tags=["config", service],
        timezone=rng.choice(ZONES),
        impact_start=start,
        detected_at=detected,
        mitigated_at=mitigated,
        resolved_at=resolved,
        summary=words["summary"].format(minutes=minutes, service=service),
        impact_audiences={
            "end_users": words["end_users"],
            "staff": words["staff"],
            "other_departments": "",
            "other": "",
        },
        **{name: words[name] for name in NARRATIVE},
        timeline=timeline,
        factors=factors,
        actions=action_items,
        created_at=resolved + timedelta(hours=2),
        updated_at=resolved + timedelta(days=1),
    )


def _sentence(text: str) -> str:
    """Sentence case: a title that starts with a service name still starts with a capital."""
    return text[:1].upper() + text[1:]


def sample_library(
    count: int, events: int = 30, actions: int = 5, seed: int = 7
) -> list[Postmortem]:
    """`count` postmortems, the same ones for the same seed."""
    rng = random.Random(seed)
    return [sample_postmortem(rng, events, actions) for _ in range(count)]
