"""Find date expressions in English news text and normalise them to ISO 8601 at their precision.

Rule-based and pure: compiled patterns built from word tables (lexicon) find candidate
spans (absolute, relative, named_relative, quarters, references, times, sets, durations);
passes widen and filter them (compose); each is then anchored and written out (resolve),
with its TimeML TIMEX3 type and value beside the ISO value the dataset keeps.

    >>> [e.value for e in tag_dates("Talks start in May and end in 2026.", PartialDate(2025, 3, 1))]
    ['2025-05', '2026']
"""

from collections.abc import Sequence

from eastflank.loaders.extract.dates.absolute import ABSOLUTE_RULES
from eastflank.loaders.extract.dates.compose import compose
from eastflank.loaders.extract.dates.durations import DURATION_RULES
from eastflank.loaders.extract.dates.eras import ERA_RULES
from eastflank.loaders.extract.dates.holidays import HOLIDAY_RULES
from eastflank.loaders.extract.dates.model import (
    Anchor,
    Kind,
    Modifier,
    PartialDate,
    Precision,
    TemporalExpression,
    TimexPart,
    TimexType,
)
from eastflank.loaders.extract.dates.named_relative import NAMED_RELATIVE_RULES
from eastflank.loaders.extract.dates.quarters import QUARTER_RULES
from eastflank.loaders.extract.dates.references import REFERENCE_RULES
from eastflank.loaders.extract.dates.relative import RELATIVE_RULES
from eastflank.loaders.extract.dates.resolve import Discourse, resolve
from eastflank.loaders.extract.dates.scanner import Scanner
from eastflank.loaders.extract.dates.sets import SET_RULES
from eastflank.loaders.extract.dates.spoken import SPOKEN_RULES
from eastflank.loaders.extract.dates.times import TIME_RULES
from eastflank.loaders.extract.dates.vague import VAGUE_RULES

__all__ = [
    "Anchor", "Kind", "Modifier", "PartialDate", "Precision", "TemporalExpression", "TimexPart", "TimexType",
    "tag_dates", "tag_document",
]  # fmt: skip

RULES = [
    *ABSOLUTE_RULES, *RELATIVE_RULES, *NAMED_RELATIVE_RULES, *SET_RULES, *QUARTER_RULES, *REFERENCE_RULES,
    *TIME_RULES, *DURATION_RULES, *SPOKEN_RULES, *ERA_RULES, *HOLIDAY_RULES, *VAGUE_RULES,
]  # fmt: skip
"""Equal spans go to the earlier rule: a set ("twice a year") before a duration ("a year")."""
SCANNER = Scanner(RULES)


def tag_dates(
    text: str,
    publication: PartialDate | None = None,
    fallback_anchor: PartialDate | None = None,
    discourse: Discourse | None = None,
) -> list[TemporalExpression]:
    """All date expressions in one text (a paragraph), in order of position, non-overlapping (longest wins).

    `fallback_anchor` is the last absolute date before this text, for relative expressions
    that come before any date of their own paragraph; tag_document passes a `discourse`
    instead, which also carries the last quarter named and is updated in place.
    """
    if discourse is None:
        discourse = Discourse(previous_absolute=fallback_anchor)
    return resolve(text, compose(text, SCANNER.scan(text)), publication, discourse)


def tag_document(paragraphs: Sequence[str], publication: PartialDate | None) -> list[list[TemporalExpression]]:
    """Per paragraph; where there is no publication date, relative expressions anchor on the nearest
    absolute date before them in the document (across paragraphs); where neither exists, they are dropped.

    Anaphoric expressions ("a month earlier") that open a paragraph look back across paragraphs
    too, even when there is a publication date (dates_resolve).
    """
    discourse = Discourse()
    return [tag_dates(paragraph, publication, discourse=discourse) for paragraph in paragraphs]
