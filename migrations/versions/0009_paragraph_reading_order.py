"""paragraph reading order: a sort key that lists each document's paragraphs together, in order; fact views

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 12:30:00

Datasette sorts a table page by one column and breaks ties by the primary key, which for
paragraphs is a hash: the plain paragraphs page showed paragraphs of every article mixed,
and one article's paragraphs out of order. `paragraphs.reading_order` is the document id,
a colon and the position zero-padded to six digits, so sorting by that one column gives
reading order (document, then position); a unique index makes the sorted page a seek.
New rows get it from the model's insert default; rows already stored are filled here.

A fact's place in the text is its paragraph's, then its offset in the paragraph, which a
fact row cannot compute on insert. One view per fact table, `<table>_in_reading_order`,
adds that key (`reading_order`: the paragraph's key, a colon, the offset zero-padded), so
one article's facts can be listed in reading order; the site sends a fact table filtered
by document to its view. The views are read per document: sorting a whole view computes
the key of every row. A later revision that rebuilds a fact table or paragraphs in batch
mode (SQLite's copy-and-rename) drops these views first and creates them again after.
"""

import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FILL = "UPDATE paragraphs SET reading_order = document_id || ':' || substr(CAST(1000000 + position AS TEXT), 2)"
"""The key as schema.documents.reading_order_key writes it, in SQL both SQLite and PostgreSQL run."""
FACT_TABLES = ("mentions", "temporal_expressions", "events", "quotes", "amounts", "citations", "programme_facts")
"""Frozen here, as this revision wrote it: every table whose rows are spans of one paragraph."""
FACT_VIEW = (
    "CREATE VIEW {table}_in_reading_order AS SELECT f.*, "
    "p.reading_order || ':' || substr(CAST(1000000 + f.start_char AS TEXT), 2) AS reading_order "
    "FROM {table} f JOIN paragraphs p ON p.id = f.paragraph_id"
)


@contextmanager
def paragraphs_batch() -> Iterator[object]:
    """Batch mode on paragraphs, without SQLAlchemy's warning about documents' expression indexes.

    On SQLite the batch copies paragraphs into a new table, and reflecting paragraphs
    reflects documents too (its foreign key's target), whose two expression-based
    indexes SQLAlchemy cannot read and says so on every build's stderr. Documents is not
    rebuilt here and paragraphs has no such index, so nothing is lost; any other warning
    still shows.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", message="Skipped unsupported reflection of expression-based index ix_documents_"
        )
        with op.batch_alter_table("paragraphs", schema=None) as batch_op:
            yield batch_op


def upgrade() -> None:
    with paragraphs_batch() as batch_op:
        batch_op.add_column(sa.Column("reading_order", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.execute(FILL)
    with paragraphs_batch() as batch_op:
        batch_op.alter_column("reading_order", existing_type=sqlmodel.sql.sqltypes.AutoString(), nullable=False)
        batch_op.create_index(batch_op.f("ix_paragraphs_reading_order"), ["reading_order"], unique=True)
    for table in FACT_TABLES:
        op.execute(FACT_VIEW.format(table=table))


def downgrade() -> None:
    for table in FACT_TABLES:
        op.execute(f"DROP VIEW {table}_in_reading_order")
    with paragraphs_batch() as batch_op:
        batch_op.drop_index(batch_op.f("ix_paragraphs_reading_order"))
        batch_op.drop_column("reading_order")
