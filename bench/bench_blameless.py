"""Wording-coach benchmark (issue 4): a 20,000-word postmortem checked in-process, the typing
path (one edited paragraph re-checked), `pmdesk lint` as a whole process beside `proselint`, and
the worst cases: text without full stops (one entry a line, a chat log, endless lines, a phrase
repeated) that once took minutes because a check grew with the square of a sentence's length.

`blameless(settings)` is what run.py calls. The document is generated: Markdown sections with
lists, code and quoted logs, mostly clean technical prose with 15% blaming sentences, in English
and French, the same for a seed. proselint is installed from PyPI into a scratch virtualenv; when
that fails the comparison is skipped with a note (it never decides the result).
"""

from __future__ import annotations

import gc
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
import venv
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from _timing import now_text, table
from pmdesk.blameless.engine import check_text

if TYPE_CHECKING:
    from run import Section, Settings

DOCUMENT_WORDS = 20_000
WHOLE_TARGET_MS = 50.0
PARAGRAPH_TARGET_MS = 2.0
WHOLE_REPEAT = 20
PROCESS_REPEAT = 5
CHILD_TIMEOUT = 120
PIP_TIMEOUT = 600
WHOLE_HEADER = [
    "lang",
    "words",
    "chars",
    "findings",
    "best (ms)",
    "median (ms)",
    "target",
    "result",
]
WORST_HEADER = [
    "input",
    "lang",
    "KB",
    "lines",
    "findings",
    "best (ms)",
    "half size (ms)",
    "ratio",
    "target",
    "result",
]
ENTRY_TARGET_MS = 100.0
"""Text written one entry a line (a timeline, a chat export): checked like prose."""
REPEAT_TARGET_MS = 1_000.0
"""Degenerate text (a phrase repeated 20,000 times): linear, and within a second."""
LINEAR_RATIO = 2.5
"""Best time at full size over best time at half size: 2 when linear, 4 when quadratic."""
WORST_REPEAT = 5
TYPING_HEADER = [
    "lang",
    "paragraphs",
    "median (ms)",
    "p99 (ms)",
    "max (ms)",
    "target (p99)",
    "result",
]

# Generated prose -----------------------------------------------------------------------------

NAMES = ("Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace", "Henry", "Marc", "Julie")
SERVICES = ("checkout", "payments-api", "search", "auth", "notifications", "billing", "cdn")
CLEAN = {
    "en": (
        "At {time} the error-rate alert for {service} fired and paged the primary on-call.",
        "The {service} database failed to accept new connections after the pool reached 500.",
        "Requests to {service} failed to complete while the replica was promoted.",
        "{name} acknowledged the page at {time} and opened the incident channel.",
        "The deploy pipeline rolled the change out to all regions in three minutes.",
        "A configuration change raised the connection limit beyond what the database allows.",
        "The canary stage is skipped for configuration-only changes by design.",
        "The health check should fire within 30 seconds according to its config.",
        "The `should_retry` flag defaults to true in the client library.",
        "Latency at the 99th percentile rose from 180 ms to 2.4 s.",
        "{name} rolled back the release at {time}, and errors returned to baseline.",
        "The runbook assumes a healthy replica, which was not the case at {time}.",
        "The dashboard showed the average latency; the spike was only visible per host.",
        "The alert routed to a channel that the rotation no longer watches.",
        "Disk usage on the primary grew 2% a day for three weeks.",
        "The migration locked the orders table for 40 seconds.",
        "Support received 120 tickets during the first hour.",
        "The cache hit ratio dropped to 12% once the keys were rotated.",
        "We could not reproduce the failure in staging because its data set is smaller.",
        "The failover script accepts a lagging replica without a warning.",
        "Retries from the mobile clients doubled the load within five minutes.",
        "The certificate was issued by hand, outside the cert-manager inventory.",
        "The on-call did not yet know that the replica was nine minutes behind.",
        "Both hostnames differ by one character and the CLI does not ask for confirmation.",
        "The change was reviewed, and the diff viewer collapsed the YAML file by default.",
        "The load balancer kept sending traffic to the drained node for two minutes.",
        "We added a synthetic check on the login flow after the incident.",
        "The job failed to start because its service account had expired.",
    ),
    "fr": (
        "À {time}, l'alerte de taux d'erreurs de {service} s'est déclenchée et a appelé "
        "la personne de garde.",
        "La base de {service} n'a pas réussi à accepter de nouvelles connexions.",
        "Les requêtes vers {service} ont échoué pendant la promotion de la réplique.",
        "{name} a acquitté la page à {time} et ouvert le canal d'incident.",
        "Le pipeline de déploiement a poussé le changement dans toutes les régions en "
        "trois minutes.",
        "Un changement de configuration a porté la limite de connexions au-delà de celle "
        "de la base.",
        "L'étape canari est sautée pour les changements de configuration, par conception.",
        "La sonde doit se déclencher en 30 secondes selon sa configuration.",
        "Le drapeau `aurait_du_reessayer` vaut vrai par défaut.",
        "La latence au 99e centile est passée de 180 ms à 2,4 s.",
        "{name} a annulé la version à {time}, et les erreurs sont revenues à la normale.",
        "La procédure suppose une réplique saine, ce qui n'était pas le cas à {time}.",
        "Le tableau de bord affichait la latence moyenne\u00a0; le pic n'était visible "
        "que par hôte.",
        "L'alerte partait vers un canal que la rotation ne suit plus.",
        "L'occupation du disque a augmenté de 2\u00a0% par jour pendant trois semaines.",
        "La migration a verrouillé la table des commandes pendant 40 secondes.",
        "Le soutien a reçu 120 billets pendant la première heure.",
        "Le taux de succès du cache est tombé à 12\u00a0% après la rotation des clés.",
        "Le script de bascule accepte une réplique en retard sans avertissement.",
        "Les relances des clients mobiles ont doublé la charge en cinq minutes.",
        "Le certificat avait été émis à la main, hors de l'inventaire de cert-manager.",
        "L'astreinte ignorait que la réplique avait neuf minutes de retard.",
        "Les deux noms d'hôte ne diffèrent que d'un caractère et l'outil ne demande pas "
        "de confirmation.",
        "L'équilibreur a continué d'envoyer du trafic au nœud drainé pendant deux minutes.",
        "Sans le cache, la base aurait du mal à tenir la charge.",
        "La tâche n'a pas démarré, car son compte de service avait expiré.",
        "Le serveur a planté à {time} après saturation de la mémoire.",
    ),
}
BLAMING = {
    "en": (
        "{name} should have checked the replica lag before promoting it.",
        "Obviously, the certificate expiry should have been monitored.",
        "Root cause: human error during the manual failover.",
        "{name} failed to notice the disk usage warning.",
        "The on-call simply needed to restart the pod.",
        "{name} ignored the low-disk alert for 40 minutes.",
        "Any competent engineer would have caught this in review.",
        "{name} broke prod with a config push.",
        "The team screwed up the rollout.",
        "{name} carelessly ran the migration against production.",
        "If the responder had paged the database team earlier, the outage would have been shorter.",
        "Action item: retrain the on-call team on the failover procedure.",
    ),
    "fr": (
        "{name} aurait dû vérifier le retard de réplication avant la bascule.",
        "Évidemment, l'expiration du certificat aurait dû être surveillée.",
        "Cause racine\u00a0: erreur humaine lors de la bascule manuelle.",
        "{name} n'a pas su interpréter le graphique de latence.",
        "Il suffisait de redémarrer le pod.",
        "{name} a ignoré l'alerte de disque plein pendant 40 minutes.",
        "N'importe quel ingénieur compétent l'aurait repéré en relecture.",
        "{name} a cassé la prod en poussant une configuration.",
        "L'équipe a complètement foiré le déploiement.",
        "La relecture bâclée de l'équipe a laissé passer le bogue.",
        "Si l'astreinte avait prévenu l'équipe plus tôt, la panne aurait été plus courte.",
        "Action\u00a0: former à nouveau l'équipe d'astreinte à la procédure de bascule.",
    ),
}
HEADINGS = {
    "en": ("Summary", "Timeline", "Trigger", "Detection", "Resolution", "Contributing factors"),
    "fr": ("Sommaire", "Chronologie", "Élément déclencheur", "Détection", "Résolution", "Causes"),
}
LOG_LINES = (
    "2026-03-01T10:02:11Z ERROR pool exhausted: human error counter=0 should_retry=true",
    "2026-03-01T10:02:12Z WARN replica lag 540s; operator should have been notified",
)
BLAMING_SHARE = 0.15


def sentence(rng: random.Random, language: str) -> str:
    pool = BLAMING if rng.random() < BLAMING_SHARE else CLEAN
    template = rng.choice(pool[language])
    time = f"{rng.randrange(24):02d}:{rng.randrange(60):02d}"
    return template.format(name=rng.choice(NAMES), service=rng.choice(SERVICES), time=time)


def paragraph(rng: random.Random, language: str) -> str:
    return " ".join(sentence(rng, language) for _ in range(rng.randint(3, 7)))


def block(rng: random.Random, language: str) -> str:
    """A section: a heading, then paragraphs, a list, sometimes a code block or a quote."""
    parts = [f"## {rng.choice(HEADINGS[language])}", paragraph(rng, language)]
    roll = rng.random()
    if roll < 0.3:
        parts.append("\n".join(f"- {sentence(rng, language)}" for _ in range(rng.randint(3, 6))))
    elif roll < 0.4:
        parts.append("```\n" + "\n".join(LOG_LINES) + "\n```")
    elif roll < 0.5:
        parts.append("> " + sentence(rng, language))
    parts.append(paragraph(rng, language))
    return "\n\n".join(parts)


def document(language: str, words: int = 20_000, seed: int = 7) -> str:
    """Markdown postmortem prose of at least `words` words."""
    rng = random.Random(seed)
    blocks: list[str] = []
    count = 0
    while count < words:
        text = block(rng, language)
        blocks.append(text)
        count += len(text.split())
    return "\n\n".join(blocks) + "\n"


def paragraphs(text: str) -> list[str]:
    """The document's paragraphs, as the editor re-checks them one at a time."""
    return [part for part in text.split("\n\n") if part.strip()]


def entry_lines(template: str, size: int) -> str:
    """Lines made from `template` (formatted with the line's number) up to `size` characters."""
    lines: list[str] = []
    length = 0
    while length < size:
        lines.append(template.format(i=len(lines), minute=len(lines) % 60, node=len(lines) % 40))
        length += len(lines[-1]) + 1
    return "\n".join(lines)


def repeated(phrase: str, size: int) -> str:
    return phrase * max(1, size // len(phrase))


class WorstCase(NamedTuple):
    label: str
    language: str
    size: int
    target_ms: float
    make: Callable[[int], str]


WORST_CASES: tuple[WorstCase, ...] = (
    WorstCase(
        "one entry a line",
        "en",
        150_000,
        ENTRY_TARGET_MS,
        lambda size: entry_lines("node-{node} failed to roll out during the deploy", size),
    ),
    WorstCase(
        "a chat log",
        "en",
        110_000,
        ENTRY_TARGET_MS,
        lambda size: entry_lines(
            "[10:{minute:02d}] alice: the deploy failed to roll out on node-{node}", size
        ),
    ),
    WorstCase(
        "une entrée par ligne",
        "fr",
        170_000,
        ENTRY_TARGET_MS,
        lambda size: entry_lines(
            "le nœud {node} a échoué à se déployer pendant la mise à jour", size
        ),
    ),
    WorstCase(
        "one 36 KB line",
        "en",
        36_000,
        ENTRY_TARGET_MS,
        lambda size: repeated("node-12 failed to roll out during the deploy and ", size),
    ),
    WorstCase(
        '"failed to " × 20,000',
        "en",
        200_000,
        REPEAT_TARGET_MS,
        lambda size: repeated("failed to ", size),
    ),
    WorstCase(
        '"human error " × 20,000',
        "en",
        240_000,
        REPEAT_TARGET_MS,
        lambda size: repeated("human error ", size),
    ),
    WorstCase(
        '"simply " × 20,000',
        "en",
        140_000,
        REPEAT_TARGET_MS,
        lambda size: repeated("simply ", size),
    ),
    WorstCase(
        '"aurait dû vérifier " × 10,000',
        "fr",
        190_000,
        REPEAT_TARGET_MS,
        lambda size: repeated("aurait dû vérifier ", size),
    ),
)
"""The inputs of the review that found the quadratic checks: before the fix, from 2.5 s (the
36 KB line) to nearly 8 minutes ("simply" × 20,000) each."""


# Measurements --------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def whole_document(text: str, language: str, times: int) -> tuple[list[float], int]:
    """Milliseconds of each `check_text` of the whole document, and its number of findings."""
    found = len(check_text(text, language))  # also loads and compiles the rules
    samples = []
    for _ in range(times):
        gc.collect()
        start = time.perf_counter()
        check_text(text, language)
        samples.append((time.perf_counter() - start) * 1000)
    return samples, found


def typing_path(text: str, language: str) -> list[float]:
    """Milliseconds to re-check each paragraph after an edit (a word typed at its end), the way
    the editor re-checks the block being typed in."""
    gc.collect()
    samples = []
    for part in paragraphs(text):
        edited = part + " and"
        start = time.perf_counter()
        check_text(edited, language)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def best_time(text: str, language: str, times: int) -> tuple[float, int]:
    """Best milliseconds of `times` checks of `text`, and its number of findings."""
    found = len(check_text(text, language))
    samples = []
    for _ in range(times):
        gc.collect()
        start = time.perf_counter()
        check_text(text, language)
        samples.append((time.perf_counter() - start) * 1000)
    return min(samples), found


def worst_cases(times: int) -> tuple[list[list[str]], bool]:
    """Each worst case at its size and at half its size, against its target and linearity."""
    rows, passed = [], True
    for label, language, size, target, make in WORST_CASES:
        text = make(size)
        best, found = best_time(text, language, times)
        half, _ = best_time(make(size // 2), language, times)
        ratio = best / half
        ok = best < target and ratio < LINEAR_RATIO
        passed = passed and ok
        rows.append(
            [
                label,
                language,
                f"{len(text) / 1000:.0f}",
                f"{text.count(chr(10)) + 1:,}",
                str(found),
                f"{best:.1f}",
                f"{half:.1f}",
                f"{ratio:.2f}",
                f"< {target:g} ms, ratio < {LINEAR_RATIO:g}",
                "pass" if ok else "FAIL",
            ]
        )
    return rows, passed


def timed_child(command: list[str], env: dict[str, str]) -> float:
    """Wall-clock milliseconds of a child process; it must end with status 0 or 1."""
    start = time.perf_counter()
    done = subprocess.run(
        command,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        timeout=CHILD_TIMEOUT,
        check=False,
    )
    elapsed = (time.perf_counter() - start) * 1000
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{command[0]} failed ({done.returncode}): {done.stderr[-400:]!r}")
    return elapsed


def child_environment(scratch: Path) -> dict[str, str]:
    """A clean environment: a private data folder, and a fresh cache so proselint cannot reuse
    results from an earlier run."""
    env = dict(os.environ)
    env.update(
        {
            "PMDESK_DATA_DIR": str(scratch / "data"),
            "PMDESK_UI_LANG": "en",
            "XDG_CACHE_HOME": str(scratch / "cache"),
            "HOME": str(scratch / "home"),
        }
    )
    env.pop("PMDESK_DB", None)
    return env


def install_proselint(scratch: Path) -> tuple[list[str] | None, str]:
    """A proselint command in a scratch virtualenv, or None and why not."""
    home = scratch / "proselint-venv"
    try:
        venv.EnvBuilder(with_pip=True).create(home)
        pip = [str(home / "bin" / "python"), "-m", "pip", "install", "--quiet", "proselint"]
        subprocess.run(pip, check=True, timeout=PIP_TIMEOUT, capture_output=True)
    except (OSError, subprocess.SubprocessError) as error:
        return None, f"proselint could not be installed from PyPI ({type(error).__name__})"
    program = home / "bin" / "proselint"
    version = subprocess.run(
        [str(home / "bin" / "python"), "-m", "pip", "show", "proselint"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    number = next(
        (line.split()[-1] for line in version.splitlines() if line.startswith("Version")), "?"
    )
    usage = subprocess.run([str(program), "--help"], capture_output=True, text=True, check=False)
    command = [str(program), "check"] if " check " in usage.stdout else [str(program)]
    return command, f"proselint {number}"


def whole_process(scratch: Path, files: dict[str, Path], times: int) -> tuple[list[list[str]], str]:
    """`pmdesk lint` on each file, floors, and proselint on the English file: rows and a note."""
    env = child_environment(scratch)
    python = sys.executable
    commands = {
        "python -c pass": [python, "-c", "pass"],
        "pmdesk --version (process start, Qt core)": [python, "-m", "pmdesk", "--version"],
        "pmdesk lint (English file)": [python, "-m", "pmdesk", "lint", str(files["en"])],
        "pmdesk lint --lang fr (French file)": [
            python,
            "-m",
            "pmdesk",
            "lint",
            "--lang",
            "fr",
            str(files["fr"]),
        ],
    }
    proselint, note = install_proselint(scratch)
    if proselint is not None:
        commands[f"{note} (English file)"] = [*proselint, str(files["en"])]
    results: dict[str, list[float]] = {}
    for _ in range(times):
        for label, command in commands.items():
            shutil.rmtree(scratch / "cache", ignore_errors=True)
            results.setdefault(label, []).append(timed_child(command, env))
    rows = [
        [label, f"{min(values):.0f}", f"{statistics.median(values):.0f}"]
        for label, values in results.items()
    ]
    if proselint is None:
        return rows, f"{note}: no comparison this run."
    ours = statistics.median(results["pmdesk lint (English file)"])
    theirs = statistics.median(results[f"{note} (English file)"])
    return rows, (
        f"`pmdesk lint` ÷ {note} on the same English file, medians: {ours / theirs:.2f}× "
        f"({ours:.0f} ms against {theirs:.0f} ms)."
    )


def blameless(settings: Settings) -> Section:
    """The three measurements of issue 4, against the targets."""
    from run import Section  # run.py owns the shapes and imports this module

    scratch = settings.scratch / "blameless"
    scratch.mkdir(parents=True, exist_ok=True)
    texts = {language: document(language) for language in ("en", "fr")}
    files = {}
    for language, text in texts.items():
        files[language] = scratch / f"postmortem.{language}.md"
        files[language].write_text(text, encoding="utf-8")
    whole_rows, typing_rows = [], []
    passed = True
    for language, text in texts.items():
        samples, found = whole_document(text, language, max(WHOLE_REPEAT, settings.repeat))
        median = statistics.median(samples)
        ok = median < WHOLE_TARGET_MS
        passed = passed and ok
        words = len(text.split())
        whole_rows.append(
            [
                language,
                f"{words:,}",
                f"{len(text):,}",
                str(found),
                f"{min(samples):.1f}",
                f"{median:.1f}",
                f"< {WHOLE_TARGET_MS:g}",
                "pass" if ok else "FAIL",
            ]
        )
        typing = typing_path(text, language)
        p99 = percentile(typing, 0.99)
        ok = p99 < PARAGRAPH_TARGET_MS
        passed = passed and ok
        typing_rows.append(
            [
                language,
                str(len(typing)),
                f"{statistics.median(typing):.3f}",
                f"{p99:.3f}",
                f"{max(typing):.3f}",
                f"< {PARAGRAPH_TARGET_MS:g}",
                "pass" if ok else "FAIL",
            ]
        )
    worst_rows, worst_passed = worst_cases(max(WORST_REPEAT, settings.repeat))
    passed = passed and worst_passed
    process_rows, note = whole_process(scratch, files, max(PROCESS_REPEAT, settings.repeat))
    body = f"""\
Run {now_text()}.

Document: generated Markdown postmortem prose (`bench_blameless.document`, seed 7): sections,
lists, fenced logs and quotes; 85% clean technical sentences, 15% blaming ones.

In-process `check_text` of the whole document ({max(WHOLE_REPEAT, settings.repeat)} runs):

{table(WHOLE_HEADER, whole_rows)}

Typing path: `check_text` on one paragraph after an edit, for every paragraph of the document:

{table(TYPING_HEADER, typing_rows)}

Worst cases: text without full stops, where a sentence never ends (best of
{max(WORST_REPEAT, settings.repeat)} runs, and the same input at half its size: a ratio near 2 is
linear, near 4 quadratic). Before the fix these took from 2.5 s to nearly 8 minutes each.

{table(WORST_HEADER, worst_rows)}

Whole process, wall clock ({max(PROCESS_REPEAT, settings.repeat)} runs each, milliseconds):

{table(["command", "best (ms)", "median (ms)"], process_rows)}

{note}
"""
    return Section(body, passed)
