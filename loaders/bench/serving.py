"""Latency of the served site: full-text searches and every canned query, one request at a time.

`eastflank serve` runs on the built folder as a user runs it; one client requests each
page in turn (warm-up rounds first, then `repeat` timed rounds), so the figures are the
time one person waits for a page, not the server's capacity (that is scripts/loadtest.py).
Every canned query in the published metadata is requested with its parameters blank
("all") and with entities that many articles name. Searches are requested as a link or an API
client asks for them, as the paragraphs page's search box submits them (a redirect, followed),
and, for the commonest word, on their next page, beside another filter and sorted by a column:
the last two read every match (serve/first_page.py), and are timed so that shows.
"""

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from eastflank.loaders.bench.latency import Latency
from eastflank.loaders.paths import DATABASE_FILE_NAME
from eastflank.loaders.publish.query_plans import PlanLine, canned_query_plans
from eastflank.loaders.serve.background import served

SEARCH_TERMS = ("NATO", "Moldova", "ITPP", "security")
COMMON_WORD = "security"
"""The word most synthetic paragraphs hold: its searches read the most matches."""
SEARCH_BOX_FORM = "_filter_column=&_filter_op=exact&_filter_value=&_sort=reading_order"
"""What the paragraphs page's form sends besides the words typed in its box; Datasette redirects it to the search."""
PARAMETER_VALUES = {
    "entity": ("NATO", "Moldova"),
    "programme": ("ITPP",),
    "speaker": ("NATO", "Jens Stoltenberg"),
    "q": ("NATO", "security"),
}
"""Values a canned query's parameter is timed with, besides blank; another parameter takes ("NATO",)."""
PARAMETER = re.compile(r"(?<![:\w]):(\w+)")


@dataclass(frozen=True)
class Probe:
    """One page to time: what it is, and its path on the site."""

    kind: str
    path: str


@dataclass(frozen=True)
class ProbeFigures:
    """How one page answered: its latency, and how many answers were not 200 OK."""

    probe: Probe
    latency: Latency
    errors: int


def canned_queries(out: Path, database: str = "eastflank") -> dict[str, str]:
    """Name → SQL of every canned query in OUT's metadata.json."""
    metadata = json.loads((out / "metadata.json").read_text(encoding="utf-8"))
    return {name: query["sql"] for name, query in metadata["databases"][database].get("queries", {}).items()}


def probes(out: Path, database: str = "eastflank", next_page: list[Probe] | None = None) -> list[Probe]:
    """Searches (page and JSON, the search box's, then `next_page` and the ones that read every match), then each
    canned query blank and with each parameter value."""
    found = []
    for term in SEARCH_TERMS:
        found += [
            Probe("search", f"/{database}/paragraphs?_search={term}"),
            Probe("search", f"/{database}/paragraphs.json?_search={term}"),
            Probe("search", f"/{database}/documents?_search={term}"),
        ]
    found += [
        Probe("search box", f"/{database}/paragraphs?_search={COMMON_WORD}&{SEARCH_BOX_FORM}"),
        *(next_page or []),
        Probe("search, filtered", f"/{database}/paragraphs.json?_search={COMMON_WORD}&kind=body"),
        Probe("search, sorted", f"/{database}/paragraphs.json?_search={COMMON_WORD}&_sort=position"),
    ]
    for name, sql in canned_queries(out, database).items():
        found += [Probe("canned", f"/{database}/{name}{query_string}") for query_string in _query_strings(sql)]
    return found


def next_page_probe(base_url: str, database: str = "eastflank") -> list[Probe]:
    """The second page of the commonest word's search, by the link its first page gives (none if it has one page)."""
    first = httpx.get(f"{base_url}/{database}/paragraphs.json?_search={COMMON_WORD}", timeout=60).json()
    next_url = first.get("next_url")
    return [] if not next_url else [Probe("search, next page", next_url.removeprefix(base_url))]


def _query_strings(sql: str) -> list[str]:
    names = sorted(set(PARAMETER.findall(sql)))
    if not names:
        return [""]
    values = PARAMETER_VALUES.get(names[0], ("NATO",))
    blank = "?" + "&".join(f"{name}=" for name in names)
    return [blank, *("?" + "&".join(f"{name}={value.replace(' ', '+')}" for name in names) for value in values)]


def time_probes(base_url: str, pages: list[Probe], repeat: int, warmup: int) -> list[ProbeFigures]:
    """Request every page `warmup` times untimed, then `repeat` rounds timed, one request at a time."""
    seconds: dict[Probe, list[float]] = {probe: [] for probe in pages}
    errors = dict.fromkeys(pages, 0)
    with httpx.Client(base_url=base_url, timeout=60, follow_redirects=True) as http:
        for round_number in range(warmup + repeat):
            for probe in pages:
                started = time.perf_counter()
                status = http.get(probe.path).status_code
                elapsed = time.perf_counter() - started
                if round_number >= warmup:
                    seconds[probe].append(elapsed)
                    errors[probe] += status != 200
    return [ProbeFigures(probe, Latency.of(seconds[probe]), errors[probe]) for probe in pages]


@dataclass(frozen=True)
class ServingFigures:
    """Latency per page, and the query plan of each canned query."""

    out: Path
    repeat: int
    pages: list[ProbeFigures]
    plans: dict[str, list[PlanLine]]


def measure_serving(out: Path, repeat: int = 30, warmup: int = 2) -> ServingFigures:
    """Serve OUT, time every page, stop the server; read each canned query's plan."""
    with served(out) as base_url:
        pages = probes(out, next_page=next_page_probe(base_url))
        figures = time_probes(base_url, pages, repeat, warmup)
    return ServingFigures(out, repeat, figures, canned_query_plans(out / DATABASE_FILE_NAME, canned_queries(out)))
