"""The HTML export: one whole, safe HTML5 document that a browser and the PDF writer both read."""

from __future__ import annotations

import random
from html.parser import HTMLParser

import pytest

from pmdesk.export.html import default_stylesheet, render_document_html
from pmdesk.export.markdown import render_markdown
from pmdesk.services.sample import sample_postmortem

VOID = {"meta", "br", "hr", "img", "input", "link"}


class Outline(HTMLParser):
    """Tags in order, checked for balance; text and attributes kept for assertions."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.problems: list[str] = []
        self.in_body = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self.in_body = self.in_body or tag == "body"
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.open[-1:] or 'nothing'}")
        else:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        if self.in_body:
            self.text.append(data)

    def attributes(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


def outline(html: str) -> Outline:
    parser = Outline()
    parser.feed(html)
    parser.close()
    return parser


def document(markdown: str, **kwargs: str) -> str:
    options = {"title": "DNS outage", "language": "en", **kwargs}
    return render_document_html(markdown, **options)


def test_a_whole_html5_document_in_the_documents_language():
    html = document("# DNS outage\n\nText.\n", language="fr")
    assert html.startswith("<!DOCTYPE html>\n")
    parsed = outline(html)
    assert parsed.problems == []
    assert parsed.open == []
    assert [tag for tag, _ in parsed.tags[:4]] == ["html", "head", "meta", "title"]
    assert parsed.attributes("html") == [{"lang": "fr"}]
    assert parsed.attributes("meta") == [{"charset": "utf-8"}]
    assert "DNS outage" in parsed.text
    assert "<title>DNS outage</title>" in html


def test_the_print_stylesheet_is_inlined():
    html = document("Text.\n")
    assert default_stylesheet().strip() in html
    assert "<link" not in html  # nothing to fetch


def test_a_custom_stylesheet_cannot_close_its_style_element():
    html = document("Text.\n", stylesheet="p { color: red } </style><script>alert(1)</script>")
    assert "p { color: red }" in html
    parsed = outline(html)
    assert "script" not in {tag for tag, _ in parsed.tags}
    assert parsed.problems == []
    assert parsed.attributes("body") == [{"lang": "en"}]


def test_the_title_is_escaped():
    html = document("Text.\n", title="<b>Bold</b> & co")
    assert "<title>&lt;b&gt;Bold&lt;/b&gt; &amp; co</title>" in html


def test_a_language_must_be_a_language_tag():
    with pytest.raises(ValueError, match="language"):
        document("Text.\n", language='en" onload="x')


def test_no_raw_html_passes_through():
    html = document(
        'Before <script>alert("x")</script> <img src="file:///etc/hostname"> '
        '<a href="javascript:alert(1)">link</a> after.\n\n'
        '<div onclick="steal()">block</div>\n'
    )
    parsed = outline(html)
    tags = {tag for tag, _ in parsed.tags}
    assert not tags & {"script", "img", "div"}
    assert "&lt;script&gt;" in html
    assert "&lt;img src=&quot;file:///etc/hostname&quot;&gt;" in html
    assert not [attrs for attrs in parsed.attributes("a") if "javascript" in str(attrs)]


def test_images_outside_the_attachments_are_blocked():
    html = document(
        "![host](/etc/hostname) ![zero](file:///dev/zero) ![pixel](https://tracker.example/p.gif)"
        " ![ok](pmdesk-attachment:graph.png)\n"
    )
    parsed = outline(html)
    assert [attrs["src"] for attrs in parsed.attributes("img")] == ["pmdesk-attachment:graph.png"]
    assert '<span class="blocked-image">[pixel]</span>' in html
    text = "".join(parsed.text)  # a path that is no allowed link stays visible as typed
    assert "![host](/etc/hostname)" in text
    assert "![zero](file:///dev/zero)" in text


def test_links_keep_only_the_allowed_schemes():
    html = document("[web](https://example.org) [mail](mailto:a@b.c) [file](file:///etc/passwd)\n")
    hrefs = [attrs.get("href") for attrs in outline(html).attributes("a")]
    assert hrefs == ["https://example.org", "mailto:a@b.c"]


def test_the_first_heading_is_the_title_block():
    html = document("# DNS outage\n\n## Summary\n\n# Another top heading\n")
    headings = [(tag, attrs) for tag, attrs in outline(html).tags if tag in {"h1", "h2"}]
    assert headings == [("h1", {"class": "doc-title"}), ("h2", {}), ("h1", {})]


def test_label_value_lists_become_a_table_of_fields():
    html = document("- **Team**: Platform\n- **Date**\u00a0: 2026-03-01\n- **Status**: Open\n")
    parsed = outline(html)
    assert parsed.attributes("table") == [{"class": "fields", "width": "100%"}]
    assert not parsed.attributes("ul")
    cells = "".join(parsed.text)
    for text in ("Team", "Platform", "Date", "2026-03-01", "Status", "Open"):
        assert text in cells
    assert ": " not in cells.replace("\n", "")  # the separator is the table's job now
    assert parsed.problems == []


def test_other_lists_stay_lists():
    html = document("- **Team**: Platform\n- just a line\n")
    parsed = outline(html)
    assert parsed.attributes("ul") == [{}]
    assert not parsed.attributes("table")


def test_wide_tables_are_marked_and_rows_striped():
    markdown = "| a | b | c | d | e |\n|---|---|---|---|---|\n" + "| 1 | 2 | 3 | 4 | 5 |\n" * 3
    parsed = outline(document(markdown))
    assert parsed.attributes("table") == [{"width": "100%", "class": "wide"}]
    assert [attrs.get("class") for attrs in parsed.attributes("tr")] == [
        None,  # the header row
        None,
        "even",
        None,
    ]


def test_narrow_tables_keep_the_normal_size():
    parsed = outline(document("| a | b |\n|---|---|\n| 1 | 2 |\n"))
    assert parsed.attributes("table") == [{"width": "100%"}]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_whole_postmortem_renders_well_formed(language):
    rng = random.Random(3)
    pm = sample_postmortem(rng, events=20, actions=4)
    while pm.language.value != language:
        pm = sample_postmortem(rng, events=20, actions=4)
    html = render_document_html(render_markdown(pm), title=pm.title, language=language)
    parsed = outline(html)
    assert parsed.problems == []
    assert parsed.open == []
    text = " ".join(parsed.text)
    assert pm.title in text
    for event in pm.timeline:
        assert event.text in text
    for action in pm.actions:
        assert action.owner in text
