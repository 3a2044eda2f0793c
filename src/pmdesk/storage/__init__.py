"""SQLAlchemy 2 storage of postmortems: opening, migrating, backing up, loading and saving."""

from pmdesk.storage.backup import backup_database, list_backups, verify_backup_file
from pmdesk.storage.database import Database, Location, connect
from pmdesk.storage.migrate import current_revision, head_revision, open_library, upgrade
from pmdesk.storage.repository import PostmortemRepository, PostmortemSummary

__all__ = [
    "Database",
    "Location",
    "PostmortemRepository",
    "PostmortemSummary",
    "backup_database",
    "connect",
    "current_revision",
    "head_revision",
    "list_backups",
    "open_library",
    "upgrade",
    "verify_backup_file",
]
