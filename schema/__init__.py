"""The eastflank schema: one SQLModel class per published table, defined once.

Everything else (the Alembic migrations, the data dictionary in README, the Datasette
metadata, the Parquet schemas and `datapackage.json`) is generated from these classes.
"""

from eastflank.schema.base import metadata
from eastflank.schema.documents import Document, Paragraph
from eastflank.schema.entities import Entity, EntityAlias, Mention, Programme
from eastflank.schema.events import Event, EventParticipant, Quote
from eastflank.schema.facts import Amount, Citation, EvaluationScore, ProgrammeFact, TemporalExpression
from eastflank.schema.release import ReleaseInfo, TableStat
from eastflank.schema.summaries import EntityMentionCount, EntityPair, YearCount

MODELS = (
    Document,
    Paragraph,
    Entity,
    EntityAlias,
    Mention,
    Programme,
    ProgrammeFact,
    Event,
    EventParticipant,
    Quote,
    TemporalExpression,
    Amount,
    Citation,
    EntityMentionCount,
    EntityPair,
    YearCount,
    EvaluationScore,
    ReleaseInfo,
    TableStat,
)
"""Every published table's model, in the order the data dictionary lists them."""


def model_for(table_name: str) -> type:
    """The SQLModel class behind a published table."""
    return next(model for model in MODELS if model.__tablename__ == table_name)


__all__ = [
    "MODELS",
    "Amount",
    "Citation",
    "Document",
    "Entity",
    "EntityAlias",
    "EntityMentionCount",
    "EntityPair",
    "EvaluationScore",
    "Event",
    "EventParticipant",
    "Mention",
    "Paragraph",
    "Programme",
    "ProgrammeFact",
    "Quote",
    "ReleaseInfo",
    "TableStat",
    "TemporalExpression",
    "YearCount",
    "metadata",
    "model_for",
]
