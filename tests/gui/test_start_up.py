"""Start-up: the list shows from a quick read while the library opens; then everything works."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pmdesk.gui.context import AppContext, open_database
from pmdesk.gui.main_window import MainWindow
from pmdesk.gui.settings import Settings
from pmdesk.locations import settings_file
from pmdesk.storage.location import Location
from pmdesk.storage.quick_list import read_summaries


def test_the_window_shows_the_list_before_the_library_is_open(qtbot, languages, db_path: Path):
    database = open_database(Location(path=db_path))
    from pmdesk.services.library import LibraryService

    LibraryService(database).create("Shown before the library opens")
    database.close()
    context = AppContext(None, None, Settings(settings_file()), languages)
    window = MainWindow(context, preview=read_summaries(db_path))
    qtbot.addWidget(window)
    window.show()
    assert window.proxy.index(0, 0).data() == "Shown before the library opens"
    assert not window.new_action.isEnabled()
    assert "opening the library" in window.statusBar().currentMessage()
    assert window.open_postmortem(window.model.row_id(0)) is None
    context.attach(open_database(Location(path=db_path)))
    window.library_opened()
    try:
        assert window.new_action.isEnabled()
        window.table.selectRow(0)
        assert window.open_action.isEnabled()
        assert window.statusBar().currentMessage() == "1 postmortem"
    finally:
        context.database.close()


def test_the_app_starts_and_opens_the_library_in_the_background(tmp_path: Path):
    env = {
        **os.environ,
        "PMDESK_DATA_DIR": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "PMDESK_UI_LANG": "en",
    }
    run = [sys.executable, "-m", "pmdesk"]
    subprocess.run([*run, "new", "--title", "x"], env=env, check=True, capture_output=True)
    for when in ("1", "library"):  # quit once the window shows / once the library is open
        result = subprocess.run(
            run, env={**env, "PMDESK_QUIT_WHEN_READY": when}, capture_output=True, timeout=60
        )
        assert result.returncode == 0, result.stderr
