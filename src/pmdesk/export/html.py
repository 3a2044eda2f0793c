"""Markdown to HTML for previews and exports, safe for text that came from someone else.

CommonMark with tables and no raw HTML (DESIGN.md). Links keep only http, https and mailto;
images render only from the app's own attachment scheme, so `![](/etc/hostname)` or a tracking
pixel never reaches Qt's document loader or a reader's browser.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

ALLOWED_LINK_SCHEMES = ("http:", "https:", "mailto:")
ATTACHMENT_SCHEME = "pmdesk-attachment:"


def _link_allowed(url: str) -> bool:
    lowered = url.strip().lower()
    if lowered.startswith(ATTACHMENT_SCHEME):
        return True
    if ":" not in lowered.split("/")[0]:
        return lowered.startswith("#")  # in-page anchors only; no relative file paths
    return lowered.startswith(ALLOWED_LINK_SCHEMES)


def _render_image(
    renderer: RendererHTML,
    tokens: Sequence[Token],
    index: int,
    options: OptionsDict,
    env: EnvType,
) -> str:
    token = tokens[index]
    source = str(token.attrGet("src") or "")
    alternative = renderer.renderInlineAsText(token.children or [], options, env)
    if source.lower().startswith(ATTACHMENT_SCHEME):
        return f'<img src="{_escape(source)}" alt="{_escape(alternative)}">'
    return f'<span class="blocked-image">[{_escape(alternative or source)}]</span>'


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


@cache
def markdown_parser() -> MarkdownIt:
    """The one configured parser (building it is the slow part)."""
    parser = MarkdownIt("commonmark", {"html": False}).enable("table")
    parser.validateLink = _link_allowed  # type: ignore[method-assign]
    parser.add_render_rule("image", _render_image)
    return parser


def render_markdown(text: str) -> str:
    """HTML for a piece of the user's Markdown."""
    return markdown_parser().render(text)
