"""The first schema: postmortems with their timeline events, factors and action items.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

ID = sa.String(36)
TIME = sa.String(32)
CODE = sa.String(32)
SHORT = sa.String(1000)


def _child_columns(table: str) -> list[sa.Column]:
    return [
        sa.Column("id", ID, primary_key=True),
        sa.Column(
            "postmortem_id",
            ID,
            sa.ForeignKey(
                "postmortems.id",
                ondelete="CASCADE",
                name=f"fk_{table}_postmortem_id_postmortems",
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer, nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "postmortems",
        sa.Column("id", ID, nullable=False),
        sa.Column("title", SHORT, nullable=False),
        sa.Column("language", CODE, nullable=False),
        sa.Column("status", CODE, nullable=False),
        sa.Column("severity", CODE, nullable=True),
        sa.Column("security_incident", sa.Boolean, nullable=False),
        sa.Column("team", SHORT, nullable=False),
        sa.Column("services", sa.JSON, nullable=False),
        sa.Column("authors", sa.JSON, nullable=False),
        sa.Column("facilitators", sa.JSON, nullable=False),
        sa.Column("tags", sa.JSON, nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        *[
            sa.Column(name, TIME, nullable=True)
            for name in ("impact_start", "detected_at", "mitigated_at", "resolved_at")
        ],
        *[
            sa.Column(name, sa.Text, nullable=False)
            for name in (
                "summary",
                "impact",
                "trigger",
                "detection",
                "resolution",
                "went_well",
                "went_wrong",
                "lucky",
                "lessons",
            )
        ],
        sa.Column("impact_audiences", sa.JSON, nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("updated_at", TIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_postmortems"),
    )
    op.create_table(
        "timeline_events",
        *_child_columns("timeline_events"),
        sa.Column("at", TIME, nullable=False),
        sa.Column("offset_minutes", sa.Integer, nullable=False),
        sa.Column("kind", CODE, nullable=False),
        sa.Column("actor", SHORT, nullable=False),
        sa.Column("source", CODE, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("link", SHORT, nullable=True),
        sa.Column("is_key", sa.Boolean, nullable=False),
    )
    op.create_table(
        "factors",
        *_child_columns("factors"),
        sa.Column("kind", CODE, nullable=False),
        sa.Column("category", CODE, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("whys", sa.JSON, nullable=False),
    )
    op.create_table(
        "actions",
        *_child_columns("actions"),
        sa.Column("title", SHORT, nullable=False),
        sa.Column("action_type", CODE, nullable=False),
        sa.Column("owner", SHORT, nullable=False),
        sa.Column("priority", CODE, nullable=False),
        sa.Column("due", sa.Date, nullable=True),
        sa.Column("status", CODE, nullable=False),
        sa.Column("rationale", sa.Text, nullable=True),
        sa.Column("tracker", SHORT, nullable=True),
        sa.Column("factor_ids", sa.JSON, nullable=False),
        sa.Column("created_at", TIME, nullable=False),
        sa.Column("completed_at", TIME, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("actions")
    op.drop_table("factors")
    op.drop_table("timeline_events")
    op.drop_table("postmortems")
