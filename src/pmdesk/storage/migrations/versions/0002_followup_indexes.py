"""Indexes for the library list and the follow-up desk (actions by owner, status and due date).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ix_timeline_events_postmortem_id_at", "timeline_events", ("postmortem_id", "at")),
    ("ix_factors_postmortem_id", "factors", ("postmortem_id",)),
    ("ix_actions_postmortem_id", "actions", ("postmortem_id",)),
    ("ix_actions_owner", "actions", ("owner",)),
    ("ix_actions_status_due", "actions", ("status", "due")),
    ("ix_postmortems_updated_at", "postmortems", ("updated_at",)),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, list(columns))


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
