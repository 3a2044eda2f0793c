"""The application context: one object built in app.py and passed down (no globals)."""

from __future__ import annotations

from dataclasses import dataclass

from pmdesk.gui.i18n import LanguageManager
from pmdesk.gui.settings import Settings
from pmdesk.services.library import LibraryService
from pmdesk.storage.database import Database


@dataclass
class AppContext:
    """What every window needs: the open library, its services, the settings, the language."""

    database: Database
    library: LibraryService
    settings: Settings
    languages: LanguageManager
