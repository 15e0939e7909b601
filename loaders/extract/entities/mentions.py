"""Turn gazetteer matches in a document's paragraphs into mention rows.

Context aliases ("the alliance" for NATO) are kept only where the same document names
the entity another way, so a generic phrase is never read as a name on its own.
"""

from typing import NamedTuple

from eastflank.loaders.extract.entities.gazetteer import Gazetteer, Match
from eastflank.loaders.ids import stable_id
from eastflank.loaders.ingest.paragraphs import ParagraphSpan

METHOD_BY_KIND = {"name": "gazetteer", "alias": "gazetteer", "demonym": "demonym", "context": "context"}


class MentionRecord(NamedTuple):
    """One mention as the mentions table stores it (offsets in the paragraph text); a tuple,
    as an article holds hundreds and a frozen dataclass costs three times as much to build."""

    id: str
    paragraph_id: str
    document_id: str
    entity_id: str
    text: str
    start_char: int
    end_char: int
    method: str


def find_mentions(
    gazetteer: Gazetteer, document_id: str, paragraphs: list[tuple[str, ParagraphSpan]]
) -> list[MentionRecord]:
    """Mentions in every non-boilerplate paragraph of one document, in reading order."""
    found = [
        (paragraph_id, paragraph.text, match)
        for paragraph_id, paragraph in paragraphs
        if not paragraph.is_boilerplate
        for match in gazetteer.find(paragraph.text)
    ]
    named = {match.entity_id for _, _, match in found if match.kind != "context"}
    return [
        _record(document_id, paragraph_id, text, match)
        for paragraph_id, text, match in found
        if match.kind != "context" or match.entity_id in named
    ]


def _record(document_id: str, paragraph_id: str, text: str, match: Match) -> MentionRecord:
    return MentionRecord(
        id=stable_id("mention", paragraph_id, match.start, match.end, match.entity_id),
        paragraph_id=paragraph_id,
        document_id=document_id,
        entity_id=match.entity_id,
        text=text[match.start : match.end],
        start_char=match.start,
        end_char=match.end,
        method=METHOD_BY_KIND[match.kind],
    )
