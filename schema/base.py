"""The shared SQLAlchemy metadata, with a constraint naming convention.

Named constraints let Alembic's batch mode rebuild SQLite tables and drop constraints by
name, and keep the DDL identical on SQLite and PostgreSQL.
"""

from sqlmodel import SQLModel

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = SQLModel.metadata
metadata.naming_convention = NAMING_CONVENTION
