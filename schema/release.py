"""Release metadata: which build, from which sources, with which content."""

from sqlmodel import Field, SQLModel


class ReleaseInfo(SQLModel, table=True):
    """One row per fact about this release (dataset version, schema revision, build time, source commit)."""

    __tablename__ = "release_info"

    key: str = Field(
        primary_key=True,
        description="dataset_version, alembic_revision, built_at, source_commit, extractor_version ...",
    )
    value: str | None = Field(default=None, description="The value, as text.")


class TableStat(SQLModel, table=True):
    """One row per published table: its row count and a checksum of its contents."""

    __tablename__ = "table_stats"

    table_name: str = Field(primary_key=True, description="Name of the published table.")
    row_count: int = Field(description="Rows in the table.")
    content_sha256: str = Field(
        description="Sum modulo 2**256 of the SHA-256 of the header and of each row as a JSON line (order-independent); equal contents give equal sums."
    )
