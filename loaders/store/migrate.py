"""Bring a database to the newest schema with Alembic (`upgrade head`), never `create_all`."""

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from eastflank.loaders.paths import MIGRATIONS_DIR


def alembic_config(url: str | None = None) -> Config:
    """An Alembic config pointing at the project's migrations folder."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url is not None:
        config.set_main_option("sqlalchemy.url", url)
    return config


def upgrade_to_head(engine: Engine) -> str:
    """Run every pending migration on the engine's database; return the head revision."""
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return head_revision()


def head_revision() -> str:
    """The newest revision id in the migrations folder."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision a database is at (None before the first migration)."""
    return MigrationContext.configure(connection).get_current_revision()
