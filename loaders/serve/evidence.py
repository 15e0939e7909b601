"""A fact row's evidence: the sentence stating it, the fact highlighted, a link to that place in the reader.

Every fact table keeps its paragraph and character span; the sentence is cut from the
paragraph around the span at the nearest sentence ends (., ! or ? before a space), which is
enough to show the fact in context. The reader has an anchor per fact (reader_spans.fact_anchor).
"""

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from datasette.app import Datasette

from eastflank.loaders.serve.reader import DATABASE_NAME, FACT_KINDS
from eastflank.loaders.serve.reader_spans import fact_anchor

READER_PATH = "/-/reader"
KIND_OF_TABLE = {kind.table: kind.kind for kind in FACT_KINDS}
"""The fact tables (each has paragraph_id, start_char, end_char) and the reader's name for their kind."""
SENTENCE_END = re.compile(r"[.!?][\"'”’»)]*\s")


@dataclass(frozen=True)
class Evidence:
    """The sentence around a fact, cut into before / fact / after, with the article it is in."""

    before: str
    fact: str
    after: str
    document_id: str
    document_title: str
    reader_href: str

    @property
    def sentence(self) -> str:
        return f"{self.before}{self.fact}{self.after}".strip()


def sentence_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The text of the sentence(s) holding text[start:end], cut at the span."""
    opening = 0
    for match in SENTENCE_END.finditer(text, 0, start):
        opening = match.end()
    closing = SENTENCE_END.search(text, max(end - 1, start))
    stop = closing.end() if closing is not None else len(text)
    return text[opening:start], text[start:end], text[end:stop].rstrip()


def reader_href(datasette: Datasette, document_id: str, kind: str, row_id: str) -> str:
    """The reader's address for a document, at one fact's anchor."""
    return str(datasette.urls.path(f"{READER_PATH}/{quote(document_id, safe='')}")) + "#" + fact_anchor(kind, row_id)


async def evidence(datasette: Datasette, table: str, row_id: str) -> Evidence | None:
    """The evidence of one fact row, or None for a table that is not a fact table or a row without a span."""
    if table not in KIND_OF_TABLE:
        return None
    found = await datasette.get_database(DATABASE_NAME).execute(
        f"select f.start_char, f.end_char, p.text, d.id as document_id, coalesce(d.title, d.source_file) as title "
        f"from [{table}] f join paragraphs p on p.id = f.paragraph_id join documents d on d.id = p.document_id "
        "where f.id = ?",
        [row_id],
    )
    if not found.rows:
        return None
    row: Any = found.rows[0]
    before, fact, after = sentence_around(row["text"], row["start_char"], row["end_char"])
    href = reader_href(datasette, row["document_id"], KIND_OF_TABLE[table], row_id)
    return Evidence(before, fact, after, row["document_id"], row["title"], href)
