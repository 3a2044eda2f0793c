"""The application context: one object built in app.py and passed down (no globals)."""

from __future__ import annotations

from dataclasses import dataclass

from pmdesk.gui.i18n import LanguageManager
from pmdesk.gui.settings import Settings
from pmdesk.locations import settings_file
from pmdesk.services.library import LibraryService
from pmdesk.storage.database import Database, Location
from pmdesk.storage.migrate import open_library


@dataclass
class AppContext:
    """What every window needs: the open library, its services, the settings, the language."""

    database: Database
    library: LibraryService
    settings: Settings
    languages: LanguageManager


def build_context(
    location: Location, languages: LanguageManager, create: bool = True
) -> AppContext:
    """Open the library and gather what the windows need (the caller closes the database)."""
    database = open_library(location, create=create)
    return AppContext(
        database=database,
        library=LibraryService(database),
        settings=Settings(settings_file()),
        languages=languages,
    )
