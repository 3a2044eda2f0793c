"""Markdown to HTML for previews and exports, safe for text that came from someone else.

CommonMark with tables and no raw HTML (DESIGN.md). Links keep only http, https and mailto;
images render only from the app's own attachment scheme, so `![](/etc/hostname)` or a tracking
pixel never reaches Qt's document loader or a reader's browser. `render_document_html` wraps
the export Markdown in a whole HTML5 document with the print stylesheet: the `--format html`
export, and the input of the PDF export. No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

from pmdesk.resources import resource_path

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


# The whole document: `pmdesk export --format html` and the PDF's input ---------------------------

DEFAULT_STYLESHEET = "export/print.css"
WIDE_TABLE_COLUMNS = 5
"""Tables with this many columns or more (the timeline, the actions) are set in a smaller font."""
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*")
_FIELD_SEPARATOR = re.compile(r"^[\s\u00a0\u202f]*:[\s\u00a0]*")


@cache
def default_stylesheet() -> str:
    """The print stylesheet shipped in `resources/export/print.css`."""
    return resource_path(DEFAULT_STYLESHEET).read_text(encoding="utf-8")


def render_document_html(
    markdown: str, *, title: str, language: str, stylesheet: str | None = None
) -> str:
    """A whole HTML5 document from the export Markdown, its print stylesheet inlined.

    Safe like `render_markdown` (no raw HTML, allow-listed links, no outside images). On top of
    it: the first heading becomes the title block, lists of `**Label**: value` items become
    label/value tables, wide tables get a smaller font and every table striped rows.
    """
    if not _LANGUAGE_TAG.fullmatch(language):
        raise ValueError(f"not a language tag: {language!r}")
    css = default_stylesheet() if stylesheet is None else stylesheet
    body = _render_body(markdown)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{language}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        f"<title>{_escape(title)}</title>\n"
        f"<style>\n{_style_text(css)}\n</style>\n"
        "</head>\n"
        f'<body lang="{language}">\n{body}</body>\n'
        "</html>\n"
    )


def _style_text(css: str) -> str:
    """A stylesheet cannot end the `<style>` element it sits in."""
    return re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)


def _render_body(markdown: str) -> str:
    parser = markdown_parser()
    tokens = parser.parse(markdown)
    _decorate(tokens)
    parts: list[str] = []
    start = index = 0
    while index < len(tokens):
        end = _field_list_end(tokens, index)
        if end is None:
            index += 1
            continue
        parts.append(parser.renderer.render(tokens[start:index], parser.options, {}))
        parts.append(_render_fields(tokens[index:end]))
        start = index = end
    parts.append(parser.renderer.render(tokens[start:], parser.options, {}))
    return "".join(parts)


def _decorate(tokens: list[Token]) -> None:
    """Classes the stylesheet needs: the title, wide tables, striped rows."""
    first_heading = next((token for token in tokens if token.type == "heading_open"), None)
    if first_heading is not None and first_heading.tag == "h1":
        first_heading.attrSet("class", "doc-title")
    row = 0
    for index, token in enumerate(tokens):
        if token.type == "table_open":
            row = 0
            token.attrSet("width", "100%")  # Qt reads a table's width from the attribute only
            if _table_columns(tokens, index) >= WIDE_TABLE_COLUMNS:
                token.attrSet("class", "wide")
        elif token.type == "tr_open":
            row += 1
            if row > 1 and row % 2 == 1:  # row 1 is the header row
                token.attrSet("class", "even")


def _table_columns(tokens: list[Token], start: int) -> int:
    count = 0
    for token in tokens[start:]:
        if token.type == "th_open":
            count += 1
        elif token.type == "tr_close":
            break
    return count


def _field_list_end(tokens: list[Token], start: int) -> int | None:
    """The end of a bullet list whose every item is one `**Label**: value` line, else None."""
    if tokens[start].type != "bullet_list_open":
        return None
    level, index = tokens[start].level, start + 1
    while index < len(tokens):
        token = tokens[index]
        if token.type == "bullet_list_close" and token.level == level:
            return index + 1 if index > start + 1 else None
        item = [token.type for token in tokens[index : index + 5]]
        if item != [
            "list_item_open",
            "paragraph_open",
            "inline",
            "paragraph_close",
            "list_item_close",
        ]:
            return None
        if _split_field(tokens[index + 2]) is None:
            return None
        index += 5
    return None


def _split_field(inline: Token) -> tuple[list[Token], list[Token]] | None:
    """An inline `**Label**: value` split into label and value children (separator dropped)."""
    children = [child for child in inline.children or [] if child.type != "text" or child.content]
    if len(children) < 3 or children[0].type != "strong_open":
        return None
    closing = next((i for i, child in enumerate(children) if child.type == "strong_close"), None)
    if closing is None or closing + 1 >= len(children) or children[closing + 1].type != "text":
        return None
    separator = _FIELD_SEPARATOR.match(children[closing + 1].content)
    if separator is None:
        return None
    rest = children[closing + 1].copy()
    rest.content = rest.content[separator.end() :]
    return children[1:closing], [rest, *children[closing + 2 :]]


def _render_fields(tokens: list[Token]) -> str:
    """Label/value pairs as a table, two pairs a row: the document's details at a glance."""
    parser = markdown_parser()
    cells = []
    for index in range(1, len(tokens) - 1, 5):
        split = _split_field(tokens[index + 2])
        assert split is not None  # checked by _field_list_end
        label, value = (parser.renderer.renderInline(part, parser.options, {}) for part in split)
        cells.append(f'<th scope="row">{label}</th><td>{value}</td>')
    if len(cells) % 2:
        cells.append("<th></th><td></td>")
    rows = [
        "<tr>" + "".join(cells[index : index + 2]) + "</tr>\n" for index in range(0, len(cells), 2)
    ]
    return f'<table class="fields" width="100%">\n<tbody>\n{"".join(rows)}</tbody>\n</table>\n'
