"""The application context: one object built in app.py and passed down (no globals)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pmdesk.gui.i18n import LanguageManager
from pmdesk.gui.settings import Settings
from pmdesk.locations import settings_file
from pmdesk.storage.location import Location

if TYPE_CHECKING:  # imported when the library opens: SQLAlchemy is a fifth of a second
    from pmdesk.services.library import LibraryService
    from pmdesk.storage.database import Database


@dataclass
class AppContext:
    """What every window needs: the open library, its services, the settings, the language.

    At start-up the window may show before the library is open (`ready` is False): then only
    the list is shown, from a quick read, and `attach` completes the context moments later."""

    database: Database | None
    library: LibraryService | None
    settings: Settings
    languages: LanguageManager

    @property
    def ready(self) -> bool:
        return self.library is not None

    def attach(self, database: Database) -> None:
        """The library finished opening: give the windows its services."""
        from pmdesk.services.library import LibraryService

        self.database = database
        self.library = LibraryService(database)


def open_database(location: Location, create: bool = True) -> Database:
    """Open (and migrate) the library; loads SQLAlchemy and Alembic on first use."""
    from pmdesk.storage.migrate import open_library

    return open_library(location, create=create)


def build_context(
    location: Location, languages: LanguageManager, create: bool = True
) -> AppContext:
    """Open the library and gather what the windows need (the caller closes the database)."""
    context = AppContext(None, None, Settings(settings_file()), languages)
    context.attach(open_database(location, create=create))
    return context
