"""The floor: the least any mention pipeline must do, done the fastest known way.

Read every file, run one Aho-Corasick automaton over it (`iter_long` plus a word-boundary
filter) and insert the mention rows with sqlite3 `executemany` in one transaction. Our
build's throughput is reported as a ratio to this.
"""

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from eastflank.loaders.ingest.reference import load_reference
from eastflank.loaders.paths import REFERENCE_DIR


@dataclass(frozen=True)
class FloorResult:
    """How long the floor took over a corpus, and what it did."""

    seconds: float
    articles: int
    megabytes: float
    mentions: int


def floor_automaton(reference_dir: Path = REFERENCE_DIR) -> ahocorasick.Automaton:
    """One automaton over every name and alias of the reference data."""
    automaton = ahocorasick.Automaton()
    for entity in load_reference(reference_dir):
        for form, _ in entity.surface_forms():
            automaton.add_word(form, (len(form), entity.id))
    automaton.make_automaton()
    return automaton


def run_floor(corpus: Path, database: Path, reference_dir: Path = REFERENCE_DIR) -> FloorResult:
    """Read, match and insert mentions for every article in the corpus."""
    automaton = floor_automaton(reference_dir)
    started = time.perf_counter()
    connection = sqlite3.connect(database)
    connection.execute("CREATE TABLE mentions (document TEXT, start INTEGER, end INTEGER, entity TEXT)")
    total_bytes = count = articles = 0
    for path in sorted(corpus.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        total_bytes += len(text.encode("utf-8"))
        articles += 1
        rows = [
            (path.stem, end + 1 - length, end + 1, entity)
            for end, (length, entity) in automaton.iter_long(text)
            if _whole_word(text, end + 1 - length, end + 1)
        ]
        connection.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?)", rows)
        count += len(rows)
    connection.commit()
    connection.close()
    return FloorResult(time.perf_counter() - started, articles, total_bytes / 1e6, count)


def _whole_word(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
