"""Start-up choices shared by the window and the command line: which library, which language."""

from __future__ import annotations

import os

from pmdesk.gui.i18n import normalise_language, system_language
from pmdesk.gui.settings import Settings
from pmdesk.locations import DATABASE_VARIABLE, UI_LANG_VARIABLE, default_database, settings_file
from pmdesk.storage.location import Location


def choose_ui_language(option: str | None) -> str:
    """--ui-lang, then PMDESK_UI_LANG, then the saved choice, then the system locale."""
    for candidate in (option, os.environ.get(UI_LANG_VARIABLE)):
        language = normalise_language(candidate)
        if language:
            return language
    return Settings(settings_file()).ui_language or system_language()


def database_location(option: str | None) -> tuple[Location, bool]:
    """The library named by --db or PMDESK_DB, else the default; and whether it is the default."""
    value = option or os.environ.get(DATABASE_VARIABLE)
    if value:
        return Location.parse(value), False
    return Location(path=default_database()), True
