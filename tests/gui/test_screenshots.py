"""Screenshots: every window, wizard page and dialog, in English and French, as real PNGs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSize
from PySide6.QtGui import QImage

from pmdesk.domain.enums import Language
from pmdesk.gui.screenshots import DIALOGS, Shots, expected_names, render_coach, render_screenshots
from pmdesk.gui.wizard.editor_window import PostmortemEditor
from pmdesk.gui.wizard.page import PAGE_KEYS, PageId

LANGUAGES = ("en", "fr")
PAGES = [PAGE_KEYS[page] for page in PageId]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class Rendering:
    written: list[Path]
    data_dir_before: str | None
    data_dir_after: str | None


@pytest.fixture(scope="module")
def rendering(qapp, tmp_path_factory: pytest.TempPathFactory) -> Rendering:
    """One rendering for the whole module: it builds 28 views."""
    before = os.environ.get("PMDESK_DATA_DIR")
    written = render_screenshots(tmp_path_factory.mktemp("shots"), LANGUAGES, qapp)
    return Rendering(written, before, os.environ.get("PMDESK_DATA_DIR"))


def test_every_view_is_written_once_per_language(rendering: Rendering):
    names = [path.name for path in rendering.written]
    assert names == expected_names(LANGUAGES, PAGES)
    assert "wizard-03-timeline.en.png" in names
    assert "dialog-preferences.fr.png" in names
    assert "main-empty.fr.png" in names
    assert all(path.is_file() for path in rendering.written)


def test_the_wizard_set_is_complete(rendering: Rendering):
    wizard = sorted(path.name for path in rendering.written if path.name.startswith("wizard-0"))
    assert len(PAGES) == 8
    assert len(wizard) == 8 * 2
    for language in LANGUAGES:
        numbered = [name.split(".")[0] for name in wizard if name.endswith(f".{language}.png")]
        assert numbered == [f"wizard-{n:02d}-{key}" for n, key in enumerate(PAGES, start=1)]


def test_windows_are_1280_by_800_pngs(rendering: Rendering):
    windows = [p for p in rendering.written if not p.name.startswith("dialog-")]
    assert len(windows) == (2 + 8 + 1) * 2, "library, empty library, 8 steps, the coach"
    for path in windows:
        assert path.read_bytes().startswith(PNG_SIGNATURE), path.name
        assert QImage(str(path)).size() == QSize(1280, 800), path.name


@pytest.mark.parametrize("language", list(Language))
def test_the_coach_picture_shows_findings_in_the_postmortems_language(
    context, qtbot, tmp_path, language
):
    pm = context.library.load(context.library.create("Replica lag", language))
    editor = PostmortemEditor(context, pm)
    qtbot.addWidget(editor)
    editor.resize(1280, 800)
    editor.show()
    written: list[Path] = []
    render_coach(Shots(tmp_path, language.value, written), editor)
    assert [path.name for path in written] == [f"wizard-coach.{language.value}.png"]
    rules = [found.finding.rule for found in editor.findings_panel.findings]
    assert len(rules) >= 3
    assert all(rule.startswith(f"{language.value}.") for rule in rules)


def test_dialogs_are_readable_pngs_at_their_natural_size(rendering: Rendering):
    dialogs = [p for p in rendering.written if p.name.startswith("dialog-")]
    assert len(dialogs) == len(DIALOGS) * 2
    for path in dialogs:
        image = QImage(str(path))
        assert path.read_bytes().startswith(PNG_SIGNATURE), path.name
        assert not image.isNull(), path.name
        assert 150 <= image.width() <= 1280, path.name
        assert 80 <= image.height() <= 800, path.name


def test_french_and_english_pictures_differ(rendering: Rendering):
    by_name = {path.name: path for path in rendering.written}
    for view in ("main", "wizard-02-summary", "dialog-preferences"):
        english = QImage(str(by_name[f"{view}.en.png"]))
        french = QImage(str(by_name[f"{view}.fr.png"]))
        assert english != french, view


def test_the_environment_and_the_language_are_restored(rendering: Rendering):
    assert rendering.data_dir_after == rendering.data_dir_before
    assert QLocale().name() == "en_CA"
    source = "pmdesk — postmortems"
    assert QCoreApplication.translate("MainWindow", source) == source


def test_no_real_settings_are_touched(qapp, tmp_path: Path, private_data_dir: Path):
    render_screenshots(tmp_path / "shots", ["en"], qapp)
    assert os.environ["PMDESK_DATA_DIR"] == str(private_data_dir)
    assert not private_data_dir.exists()
