"""Finding runtime assets the same way from a checkout, an installed wheel and a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def resource_roots() -> list[Path]:
    """Candidate folders, most specific first: a PyInstaller bundle's, the wheel's copy inside
    the package, then the source checkout's top-level `resources/`."""
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "resources")
    roots.append(PACKAGE_DIR / "_resources")
    roots.append(PACKAGE_DIR.parent.parent / "resources")
    return roots


def resource_path(relative: str) -> Path:
    """The path of a bundled asset such as `icons/pmdesk.svg`; FileNotFoundError if absent."""
    for root in resource_roots():
        candidate = root / relative
        if candidate.exists():
            return candidate
    raise FileNotFoundError(relative)


def catalogue_dirs() -> list[Path]:
    """Where compiled translation catalogues (`pmdesk_fr.qm`) may be, most specific first."""
    folders = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders.append(Path(bundle) / "translations")
    folders.append(PACKAGE_DIR / "_translations")
    return folders
