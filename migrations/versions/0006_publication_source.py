"""publication source: where each document's publication date was read, and why a line is chrome

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24 09:00:00

Without a metadata file the build reads the publication date off the article (a dateline,
a byline, an "Updated" line or the text's own "today, ..."), so an analyst needs to know
which one a date came from before citing it: `documents.published_source`, a closed
vocabulary held by a check constraint. `paragraphs.boilerplate_reason` says which rule
flagged a line as site chrome, so a wrongly hidden paragraph can be traced to its rule.
Rows built before this revision had dates from the metadata file only.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SOURCES = ("metadata", "dateline", "byline", "updated_line", "text", "none")
"""Frozen here, as this revision wrote it; the live vocabulary is schema.documents.PUBLISHED_SOURCES."""


def upgrade() -> None:
    _drop_order_indexes()
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("published_source", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default="none")
        )
    op.execute("UPDATE documents SET published_source = 'metadata' WHERE published_date IS NOT NULL")
    allowed = ", ".join(f"'{source}'" for source in SOURCES)
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_check_constraint(op.f("ck_documents_published_source"), f"published_source IN ({allowed})")
    _create_order_indexes()
    op.add_column("paragraphs", sa.Column("boilerplate_reason", sqlmodel.sql.sqltypes.AutoString(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("paragraphs", schema=None) as batch_op:
        batch_op.drop_column("boilerplate_reason")
    _drop_order_indexes()
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_documents_published_source"), type_="check")
        batch_op.drop_column("published_source")
    _create_order_indexes()


def _drop_order_indexes() -> None:
    """SQLite's batch mode rebuilds the table from reflection, which cannot see expression
    indexes: they would vanish silently, so they are dropped and made again around it."""
    op.drop_index("ix_documents_reading_order", table_name="documents")
    op.drop_index("ix_documents_newest", table_name="documents")


def _create_order_indexes() -> None:
    op.create_index(
        "ix_documents_newest",
        "documents",
        [sa.text("(published_date IS NULL)"), sa.text("published_date DESC"), "id"],
        unique=False,
    )
    op.create_index(
        "ix_documents_reading_order",
        "documents",
        [sa.text("(published_date IS NULL)"), "published_date", "id"],
        unique=False,
    )
