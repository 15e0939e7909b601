"""The pieces that bound a served query, each on a plain SQLite connection (the load test runs them together)."""

import asyncio
import sqlite3
import time

import pytest

from eastflank.loaders.bench.hostile_sql import COUNT_FOREVER
from eastflank.loaders.serve.result_budget import ResultTooLarge, budgeted
from eastflank.loaders.serve.sql_limits import LENGTH_LIMIT_BYTES, limit_connection
from eastflank.loaders.serve.sql_slots import carries_own_sql, with_sql_slots
from eastflank.loaders.serve.statement_deadline import Watchdog, cpu_time_limit, with_deadline

ROWS_OF = "with recursive c(n) as (select 1 union all select n + 1 from c limit {rows}) select {value} from c"


def test_randomblob_past_the_length_limit_is_refused() -> None:
    connection = sqlite3.connect(":memory:")
    limit_connection(connection)
    with pytest.raises(sqlite3.DataError, match="string or blob too big"):
        connection.execute("select length(randomblob(900000000))").fetchone()
    assert connection.execute(f"select length(randomblob({LENGTH_LIMIT_BYTES}))").fetchone() == (LENGTH_LIMIT_BYTES,)


def test_the_result_budget_stops_many_rows_of_large_values_and_frees_the_statement() -> None:
    connection = sqlite3.connect(":memory:")
    connection.row_factory = budgeted(sqlite3.Row, budget=1000)
    assert [tuple(row) for row in connection.execute(ROWS_OF.format(rows=3, value="'abc'"))] == [("abc",)] * 3
    cursor = connection.execute(ROWS_OF.format(rows=50, value="zeroblob(100)"))
    with pytest.raises(ResultTooLarge):
        cursor.fetchmany(101)
    assert connection.execute("select 7").fetchone()[0] == 7


def test_the_watchdog_interrupts_a_query_past_its_deadline_and_not_the_next_one() -> None:
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    watchdog = Watchdog()
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="interrupted"), watchdog.running(connection, 0.3):
        connection.execute(COUNT_FOREVER).fetchone()
    assert time.monotonic() - started >= 0.3, "interrupted before its deadline"
    time.sleep(0.3)
    with watchdog.running(connection, 5):
        assert connection.execute("select 1").fetchone() == (1,)


def waiting_connection() -> sqlite3.Connection:
    """A connection with `wait(seconds)`, a function that sleeps: a query that takes wall time and no CPU, as a
    light query does while it waits for a core or the interpreter lock on a loaded server."""
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    connection.create_function("wait", 1, lambda seconds: time.sleep(seconds) or 1)
    return connection


def test_a_query_that_waits_is_not_cut_off_by_a_limit_it_has_not_spent() -> None:
    connection = waiting_connection()
    limited = with_deadline(cpu_time_limit, Watchdog())
    started = time.monotonic()
    with limited(connection, 100):
        assert connection.execute(ROWS_OF.format(rows=2000, value="wait(0.0002)")).fetchall() == [(1,)] * 2000
    assert time.monotonic() - started >= 0.4, "the query did not take longer than its limit in wall time"


def test_a_query_that_works_past_its_limit_is_stopped() -> None:
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="interrupted"), cpu_time_limit(connection, 200):
        connection.execute(COUNT_FOREVER).fetchone()
    assert 0.2 <= time.monotonic() - started < 5


@pytest.mark.parametrize(
    "query_string, want",
    [
        (b"sql=select+1", True),
        (b"_where=1%3D1&_size=5", True),
        (b"_sort=id", False),
        (b"", False),
        (b"sql=", False),
    ],
)
def test_own_sql_is_recognised(query_string: bytes, want: bool) -> None:
    assert carries_own_sql({"type": "http", "query_string": query_string}) == want


def test_a_second_own_sql_request_is_told_to_retry_while_the_first_runs() -> None:
    release = asyncio.Event()

    async def slow_app(scope: dict, receive: object, send: object) -> None:
        await release.wait()

    async def scenario() -> list[int]:
        app = with_sql_slots(slow_app, slots=1)  # type: ignore[arg-type]
        sent: list[dict] = []

        async def send(message: dict) -> None:
            sent.append(message)

        scope = {"type": "http", "query_string": b"sql=select+1"}
        first = asyncio.create_task(app(scope, None, send))  # type: ignore[arg-type]
        await asyncio.sleep(0)
        await app(scope, None, send)  # type: ignore[arg-type]
        release.set()
        await first
        return [message["status"] for message in sent if message["type"] == "http.response.start"]

    assert asyncio.run(scenario()) == [429]
