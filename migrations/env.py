"""Alembic environment: migrates any database to the SQLModel metadata of eastflank.

The build injects an open connection, and pytest-alembic an engine, through
`config.attributes["connection"]`; otherwise the URL in the config is used. Batch mode
lets SQLite alter tables by rebuilding them, in a fixed order (loaders/store/batch_order.py)
so that every build writes the same schema bytes.
"""

from alembic import context
from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.pool import NullPool

from eastflank.loaders.store import batch_order
from eastflank.schema import metadata

config = context.config
batch_order.install()


def run_with(connection: Connection) -> None:
    """Run the migrations on one connection."""
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    """Migrate the injected connection or engine, or one opened on the configured URL."""
    injected = config.attributes.get("connection")
    if isinstance(injected, Connection):
        run_with(injected)
        return
    engine = (
        injected
        if isinstance(injected, Engine)
        else create_engine(config.get_main_option("sqlalchemy.url"), poolclass=NullPool)
    )
    with engine.begin() as connection:
        run_with(connection)


def run_offline() -> None:
    """Write the migration SQL instead of running it (`alembic upgrade head --sql`)."""
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=metadata,
        render_as_batch=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
