"""Assets are found the same way from a checkout, an installed wheel and a frozen bundle."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from pmdesk import resources
from pmdesk.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent


def test_found_in_the_source_checkout():
    assert resource_path("icons/pmdesk.svg") == ROOT / "resources" / "icons" / "pmdesk.svg"


def test_found_in_a_frozen_bundle(tmp_path: Path, monkeypatch):
    icon = tmp_path / "resources" / "icons" / "pmdesk.svg"
    icon.parent.mkdir(parents=True)
    icon.write_text("<svg/>")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("icons/pmdesk.svg") == icon


def test_found_inside_an_installed_package(tmp_path: Path, monkeypatch):
    package = tmp_path / "site-packages" / "pmdesk"
    icon = package / "_resources" / "icons" / "pmdesk.svg"
    icon.parent.mkdir(parents=True)
    icon.write_text("<svg/>")
    monkeypatch.setattr(resources, "PACKAGE_DIR", package)
    assert resource_path("icons/pmdesk.svg") == icon


def test_a_missing_asset_is_a_clear_error():
    with pytest.raises(FileNotFoundError):
        resource_path("icons/nope.svg")


@pytest.mark.slow
def test_the_wheel_ships_resources_and_migrations(tmp_path: Path):
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
    )
    if built.returncode != 0 and "No module named" in built.stderr:
        pytest.skip(f"cannot build a wheel here: {built.stderr.strip()[-200:]}")
    assert built.returncode == 0, built.stderr
    (wheel,) = tmp_path.glob("pmdesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "pmdesk/_resources/icons/pmdesk.svg" in names
    assert "pmdesk/_translations/pmdesk_fr.qm" in names, "catalogues are compiled at build time"
    assert "pmdesk/_translations/pmdesk_en.qm" in names
    assert "pmdesk/storage/migrations/env.py" in names
    assert "pmdesk/storage/migrations/script.py.mako" in names
    assert "pmdesk/storage/migrations/versions/0002_followup_indexes.py" in names
