"""Find date expressions in English news text and normalise them to ISO 8601 at their precision.

Rule-based and pure: compiled patterns built from word tables (dates_lexicon) find candidate
spans (dates_absolute, dates_relative, dates_named_relative); passes widen and filter them
(dates_compose); each is then anchored and written out (dates_resolve).

    >>> [e.value for e in tag_dates("Talks start in May and end in 2026.", PartialDate(2025, 3, 1))]
    ['2025-05', '2026']
"""

from collections.abc import Sequence

from eastflank.loaders.extract.dates.absolute import ABSOLUTE_RULES
from eastflank.loaders.extract.dates.compose import compose
from eastflank.loaders.extract.dates.model import Anchor, Kind, Modifier, PartialDate, Precision, TemporalExpression
from eastflank.loaders.extract.dates.named_relative import NAMED_RELATIVE_RULES
from eastflank.loaders.extract.dates.reading import scan
from eastflank.loaders.extract.dates.relative import RELATIVE_RULES
from eastflank.loaders.extract.dates.resolve import ANCHORING_KINDS, resolve

__all__ = ["Anchor", "Kind", "Modifier", "PartialDate", "Precision", "TemporalExpression", "tag_dates", "tag_document"]

RULES = [*ABSOLUTE_RULES, *RELATIVE_RULES, *NAMED_RELATIVE_RULES]


def tag_dates(
    text: str, publication: PartialDate | None = None, fallback_anchor: PartialDate | None = None
) -> list[TemporalExpression]:
    """All date expressions in one text (a paragraph), in order of position, non-overlapping (longest wins).

    `fallback_anchor` is the last absolute date before this text (tag_document passes it), for
    relative expressions that come before any date of their own paragraph.
    """
    return resolve(text, compose(text, scan(text, RULES)), publication, fallback_anchor)


def tag_document(paragraphs: Sequence[str], publication: PartialDate | None) -> list[list[TemporalExpression]]:
    """Per paragraph; where there is no publication date, relative expressions anchor on the nearest
    absolute date before them in the document (across paragraphs); where neither exists, they are dropped.

    Anaphoric expressions ("a month earlier") that open a paragraph look back across paragraphs
    too, even when there is a publication date (dates_resolve).
    """
    tagged = []
    last_absolute: PartialDate | None = None
    for paragraph in paragraphs:
        expressions = tag_dates(paragraph, publication, last_absolute)
        for expression in expressions:
            if expression.anchor == "absolute" and expression.kind in ANCHORING_KINDS:
                last_absolute = PartialDate.parse(expression.value)
        tagged.append(expressions)
    return tagged
