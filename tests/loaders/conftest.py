"""A small hand-made database holding one row of every kind of fact, for publish and serve tests.

The seed build has mentions but (until extraction lands) no dates, events or quotes; this
database has all of them, with spans computed from the text so that every offset is exact.
"""

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from eastflank.loaders.publish.arrow_schema import published_tables
from eastflank.loaders.publish.fts import create_fts
from eastflank.loaders.publish.summary_tables import fill_summaries
from eastflank.loaders.store.load import insert_rows
from eastflank.loaders.store.migrate import upgrade_to_head

Row = dict[str, Any]

PARAGRAPHS = (
    ("title", "NATO and Moldova agree a new partnership programme"),
    ("body", "On 12 March 2024, NATO Secretary General Jens Stoltenberg visited Chișinău to discuss the ITPP."),
    (
        "body",
        "“Moldova is a valued partner,” Stoltenberg said, announcing €40 million in support [NATO Liaison Office].",
    ),
    ("body", "From 2025 Moldova moves from the IPAP to the ITPP."),
)
DOCUMENT_ID = "doc-sandbox"
ENTITIES = (
    ("nato", "North Atlantic Treaty Organization", "organization", None, None),
    ("md", "Moldova", "country", 47.009, 28.8594),
    ("chisinau", "Chișinău", "location", 47.009, 28.8594),
    ("jens-stoltenberg", "Jens Stoltenberg", "person", None, None),
    ("itpp", "Individually Tailored Partnership Programme", "programme", None, None),
    ("ipap", "Individual Partnership Action Plan", "programme", None, None),
)
ALIASES = (("nato", "NATO"), ("itpp", "ITPP"), ("ipap", "IPAP"), ("jens-stoltenberg", "Stoltenberg"))
MENTIONS = (
    (0, "NATO", "nato"),
    (0, "Moldova", "md"),
    (1, "NATO", "nato"),
    (1, "Jens Stoltenberg", "jens-stoltenberg"),
    (1, "Chișinău", "chisinau"),
    (1, "ITPP", "itpp"),
    (2, "Moldova", "md"),
    (2, "Stoltenberg", "jens-stoltenberg"),
    (3, "Moldova", "md"),
    (3, "IPAP", "ipap"),
    (3, "ITPP", "itpp"),
)


def paragraph_id(position: int) -> str:
    """The id of the sandbox paragraph at a position."""
    return f"par-{position}"


def span(position: int, words: str) -> tuple[int, int]:
    """Where words first occur in a paragraph, as (start, end)."""
    start = PARAGRAPHS[position][1].index(words)
    return start, start + len(words)


def _fact(position: int, words: str, **row: Any) -> Row:
    start, end = span(position, words)
    return {
        "paragraph_id": paragraph_id(position),
        "document_id": DOCUMENT_ID,
        "start_char": start,
        "end_char": end,
        **row,
    }


def document_rows() -> dict[str, list[Row]]:
    """The sandbox document and its paragraphs, with offsets into the joined text."""
    text = "\n".join(paragraph for _, paragraph in PARAGRAPHS)
    document = {
        "id": DOCUMENT_ID,
        "source_file": "sandbox.txt",
        "title": PARAGRAPHS[0][1],
        "publisher": "Sandbox News",
        "url": None,
        "published_date": "2024-03-13",
        "published_precision": "day",
        "published_date_inferred": False,
        "language": "en",
        "text": text,
        "sha256": "0" * 64,
    }
    paragraphs, offset = [], 0
    for position, (kind, paragraph) in enumerate(PARAGRAPHS):
        paragraphs.append(
            {
                "id": paragraph_id(position),
                "document_id": DOCUMENT_ID,
                "position": position,
                "text": paragraph,
                "start_char": offset,
                "end_char": offset + len(paragraph),
                "is_boilerplate": False,
                "kind": kind,
            }
        )
        offset += len(paragraph) + 1
    return {"documents": [document], "paragraphs": paragraphs}


def reference_rows() -> dict[str, list[Row]]:
    """Entities, their aliases and the two programmes."""
    entities = [
        {
            "id": id_,
            "name": name,
            "type": type_,
            "wikidata_id": None,
            "description": None,
            "latitude": lat,
            "longitude": lon,
            "parent_entity_id": None,
            "source": "reference",
            "method": "reference",
            "confidence": 1.0,
        }
        for id_, name, type_, lat, lon in ENTITIES
    ]
    aliases = [{"entity_id": entity, "alias": alias, "kind": "alias"} for entity, alias in ALIASES]
    programmes = [
        {
            "entity_id": "ipap",
            "acronym": "IPAP",
            "owner_entity_id": "nato",
            "start_year": 2006,
            "end_year": 2024,
            "predecessor_id": None,
            "successor_id": "itpp",
        },
        {
            "entity_id": "itpp",
            "acronym": "ITPP",
            "owner_entity_id": "nato",
            "start_year": 2025,
            "end_year": None,
            "predecessor_id": "ipap",
            "successor_id": None,
        },
    ]
    return {"entities": entities, "entity_aliases": aliases, "programmes": programmes}


def fact_rows() -> dict[str, list[Row]]:
    """One or more rows of every kind of fact, spans taken from the text."""
    mentions = [
        _fact(position, words, id=f"men-{index}", entity_id=entity, text=words, method="gazetteer")
        for index, (position, words, entity) in enumerate(MENTIONS)
    ]
    return {
        "mentions": mentions,
        "temporal_expressions": [
            _fact(
                1,
                "12 March 2024",
                id="tex-1",
                text="12 March 2024",
                value="2024-03-12",
                end_value=None,
                precision="day",
                kind="date",
                anchor="absolute",
                anchor_value=None,
                modifier=None,
            )
        ],
        "events": [
            _fact(
                1,
                PARAGRAPHS[1][1],
                id="evt-1",
                name="Stoltenberg visits Chișinău",
                type="visit",
                start_date="2024-03-12",
                end_date="2024-03-12",
                date_precision="day",
                location_entity_id="chisinau",
                modality="happened",
                date_expression_id="tex-1",
                date_source="text",
            )
        ],
        "event_participants": [
            {"event_id": "evt-1", "entity_id": "jens-stoltenberg", "role": "participant"},
            {"event_id": "evt-1", "entity_id": "md", "role": "host"},
        ],
        "quotes": [
            _fact(
                2,
                "Moldova is a valued partner,",
                id="quo-1",
                speaker_entity_id="jens-stoltenberg",
                text="Moldova is a valued partner,",
                attribution="after",
            )
        ],
        "amounts": [_fact(2, "€40 million", id="amt-1", text="€40 million", value=40_000_000.0, currency="EUR")],
        "citations": [
            _fact(
                2,
                "[NATO Liaison Office]",
                id="cit-1",
                text="[NATO Liaison Office]",
                label="NATO Liaison Office",
                entity_id="nato",
            )
        ],
        "programme_facts": [
            _fact(
                3,
                PARAGRAPHS[3][1],
                id="pfa-1",
                programme_entity_id="itpp",
                fact="starts",
                value="2025",
                partner_entity_id="md",
            )
        ],
    }


def sandbox_rows() -> dict[str, list[Row]]:
    """Every row of the sandbox database by table."""
    return {**document_rows(), **reference_rows(), **fact_rows()}


def create_sandbox(path: Path) -> Path:
    """Migrate a fresh SQLite database at `path`, load the sandbox rows, count the summaries and index them for search."""
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    upgrade_to_head(engine)
    rows = sandbox_rows()
    with engine.begin() as connection:
        for table in published_tables():
            insert_rows(connection, table.name, rows.get(table.name, []))
        fill_summaries(connection)
    engine.dispose()
    with sqlite3.connect(path) as connection:
        create_fts(connection)
    return path


@pytest.fixture(scope="session")
def sandbox_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database named eastflank.db holding one hand-made article with every kind of fact."""
    return create_sandbox(tmp_path_factory.mktemp("sandbox") / "eastflank.db")
