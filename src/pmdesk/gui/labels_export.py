"""Translated labels for export choices: templates, formats and paper sizes.

Codes live in the domain and the export service; these tables give each its English source for
Qt Linguist and translate it into the interface language on demand.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pmdesk.domain.enums import DocumentTemplate
from pmdesk.services.exporting import ExportFormat, Paper

TEMPLATE_LABELS = {
    DocumentTemplate.CDS: QT_TRANSLATE_NOOP("DocumentTemplate", "CDS product incident report"),
    DocumentTemplate.GOOGLE_SRE: QT_TRANSLATE_NOOP("DocumentTemplate", "Google SRE postmortem"),
    DocumentTemplate.CONTRIBUTING_FACTORS: QT_TRANSLATE_NOOP(
        "DocumentTemplate", "Contributing factors (no single root cause)"
    ),
}
TEMPLATE_HELP = {
    DocumentTemplate.CDS: QT_TRANSLATE_NOOP(
        "DocumentTemplate",
        "The Canadian Digital Service template: impact, timeline, trigger, causes, lessons.",
    ),
    DocumentTemplate.GOOGLE_SRE: QT_TRANSLATE_NOOP(
        "DocumentTemplate",
        "The SRE book's template: root causes and action items first, the timeline last.",
    ),
    DocumentTemplate.CONTRIBUTING_FACTORS: QT_TRANSLATE_NOOP(
        "DocumentTemplate",
        "PagerDuty style: what happened, then every contributing factor, none singled out.",
    ),
}
FORMAT_LABELS = {
    ExportFormat.PDF: QT_TRANSLATE_NOOP("ExportFormat", "PDF document (*.pdf)"),
    ExportFormat.MARKDOWN: QT_TRANSLATE_NOOP("ExportFormat", "Markdown (*.md)"),
    ExportFormat.HTML: QT_TRANSLATE_NOOP("ExportFormat", "Web page (*.html)"),
    ExportFormat.JSON: QT_TRANSLATE_NOOP("ExportFormat", "pmdesk interchange file (*.json)"),
}
PAPER_LABELS = {
    Paper.LETTER: QT_TRANSLATE_NOOP("Paper", "Letter (8.5 × 11 in)"),
    Paper.A4: QT_TRANSLATE_NOOP("Paper", "A4 (210 × 297 mm)"),
}


def template_label(template: DocumentTemplate) -> str:
    return QCoreApplication.translate("DocumentTemplate", TEMPLATE_LABELS[template])


def template_help(template: DocumentTemplate) -> str:
    return QCoreApplication.translate("DocumentTemplate", TEMPLATE_HELP[template])


def format_label(export_format: ExportFormat) -> str:
    return QCoreApplication.translate("ExportFormat", FORMAT_LABELS[export_format])


def paper_label(paper: Paper) -> str:
    return QCoreApplication.translate("Paper", PAPER_LABELS[paper])
