"""The export template chosen per postmortem, and the wording findings its writers dismissed.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN with a default: existing postmortems get the CDS template and no
    # dismissals, and no table is rebuilt (so no child rows are at risk).
    op.add_column(
        "postmortems",
        sa.Column("template", sa.String(32), nullable=False, server_default=sa.text("'cds'")),
    )
    op.add_column(
        "postmortems",
        sa.Column("dismissals", sa.JSON, nullable=False, server_default=sa.text("'[]'")),
    )


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+), not batch mode: rebuilding the parent table
    # would cascade its DROP to every timeline event, factor and action.
    op.drop_column("postmortems", "dismissals")
    op.drop_column("postmortems", "template")
