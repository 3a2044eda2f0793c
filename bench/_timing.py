"""Timing, machine description and RESULTS.md helpers shared by the benchmarks in `run.py`."""

from __future__ import annotations

import gc
import os
import platform
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlalchemy

import pmdesk


@dataclass(frozen=True)
class Timing:
    """The wall-clock seconds of each repetition of one measurement."""

    label: str
    samples: tuple[float, ...]

    @property
    def best(self) -> float:
        return min(self.samples)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)


def timed(action: Callable[[], object]) -> float:
    """Seconds taken by `action()`, after a full collection so earlier garbage is not billed."""
    gc.collect()
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def repeat(label: str, measure: Callable[[], float], times: int) -> Timing:
    """Run `measure` (which does its own untimed setup and returns seconds) `times` times."""
    return Timing(label, tuple(measure() for _ in range(times)))


def filesystem_of(path: Path) -> str:
    """The type of the file system holding `path` (`ext4`, `tmpfs`…), or `?` if unknown."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return "?"
    resolved = str(path.resolve())
    best, kind = "", "?"
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1]
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, kind = point, fields[2]
    return kind


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine(scratch: Path) -> dict[str, str]:
    """What the figures depend on: CPUs, versions, and where the scratch files were written."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "nproc": str(cpus),
        "cpu": cpu_model(),
        "os": f"{platform.system()} {platform.release()}",
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
        "SQLAlchemy": sqlalchemy.__version__,
        "pmdesk": pmdesk.__version__,
        "scratch": f"{scratch} ({filesystem_of(scratch)})",
    }


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown table padded to line up, so it reads as well in a terminal as in a file."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        padded = (f"{cell:<{width}}" for cell, width in zip(cells, widths, strict=True))
        return "| " + " | ".join(padded) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(header), rule, *(line(row) for row in rows)])


def now_text() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


RESULTS_PREAMBLE = (
    "# Benchmark results\n\n"
    "Written by `make bench` (`bench/run.py`); each section is replaced in place when its\n"
    "benchmark runs again. Times are wall-clock seconds.\n"
)


def update_results(path: Path, heading: str, body: str) -> None:
    """Replace the `## heading` section of `path` with `body` (appending it if new), keeping the
    text before the first section and every other section as they are."""
    text = path.read_text(encoding="utf-8") if path.exists() else RESULTS_PREAMBLE
    preamble, sections = _split_sections(text)
    sections[heading] = f"{heading}\n\n{body.strip()}\n"  # an existing key keeps its place
    parts = [preamble.rstrip() + "\n", *(section.rstrip() + "\n" for section in sections.values())]
    path.write_text("\n".join(parts), encoding="utf-8")


def _split_sections(text: str) -> tuple[str, dict[str, str]]:
    """The text before the first `## ` heading, and each section (with its heading) by heading."""
    preamble: list[str] = []
    sections: dict[str, list[str]] = {}
    current: list[str] = preamble
    for line in text.splitlines():
        if line.startswith("## "):
            current = sections.setdefault(line.rstrip(), [])
        current.append(line)
    return "\n".join(preamble), {heading: "\n".join(lines) for heading, lines in sections.items()}
