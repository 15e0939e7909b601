"""A bounded load test of the served site: `eastflank serve` on a loopback port, N clients, S seconds.

Each client walks a fixed mix of what people open (table pages, full-text searches and
every canned query in the published metadata) as fast as the server answers, so the
figures are the server's capacity on this machine, not a model of real traffic. The
clients run in this process and share the machine's cores with the server; say so when
quoting the figures.

With `--hostile N`, N more clients send the hostile SQL of loaders/bench/hostile_sql.py in
a loop (each query would run for minutes or allocate gigabytes without the serving limits);
their requests count as errors unless refused (400) or told to retry (429), and the other
rows show what ordinary visitors wait while the attack runs.

    python scripts/loadtest.py --out dist --clients 20 --seconds 20
    python scripts/loadtest.py --out dist --clients 1 --hostile 6 --seconds 20
"""

import argparse
import asyncio
import json
import os
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from eastflank.loaders.bench.hostile_sql import HOSTILE_SQL, REFUSED_STATUSES
from eastflank.loaders.bench.latency import percentile
from eastflank.loaders.errors import EastflankError
from eastflank.loaders.serve.background import served

SEARCH_TERMS = ("NATO", "Moldova", "ITPP", "Romania", "security", "partnership")
MAX_CLIENTS = 200
MAX_SECONDS = 300


@dataclass
class Sample:
    """Latencies (seconds) and error count of one kind of request."""

    latencies: list[float] = field(default_factory=list)
    errors: int = 0


def request_mix(out: Path, database: str = "eastflank") -> list[tuple[str, str]]:
    """(kind, path) for every visible table page, each search term and each canned query."""
    metadata = json.loads((out / "metadata.json").read_text(encoding="utf-8"))["databases"][database]
    tables = [name for name, table in metadata["tables"].items() if not table.get("hidden")]
    mix = [("table", f"/{database}/{name}?_size=50") for name in tables]
    mix += [("search", f"/{database}/paragraphs?_search={term}") for term in SEARCH_TERMS]
    mix += [("canned", f"/{database}/{name}") for name in metadata.get("queries", {})]
    return mix


def hostile_mix(database: str = "eastflank") -> list[tuple[str, str]]:
    """(kind, path) for each hostile query, sent as a visitor's own SQL."""
    return [("hostile", f"/{database}.json?{httpx.QueryParams(sql=sql)}") for sql in HOSTILE_SQL]


async def client(
    http: httpx.AsyncClient, mix: list[tuple[str, str]], offset: int, deadline: float, samples: dict[str, Sample]
) -> None:
    """Request the mix in turn, starting at `offset`, until the deadline."""
    index = offset
    while time.monotonic() < deadline:
        kind, path = mix[index % len(mix)]
        index += 1
        started = time.monotonic()
        expected = REFUSED_STATUSES if kind == "hostile" else {200}
        try:
            ok = (await http.get(path)).status_code in expected
        except httpx.HTTPError:
            ok = False
        sample = samples.setdefault(kind, Sample())
        sample.latencies.append(time.monotonic() - started)
        sample.errors += 0 if ok else 1


async def run_load(
    base_url: str, mix: list[tuple[str, str]], clients: int, seconds: float, hostile: int = 0
) -> dict[str, Sample]:
    """Run the clients (and `hostile` attackers) against the server; samples by kind of request."""
    samples: dict[str, Sample] = {}
    connections = clients + hostile
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=30) as http:
        deadline = time.monotonic() + seconds
        visitors = [client(http, mix, i * 7, deadline, samples) for i in range(clients)]
        attackers = [client(http, hostile_mix(), i, deadline, samples) for i in range(hostile)]
        await asyncio.gather(*visitors, *attackers)
    return samples


def summarise(samples: dict[str, Sample], seconds: float) -> dict[str, dict[str, float]]:
    """Requests, requests/s, p50/p95/max in ms and errors, per kind and for all requests."""
    everything = Sample([x for s in samples.values() for x in s.latencies], sum(s.errors for s in samples.values()))
    rows = {}
    for kind, sample in [*sorted(samples.items()), ("all", everything)]:
        rows[kind] = {
            "requests": len(sample.latencies),
            "requests_per_s": round(len(sample.latencies) / seconds, 1),
            "p50_ms": round(1000 * statistics.median(sample.latencies), 1),
            "p95_ms": round(1000 * percentile(sample.latencies, 0.95), 1),
            "max_ms": round(1000 * max(sample.latencies), 1),
            "errors": sample.errors,
        }
    return rows


def print_table(rows: dict[str, dict[str, float]], clients: int, seconds: float, hostile: int = 0) -> None:
    """A Markdown table, ready for the performance page."""
    attack = f" and {hostile} hostile clients" if hostile else ""
    print(
        f"{clients} clients{attack} for {seconds:g} s on {os.cpu_count()} cores"
        " (clients and server on the same machine)\n"
    )
    print("| requests | count | req/s | p50 ms | p95 ms | max ms | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for kind, row in rows.items():
        print(
            f"| {kind} | {row['requests']} | {row['requests_per_s']} | {row['p50_ms']} | {row['p95_ms']} | {row['max_ms']} | {row['errors']} |"
        )


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", type=Path, default=Path("dist"), help="published folder to serve (built first if empty)"
    )
    parser.add_argument("--clients", type=int, default=20, help=f"concurrent clients (at most {MAX_CLIENTS})")
    parser.add_argument("--seconds", type=float, default=20, help=f"duration (at most {MAX_SECONDS})")
    parser.add_argument(
        "--hostile", type=int, default=0, help=f"more clients sending hostile SQL in a loop (at most {MAX_CLIENTS})"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON instead of a table")
    args = parser.parse_args()
    if not (0 < args.clients <= MAX_CLIENTS and 0 <= args.hostile <= MAX_CLIENTS and 0 < args.seconds <= MAX_SECONDS):
        parser.error(f"--clients must be 1..{MAX_CLIENTS}, --hostile 0..{MAX_CLIENTS} and --seconds 1..{MAX_SECONDS}")
    return args


def main() -> None:
    """Serve, load, report, stop the server."""
    args = arguments()
    try:
        with served(args.out) as base_url:
            samples = asyncio.run(run_load(base_url, request_mix(args.out), args.clients, args.seconds, args.hostile))
    except EastflankError as error:
        raise SystemExit(f"error: {error}") from None
    rows = summarise(samples, args.seconds)
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print_table(rows, args.clients, args.seconds, args.hostile)


if __name__ == "__main__":
    main()
