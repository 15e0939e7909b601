"""measured on: each evaluation score says which articles it was measured on

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 09:20:00

A score without its corpus invites a wrong reading: figures on the seed articles, which the
rules were written from, are optimistic. `evaluation_scores.measured_on` carries the gold
set's own description (the first paragraph of its README.md), so the table says it itself.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("evaluation_scores", schema=None) as batch_op:
        batch_op.add_column(sa.Column("measured_on", sqlmodel.sql.sqltypes.AutoString(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("evaluation_scores", schema=None) as batch_op:
        batch_op.drop_column("measured_on")
