"""The served site cannot write: the command `eastflank serve` runs opens the database immutable,
so neither ad-hoc SQL nor even a canned write query changes a byte; heavy queries are cut off."""

import hashlib
import json
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from eastflank.loaders.build import BuildResult
from eastflank.loaders.serve.datasette import SETTINGS, datasette_command

WRITE_SQL = (
    "delete from documents",
    "update entities set name = 'x'",
    "insert into release_info values ('hacked', 'yes')",
    "drop table mentions",
    "select 1; delete from documents",
    "pragma user_version = 7",
    "attach database '/tmp/evil.db' as evil",
    "vacuum",
)
ENDLESS = "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c"
MANY_ROWS = "with recursive c(x) as (select 1 union all select x + 1 from c limit 5000) select x from c"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def served(seed_build: BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[httpx.Client, Path]]:
    """A served copy of the seed build whose metadata adds a canned write query, as a user might."""
    out = tmp_path_factory.mktemp("served") / "dist"
    shutil.copytree(seed_build.out, out)
    metadata = json.loads((out / "metadata.json").read_text(encoding="utf-8"))
    metadata["databases"]["eastflank"].setdefault("queries", {})["wipe"] = {
        "sql": "delete from documents",
        "write": True,
    }
    (out / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")
    port = free_port()
    log = (out.parent / "datasette.log").open("wb")  # a file: a pipe nobody reads would fill and stall the server
    server = subprocess.Popen(datasette_command(out, port), stdout=log, stderr=subprocess.STDOUT)
    client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30)
    try:
        wait_until_up(client, server, out.parent / "datasette.log")
        yield client, out / "eastflank.db"
    finally:
        client.close()
        server.terminate()
        server.wait(timeout=30)
        log.close()


def wait_until_up(client: httpx.Client, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert server.poll() is None, log.read_text(encoding="utf-8", errors="replace")[-2000:]
        try:
            if client.get("/-/versions.json").status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError("datasette did not start within 60 s")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_database_is_served_immutable(served: tuple[httpx.Client, Path]) -> None:
    client, _ = served
    databases = client.get("/-/databases.json").json()
    assert [(d["name"], d["is_mutable"]) for d in databases] == [("eastflank", False)], databases


@pytest.mark.parametrize("sql", WRITE_SQL)
def test_write_sql_is_refused_and_changes_nothing(served: tuple[httpx.Client, Path], sql: str) -> None:
    client, database = served
    before = digest(database)
    for response in (
        client.get("/eastflank.json", params={"sql": sql}),
        client.post("/eastflank.json", data={"sql": sql}),
    ):
        assert response.status_code >= 400, (sql, response.status_code, response.text[:200])
    assert digest(database) == before
    assert client.get("/eastflank/documents.json?_size=0").json()["filtered_table_rows_count"] == 5


def test_a_canned_write_query_cannot_write_to_the_immutable_file(served: tuple[httpx.Client, Path]) -> None:
    client, database = served
    before = digest(database)
    form = client.get("/eastflank/wipe")
    token = client.cookies.get("ds_csrftoken")
    response = client.post("/eastflank/wipe", data={"csrftoken": token or ""}, headers={"Accept": "application/json"})
    assert form.status_code == 200, form.status_code
    assert response.status_code == 403 and "Database is immutable" in response.text, (
        response.status_code,
        response.text[:300],
    )
    assert digest(database) == before
    assert client.get("/eastflank/documents.json?_size=0").json()["filtered_table_rows_count"] == 5, response.text[:300]


def test_a_runaway_query_is_cut_off_at_the_time_limit(served: tuple[httpx.Client, Path]) -> None:
    client, _ = served
    started = time.monotonic()
    response = client.get("/eastflank.json", params={"sql": ENDLESS})
    elapsed = time.monotonic() - started
    assert response.status_code == 400, response.status_code
    assert "SQL query took too long" in response.json()["error"], response.text[:300]
    # The message proves the limit fired; the bound only tells "cut off" from "ran to the end"
    # (ENDLESS never ends), with room for a machine busy with other work.
    assert elapsed < int(SETTINGS["sql_time_limit_ms"]) / 1000 + 20, elapsed


DATASETTE_PAGE_SIZE = 100


def test_rows_are_capped(served: tuple[httpx.Client, Path]) -> None:
    client, _ = served
    page = client.get("/eastflank.json", params={"sql": MANY_ROWS, "_shape": "objects"}).json()
    cap = int(SETTINGS["max_returned_rows"])
    cap += cap == DATASETTE_PAGE_SIZE  # Datasette lets one more row through then, so a full page can say "next"
    assert (len(page["rows"]), page["truncated"]) == (cap, True), (len(page["rows"]), page["truncated"])


def test_stopping_eastflank_serve_stops_the_server(served: tuple[httpx.Client, Path], tmp_path: Path) -> None:
    out = served[1].parent
    port = free_port()
    command = [str(Path(sys.executable).parent / "eastflank"), "serve", "--out", str(out), "--port", str(port)]
    with (tmp_path / "serve.log").open("wb") as log:
        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=5)
        wait_until_up(client, server, tmp_path / "serve.log")
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=30) is not None
    with pytest.raises(httpx.ConnectError):
        client.get("/-/versions.json")
