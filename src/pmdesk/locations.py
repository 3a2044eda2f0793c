"""Where pmdesk keeps its files. One variable, PMDESK_DATA_DIR, redirects all of them (tests,
portable use); otherwise the platform's user data and config folders (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

APP_NAME = "pmdesk"
DATA_DIR_VARIABLE = "PMDESK_DATA_DIR"
DATABASE_VARIABLE = "PMDESK_DB"
UI_LANG_VARIABLE = "PMDESK_UI_LANG"
DATABASE_FILE = "pmdesk.db"


def data_dir() -> Path:
    """The folder holding the default library and its backups."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The folder holding the settings file."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override).expanduser()
    return Path(user_config_dir(APP_NAME, appauthor=False))


def default_database() -> Path:
    """The library used when neither --db nor PMDESK_DB names one."""
    return data_dir() / DATABASE_FILE


def settings_file() -> Path:
    return config_dir() / "settings.ini"
