"""reading order: indexes that let entity_in_context and programme_lifecycle stop at a page

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 15:10:00

For an entity or programme named in thousands of articles, the two canned queries used to
sort every mention or event before showing the first row. These indexes hand them rows in
the order they return: documents oldest first (each document's mentions of one entity by
document_id, entity_id), events and a programme's facts by date then id. The two
single-column indexes they replace are prefixes of the new ones.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_documents_reading_order",
        "documents",
        [sa.text("(published_date IS NULL)"), "published_date", "id"],
        unique=False,
    )
    op.create_index(
        "ix_events_date_order", "events", [sa.text("(start_date IS NULL)"), "start_date", "id"], unique=False
    )
    op.drop_index("ix_mentions_document_id", table_name="mentions")
    op.create_index("ix_mentions_document_id_entity_id", "mentions", ["document_id", "entity_id"], unique=False)
    op.drop_index("ix_programme_facts_programme_entity_id", table_name="programme_facts")
    op.create_index(
        "ix_programme_facts_programme_entity_id_date_order",
        "programme_facts",
        ["programme_entity_id", sa.text("(value IS NULL)"), "value", "id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_programme_facts_programme_entity_id_date_order", table_name="programme_facts")
    op.create_index("ix_programme_facts_programme_entity_id", "programme_facts", ["programme_entity_id"], unique=False)
    op.drop_index("ix_mentions_document_id_entity_id", table_name="mentions")
    op.create_index("ix_mentions_document_id", "mentions", ["document_id"], unique=False)
    op.drop_index("ix_events_date_order", table_name="events")
    op.drop_index("ix_documents_reading_order", table_name="documents")
