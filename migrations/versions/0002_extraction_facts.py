"""extraction facts: dates, amounts, citations, programme facts, evaluation scores; provenance columns

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 08:17:22.558149
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "evaluation_scores",
        sa.Column("gold_set", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("precision", sa.Float(), nullable=True),
        sa.Column("recall", sa.Float(), nullable=True),
        sa.Column("f1", sa.Float(), nullable=True),
        sa.Column("gold_count", sa.Integer(), nullable=False),
        sa.Column("predicted_count", sa.Integer(), nullable=False),
        sa.Column("true_positives", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("gold_set", "kind", name=op.f("pk_evaluation_scores")),
    )
    op.create_table(
        "amounts",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("paragraph_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("document_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("currency", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], name=op.f("fk_amounts_document_id_documents")),
        sa.ForeignKeyConstraint(["paragraph_id"], ["paragraphs.id"], name=op.f("fk_amounts_paragraph_id_paragraphs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_amounts")),
    )
    with op.batch_alter_table("amounts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_amounts_currency"), ["currency"], unique=False)
        batch_op.create_index(batch_op.f("ix_amounts_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_amounts_paragraph_id"), ["paragraph_id"], unique=False)

    op.create_table(
        "citations",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("paragraph_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("document_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("entity_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], name=op.f("fk_citations_document_id_documents")),
        sa.ForeignKeyConstraint(["entity_id"], ["entities.id"], name=op.f("fk_citations_entity_id_entities")),
        sa.ForeignKeyConstraint(["paragraph_id"], ["paragraphs.id"], name=op.f("fk_citations_paragraph_id_paragraphs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_citations")),
    )
    with op.batch_alter_table("citations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_citations_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_citations_entity_id"), ["entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_citations_paragraph_id"), ["paragraph_id"], unique=False)

    op.create_table(
        "programme_facts",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("programme_entity_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("fact", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("partner_entity_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("paragraph_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("document_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_programme_facts_document_id_documents")
        ),
        sa.ForeignKeyConstraint(
            ["paragraph_id"], ["paragraphs.id"], name=op.f("fk_programme_facts_paragraph_id_paragraphs")
        ),
        sa.ForeignKeyConstraint(
            ["partner_entity_id"], ["entities.id"], name=op.f("fk_programme_facts_partner_entity_id_entities")
        ),
        sa.ForeignKeyConstraint(
            ["programme_entity_id"], ["entities.id"], name=op.f("fk_programme_facts_programme_entity_id_entities")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_facts")),
    )
    with op.batch_alter_table("programme_facts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_programme_facts_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_programme_facts_paragraph_id"), ["paragraph_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_programme_facts_partner_entity_id"), ["partner_entity_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_programme_facts_programme_entity_id"), ["programme_entity_id"], unique=False
        )

    op.create_table(
        "temporal_expressions",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("paragraph_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("document_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("end_value", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("precision", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("anchor", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("anchor_value", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("modifier", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_temporal_expressions_document_id_documents")
        ),
        sa.ForeignKeyConstraint(
            ["paragraph_id"], ["paragraphs.id"], name=op.f("fk_temporal_expressions_paragraph_id_paragraphs")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_temporal_expressions")),
    )
    with op.batch_alter_table("temporal_expressions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_temporal_expressions_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_temporal_expressions_paragraph_id"), ["paragraph_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_temporal_expressions_value"), ["value"], unique=False)

    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("published_date_inferred", sa.Boolean(), nullable=False, server_default=sa.false())
        )

    with op.batch_alter_table("entities", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("method", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default="reference")
        )
        batch_op.add_column(sa.Column("confidence", sa.Float(), nullable=False, server_default="1.0"))

    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("document_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column("modality", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column("date_expression_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column("date_source", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.create_index(batch_op.f("ix_events_date_expression_id"), ["date_expression_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_document_id"), ["document_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_events_document_id_documents"), "documents", ["document_id"], ["id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_events_date_expression_id_temporal_expressions"),
            "temporal_expressions",
            ["date_expression_id"],
            ["id"],
        )

    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("document_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column("attribution", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.create_index(batch_op.f("ix_quotes_document_id"), ["document_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_quotes_document_id_documents"), "documents", ["document_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_quotes_document_id_documents"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_quotes_document_id"))
        batch_op.drop_column("attribution")
        batch_op.drop_column("document_id")

    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_events_date_expression_id_temporal_expressions"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_events_document_id_documents"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_events_document_id"))
        batch_op.drop_index(batch_op.f("ix_events_date_expression_id"))
        batch_op.drop_column("date_source")
        batch_op.drop_column("date_expression_id")
        batch_op.drop_column("modality")
        batch_op.drop_column("document_id")

    with op.batch_alter_table("entities", schema=None) as batch_op:
        batch_op.drop_column("confidence")
        batch_op.drop_column("method")

    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_column("published_date_inferred")

    with op.batch_alter_table("temporal_expressions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_temporal_expressions_value"))
        batch_op.drop_index(batch_op.f("ix_temporal_expressions_paragraph_id"))
        batch_op.drop_index(batch_op.f("ix_temporal_expressions_document_id"))

    op.drop_table("temporal_expressions")
    with op.batch_alter_table("programme_facts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_facts_programme_entity_id"))
        batch_op.drop_index(batch_op.f("ix_programme_facts_partner_entity_id"))
        batch_op.drop_index(batch_op.f("ix_programme_facts_paragraph_id"))
        batch_op.drop_index(batch_op.f("ix_programme_facts_document_id"))

    op.drop_table("programme_facts")
    with op.batch_alter_table("citations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_citations_paragraph_id"))
        batch_op.drop_index(batch_op.f("ix_citations_entity_id"))
        batch_op.drop_index(batch_op.f("ix_citations_document_id"))

    op.drop_table("citations")
    with op.batch_alter_table("amounts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_amounts_paragraph_id"))
        batch_op.drop_index(batch_op.f("ix_amounts_document_id"))
        batch_op.drop_index(batch_op.f("ix_amounts_currency"))

    op.drop_table("amounts")
    op.drop_table("evaluation_scores")
