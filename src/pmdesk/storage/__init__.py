"""SQLAlchemy 2 storage of postmortems: opening, migrating, backing up, loading and saving.

Import the modules themselves (`pmdesk.storage.database`, `.migrate`…): this package file stays
empty so that the light ones (`location`, `revisions`, `quick_list`) load without SQLAlchemy.
"""
