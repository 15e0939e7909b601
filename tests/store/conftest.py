"""A real PostgreSQL server for the store tests: a fresh database per test, dropped after it.

The server is named by EASTFLANK_TEST_POSTGRES_URL (a URL to an existing database, usually
`postgres`, of a role allowed to create databases). Without it, or when the server does
not answer, the tests skip saying why; under CI=true they fail instead, because CI must
run them. Test databases use the ICU en-US collation where the server has ICU, so a test
also shows that nothing depends on the server sorting text by code point.
"""

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

POSTGRES_URL_VARIABLE = "EASTFLANK_TEST_POSTGRES_URL"
ICU_OPTIONS = "TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8' ENCODING 'UTF8'"


def unavailable(reason: str) -> None:
    """Skip, or fail under CI=true, where a missing server is a broken CI set-up."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI must run the PostgreSQL tests (see .ci/run)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    """The URL of a reachable server's maintenance database."""
    url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not url:
        unavailable(
            f"{POSTGRES_URL_VARIABLE} is not set (e.g. postgresql+psycopg://eastflank:eastflank@127.0.0.1:5432/postgres)"
        )
        raise AssertionError("unreachable")
    engine = create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except DBAPIError as error:
        unavailable(f"PostgreSQL at {make_url(url).render_as_string(hide_password=True)} is unreachable: {error.orig}")
    return url


def create_database(admin_url: str, name: str) -> None:
    """CREATE DATABASE with the ICU en-US collation, or the server's default without ICU."""
    engine = create_engine(admin_url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        try:
            connection.execute(text(f'CREATE DATABASE "{name}" {ICU_OPTIONS}'))
        except DBAPIError:
            connection.execute(text(f'CREATE DATABASE "{name}"'))


def drop_database(admin_url: str, name: str) -> None:
    engine = create_engine(admin_url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@contextmanager
def fresh_database(admin_url: str) -> Iterator[str]:
    """The URL of a new, empty database, dropped on leaving."""
    name = f"eastflank_test_{uuid.uuid4().hex[:12]}"
    create_database(admin_url, name)
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        drop_database(admin_url, name)


@pytest.fixture
def postgres_url(postgres_admin_url: str) -> Iterator[str]:
    """A fresh database for one test."""
    with fresh_database(postgres_admin_url) as url:
        yield url
