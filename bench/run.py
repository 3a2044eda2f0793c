"""pmdesk's benchmarks: `python bench/run.py [name ...]`, which is what `make bench` runs.

Each benchmark is a function that measures, with floors measured in the same run, and returns a
Markdown section; the section is printed and replaces its heading's section in bench/RESULTS.md.
To add one, write the function and list it in BENCHMARKS. Exits 1 if a target was missed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import bench_blameless
import bench_export
import bench_gui
from _timing import Timing, machine, now_text, repeat, table, timed, update_results
from pmdesk.export.atomic import write_atomic
from pmdesk.export.interchange import dump_library
from pmdesk.services.library import ImportResult, LibraryService
from pmdesk.services.sample import sample_library
from pmdesk.storage.database import Location
from pmdesk.storage.migrate import open_library

RESULTS = Path(__file__).with_name("RESULTS.md")


@dataclass(frozen=True)
class Settings:
    """What every benchmark gets: how many repetitions, and a scratch folder removed afterwards."""

    repeat: int
    scratch: Path


@dataclass(frozen=True)
class Section:
    """A benchmark's outcome: its RESULTS.md text and whether every target was met."""

    body: str
    passed: bool


@dataclass(frozen=True)
class Benchmark:
    name: str
    heading: str
    run: Callable[[Settings], Section]


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def seconds(value: float) -> str:
    return f"{value:.3f}"


def machine_line(scratch: Path) -> str:
    return " · ".join(f"{key} {value}" for key, value in machine(scratch).items())


# Interchange import/export (issue 2) --------------------------------------------------------------

LIBRARY_SIZE = 1_000
EVENTS = 30
ACTIONS = 5
TARGET_SECONDS = 5.0
CHILDREN = {"timeline": "timeline_events", "factors": "factors", "actions": "actions"}
"""Interchange key of each child list → its table."""
RENAMED = {"is_key": "key", "action_type": "type", "factor_ids": "factors"}
"""Columns whose interchange key has another name."""


def open_empty_library(path: Path) -> None:
    """Create a library file at the current schema, and close it."""
    open_library(Location(path=path)).close()


def connect_raw(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection with pmdesk's durability settings (WAL, synchronous=FULL)."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    return connection


def table_rows(document: dict[str, Any], path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """The document's postmortems and children as row tuples for pmdesk's own tables."""
    items: dict[str, list[dict[str, Any]]] = {"postmortems": document["postmortems"]}
    for pm in document["postmortems"]:
        for key, name in CHILDREN.items():
            rows = items.setdefault(name, [])
            for position, child in enumerate(pm[key]):
                row = {**child, "postmortem_id": pm["id"], "position": position}
                if "at" in child:  # an event's offset is part of its time in the interchange
                    offset = datetime.fromisoformat(child["at"]).utcoffset() or timedelta()
                    row["offset_minutes"] = offset // timedelta(minutes=1)
                rows.append(row)
    connection = sqlite3.connect(path)
    try:
        result = {}
        for name, dicts in items.items():
            info = connection.execute(f"PRAGMA table_info({name})").fetchall()
            columns = [RENAMED.get(row[1], row[1]) for row in info]
            result[name] = [tuple(_stored(item[key]) for key in columns) for item in dicts]
        return result
    finally:
        connection.close()


def _stored(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def raw_insert(path: Path, rows: dict[str, list[tuple[Any, ...]]]) -> float:
    """Seconds to insert every row with executemany in one `BEGIN IMMEDIATE` transaction."""
    connection = connect_raw(path)

    def insert() -> None:
        connection.execute("BEGIN IMMEDIATE")
        for name, values in rows.items():
            marks = ", ".join("?" * len(values[0]))
            connection.executemany(f"INSERT INTO {name} VALUES ({marks})", values)
        connection.execute("COMMIT")

    try:
        return timed(insert)
    finally:
        connection.close()


def raw_select(path: Path, expected: dict[str, int]) -> float:
    """Seconds to read back every row of the four tables (fetchall), on a fresh connection."""
    connection = connect_raw(path)
    found: dict[str, int] = {}

    def select() -> None:
        for name in expected:
            found[name] = len(connection.execute(f"SELECT * FROM {name}").fetchall())

    try:
        elapsed = timed(select)
    finally:
        connection.close()
    if found != expected:
        raise RuntimeError(f"raw select read {found}, expected {expected}")
    return elapsed


def write_file(path: Path, data: bytes) -> None:
    """Write and fsync, like `write_atomic` minus the temporary file and rename."""
    with path.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def fresh_file(folder: Path, stem: str) -> Path:
    """A path in `folder` that does not exist yet: `stem-1.sqlite`, `stem-2.sqlite`…"""
    for number in itertools.count(1):
        path = folder / f"{stem}-{number}.sqlite"
        if not path.exists():
            return path
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class Floors:
    """The same work done by json, the file system and plain sqlite3, without pmdesk."""

    json_parse: Timing
    json_dump: Timing
    file_write: Timing
    sql_insert: Timing
    sql_select: Timing
    counts: dict[str, int]

    @property
    def import_floor(self) -> float:
        return self.json_parse.best + self.sql_insert.best

    @property
    def export_text_floor(self) -> float:
        return self.json_dump.best + self.file_write.best

    @property
    def export_floor(self) -> float:
        return self.export_text_floor + self.sql_select.best


def measure_floors(settings: Settings, scratch: Path, library_bytes: bytes) -> Floors:
    times = settings.repeat
    document = json.loads(library_bytes)
    json_parse = repeat("json.loads", lambda: timed(lambda: json.loads(library_bytes)), times)
    json_dump = repeat(
        "json.dumps (ensure_ascii=False, indent=2)",
        lambda: timed(lambda: json.dumps(document, ensure_ascii=False, indent=2)),
        times,
    )
    target = scratch / "floor.json"
    file_write = repeat(
        "file write + fsync", lambda: timed(lambda: write_file(target, library_bytes)), times
    )
    template = fresh_file(scratch, "template")
    open_empty_library(template)
    rows = table_rows(document, template)
    counts = {name: len(values) for name, values in rows.items()}
    filled: list[Path] = []

    def measure_insert() -> float:
        path = fresh_file(scratch, "floor")
        open_empty_library(path)
        filled.append(path)
        return raw_insert(path, rows)

    sql_insert = repeat("sqlite3 executemany insert", measure_insert, times)
    sql_select = repeat("sqlite3 select all rows", lambda: raw_select(filled[0], counts), times)
    return Floors(json_parse, json_dump, file_write, sql_insert, sql_select, counts)


def measure_import(settings: Settings, scratch: Path, library_bytes: bytes) -> tuple[Timing, Path]:
    """Import timings, and one of the libraries filled by them."""
    filled: list[Path] = []

    def measure() -> float:
        path = fresh_file(scratch, "import")
        database = open_library(Location(path=path))
        service = LibraryService(database)
        results: list[ImportResult] = []
        try:
            elapsed = timed(lambda: results.append(service.import_bytes(library_bytes)))
        finally:
            database.close()
        if len(results[0].ids) != LIBRARY_SIZE or results[0].replaced:
            raise RuntimeError(f"import wrote {len(results[0].ids)} postmortems")
        filled.append(path)
        progress(f"  import {len(filled)}: {elapsed:.3f} s")
        return elapsed

    return repeat("import: LibraryService.import_bytes", measure, settings.repeat), filled[0]


def measure_export(settings: Settings, library: Path, target: Path) -> Timing:
    def measure() -> float:
        database = open_library(Location(path=library))
        service = LibraryService(database)
        try:
            elapsed = timed(
                lambda: write_atomic(target, service.export_library_json().encode("utf-8"))
            )
        finally:
            database.close()
        progress(f"  export: {elapsed:.3f} s")
        return elapsed

    return repeat("export: export_library_json + write_atomic", measure, settings.repeat)


def interchange(settings: Settings) -> Section:
    """Import and export of a 1,000-postmortem library, against JSON, file and sqlite3 floors."""
    scratch = settings.scratch / "interchange"
    scratch.mkdir()
    progress(f"interchange: generating {LIBRARY_SIZE:,} postmortems…")
    library = sample_library(LIBRARY_SIZE, events=EVENTS, actions=ACTIONS)
    source_ids = {pm.id for pm in library}
    library_bytes = dump_library(library).encode("utf-8")
    del library  # fewer live objects: the collector then scans only what is being measured

    progress("interchange: floors…")
    floors = measure_floors(settings, scratch, library_bytes)
    progress("interchange: pmdesk…")
    imported, filled = measure_import(settings, scratch, library_bytes)
    export_file = scratch / "export.json"
    exported = measure_export(settings, filled, export_file)
    exported_ids = {pm["id"] for pm in json.loads(export_file.read_bytes())["postmortems"]}
    if exported_ids != source_ids:
        raise RuntimeError("the exported library does not hold the imported postmortems")

    verdicts = [
        (imported, floors.import_floor, floors.json_parse.best, floors.sql_insert.best),
        (exported, floors.export_floor, floors.export_text_floor, floors.sql_select.best),
    ]
    passed = all(timing.median < TARGET_SECONDS for timing, *_ in verdicts)
    timings = [
        imported,
        exported,
        floors.json_parse,
        floors.json_dump,
        floors.file_write,
        floors.sql_insert,
        floors.sql_select,
    ]
    body = interchange_report(settings, timings, verdicts, floors.counts, len(library_bytes))
    return Section(body, passed)


def interchange_report(
    settings: Settings,
    timings: Sequence[Timing],
    verdicts: Sequence[tuple[Timing, float, float, float]],
    counts: dict[str, int],
    size: int,
) -> str:
    rows = ", ".join(f"{count:,} {name}" for name, count in counts.items())
    figures = table(
        ["measurement", "best (s)", "median (s)"],
        [[t.label, seconds(t.best), seconds(t.median)] for t in timings],
    )
    verdict_rows = [
        [
            timing.label.split(":")[0],
            seconds(timing.median),
            f"< {TARGET_SECONDS:g} s",
            "pass" if timing.median < TARGET_SECONDS else "FAIL",
            seconds(floor),
            f"{timing.best / floor:.1f}×",
            f"{timing.best / text_floor:.1f}×",
            f"{timing.best / sql_floor:.1f}×",
        ]
        for timing, floor, text_floor, sql_floor in verdicts
    ]
    header = ["", "median (s)", "target", "result", "floor (s)", "× floor", "× json", "× sqlite3"]
    library = (
        f"Library: {LIBRARY_SIZE:,} generated postmortems (`sample_library`, seed 7), each with"
        f" {EVENTS} timeline events, 3 factors and {ACTIONS} actions: {size / 1e6:.1f} MB of"
        f" interchange JSON; {rows} rows."
    )
    return f"""\
Run {now_text()}: {settings.repeat} repetitions of each measurement (best and median).

Machine: {machine_line(settings.scratch.parent)}

{library}

{figures}

{table(header, verdict_rows)}

- **import** times `LibraryService.import_bytes(data)` only (parse, validate, insert in one
  transaction) into a freshly created and migrated library file, new for each repetition.
- **export** times `export_library_json()` plus `write_atomic` of its UTF-8 bytes (with fsync),
  from a library holding the 1,000 postmortems, reopened for each repetition.
- The target is met when the median is under {TARGET_SECONDS:g} s. Ratios are best ÷ best.
- Floors: import = `json.loads` + sqlite3 insert; export = sqlite3 select + `json.dumps` + file
  write (the export's "json" column includes the file write). The sqlite3 floor uses pmdesk's
  own migrated tables and indexes, WAL, `synchronous=FULL` and foreign keys on: `executemany`
  of prepared tuples in one `BEGIN IMMEDIATE` transaction, and `SELECT *` + `fetchall`.
"""


# GUI: cold start and typing latency (bench_gui.py) ------------------------------------------------


def with_machine(settings: Settings, body: str) -> str:
    """The machine line after a section's first paragraph, where the interchange section has it."""
    first, rest = body.split("\n\n", 1)
    return f"{first}\n\nMachine: {machine_line(settings.scratch.parent)}\n\n{rest}"


def gui_startup(settings: Settings) -> Section:
    """Cold start of the main window on 1,000 postmortems, against a bare PySide6 window."""
    body, passed = bench_gui.startup(settings.scratch, settings.repeat)
    return Section(with_machine(settings, body), passed)


def gui_typing(settings: Settings) -> Section:
    """Typing in the wizard's summary beside 2,000 timeline events, autosave included."""
    body, passed = bench_gui.typing_latency(settings.scratch, settings.repeat)
    return Section(with_machine(settings, body), passed)


BENCHMARKS = [
    Benchmark("interchange", "## Interchange import/export (issue 2)", interchange),
    Benchmark("startup", "## GUI cold start (issue 3)", gui_startup),
    Benchmark("typing", "## Wizard typing latency (issue 3)", gui_typing),
    Benchmark("export", "## Export to Markdown and PDF (issue 5)", bench_export.export),
    Benchmark("blameless", "## Blameless wording coach (issue 4)", bench_blameless.blameless),
]


def main(argv: Sequence[str] | None = None) -> int:
    names = [benchmark.name for benchmark in BENCHMARKS]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="name", help=f"any of: {', '.join(names)}")
    parser.add_argument("--repeat", type=int, default=3, help="repetitions (default 3)")
    parser.add_argument("--results", type=Path, default=RESULTS, help="Markdown file to update")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # Qt-using benchmarks import it late
    unknown = sorted(set(args.names) - set(names))
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)} (choose from {', '.join(names)})")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    passed = True
    with tempfile.TemporaryDirectory(prefix="pmdesk-bench-") as scratch:
        settings = Settings(repeat=args.repeat, scratch=Path(scratch))
        for benchmark in BENCHMARKS:
            if args.names and benchmark.name not in args.names:
                continue
            section = benchmark.run(settings)
            print(f"\n{benchmark.heading}\n\n{section.body}")
            update_results(args.results, benchmark.heading, section.body)
            passed = passed and section.passed
    print(f"Updated {args.results}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
