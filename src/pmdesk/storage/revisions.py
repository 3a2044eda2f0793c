"""The schema revisions this pmdesk knows, without importing Alembic or SQLAlchemy."""

REVISIONS = ("0001", "0002", "0003")
"""Every schema revision, oldest first; the last is the head. Kept here so that opening an
up-to-date library imports neither Alembic nor SQLAlchemy before the window shows; a test
checks it against the migration scripts."""
