"""The document reader's data: one article, paragraph by paragraph, with every fact on it.

Facts are found through their paragraph (not their nullable document_id), so any kind
whose table has rows shows up: today mentions, and dates, events, quotes, amounts,
citations and programme facts as extraction fills them.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from datasette.app import Datasette

from eastflank.loaders.paths import DATABASE_FILE_NAME
from eastflank.loaders.publish.web_url import web_url
from eastflank.loaders.serve.reader_spans import Annotation, Segment, segments

DATABASE_NAME = Path(DATABASE_FILE_NAME).stem
IN_DOCUMENT = "join paragraphs rp on rp.id = f.paragraph_id where rp.document_id = :document"
"""Facts are found through their paragraph, whose position puts them in reading order."""
COLUMNS = "f.id, f.paragraph_id, f.start_char, f.end_char"


@dataclass(frozen=True)
class FactKind:
    """How to read one kind of fact: its table, and SQL giving text, label and linked entity."""

    kind: str
    title: str
    table: str
    select: str

    def sql(self) -> str:
        """The kind's facts in one document, in reading order (paragraph position, then offset in it)."""
        return f"select {COLUMNS}, {self.select} {IN_DOCUMENT} order by rp.position, f.start_char, f.id"


FACT_KINDS = (
    FactKind(
        "mention",
        "Mentions",
        "mentions",
        "f.text, e.name || ' · ' || e.type as label, f.entity_id as target "
        "from mentions f join entities e on e.id = f.entity_id",
    ),
    FactKind(
        "date",
        "Dates",
        "temporal_expressions",
        "f.text, coalesce(f.value, '?') || coalesce(' to ' || f.end_value, '') || ' · ' || f.precision as label, "
        "null as target from temporal_expressions f",
    ),
    FactKind(
        "event",
        "Events",
        "events",
        "f.name as text, f.type || coalesce(' · ' || f.start_date, '') as label, f.location_entity_id as target "
        "from events f",
    ),
    FactKind(
        "quote",
        "Quotes",
        "quotes",
        "f.text, 'said by ' || coalesce(e.name, 'an unresolved speaker') as label, f.speaker_entity_id as target "
        "from quotes f left join entities e on e.id = f.speaker_entity_id",
    ),
    FactKind(
        "amount",
        "Amounts",
        "amounts",
        "f.text, printf('%,d', cast(f.value as integer)) || ' ' || f.currency as label, null as target from amounts f",
    ),
    FactKind(
        "citation",
        "Citations",
        "citations",
        "f.text, 'source: ' || f.label as label, f.entity_id as target from citations f",
    ),
    FactKind(
        "programme_fact",
        "Programme facts",
        "programme_facts",
        "f.fact as text, e.name || ' ' || f.fact || coalesce(' ' || f.value, '') as label, "
        "f.programme_entity_id as target from programme_facts f join entities e on e.id = f.programme_entity_id",
    ),
)


@dataclass(frozen=True)
class ReaderParagraph:
    """One paragraph, cut into highlighted segments."""

    id: str
    position: int
    kind: str
    href: str
    segments: list[Segment]


@dataclass(frozen=True)
class ReaderPage:
    """Everything the reader template shows for one document.

    `original` is the article's address only when it is http(s): the url comes from a user's
    metadata, and any other scheme (`javascript:`) is shown as text, never as a link.
    """

    document: dict[str, Any]
    href: str
    original: str | None
    paragraphs: list[ReaderParagraph]
    facts: list[tuple[FactKind, list[Annotation]]]


async def reader_page(datasette: Datasette, document_id: str) -> ReaderPage | None:
    """The page for a document, or None when there is no such document."""
    db = datasette.get_database(DATABASE_NAME)
    found = await db.execute(
        "select id, title, publisher, url, published_date, source_file from documents where id = ?", [document_id]
    )
    if not found.rows:
        return None
    facts = [(kind, await _annotations(datasette, kind, document_id)) for kind in FACT_KINDS]
    by_paragraph: dict[str, list[Annotation]] = {}
    for _, annotations in facts:
        for annotation in annotations:
            by_paragraph.setdefault(annotation.paragraph_id, []).append(annotation)
    paragraphs = await db.execute(
        "select id, position, kind, text from paragraphs where document_id = ? order by position", [document_id]
    )
    return ReaderPage(
        document=dict(found.rows[0]),
        href=datasette.urls.row(DATABASE_NAME, "documents", document_id),
        original=web_url(found.rows[0]["url"]),
        paragraphs=[
            ReaderParagraph(
                row["id"],
                row["position"],
                row["kind"],
                datasette.urls.row(DATABASE_NAME, "paragraphs", row["id"]),
                segments(row["text"], by_paragraph.get(row["id"], [])),
            )
            for row in paragraphs.rows
        ],
        facts=[(kind, annotations) for kind, annotations in facts if annotations],
    )


async def _annotations(datasette: Datasette, kind: FactKind, document_id: str) -> list[Annotation]:
    rows = await datasette.get_database(DATABASE_NAME).execute(kind.sql(), {"document": document_id})
    return [
        Annotation(
            kind=kind.kind,
            row_id=row["id"],
            paragraph_id=row["paragraph_id"],
            start=row["start_char"],
            end=row["end_char"],
            text=row["text"],
            label=row["label"] or "",
            href=datasette.urls.row(DATABASE_NAME, kind.table, row["id"]),
            target_href=None if row["target"] is None else datasette.urls.row(DATABASE_NAME, "entities", row["target"]),
        )
        for row in rows.rows
    ]


async def document_list(datasette: Datasette) -> list[dict[str, Any]]:
    """Every document, newest first, for the reader's index."""
    rows = await datasette.get_database(DATABASE_NAME).execute(
        "select id, title, publisher, published_date, (select count(*) from mentions m where m.document_id = d.id) as mentions "
        "from documents d order by published_date is null, published_date desc, title"
    )
    return [dict(row) for row in rows.rows]
