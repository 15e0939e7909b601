"""serving at scale: summary tables (entity_mention_counts, entity_pairs, year_counts), ordering and covering indexes

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 12:10:00

The canned queries read the summary tables instead of counting every mention or event
per request, list "all" events or quotes by walking the two ordering indexes, and find
the events whose evidence names an entity from two covering indexes, without reading rows.
The documents page, newest first by default, walks the index on published_date.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "entity_mention_counts",
        sa.Column("entity_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("mentions", sa.Integer(), nullable=False),
        sa.Column("paragraphs", sa.Integer(), nullable=False),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entity_id"], ["entities.id"], name=op.f("fk_entity_mention_counts_entity_id_entities")
        ),
        sa.PrimaryKeyConstraint("entity_id", name=op.f("pk_entity_mention_counts")),
    )
    op.create_table(
        "entity_pairs",
        sa.Column("entity_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("with_entity_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("paragraphs", sa.Integer(), nullable=False),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["entity_id"], ["entities.id"], name=op.f("fk_entity_pairs_entity_id_entities")),
        sa.ForeignKeyConstraint(
            ["with_entity_id"], ["entities.id"], name=op.f("fk_entity_pairs_with_entity_id_entities")
        ),
        sa.PrimaryKeyConstraint("entity_id", "with_entity_id", name=op.f("pk_entity_pairs")),
    )
    with op.batch_alter_table("entity_pairs", schema=None) as batch_op:
        batch_op.create_index("ix_entity_pairs_paragraphs_documents", ["paragraphs", "documents"], unique=False)
        batch_op.create_index(batch_op.f("ix_entity_pairs_with_entity_id"), ["with_entity_id"], unique=False)

    op.create_table(
        "year_counts",
        sa.Column("year", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.Column("articles", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_year_counts")),
    )
    op.create_index(
        "ix_documents_newest",
        "documents",
        [sa.text("(published_date IS NULL)"), sa.text("published_date DESC"), "id"],
        unique=False,
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_published_date"), ["published_date"], unique=False)

    op.create_index(
        "ix_events_timeline", "events", [sa.text("(start_date IS NULL)"), "start_date", "name", "id"], unique=False
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_paragraph_id"))
        batch_op.create_index(
            "ix_events_paragraph_id_start_char_end_char_id",
            ["paragraph_id", "start_char", "end_char", "id"],
            unique=False,
        )

    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentions_entity_id"))
        batch_op.create_index(
            "ix_mentions_entity_id_paragraph_id_start_char_end_char",
            ["entity_id", "paragraph_id", "start_char", "end_char"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.drop_index("ix_mentions_entity_id_paragraph_id_start_char_end_char")
        batch_op.create_index(batch_op.f("ix_mentions_entity_id"), ["entity_id"], unique=False)

    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_paragraph_id_start_char_end_char_id")
        batch_op.create_index(batch_op.f("ix_events_paragraph_id"), ["paragraph_id"], unique=False)

    op.drop_index("ix_events_timeline", table_name="events")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_published_date"))

    op.drop_index("ix_documents_newest", table_name="documents")
    op.drop_table("year_counts")
    with op.batch_alter_table("entity_pairs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entity_pairs_with_entity_id"))
        batch_op.drop_index("ix_entity_pairs_paragraphs_documents")

    op.drop_table("entity_pairs")
    op.drop_table("entity_mention_counts")
