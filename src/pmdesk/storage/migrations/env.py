"""Alembic environment: always run programmatically on the connection pmdesk hands over."""

from alembic import context

from pmdesk.storage.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
