"""The PDF renderer handed to the export service, and the paper size where the user lives.

The export service is Qt-free; this adapter is where the Qt text layout (export/pdf.py) meets
it. The CLI and the windows both use it.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from pmdesk.services.exporting import Paper, PdfJob, paper_for_territory
from pmdesk.services.library import Progress


def default_paper() -> Paper:
    """Letter in North America, A4 elsewhere, from the system locale's territory."""
    locale = QLocale.system()
    return paper_for_territory(QLocale.territoryToCode(locale.territory()))


def render_pdf_job(job: PdfJob, progress: Progress | None = None) -> bytes:
    """Lay out and draw `job` as PDF bytes (needs a QGuiApplication)."""
    from pmdesk.export.pdf import PdfOptions, render_pdf

    options = PdfOptions(
        paper=job.paper.value,
        pdf_a=job.pdf_a,
        title=job.title,
        authors=list(job.authors),
        subject=job.subject,
        language=job.language,
        header_text=job.header,
        footer_template=job.footer,
    )
    return render_pdf(job.html, options, progress)
