"""A postmortem as one CommonMark document (with GitHub tables), in the postmortem's own language.

Deterministic: the same postmortem gives the same bytes, so exports can be diffed and kept in
golden files. Every word comes from a template file (`resources/templates/cds.toml`); the
writer's own Markdown sections pass through unchanged, table cells are escaped. No Qt here.
"""

from __future__ import annotations

import re
import zoneinfo
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from pmdesk.domain.enums import AUDIENCES, FactorKind
from pmdesk.domain.metrics import metrics
from pmdesk.domain.model import Factor, Postmortem
from pmdesk.export.templates import Template, Words, load_template

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
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")


@dataclass(frozen=True)
class MarkdownOptions:
    """How to shape one export; the defaults follow the postmortem's own choices."""

    template: str | None = None
    """A template name; None uses the postmortem's."""
    language: str | None = None
    """The document language; None uses the postmortem's."""
    omit_empty: bool = False
    """Leave out empty sections instead of marking them "(not written yet)"."""


def escape_cell(text: str) -> str:
    """Text made safe for one GitHub table cell: line breaks become a space, pipes `\\|`."""
    return _LINE_BREAKS.sub(" ", text).strip().replace("|", "\\|")


def one_line(text: str) -> str:
    """Plain text for a heading or a list item: line breaks become a space."""
    return _LINE_BREAKS.sub(" ", text).strip()


def user_markdown(text: str) -> str:
    """The writer's Markdown as typed, minus surrounding blank lines, with `\\n` line ends.

    A code fence left open is closed, or it would swallow every section after it."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").rstrip()
    text = _LEADING_BLANK_LINES.sub("", text)
    fence = open_fence(text)
    return f"{text}\n{fence}" if fence else text


def open_fence(text: str) -> str | None:
    """The fence (three or more ` or ~) a top-level code block opened and never closed."""
    opened: str | None = None
    for line in text.split("\n"):
        found = _FENCE.match(line)
        if found is None:
            continue
        marks, rest = found.group(1), found.group(2)
        if opened is None:
            if not (marks[0] == "`" and "`" in rest):  # a backtick fence's info has no `
                opened = marks
        elif marks[0] == opened[0] and len(marks) >= len(opened) and not rest.strip():
            opened = None
    return opened


def heading_text(text: str) -> str:
    """One line for an ATX heading; a trailing `#` is escaped so that it is not dropped."""
    line = one_line(text)
    return line[:-1] + "\\#" if line.endswith("#") else line


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

    def __init__(self, pm: Postmortem, template: Template, language: str, omit: bool) -> None:
        self.pm = pm
        self.template = template
        self.words = template.words(language)
        self.omit = omit
        self.factor_groups = self._factor_groups()
        self.factor_labels = {
            factor.id: self.words(f"factor.{label}", number=number)
            for label, factors in self.factor_groups
            for number, factor in enumerate(factors, start=1)
        }

    def render(self) -> str:
        blocks = [f"# {heading_text(self.pm.title) or self.words('untitled')}"]
        for section in self.template.sections:
            blocks += list(getattr(self, f"_section_{section}")())
        return "\n\n".join(blocks) + "\n"

    # Helpers -----------------------------------------------------------------------------

    def heading(self, level: int, key: str) -> str:
        return "#" * level + " " + self.words(f"headings.{key}")

    def not_written(self) -> list[str]:
        """What stands for an empty part: nothing when omitting, else the mark."""
        return [] if self.omit else [f"_{self.words('not_written')}_"]

    def part(self, level: int, key: str, text: str) -> list[str]:
        """A heading and the writer's Markdown under it (or the mark, or nothing)."""
        body = user_markdown(text)
        if body:
            return [self.heading(level, key), body]
        marked = self.not_written()
        return [self.heading(level, key), *marked] if marked else []

    def group(self, key: str, parts: list[list[str]], lead: str = "") -> list[str]:
        """A level-2 section made of sub-parts: omitted whole when every part is."""
        lead_blocks = [user_markdown(lead)] if user_markdown(lead) else []
        blocks = lead_blocks + [block for part in parts for block in part]
        if not blocks:
            blocks = self.not_written()
            if not blocks:
                return []
        return [self.heading(2, key), *blocks]

    def field(self, label: str, value: str) -> str:
        """A bold label and its value, with the language's own colon spacing."""
        return f"**{label}**{self.words('separator')}{value or self.words('empty_value')}"

    def names(self, values: list[str]) -> str:
        return self.words("list_separator").join(one_line(value) for value in values)

    def _factor_groups(self) -> list[tuple[str, list[Factor]]]:
        """(label key, factors) in the order the template shows them."""
        factors = self.pm.factors
        if self.template.causes == "contributing":
            causes = [f for f in factors if f.kind is not FactorKind.MITIGATOR]
            mitigators = [f for f in factors if f.kind is FactorKind.MITIGATOR]
            return [("contributing", causes), ("mitigator", mitigators)]
        return [(kind.value, [f for f in factors if f.kind is kind]) for kind in FACTOR_KINDS]

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
        yield from self.part(2, "summary", self.pm.summary)

    def _section_impact(self) -> Iterator[str]:
        audiences = self.pm.impact_audiences
        if self.omit:
            parts = [self.part(3, key, audiences.get(key, "")) for key in AUDIENCES]
            yield from self.group("impact", parts, lead=self.pm.impact)
            return
        yield self.heading(2, "impact")
        yield user_markdown(self.pm.impact) or self.not_written()[0]
        for audience in AUDIENCES:
            yield from self.part(3, audience, audiences.get(audience, ""))

    def _section_timeline(self) -> Iterator[str]:
        words = self.words
        events = self.pm.sorted_timeline()
        if not events:
            yield from self.group("timeline", [])
            return
        yield self.heading(2, "timeline")
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
        yield from self.part(2, "trigger", self.pm.trigger)

    def _section_detection(self) -> Iterator[str]:
        yield from self.part(2, "detection", self.pm.detection)

    def _section_resolution(self) -> Iterator[str]:
        yield from self.part(2, "resolution", self.pm.resolution)

    def _section_causes(self) -> Iterator[str]:
        parts = []
        for label, factors in self.factor_groups:
            if factors:
                blocks = [self.heading(3, label)]
                for factor in factors:
                    blocks += self._factor(factor)
                parts.append(blocks)
            else:
                marked = self.not_written()
                parts.append([self.heading(3, label), *marked] if marked else [])
        yield from self.group("causes", parts)

    def _factor(self, factor: Factor) -> list[str]:
        words = self.words
        blocks = [f"#### {self.factor_labels[factor.id]}"]
        category = words.enum("factor_category", factor.category)
        blocks.append(self.field(words("factor.category"), category))
        text = user_markdown(factor.text)
        if text or not self.omit:
            blocks.append(text or self.not_written()[0])
        whys = [why for why in factor.whys if why.strip()]
        if whys:
            blocks += [f"**{words('factor.whys')}**", numbered(whys)]
        return blocks

    def _section_lessons(self) -> Iterator[str]:
        parts = [self.part(3, key, getattr(self.pm, attribute)) for attribute, key in LESSONS]
        yield from self.group("lessons", parts)

    def _section_actions(self) -> Iterator[str]:
        words = self.words
        if not self.pm.actions:
            yield from self.group("actions", [])
            return
        yield self.heading(2, "actions")
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
        lines = []
        for name in METRICS:
            value: timedelta | None = getattr(values, name)
            shown = format_duration(value, self.words) if value is not None else ""
            if shown or not self.omit:
                lines.append(f"- {self.field(self.words(f'metrics.{name}'), shown)}")
        if lines:
            yield self.heading(2, "metrics")
            yield "\n".join(lines)


def render_markdown(pm: Postmortem, options: MarkdownOptions | None = None) -> str:
    """The whole postmortem as Markdown, by default in its own language and template."""
    options = options or MarkdownOptions()
    template = load_template(options.template or pm.template)
    language = options.language or pm.language.value
    return _Renderer(pm, template, language, options.omit_empty).render()
