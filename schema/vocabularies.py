"""The closed vocabularies of the published columns, each one an Enum defined once.

A column that takes one of a few words (an entity's type, an event's modality, a date's
precision) names its Enum here; its description in the data dictionary lists the allowed
values from the Enum, and the build refuses to publish a row whose value is not one of
them (publish/validate.py), so a typo in a rule cannot reach the dataset unnoticed.
The columns stay TEXT: an Enum is a contract on the values, not a new SQL type.
"""

from enum import StrEnum


class EntityType(StrEnum):
    """What kind of thing an entity is (the development guideline's five types)."""

    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    LOCATION = "location"
    PROGRAMME = "programme"


class EntityMethod(StrEnum):
    """How an entity entered the dataset: curated, or learned from the text by a rule."""

    REFERENCE = "reference"
    TITLE_RULE = "title_rule"
    ORGANIZATION_RULE = "organization_rule"
    ACRONYM_DEFINITION = "acronym_definition"


class EventType(StrEnum):
    """The kinds of event the trigger lexicon (seeds/reference/lexicon/event_triggers.yml) can signal."""

    SUMMIT = "summit"
    CONFERENCE = "conference"
    FORUM = "forum"
    MEETING = "meeting"
    PRESS_CONFERENCE = "press_conference"
    VISIT = "visit"
    STATEMENT = "statement"
    DECISION = "decision"
    AGREEMENT = "agreement"
    INVITATION = "invitation"
    ACCESSION = "accession"
    ASSISTANCE_PACKAGE = "assistance_package"
    PROGRAMME_CHANGE = "programme_change"
    ELECTION = "election"
    EXERCISE = "exercise"
    DEPLOYMENT = "deployment"
    CEREMONY = "ceremony"


class DatePrecision(StrEnum):
    """How much of a calendar date the text gives."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


class Modality(StrEnum):
    """Whether an event happened or is planned."""

    HAPPENED = "happened"
    PLANNED = "planned"


class TimexType(StrEnum):
    """TimeML TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


def one_of(text: str, vocabulary: type[StrEnum]) -> str:
    """A column description that ends with the vocabulary's allowed values, for the data dictionary."""
    return f"{text} One of: {', '.join(member.value for member in vocabulary)}."


CLOSED_COLUMNS: dict[tuple[str, str], type[StrEnum]] = {
    ("entities", "type"): EntityType,
    ("entities", "method"): EntityMethod,
    ("events", "type"): EventType,
    ("events", "date_precision"): DatePrecision,
    ("events", "modality"): Modality,
    ("temporal_expressions", "precision"): DatePrecision,
    ("temporal_expressions", "timex_type"): TimexType,
    ("documents", "published_precision"): DatePrecision,
}
"""(table, column) → the vocabulary its non-null values must come from."""
