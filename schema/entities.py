"""Entities, their names, where the articles mention them, and programme facts."""

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from eastflank.schema.provenance import paragraph_ref, span_end, span_start
from eastflank.schema.vocabularies import EntityMethod, EntityType, one_of


class Entity(SQLModel, table=True):
    """One row per real-world person, organization, country, place or programme."""

    __tablename__ = "entities"

    id: str = Field(
        primary_key=True, description="Stable slug from the reference data (e.g. nato, md, jens-stoltenberg)."
    )
    name: str = Field(index=True, description="Canonical English name.")
    type: str = Field(index=True, description=one_of("What kind of thing it is.", EntityType))
    wikidata_id: str | None = Field(default=None, description="Wikidata item id (Q...), where known.")
    description: str | None = Field(default=None, description="One line saying who or what it is.")
    latitude: float | None = Field(default=None, description="WGS 84 latitude, for countries and places.")
    longitude: float | None = Field(default=None, description="WGS 84 longitude, for countries and places.")
    parent_entity_id: str | None = Field(
        default=None, foreign_key="entities.id", index=True, description="The entity this one belongs to, if any."
    )
    source: str = Field(default="reference", description="reference (curated in seeds/reference) or extracted.")
    method: str = Field(
        default="reference", description=one_of("How it was found: curated, or learned by a rule.", EntityMethod)
    )
    confidence: float = Field(
        default=1.0, description="1.0 for curated entities; the rule's measured precision for extracted ones."
    )


class EntityAlias(SQLModel, table=True):
    """One row per surface form under which an entity is matched."""

    __tablename__ = "entity_aliases"

    entity_id: str = Field(primary_key=True, foreign_key="entities.id", description="The entity named.")
    alias: str = Field(primary_key=True, description="A name, acronym or demonym as written in English news.")
    kind: str = Field(
        default="alias", description="name, alias, demonym or context (matched only beside another name)."
    )


class Mention(SQLModel, table=True):
    """One row per occurrence of an entity's name in a paragraph."""

    __tablename__ = "mentions"
    __table_args__ = (
        # Covers an entity's mentions with their spans, so finding the events whose evidence names it reads no rows.
        Index(
            "ix_mentions_entity_id_paragraph_id_start_char_end_char",
            "entity_id",
            "paragraph_id",
            "start_char",
            "end_char",
        ),
        # An article's mentions of one entity, read per article while documents are walked in date order.
        Index("ix_mentions_document_id_entity_id", "document_id", "entity_id"),
    )

    id: str = Field(primary_key=True, description="Stable id: a hash of paragraph id, span and entity id.")
    paragraph_id: str = paragraph_ref("the mention")
    document_id: str = Field(foreign_key="documents.id", description="Document holding the mention.")
    entity_id: str = Field(foreign_key="entities.id", description="The entity mentioned.")
    text: str = Field(description="The words as written, equal to paragraphs.text[start_char:end_char].")
    start_char: int = span_start("the mention")
    end_char: int = span_end("the mention")
    method: str = Field(description="How it was found: gazetteer, demonym, context or a rule name.")


class Programme(SQLModel, table=True):
    """One row per partnership or cooperation programme (its entity row holds its name)."""

    __tablename__ = "programmes"

    entity_id: str = Field(primary_key=True, foreign_key="entities.id", description="The programme's row in entities.")
    acronym: str | None = Field(default=None, description="Short form, e.g. IPAP, ITPP, PfP.")
    owner_entity_id: str | None = Field(
        default=None, foreign_key="entities.id", index=True, description="Organization that runs it (e.g. nato)."
    )
    start_year: int | None = Field(default=None, description="Year the programme began.")
    end_year: int | None = Field(default=None, description="Year it ended or is set to end, if any.")
    predecessor_id: str | None = Field(
        default=None, foreign_key="programmes.entity_id", index=True, description="Programme it replaced."
    )
    successor_id: str | None = Field(
        default=None, foreign_key="programmes.entity_id", index=True, description="Programme that replaced it."
    )
