"""A postmortem as one CommonMark document (with GitHub tables), in the postmortem's own language.

Deterministic: the same postmortem gives the same bytes, so exports can be diffed and kept in
golden files. Every word comes from a template file (`resources/templates/cds.toml`); the
writer's own Markdown sections pass through unchanged, table cells are escaped. No Qt here.
"""

from __future__ import annotations

import re
import tomllib
import zoneinfo
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from pmdesk.domain.enums import AUDIENCES, FactorKind
from pmdesk.domain.metrics import metrics
from pmdesk.domain.model import Factor, Postmortem
from pmdesk.resources import resource_path

DEFAULT_TEMPLATE = "cds"
FACTOR_KINDS = (FactorKind.ROOT_CAUSE, FactorKind.CONTRIBUTING, FactorKind.MITIGATOR)
LESSONS = (
    ("went_well", "went_well"),
    ("went_wrong", "went_wrong"),
    ("lucky", "lucky"),
    ("lessons", "lessons_learned"),
)
"""Lesson sections: (Postmortem attribute, heading key)."""
METRICS = ("time_to_detect", "time_to_mitigate", "time_to_resolve", "impact_duration")
_LINE_BREAKS = re.compile(r"[ \t]*(?:\r\n|\r|\n)\s*")
_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*\n)+")


@dataclass(frozen=True)
class Template:
    """A document template: its section order and its words per language."""

    name: str
    sections: tuple[str, ...]
    languages: dict[str, dict[str, Any]]

    def words(self, language: str) -> Words:
        """The template's words in `language` (English when it has none in that language)."""
        return Words(self.languages.get(language) or self.languages["en"])


class Words:
    """Dotted look-ups into one language's table: `words("headings.summary")`."""

    def __init__(self, table: dict[str, Any]) -> None:
        self.table = table

    def __call__(self, key: str, **params: object) -> str:
        value: Any = self.table
        for part in key.split("."):
            value = value[part]
        return str(value).format(**params) if params else str(value)

    def enum(self, vocabulary: str, value: object) -> str:
        """The label of an enum member's code (StrEnum values are the codes)."""
        return self(f"enums.{vocabulary}.{value}")


@cache
def load_template(name: str = DEFAULT_TEMPLATE) -> Template:
    """Read `templates/<name>.toml` once; a bad template is a bug, so errors propagate."""
    with resource_path(f"templates/{name}.toml").open("rb") as handle:
        data = tomllib.load(handle)
    languages = {key: value for key, value in data.items() if isinstance(value, dict)}
    return Template(name=data["name"], sections=tuple(data["sections"]), languages=languages)


def escape_cell(text: str) -> str:
    """Text made safe for one GitHub table cell: line breaks become a space, pipes `\\|`."""
    return _LINE_BREAKS.sub(" ", text).strip().replace("|", "\\|")


def one_line(text: str) -> str:
    """Plain text for a heading or a list item: line breaks become a space."""
    return _LINE_BREAKS.sub(" ", text).strip()


def user_markdown(text: str) -> str:
    """The writer's Markdown as typed, minus surrounding blank lines, with `\\n` line ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").rstrip()
    return _LEADING_BLANK_LINES.sub("", text)


def format_moment(value: datetime, zone: str) -> str:
    """A moment in `zone`, to the minute: `2026-03-01 10:02`."""
    return value.astimezone(_zone(zone)).strftime("%Y-%m-%d %H:%M")


def format_day(value: date) -> str:
    return value.isoformat()


def _zone(name: str) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC")


def format_duration(value: timedelta, words: Words) -> str:
    """A duration rounded to the minute, worded by the template: "2 h 05 min"."""
    minutes = max(0, round(value.total_seconds() / 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return words("durations.days", days=days, hours=hours)
    if hours:
        return words("durations.hours", hours=hours, minutes=f"{minutes:02d}")
    return words("durations.minutes", minutes=minutes)


def table(header: list[str], rows: list[list[str]]) -> str:
    """A GitHub table; every cell is escaped here."""
    lines = [header, ["---"] * len(header), *rows]
    return "\n".join(
        "| " + " | ".join(cell if i == 1 else escape_cell(cell) for cell in line) + " |"
        for i, line in enumerate(lines)
    )


def numbered(items: list[str]) -> str:
    """An ordered list whose items may span lines: continuation lines are indented."""
    lines = []
    for number, item in enumerate(items, start=1):
        marker = f"{number}. "
        first, *rest = user_markdown(item).split("\n")
        lines.append(marker + first)
        lines += [(" " * len(marker) + line) if line.strip() else "" for line in rest]
    return "\n".join(lines)


class _Renderer:
    """Builds the document block by block; one instance per rendering."""

    def __init__(self, pm: Postmortem, template: Template) -> None:
        self.pm = pm
        self.template = template
        self.words = template.words(pm.language.value)
        self.factor_labels = self._factor_labels()

    def render(self) -> str:
        blocks = [f"# {one_line(self.pm.title) or self.words('untitled')}"]
        for section in self.template.sections:
            blocks += list(getattr(self, f"_section_{section}")())
        return "\n\n".join(blocks) + "\n"

    # Helpers -----------------------------------------------------------------------------

    def heading(self, level: int, key: str) -> str:
        return "#" * level + " " + self.words(f"headings.{key}")

    def body(self, text: str) -> str:
        """A Markdown section's text, or the "not written yet" mark."""
        return user_markdown(text) or f"_{self.words('not_written')}_"

    def field(self, label: str, value: str) -> str:
        """A bold label and its value, with the language's own colon spacing."""
        return f"**{label}**{self.words('separator')}{value or self.words('empty_value')}"

    def names(self, values: list[str]) -> str:
        return self.words("list_separator").join(one_line(value) for value in values)

    def _factor_labels(self) -> dict[str, str]:
        """Factor id → "Root cause 2": how the actions table names the causes it addresses."""
        labels = {}
        for kind in FACTOR_KINDS:
            factors = [factor for factor in self.pm.factors if factor.kind is kind]
            for number, factor in enumerate(factors, start=1):
                labels[factor.id] = self.words(f"factor.{kind.value}", number=number)
        return labels

    # Sections ----------------------------------------------------------------------------

    def _section_metadata(self) -> Iterator[str]:
        pm, words = self.pm, self.words
        start = pm.impact_start or pm.detected_at
        when = start.astimezone(_zone(pm.timezone)).date().isoformat() if start else ""
        items = [
            ("team", one_line(pm.team)),
            ("date", when),
            ("authors", self.names(pm.authors)),
            ("facilitators", self.names(pm.facilitators)),
            ("status", words.enum("status", pm.status)),
            ("severity", words.enum("severity", pm.severity) if pm.severity else ""),
            ("services", self.names(pm.services)),
            ("security_incident", words("yes") if pm.security_incident else words("no")),
            ("timezone", pm.timezone),
        ]
        yield self.heading(2, "metadata")
        yield "\n".join(f"- {self.field(words(f'metadata.{k}'), v)}" for k, v in items)

    def _section_summary(self) -> Iterator[str]:
        yield self.heading(2, "summary")
        yield self.body(self.pm.summary)

    def _section_impact(self) -> Iterator[str]:
        yield self.heading(2, "impact")
        yield self.body(self.pm.impact)
        for audience in AUDIENCES:
            yield self.heading(3, audience)
            yield self.body(self.pm.impact_audiences.get(audience, ""))

    def _section_timeline(self) -> Iterator[str]:
        words = self.words
        yield self.heading(2, "timeline")
        events = self.pm.sorted_timeline()
        if not events:
            yield self.body("")
            return
        header = [
            words("timeline.time", zone=self.pm.timezone),
            words("timeline.kind"),
            words("timeline.actor"),
            words("timeline.text"),
            words("timeline.key"),
        ]
        rows = [
            [
                format_moment(event.at, self.pm.timezone),
                words.enum("event_kind", event.kind),
                event.actor,
                event.text + (f" ({event.link})" if event.link else ""),
                words("timeline.key_mark") if event.key else "",
            ]
            for event in events
        ]
        yield table(header, rows)

    def _section_trigger(self) -> Iterator[str]:
        yield self.heading(2, "trigger")
        yield self.body(self.pm.trigger)

    def _section_detection(self) -> Iterator[str]:
        yield self.heading(2, "detection")
        yield self.body(self.pm.detection)

    def _section_resolution(self) -> Iterator[str]:
        yield self.heading(2, "resolution")
        yield self.body(self.pm.resolution)

    def _section_causes(self) -> Iterator[str]:
        yield self.heading(2, "causes")
        for kind in FACTOR_KINDS:
            yield self.heading(3, kind.value)
            factors = [factor for factor in self.pm.factors if factor.kind is kind]
            if not factors:
                yield self.body("")
            for factor in factors:
                yield from self._factor(factor)

    def _factor(self, factor: Factor) -> Iterator[str]:
        words = self.words
        yield f"#### {self.factor_labels[factor.id]}"
        yield self.field(words("factor.category"), words.enum("factor_category", factor.category))
        yield self.body(factor.text)
        whys = [why for why in factor.whys if why.strip()]
        if whys:
            yield f"**{words('factor.whys')}**"
            yield numbered(whys)

    def _section_lessons(self) -> Iterator[str]:
        yield self.heading(2, "lessons")
        for attribute, key in LESSONS:
            yield self.heading(3, key)
            yield self.body(getattr(self.pm, attribute))

    def _section_actions(self) -> Iterator[str]:
        words = self.words
        yield self.heading(2, "actions")
        if not self.pm.actions:
            yield self.body("")
            return
        columns = ("title", "type", "owner", "priority", "due", "status", "tracker", "factors")
        rows = []
        for action in self.pm.actions:
            status = words.enum("action_status", action.status)
            if (action.rationale or "").strip():
                status = words("actions.rationale", status=status, rationale=action.rationale)
            addressed = [self.factor_labels.get(ref, "") for ref in action.factor_ids]
            rows.append(
                [
                    action.title,
                    words.enum("action_type", action.type),
                    action.owner,
                    words.enum("priority", action.priority),
                    format_day(action.due) if action.due else "",
                    status,
                    action.tracker or "",
                    words("list_separator").join(label for label in addressed if label),
                ]
            )
        yield table([words(f"actions.{column}") for column in columns], rows)

    def _section_metrics(self) -> Iterator[str]:
        values = metrics(self.pm)
        yield self.heading(2, "metrics")
        lines = []
        for name in METRICS:
            value: timedelta | None = getattr(values, name)
            shown = format_duration(value, self.words) if value is not None else ""
            lines.append(f"- {self.field(self.words(f'metrics.{name}'), shown)}")
        yield "\n".join(lines)


def render_markdown(pm: Postmortem, template: str = DEFAULT_TEMPLATE) -> str:
    """The whole postmortem as Markdown in its own language (`pm.language`)."""
    return _Renderer(pm, load_template(template)).render()
