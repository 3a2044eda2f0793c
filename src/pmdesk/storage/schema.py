"""Tables of the head schema and the imperative mapping of the domain dataclasses onto them.

The domain never imports SQLAlchemy: this module maps its plain classes (cosmicpython style).
Child rows carry a `position` column so that lists come back in the order they were written.
The migrations in `migrations/versions` build exactly these tables; a test compares the two.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.orm import registry, relationship

from pmdesk.domain.enums import (
    ActionStatus,
    ActionType,
    DocumentTemplate,
    EventKind,
    EventSource,
    FactorCategory,
    FactorKind,
    Language,
    Priority,
    Severity,
    Status,
)
from pmdesk.domain.model import ActionItem, Factor, Postmortem, TimelineEvent
from pmdesk.storage.types import CodeEnum, DismissalList, JSONDict, JSONList, UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
"""Named constraints, which Alembic's batch mode needs to alter SQLite tables."""

metadata = MetaData(naming_convention=NAMING_CONVENTION)

ID = String(36)

postmortems = Table(
    "postmortems",
    metadata,
    Column("id", ID, primary_key=True),
    Column("title", String(1000), nullable=False, default=""),
    Column("language", CodeEnum(Language), nullable=False),
    Column("status", CodeEnum(Status), nullable=False),
    Column("severity", CodeEnum(Severity), nullable=True),
    Column("security_incident", Boolean, nullable=False, default=False),
    Column("team", String(1000), nullable=False, default=""),
    Column("services", JSONList, nullable=False),
    Column("authors", JSONList, nullable=False),
    Column("facilitators", JSONList, nullable=False),
    Column("tags", JSONList, nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("template", CodeEnum(DocumentTemplate), nullable=False, server_default=text("'cds'")),
    Column("impact_start", UTCDateTime, nullable=True),
    Column("detected_at", UTCDateTime, nullable=True),
    Column("mitigated_at", UTCDateTime, nullable=True),
    Column("resolved_at", UTCDateTime, nullable=True),
    Column("summary", Text, nullable=False, default=""),
    Column("impact", Text, nullable=False, default=""),
    Column("trigger", Text, nullable=False, default=""),
    Column("detection", Text, nullable=False, default=""),
    Column("resolution", Text, nullable=False, default=""),
    Column("went_well", Text, nullable=False, default=""),
    Column("went_wrong", Text, nullable=False, default=""),
    Column("lucky", Text, nullable=False, default=""),
    Column("lessons", Text, nullable=False, default=""),
    Column("impact_audiences", JSONDict, nullable=False),
    Column("dismissals", DismissalList, nullable=False, server_default=text("'[]'")),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)


def _owned_by_postmortem() -> Column[str]:
    return Column(
        "postmortem_id",
        ID,
        ForeignKey("postmortems.id", ondelete="CASCADE"),
        nullable=False,
    )


timeline_events = Table(
    "timeline_events",
    metadata,
    Column("id", ID, primary_key=True),
    _owned_by_postmortem(),
    Column("position", Integer, nullable=False, default=0),
    Column("at", UTCDateTime, nullable=False),
    Column("offset_minutes", Integer, nullable=False, default=0),
    Column("kind", CodeEnum(EventKind), nullable=False),
    Column("actor", String(1000), nullable=False, default=""),
    Column("source", CodeEnum(EventSource), nullable=False),
    Column("text", Text, nullable=False, default=""),
    Column("link", String(1000), nullable=True),
    Column("is_key", Boolean, nullable=False, default=False),
)

factors = Table(
    "factors",
    metadata,
    Column("id", ID, primary_key=True),
    _owned_by_postmortem(),
    Column("position", Integer, nullable=False, default=0),
    Column("kind", CodeEnum(FactorKind), nullable=False),
    Column("category", CodeEnum(FactorCategory), nullable=False),
    Column("text", Text, nullable=False, default=""),
    Column("whys", JSONList, nullable=False),
)

actions = Table(
    "actions",
    metadata,
    Column("id", ID, primary_key=True),
    _owned_by_postmortem(),
    Column("position", Integer, nullable=False, default=0),
    Column("title", String(1000), nullable=False, default=""),
    Column("action_type", CodeEnum(ActionType), nullable=False),
    Column("owner", String(1000), nullable=False, default=""),
    Column("priority", CodeEnum(Priority), nullable=False),
    Column("due", Date, nullable=True),
    Column("status", CodeEnum(ActionStatus), nullable=False),
    Column("rationale", Text, nullable=True),
    Column("tracker", String(1000), nullable=True),
    Column("factor_ids", JSONList, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("completed_at", UTCDateTime, nullable=True),
)

# Revision 0002: what the library list and the follow-up desk sort and filter on.
Index(None, timeline_events.c.postmortem_id, timeline_events.c.at)
Index(None, factors.c.postmortem_id)
Index(None, actions.c.postmortem_id)
Index(None, actions.c.owner)
Index(None, actions.c.status, actions.c.due)
Index(None, postmortems.c.updated_at)

mapper_registry = registry(metadata=metadata)


def map_domain() -> None:
    """Map the domain classes once per process (idempotent: later calls do nothing)."""
    if mapper_registry.mappers:
        return
    mapper_registry.map_imperatively(
        TimelineEvent, timeline_events, properties={"key": timeline_events.c.is_key}
    )
    mapper_registry.map_imperatively(Factor, factors)
    mapper_registry.map_imperatively(
        ActionItem, actions, properties={"type": actions.c.action_type}
    )
    mapper_registry.map_imperatively(
        Postmortem,
        postmortems,
        properties={
            "timeline": relationship(
                TimelineEvent,
                cascade="all, delete-orphan",
                order_by=(timeline_events.c.at, timeline_events.c.position),
                lazy="selectin",
                passive_deletes=True,
            ),
            "factors": relationship(
                Factor,
                cascade="all, delete-orphan",
                order_by=factors.c.position,
                lazy="selectin",
                passive_deletes=True,
            ),
            "actions": relationship(
                ActionItem,
                cascade="all, delete-orphan",
                order_by=actions.c.position,
                lazy="selectin",
                passive_deletes=True,
            ),
        },
    )
