"""Export benchmark: a postmortem with 1,000 timeline events and 50 actions, to Markdown and PDF.

pmdesk's PDF is made in-process (Qt's text engine, offscreen), and the same Markdown is also
turned into a PDF by pandoc (Markdown → HTML) and WeasyPrint (HTML → PDF) in the same run, the
usual toolchain for this job, so the ratio means something on any machine. WeasyPrint is
installed from PyPI into a cached virtual environment the first time; pandoc comes from the
system (`apt-get install pandoc`). Either missing is skipped with a note, not a failure.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from _timing import now_text, table
from pmdesk.domain.model import Postmortem
from pmdesk.export.atomic import write_atomic
from pmdesk.export.html import default_stylesheet, render_document_html
from pmdesk.export.markdown import render_markdown
from pmdesk.services.sample import sample_postmortem

if TYPE_CHECKING:
    from run import Section, Settings

EVENTS = 1_000
ACTIONS = 50
MARKDOWN_TARGET = 0.100
PDF_TARGET = 1.5
RATIO_TARGET = 0.15
MIN_REPEAT = 5
CHILD_TIMEOUT = 600
CACHE = Path(os.environ.get("PMDESK_BENCH_CACHE", Path.home() / ".cache" / "pmdesk-bench"))
WEASYPRINT_VENV = CACHE / "weasyprint-venv"
WEASYPRINT_TIMER = """\
import json, sys, time
from weasyprint import CSS, HTML
html, css = open(sys.argv[1]).read(), open(sys.argv[2]).read()
target, times = sys.argv[3], int(sys.argv[4])
stylesheet = CSS(string=css)
samples = []
for _ in range(times):
    start = time.perf_counter()
    HTML(string=html).write_pdf(target, stylesheets=[stylesheet])
    samples.append(time.perf_counter() - start)
import weasyprint
print(json.dumps({"samples": samples, "version": weasyprint.__version__}))
"""
"""Runs in WeasyPrint's own environment: imports once (untimed), then times each conversion."""


@dataclass(frozen=True)
class Figures:
    markdown: list[float]
    html: list[float]
    pdf: list[float]
    write: list[float]
    total: list[float]
    pages: int
    size: int


@dataclass(frozen=True)
class Rival:
    """pandoc + WeasyPrint on the same Markdown, or why they could not run."""

    pandoc: list[float]
    weasyprint: list[float]
    versions: str
    note: str = ""


def export(settings: Settings) -> Section:
    """Markdown and PDF export of a large postmortem, against pandoc + WeasyPrint."""
    from run import Section  # run.py imports this module first: take its types late

    body, passed = measure(settings.scratch, settings.repeat)
    return Section(body, passed)


def measure(scratch: Path, repeat: int) -> tuple[str, bool]:
    """The section's text and whether every target was met."""
    times = max(repeat, MIN_REPEAT)
    pm = large_postmortem()
    folder = scratch / "export"
    folder.mkdir(parents=True, exist_ok=True)
    progress(f"export: pmdesk, {times} runs")
    figures = measure_pmdesk(pm, folder, times)
    markdown = render_markdown(pm)
    progress("export: pandoc + WeasyPrint")
    rival = measure_rival(markdown, folder, times)
    return report(figures, rival, times)


def large_postmortem() -> Postmortem:
    """The benchmark's postmortem: 1,000 events, 50 actions, in English (seed 7)."""
    rng = random.Random(7)
    while True:
        pm = sample_postmortem(rng, events=EVENTS, actions=ACTIONS)
        if pm.language.value == "en":
            return pm


def measure_pmdesk(pm: Postmortem, folder: Path, times: int) -> Figures:
    """Each step of `pmdesk export --format pdf` after the postmortem is loaded, in-process."""
    from PySide6.QtGui import QGuiApplication

    from pmdesk.export.pdf import PdfOptions, render_pdf

    _application = QGuiApplication.instance() or QGuiApplication([])
    options = PdfOptions(title=pm.title, authors=pm.authors, subject="Incident postmortem")
    render_pdf(render_document_html("# warm-up\n", title="x", language="en"), options)
    steps: dict[str, list[float]] = {"markdown": [], "html": [], "pdf": [], "write": []}
    data = b""
    pages = [0]

    def count(_done: int, total: int) -> None:
        pages[0] = total

    for _ in range(times):
        start = time.perf_counter()
        markdown = render_markdown(pm)
        steps["markdown"].append(time.perf_counter() - start)
        start = time.perf_counter()
        html = render_document_html(markdown, title=pm.title, language="en")
        steps["html"].append(time.perf_counter() - start)
        start = time.perf_counter()
        data = render_pdf(html, options, count)
        steps["pdf"].append(time.perf_counter() - start)
        start = time.perf_counter()
        write_atomic(folder / "pmdesk.pdf", data)
        steps["write"].append(time.perf_counter() - start)
    total = [sum(parts) for parts in zip(*steps.values(), strict=True)]
    return Figures(**steps, total=total, pages=pages[0], size=len(data))


def measure_rival(markdown: str, folder: Path, times: int) -> Rival:
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        return Rival([], [], "", "pandoc is not installed (`apt-get install pandoc`): skipped")
    python = weasyprint_python()
    if isinstance(python, str):
        return Rival([], [], "", python)
    source = folder / "postmortem.md"
    source.write_text(markdown, encoding="utf-8")
    html = folder / "pandoc.html"
    command = [pandoc, "-f", "gfm", "-t", "html5", "--standalone", "--metadata", "title=x"]
    pandoc_times = []
    for _ in range(times):
        start = time.perf_counter()
        subprocess.run([*command, "-o", str(html), str(source)], check=True, timeout=CHILD_TIMEOUT)
        pandoc_times.append(time.perf_counter() - start)
    css = folder / "print.css"
    css.write_text(default_stylesheet(), encoding="utf-8")
    timer = folder / "weasyprint_timer.py"
    timer.write_text(WEASYPRINT_TIMER, encoding="utf-8")
    output = subprocess.run(
        [str(python), str(timer), str(html), str(css), str(folder / "weasyprint.pdf"), str(times)],
        check=True,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
    ).stdout
    result = json.loads(output.strip().splitlines()[-1])
    pandoc_version = subprocess.run(
        [pandoc, "--version"], check=True, capture_output=True, text=True
    ).stdout.splitlines()[0]
    return Rival(
        pandoc_times, result["samples"], f"{pandoc_version}, WeasyPrint {result['version']}"
    )


def weasyprint_python() -> Path | str:
    """The Python of a virtual environment with WeasyPrint (made once), or why there is none."""
    python = WEASYPRINT_VENV / "bin" / "python"
    if not python.exists():
        progress(f"export: installing WeasyPrint from PyPI into {WEASYPRINT_VENV}")
        try:
            subprocess.run(
                [sys.executable, "-m", "venv", "--clear", str(WEASYPRINT_VENV)],
                check=True,
                timeout=CHILD_TIMEOUT,
            )
            subprocess.run(
                [str(python), "-m", "pip", "install", "-q", "weasyprint"],
                check=True,
                timeout=CHILD_TIMEOUT,
            )
        except (OSError, subprocess.SubprocessError) as error:
            return f"WeasyPrint could not be installed from PyPI ({error}): skipped"
    check = subprocess.run([str(python), "-c", "import weasyprint"], capture_output=True, text=True)
    if check.returncode != 0:
        reason = (check.stderr.strip().splitlines() or ["unknown error"])[-1]
        return f"WeasyPrint does not start ({reason}); it needs Pango ≥ 1.44: skipped"
    return python


def report(figures: Figures, rival: Rival, times: int) -> tuple[str, bool]:
    def median(values: list[float]) -> float:
        return statistics.median(values)

    def row(label: str, values: list[float]) -> list[str]:
        return [label, f"{min(values):.3f}", f"{median(values):.3f}"]

    markdown_ok = median(figures.markdown) < MARKDOWN_TARGET
    pdf_ok = median(figures.total) < PDF_TARGET
    rows = [
        row("pmdesk: Markdown (`render_markdown`)", figures.markdown),
        row("pmdesk: HTML document (`render_document_html`)", figures.html),
        row("pmdesk: PDF (`render_pdf`: layout, pages, drawing)", figures.pdf),
        row("pmdesk: write (`write_atomic`, fsync)", figures.write),
        row("**pmdesk: Markdown → PDF file, in all**", figures.total),
    ]
    verdicts = [
        ["Markdown", f"{median(figures.markdown) * 1000:.1f} ms", "< 100 ms", verdict(markdown_ok)],
        ["PDF (all steps)", f"{median(figures.total):.3f} s", "< 1.5 s", verdict(pdf_ok)],
    ]
    passed = markdown_ok and pdf_ok
    if rival.note:
        comparison = f"pandoc + WeasyPrint: {rival.note}."
    else:
        rival_total = [a + b for a, b in zip(rival.pandoc, rival.weasyprint, strict=True)]
        rows += [
            row("pandoc: Markdown → HTML (`-f gfm`, a process each)", rival.pandoc),
            row("WeasyPrint: HTML → PDF (in-process, same stylesheet)", rival.weasyprint),
            row("**pandoc + WeasyPrint, in all**", rival_total),
        ]
        ratio = median(figures.total) / median(rival_total)
        ratio_ok = ratio <= RATIO_TARGET
        verdicts.append(
            ["pmdesk ÷ (pandoc + WeasyPrint)", f"{ratio:.3f}×", "≤ 0.15×", verdict(ratio_ok)]
        )
        passed = passed and ratio_ok
        comparison = f"Rivals: {rival.versions}."
    body = f"""\
Run {now_text()}: {times} runs of each measurement (best and median).

Postmortem: `sample_postmortem` (seed 7, first English one) with {EVENTS:,} timeline events,
3 factors and {ACTIONS} actions; the PDF has {figures.pages} pages ({figures.size / 1e3:.0f} kB).
{comparison}

{table(["step", "best (s)", "median (s)"], rows)}

{table(["", "measured (median)", "target", "result"], verdicts)}

- pmdesk runs in-process with a `QGuiApplication` on the offscreen platform, as the CLI does;
  fonts are registered and Qt warmed up by one small export first (untimed). The PDF figure is
  every step after loading: Markdown, HTML document, `render_pdf`, and the atomic file write.
- pandoc converts the same Markdown file to a standalone HTML5 file, one process per run (a
  native binary: its start-up is small). WeasyPrint converts that HTML with pmdesk's print
  stylesheet, in one Python process that imported it first (untimed), like pmdesk.
"""
    return body, passed


def verdict(ok: bool) -> str:
    return "pass" if ok else "FAIL"


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


if __name__ == "__main__":  # `python bench/bench_export.py`: this benchmark alone, printed
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="pmdesk-bench-") as folder:
        text, ok = measure(Path(folder), MIN_REPEAT)
    print(text)
    sys.exit(0 if ok else 1)
