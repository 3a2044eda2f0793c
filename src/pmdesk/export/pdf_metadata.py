"""The PDF's metadata, and nothing else: title, authors, subject, language, creator, dates.

Qt's PDF writer has no subject and no document language, and fills the Info dictionary on its
own. This module writes the XMP packet Qt embeds, then rewrites the Info dictionary and adds
`/Lang` to the catalogue, keeping the two in step as PDF/A-1 requires. Pure Python: no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from xml.sax.saxutils import escape

_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")
_TRAILER_REFERENCE = rb"/%s\s+(\d+)\s+0\s+R"
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class PdfMetadata:
    """What a reader's "document properties" show; `created` is also the modification time."""

    title: str
    author: str
    subject: str
    language: str
    creator: str
    producer: str
    document_id: str
    created: datetime
    pdf_a: bool = False


def xmp_packet(meta: PdfMetadata) -> bytes:
    """The XMP metadata stream: the same facts as the Info dictionary, plus the language."""
    moment = meta.created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    pdfa = (
        '        <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"'
        ' pdfaid:part="1" pdfaid:conformance="B"/>\n'
        if meta.pdf_a
        else ""
    )
    text = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
    <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:format>application/pdf</dc:format>
            {_container("dc:title", "rdf:Alt", meta.title)}
            {_container("dc:creator", "rdf:Seq", meta.author)}
            {_container("dc:description", "rdf:Alt", meta.subject)}
            {_container("dc:language", "rdf:Bag", meta.language)}
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
            pdf:Producer="{_xml(meta.producer)}"/>
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
            xmp:CreatorTool="{_xml(meta.creator)}" xmp:CreateDate="{moment}"
            xmp:ModifyDate="{moment}" xmp:MetadataDate="{moment}"/>
        <rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
            xmpMM:DocumentID="uuid:{meta.document_id}"/>
{pdfa}    </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return text.encode("utf-8")


def apply_metadata(pdf: bytes, meta: PdfMetadata) -> bytes:
    """`pdf` (as Qt wrote it: one classic cross-reference table) with pmdesk's Info dictionary
    and the catalogue's `/Lang`; every object is kept, the cross-reference table rebuilt."""
    start = int(pdf[pdf.rindex(b"startxref") + 9 :].split()[0])
    trailer_at = pdf.index(b"trailer", start)
    trailer = pdf[trailer_at : pdf.index(b"startxref", trailer_at)]
    info = _trailer_reference(trailer, b"Info")
    root = _trailer_reference(trailer, b"Root")
    offsets = {
        number: int(match.group(1))
        for number, match in enumerate(_XREF_ENTRY.finditer(pdf, start, trailer_at))
        if match.group(3) == b"n"
    }
    ordered = sorted(offsets.items(), key=lambda item: item[1])
    ends = [offset for _, offset in ordered[1:]] + [start]
    bodies = {number: pdf[offset:end] for (number, offset), end in zip(ordered, ends, strict=True)}
    bodies[info] = b"%d 0 obj\n%s\nendobj\n" % (info, _info_dictionary(meta))
    bodies[root] = bodies[root].replace(b"<<", b"<<\n/Lang " + _pdf_string(meta.language), 1)
    out = bytearray(pdf[: ordered[0][1]])
    new_offsets = {}
    for number, _ in ordered:
        new_offsets[number] = len(out)
        out += bodies[number]
    size = max(offsets) + 1
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        if number in new_offsets:
            out += b"%010d 00000 n \n" % new_offsets[number]
        else:
            out += b"0000000000 65535 f \n"
    out += trailer + b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def _trailer_reference(trailer: bytes, key: bytes) -> int:
    match = re.search(_TRAILER_REFERENCE % key, trailer)
    if match is None:
        raise ValueError(f"the PDF trailer has no /{key.decode()}")
    return int(match.group(1))


def _info_dictionary(meta: PdfMetadata) -> bytes:
    moment = meta.created.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'").encode()
    entries = [
        (b"Title", _pdf_string(meta.title)),
        (b"Author", _pdf_string(meta.author)),
        (b"Subject", _pdf_string(meta.subject)),
        (b"Creator", _pdf_string(meta.creator)),
        (b"Producer", _pdf_string(meta.producer)),
        (b"CreationDate", b"(" + moment + b")"),
        (b"ModDate", b"(" + moment + b")"),
    ]
    return b"<<\n" + b"".join(b"/%s %s\n" % entry for entry in entries) + b">>"


def _pdf_string(text: str) -> bytes:
    """A PDF text string: printable ASCII as a literal, anything else as UTF-16 in hex."""
    if text.isascii() and text.isprintable():
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return b"(" + escaped.encode("ascii") + b")"
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _container(name: str, kind: str, value: str) -> str:
    """One XMP property holding one value: a language alternative, a sequence or a bag."""
    language = ' xml:lang="x-default"' if kind == "rdf:Alt" else ""
    return f"<{name}><{kind}><rdf:li{language}>{_xml(value)}</rdf:li></{kind}></{name}>"


def _xml(text: str) -> str:
    return escape(_XML_INVALID.sub("", text), {'"': "&quot;", "'": "&apos;"})
