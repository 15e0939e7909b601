"""timex: each date expression's TimeML TIMEX3 type and value

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 09:00:00

The tagger now also finds lengths of time ("five years"), recurrences ("every week"), times
of day and the present ("now"), and says what each is in TimeML's terms, which name what an
ISO date cannot (1989-Q3, P5Y, XXXX-WXX-1, PRESENT_REF). `temporal_expressions.timex_type`
holds the TIMEX3 type (DATE, TIME, DURATION or SET) and `timex_value` its value. Rows built before this revision were all calendar dates: DATE, with
their ISO value as the TIMEX3 value.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("temporal_expressions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("timex_type", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default="DATE")
        )
        batch_op.add_column(sa.Column("timex_value", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
    op.execute("UPDATE temporal_expressions SET timex_value = value")


def downgrade() -> None:
    with op.batch_alter_table("temporal_expressions", schema=None) as batch_op:
        batch_op.drop_column("timex_value")
        batch_op.drop_column("timex_type")
