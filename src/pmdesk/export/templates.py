"""Document templates: the order of an export's sections and every word it prints, as data.

A template is a TOML file under `resources/templates/`. One may extend another (`extends`):
its tables are merged over the base's, so a template names only what it changes. The renderer
adds no words of its own, so a new template or language is a new file, not new code.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from pmdesk.domain.enums import DocumentTemplate
from pmdesk.resources import resource_path

DEFAULT_TEMPLATE = DocumentTemplate.CDS
SECTIONS = (
    "metadata",
    "summary",
    "impact",
    "timeline",
    "trigger",
    "detection",
    "resolution",
    "causes",
    "lessons",
    "actions",
    "metrics",
)
"""Every section a template may list; each has a `_section_<name>` in the renderer."""
CAUSE_LAYOUTS = ("by_kind", "contributing")
"""`by_kind`: root causes, contributing factors and mitigators apart. `contributing`: no single
root cause (PagerDuty style): every cause is a contributing factor, mitigators apart."""


@dataclass(frozen=True)
class Template:
    """A document template: its section order and its words per language."""

    name: str
    sections: tuple[str, ...]
    causes: str
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


def _merged(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    result = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = _merged(result[key], value)
        else:
            result[key] = value
    return result


def _read(name: str) -> dict[str, Any]:
    with resource_path(f"templates/{name}.toml").open("rb") as handle:
        data = tomllib.load(handle)
    base = data.pop("extends", None)
    return _merged(_read(base), data) if base else data


@cache
def load_template(name: str = DEFAULT_TEMPLATE) -> Template:
    """Read a template once; a bad template is a bug, so errors propagate."""
    data = _read(str(name))
    sections = tuple(data["sections"])
    unknown = set(sections) - set(SECTIONS)
    causes = data.get("causes", "by_kind")
    if unknown or causes not in CAUSE_LAYOUTS:
        raise ValueError(f"template {name}: unknown sections {sorted(unknown)} or causes {causes}")
    languages = {key: value for key, value in data.items() if isinstance(value, dict)}
    return Template(name=str(name), sections=sections, causes=causes, languages=languages)
