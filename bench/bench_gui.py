"""GUI benchmarks: cold start of the main window, and typing latency in the wizard.

Each function takes a scratch folder and a repetition count and returns its RESULTS.md section
and whether every target was met; `run.py` registers them. Qt is imported inside the in-process
benchmark only, so listing the benchmarks does not load it.
"""

from __future__ import annotations

import gc
import math
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from _timing import now_text, table
from pmdesk.export.interchange import dump_library
from pmdesk.locations import DATA_DIR_VARIABLE, DATABASE_FILE
from pmdesk.services.drafts import DraftPatch, apply_patch
from pmdesk.services.library import LibraryService
from pmdesk.services.sample import sample_library, sample_postmortem
from pmdesk.storage.database import Database, Location
from pmdesk.storage.migrate import open_library

# Cold start ---------------------------------------------------------------------------------------

STARTUP_LIBRARY = 1_000
STARTUP_REPEAT = 5
RATIO_TARGET = 2.5
MEMORY_TARGET_MB = 150.0
CHILD_TIMEOUT = 120
"""Seconds before a child that never quits fails the benchmark instead of hanging it."""
BARE_WINDOW = """\
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""
MEASURED = """\
import atexit, runpy, sys
report, kind, target = sys.argv[1:4]
def peak():
    with open('/proc/self/status') as status, open(report, 'w') as out:
        out.write(next((l.split()[1] for l in status if l.startswith('VmHWM:')), ''))
atexit.register(peak)
sys.argv = [sys.argv[0]]
if kind == 'module':
    runpy.run_module(target, run_name='__main__', alter_sys=True)
else:
    exec(compile(target, '<string>', 'exec'), {'__name__': '__main__'})
"""
"""Runs a module (like `python -m`) or a program text, then writes its own peak RSS (VmHWM, in
KiB) to a file at exit. `ru_maxrss` will not do, from `wait4` or the child's own `getrusage`:
Linux carries the spawning process's high-water mark into the child through exec."""
PROGRAMS = {
    "pmdesk": ("module", "pmdesk"),
    "pmdesk, until the library is open": (
        "code",
        "import os, runpy; os.environ['PMDESK_QUIT_WHEN_READY'] = 'library'; "
        "runpy.run_module('pmdesk', run_name='__main__', alter_sys=True)",
    ),
    "bare PySide6 window": ("code", BARE_WINDOW),
    "import pmdesk.app (no window)": ("code", "import pmdesk.cli, pmdesk.app"),
    "python -c pass": ("code", "pass"),
}
"""What is started, pmdesk first; the last two split pmdesk's time into imports and the rest."""


@dataclass(frozen=True)
class ChildRun:
    """One child process: wall-clock seconds from spawn to exit, and its own peak memory."""

    seconds: float
    peak_mb: float


def run_child(program: tuple[str, str], env: dict[str, str], scratch: Path) -> ChildRun:
    """Run a program under the `MEASURED` wrapper; its time and peak memory."""
    log, report = scratch / "child.log", scratch / "child.peak"
    report.unlink(missing_ok=True)
    command = [sys.executable, "-c", MEASURED, str(report), *program]
    with log.open("wb") as output:
        start = time.perf_counter()
        code = subprocess.run(
            command,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            timeout=CHILD_TIMEOUT,
        ).returncode
        elapsed = time.perf_counter() - start
    if code != 0:
        text = log.read_text(errors="replace")[-2000:]
        raise RuntimeError(f"{program[1][:40]!r} exited with {code}:\n{text}")
    peak = report.read_text().strip() if report.exists() else ""
    return ChildRun(elapsed, int(peak) * 1024 / 1e6 if peak else math.nan)


def startup_environment(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PMDESK_DB", None)
    env.update(
        {
            DATA_DIR_VARIABLE: str(data_dir),
            "QT_QPA_PLATFORM": "offscreen",
            "PMDESK_UI_LANG": "en",
            "PMDESK_QUIT_WHEN_READY": "1",
        }
    )
    return env


def fill_library(path: Path, count: int) -> int:
    """A library of `count` generated postmortems; returns how many it holds."""
    database = open_library(Location(path=path))
    try:
        service = LibraryService(database)
        service.import_bytes(dump_library(sample_library(count)).encode("utf-8"))
        return len(service.summaries())
    finally:
        database.close()


def startup(scratch: Path, repeat: int) -> tuple[str, bool]:
    """Cold start of `python -m pmdesk` on 1,000 postmortems against a bare PySide6 window."""
    data_dir = scratch / "startup"
    data_dir.mkdir()
    progress(f"startup: generating {STARTUP_LIBRARY:,} postmortems…")
    held = fill_library(data_dir / DATABASE_FILE, STARTUP_LIBRARY)
    if held != STARTUP_LIBRARY:
        raise RuntimeError(f"the library holds {held} postmortems")
    env = startup_environment(data_dir)
    times = max(repeat, STARTUP_REPEAT)
    for program in PROGRAMS.values():  # warm the page cache and the .pyc files, untimed
        run_child(program, env, scratch)
    runs: dict[str, list[ChildRun]] = {name: [] for name in PROGRAMS}
    for round_number in range(times):  # interleaved, so drifts in machine load hit all alike
        for name, program in PROGRAMS.items():
            runs[name].append(run_child(program, env, scratch))
        progress(f"  round {round_number + 1}: pmdesk {runs['pmdesk'][-1].seconds:.3f} s")
    return startup_report(runs, times, held)


def startup_report(runs: dict[str, list[ChildRun]], times: int, held: int) -> tuple[str, bool]:
    median = {name: statistics.median(run.seconds for run in items) for name, items in runs.items()}
    peak = {name: max(run.peak_mb for run in items) for name, items in runs.items()}
    ratio = median["pmdesk"] / median["bare PySide6 window"]
    memory = peak["pmdesk"]
    rows = [
        [
            name,
            f"{min(run.seconds for run in items):.3f}",
            f"{median[name]:.3f}",
            f"{peak[name]:.1f}",
        ]
        for name, items in runs.items()
    ]
    ratio_ok = ratio <= RATIO_TARGET
    memory_ok = memory <= MEMORY_TARGET_MB
    verdicts = [
        ["start-up ÷ bare window", f"{ratio:.2f}×", f"≤ {RATIO_TARGET:g}×", verdict(ratio_ok)],
        [
            "pmdesk peak memory",
            f"{memory:.1f} MB",
            f"≤ {MEMORY_TARGET_MB:g} MB",
            verdict(memory_ok),
        ],
    ]
    body = f"""\
Run {now_text()}: {times} interleaved repetitions of each program (best and median), after one
untimed warm-up run each.

Library: {held:,} generated postmortems (`sample_library`, seed 7, 30 events each) in the default
library of a temporary PMDESK_DATA_DIR; QT_QPA_PLATFORM=offscreen, PMDESK_UI_LANG=en.

{table(["program", "best (s)", "median (s)", "peak RSS (MB)"], rows)}

{table(["", "measured", "target", "result"], verdicts)}

- Each time runs from spawning the process to its exit. Each program runs under a few lines of
  wrapper that write the process's own peak resident memory (`VmHWM` of /proc/self/status) at
  exit; the largest of the runs is shown (1 MB = 10⁶ bytes).
- **pmdesk** is `python -m pmdesk` (run by `runpy.run_module`, as `-m` does) with
  PMDESK_QUIT_WHEN_READY=1: it quits as soon as the main window is shown, listing the library
  from a quick read-only SQLite query, and the event loop runs (the list scrolls, searches and
  selects). **pmdesk, until the library is open** waits until the background thread has also
  loaded SQLAlchemy and opened the library, when opening and editing work. **bare PySide6
  window** is `QApplication`, `QMainWindow().show()`, `QTimer.singleShot(0, app.quit)`,
  `app.exec()`, measured the same way.
- **import pmdesk.app** and **python -c pass** are for reference: pmdesk's imports alone, and the
  interpreter alone. The ratio is median ÷ median.
"""
    return body, ratio_ok and memory_ok


# Typing latency -----------------------------------------------------------------------------------

TIMELINE_EVENTS = 2_000
TYPED_CHARACTERS = 300
KEY_INTERVAL_MS = 12
"""Time between keys (about 80 words a minute): 300 keys take over 3 s, so autosave fires."""
BLOCK_TARGET_MS = 16.0
PROBE_INTERVAL_MS = 1
SENTENCE = "The pool grew past the database limit, and checkout failed for some users. "


def typed_text() -> str:
    return (SENTENCE * (TYPED_CHARACTERS // len(SENTENCE) + 1))[:TYPED_CHARACTERS]


def percentile(values: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile (p99 of 300 samples is the third largest)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def milliseconds_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


@contextmanager
def environment(name: str, value: str) -> Iterator[None]:
    saved = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = saved


@dataclass(frozen=True)
class Span:
    """Something that took time: its start and end (perf_counter seconds) and what it was."""

    start: float
    end: float
    label: str

    @property
    def ms(self) -> float:
        return (self.end - self.start) * 1000


@contextmanager
def garbage_collections() -> Iterator[list[Span]]:
    """Every collection of the cycle collector meanwhile, on any thread (they stop them all)."""
    spans: list[Span] = []
    started: list[float] = []

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(time.perf_counter())
        elif started:
            spans.append(Span(started.pop(), time.perf_counter(), f"gen-{info['generation']} GC"))

    gc.callbacks.append(watch)
    try:
        yield spans
    finally:
        gc.callbacks.remove(watch)


@dataclass(frozen=True)
class TypingFigures:
    """What one typing session measured (milliseconds unless named otherwise)."""

    gaps: list[Span]
    keys: list[float]
    autosaves: list[float]
    collections: list[Span]
    wall_seconds: float
    load_ms: float
    open_ms: float
    raw_saves: list[float]


def measure_raw_saves(
    database: Database, postmortem_id: str, summary: str, times: int
) -> list[float]:
    """Milliseconds of `apply_patch` for a summary-only patch, timed on a save thread."""
    pm = LibraryService(database).load(postmortem_id)

    def save(sequence: int) -> float:
        pm.summary = f"{summary} ({sequence})"
        patch = DraftPatch.from_changes(pm, {"summary"}, sequence)
        start = time.perf_counter()
        apply_patch(database, patch)
        return milliseconds_since(start)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="bench-save") as executor:
        return [executor.submit(save, sequence).result() for sequence in range(1, times + 1)]


def typing_latency(scratch: Path, repeat: int) -> tuple[str, bool]:
    """Type 300 characters into the summary of a 2,000-event postmortem, probing the UI thread."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["pmdesk-bench"])
    folder = scratch / "typing"
    folder.mkdir()
    with environment(DATA_DIR_VARIABLE, str(folder)):
        figures = type_into_summary(app, folder, max(repeat, 5))
    longest = max(gap.ms for gap in figures.gaps)
    return typing_report(figures), longest <= BLOCK_TARGET_MS


def type_into_summary(app: object, folder: Path, raw_times: int) -> TypingFigures:
    """Open the editor on a 2,000-event postmortem and type into its summary, probed."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from pmdesk.gui.autosave import SaveState
    from pmdesk.gui.context import build_context
    from pmdesk.gui.i18n import LanguageManager
    from pmdesk.gui.wizard.editor_window import PostmortemEditor
    from pmdesk.gui.wizard.page import PageId

    assert isinstance(app, QApplication)

    def wait(milliseconds: int) -> None:
        """Run the real event loop for a while (QTest.qWait sleeps the thread between polls,
        which the probe would report as blocking)."""
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(loop.quit)
        timer.start(milliseconds)
        loop.exec()

    languages = LanguageManager(app, "en")
    context = build_context(Location(path=folder / DATABASE_FILE), languages)
    try:
        source = sample_postmortem(random.Random(7), events=TIMELINE_EVENTS)
        context.library.save(source)
        progress(f"typing: postmortem with {len(source.timeline):,} events saved")
        start = time.perf_counter()
        postmortem = context.library.load(source.id)
        load_ms = milliseconds_since(start)
        start = time.perf_counter()
        editor = PostmortemEditor(context, postmortem)
        editor.show()
        QCoreApplication.processEvents()
        open_ms = milliseconds_since(start)
        editor.go_to(PageId.SUMMARY, "summary")
        target = editor.current_page.field_widgets()["summary"]
        assert isinstance(target, QPlainTextEdit)
        target.moveCursor(QTextCursor.MoveOperation.End)
        wait(200)

        ticks: list[float] = []
        probe = QTimer()
        probe.setTimerType(Qt.TimerType.PreciseTimer)
        probe.setInterval(PROBE_INTERVAL_MS)
        probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
        autosaves: list[float] = []

        def on_state(state: SaveState) -> None:
            if state is SaveState.SAVING:
                autosaves.append(time.perf_counter())

        editor.autosave.state_changed.connect(on_state)
        keys: list[float] = []
        text = typed_text()
        with garbage_collections() as collections:
            probe.start()
            ticks.append(time.perf_counter())
            wall = time.perf_counter()
            for character in text:
                start = time.perf_counter()
                QTest.keyClicks(target, character)
                keys.append(milliseconds_since(start))
                wait(KEY_INTERVAL_MS)
            wall_seconds = time.perf_counter() - wall
            deadline = time.perf_counter() + 5
            while editor.autosave.state is not SaveState.SAVED and time.perf_counter() < deadline:
                wait(50)  # the last autosave, still probed
            wait(100)
            probe.stop()
        if not editor.autosave.flush():
            raise RuntimeError("the typed summary was not saved")
        saved = context.library.load(source.id).summary
        if not saved.endswith(text):
            raise RuntimeError("the saved summary does not end with what was typed")
        editor.close()
        QCoreApplication.sendPostedEvents()
        progress(f"  typed {len(keys)} keys in {wall_seconds:.2f} s, {len(autosaves)} autosaves")
        gaps = [Span(before, after, "gap") for before, after in pairwise(ticks)]
        raw = measure_raw_saves(context.database, source.id, saved, raw_times)
        return TypingFigures(
            gaps, keys, autosaves, collections, wall_seconds, load_ms, open_ms, raw
        )
    finally:
        context.database.close()
        languages.close()


def explain(gap: Span, figures: TypingFigures) -> str:
    """What overlapped a gap: collections, and how long after the last autosave began."""
    causes = [
        f"{span.label} {span.ms:.0f} ms"
        for span in figures.collections
        if span.start < gap.end and span.end > gap.start and span.ms >= 1
    ]
    began = [at for at in figures.autosaves if at <= gap.end]
    if began:
        causes.append(f"{(gap.start - began[-1]) * 1000:.0f} ms after an autosave began")
    return f"{gap.ms:.1f} ms ({', '.join(causes) or 'no collection, no autosave'})"


def typing_report(figures: TypingFigures) -> str:
    def row(label: str, values: Sequence[float]) -> list[str]:
        if not values:
            return [label, "0", "", "", ""]
        return [
            label,
            str(len(values)),
            f"{statistics.median(values):.2f}",
            f"{percentile(values, 0.99):.2f}",
            f"{max(values):.2f}",
        ]

    gap_ms = [gap.ms for gap in figures.gaps]
    gap_max, gap_p99 = max(gap_ms), percentile(gap_ms, 0.99)
    full = [span.ms for span in figures.collections if span.label == "gen-2 GC"]
    rows = [
        row(f"UI thread: gap between {PROBE_INTERVAL_MS} ms probe ticks", gap_ms),
        row("one keystroke's handling (keyClicks)", figures.keys),
        row("full (gen-2) garbage collections", full),
        row("raw save: apply_patch(summary) on a thread", figures.raw_saves),
    ]
    target = f"≤ {BLOCK_TARGET_MS:g} ms"
    verdicts = [
        ["longest UI block", f"{gap_max:.1f} ms", target, verdict(gap_max <= BLOCK_TARGET_MS)],
        ["p99 UI block", f"{gap_p99:.1f} ms", target, verdict(gap_p99 <= BLOCK_TARGET_MS)],
    ]
    longest = sorted(figures.gaps, key=lambda gap: gap.ms, reverse=True)[:3]
    return f"""\
Run {now_text()}: one typing session of {len(figures.keys)} characters in
{figures.wall_seconds:.2f} s, with {len(figures.autosaves)} autosaves during and just after it.

Postmortem: `sample_postmortem` (seed 7) with {TIMELINE_EVENTS:,} timeline events, loaded in
{figures.load_ms:.0f} ms; the editor window opened and showed in {figures.open_ms:.0f} ms.

{table(["measurement (ms)", "count", "median", "p99", "max"], rows)}

{table(["", "measured", "target", "result"], verdicts)}

Longest gaps: {"; ".join(explain(gap, figures) for gap in longest)}.

- In-process, offscreen: a `PostmortemEditor` on the summary page; each character is sent with
  `QTest.keyClicks` to the summary editor, then the real event loop runs for {KEY_INTERVAL_MS} ms
  (a `QEventLoop`, not `QTest.qWait`, which sleeps between polls), so the one-second autosave
  timer fires while typing and its patch is written on the save thread.
- A {PROBE_INTERVAL_MS} ms precise `QTimer` on the UI thread records the time between its ticks
  from the first key until the last autosave has finished: a gap is the longest the thread could
  not answer (key handling, painting, a garbage collection or the GIL held by the save thread).
- Collections are watched with `gc.callbacks`, whichever thread runs them: a collection stops
  every Python thread. The raw save is `apply_patch` of a summary-only `DraftPatch`, alone on a
  worker thread: the cost of one autosave, for reference.
"""


def verdict(ok: bool) -> str:
    return "pass" if ok else "FAIL"


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
