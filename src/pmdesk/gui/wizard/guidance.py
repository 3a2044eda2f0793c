"""The guidance panel's text for each page, in the postmortem's own language (TOML data)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from pmdesk.domain.enums import Language
from pmdesk.resources import resource_path


@dataclass(frozen=True)
class Guidance:
    """A page's advice: a heading and a short Markdown body."""

    title: str
    body: str


@cache
def _load(language: str) -> dict[str, dict[str, str]]:
    with resource_path(f"guidance/{language}.toml").open("rb") as handle:
        return tomllib.load(handle)


def guidance(page_key: str, language: Language) -> Guidance:
    """The advice for `page_key` (`basics`, `timeline`…) in `language`."""
    entry = _load(language.value).get(page_key, {})
    return Guidance(entry.get("title", ""), entry.get("body", "").strip())
