"""Entities the reference data lacks, found in one paragraph by three rules.

- title_rule: a person named beside a title or role (new_people);
- organization_rule: a capitalised name with an organization head word (new_organizations);
- acronym_definition: "Full Name (ACR)" or "ACR (Full Name)" (acronyms).

A new entity never merges into a reference entity by accident: its id is
`x-<type>-<slug of its full name>`, and it takes a reference id only when its full name is
exactly that entity's name. Spans never overlap the paragraph's existing mentions.

Confidence is each rule's precision measured on the seed articles with only countries and
places known (so every person and organization had to be found by the rules): title_rule
7 of 7 right, organization_rule 16 of 17, acronym_definition 19 of 20, taken as (k+1)/(n+2)
so that a rule measured on few names stays below 1. The rules were written on these
articles, so the figures are optimistic; `tests/loaders/extract/test_facts_on_seed_gold.py`
repeats the measurement and fails when it drifts from these constants.
"""

import re
from dataclasses import dataclass, replace

from eastflank.loaders.extract.entities.learned.organizations import OrganizationName, find_organizations
from eastflank.loaders.extract.entities.learned.people import PersonName, find_people
from eastflank.loaders.extract.facts.acronyms import AcronymDefinition, find_acronym_definitions
from eastflank.loaders.extract.text.paragraph_input import EntityIndex, MentionSpan, ParagraphInput
from eastflank.loaders.extract.text.span_index import ByPosition, SpanIndex
from eastflank.loaders.extract.word_lists import WordLists
from eastflank.loaders.ids import slugify

CONFIDENCE = {"title_rule": 0.88, "organization_rule": 0.89, "acronym_definition": 0.9}
PROGRAMME_NOUNS = ("instrument", "programme", "program", "initiative", "plan", "mechanism", "facility", "fund")
PARENT_TYPES = ("country", "organization")
LONG_FORM_SLACK = 40
COUNTRY_AFTER = re.compile(r" of (?:the )?[\w’' -]+")


@dataclass(frozen=True)
class NewEntity:
    """One span naming an entity the gazetteer did not mark, and that entity."""

    entity_id: str
    name: str
    type: str
    method: str
    confidence: float
    start: int
    end: int
    text: str
    description: str | None = None
    parent_entity_id: str | None = None
    acronym: str | None = None
    is_reference: bool = False
    bare_is_generic: bool = False


def find_new_entities(paragraph: ParagraphInput, known: EntityIndex, words: WordLists) -> list[NewEntity]:
    """New people, organizations and acronyms in one paragraph, in text order, non-overlapping."""
    names = known_names(known)
    mentions = ByPosition(paragraph.mentions)
    taken = [(m.start, m.end) for m in paragraph.mentions]
    found_people = find_people(paragraph.text, words.titles, taken, words.organizations.name_enders)
    people = [_person(paragraph, p, names) for p in found_people]
    organizations = [
        _organization(paragraph, mentions, o, names)
        for o in find_organizations(paragraph, known, words.organizations, words.titles)
        if not o.is_generic or o.qualifier_id is not None
    ]
    acronyms = [
        r
        for d in find_acronym_definitions(paragraph.text)
        for r in _acronym(paragraph, mentions, d, organizations, names, words)
    ]
    return _non_overlapping(acronyms + organizations + people, SpanIndex(taken))


def entity_id_for(kind: str, name: str, names: dict[str, str]) -> tuple[str, bool]:
    """The reference id when the name is exactly a known entity's name, else `x-<type>-<slug>`."""
    known = names.get(name.casefold())
    return (known, True) if known is not None else (f"x-{kind}-{slugify(name)}", False)


_NAME_CACHE: dict[int, tuple[EntityIndex, int, dict[str, str]]] = {}


def known_names(known: EntityIndex) -> dict[str, str]:
    """Casefolded canonical name -> id (names two entities share are left out), built once per
    index rather than once per paragraph."""
    cached = _NAME_CACHE.get(id(known))
    if cached is not None and cached[0] is known and cached[1] == len(known.entities):
        return cached[2]
    names: dict[str, str] = {}
    shared = set()
    for info in known.entities.values():
        key = info.name.casefold()
        if names.get(key, info.id) != info.id:
            shared.add(key)
        names[key] = info.id
    result = {k: v for k, v in names.items() if k not in shared}
    _NAME_CACHE.clear()
    _NAME_CACHE[id(known)] = (known, len(known.entities), result)
    return result


def _person(paragraph: ParagraphInput, person: PersonName, names: dict[str, str]) -> NewEntity:
    entity_id, is_reference = entity_id_for("person", person.name, names)
    return NewEntity(
        entity_id,
        person.name,
        "person",
        "title_rule",
        CONFIDENCE["title_rule"],
        person.start,
        person.end,
        paragraph.text[person.start : person.end],
        description=person.title.title,
        is_reference=is_reference,
    )


def _organization(
    paragraph: ParagraphInput, mentions: ByPosition[MentionSpan], organization: OrganizationName, names: dict[str, str]
) -> NewEntity:
    text = paragraph.text[organization.start : organization.end]
    written = names.get(f"{_qualifier_text(paragraph.text, mentions, organization)}{text}".casefold())
    entity_id, is_reference = (
        (written, True) if written is not None else entity_id_for("organization", organization.name, names)
    )
    parent = organization.qualifier_id if organization.qualifier_type in PARENT_TYPES else None
    return NewEntity(
        entity_id,
        organization.name,
        "organization",
        "organization_rule",
        CONFIDENCE["organization_rule"],
        organization.start,
        organization.end,
        text,
        parent_entity_id=parent,
        is_reference=is_reference,
        bare_is_generic=organization.is_generic,
    )


def _qualifier_text(text: str, mentions: ByPosition[MentionSpan], organization: OrganizationName) -> str:
    """The mention written right before the name ("Romanian " of "Romanian Ministry ..."), if any."""
    before = mentions.covering(organization.start - 2)
    if before is None or before.entity_id != organization.qualifier_id or text[before.end : organization.start] != " ":
        return ""
    return text[before.start : organization.start]


def _acronym(
    paragraph: ParagraphInput,
    mentions: ByPosition[MentionSpan],
    definition: AcronymDefinition,
    organizations: list[NewEntity],
    names: dict[str, str],
    words: WordLists,
) -> list[NewEntity]:
    start, end = definition.acronym_start, definition.acronym_start + len(definition.acronym)
    if mentions.overlaps(start, end):
        return []
    target = _named_target(paragraph, mentions, definition, organizations)
    if target is None and definition.verified:
        target = _long_form_entity(paragraph, definition, names, words)
    if target is None:
        return []
    alias = replace(
        target,
        method="acronym_definition",
        confidence=CONFIDENCE["acronym_definition"],
        start=start,
        end=end,
        text=definition.acronym,
        acronym=definition.acronym,
        bare_is_generic=False,
    )
    is_new_long_form = target.method == "acronym_definition"
    return [alias, target] if is_new_long_form else [alias]


def _named_target(
    paragraph: ParagraphInput,
    mentions: ByPosition[MentionSpan],
    definition: AcronymDefinition,
    organizations: list[NewEntity],
) -> NewEntity | None:
    """The known mention or new organization that the long form names."""
    low, high = definition.long_start - LONG_FORM_SLACK, definition.long_start + len("the ")
    mention = next(
        (m for m in mentions.within(low, definition.long_end) if m.end == definition.long_end and m.start <= high), None
    )
    if mention is not None:
        return NewEntity(
            mention.entity_id,
            mention.text,
            mention.entity_type,
            "gazetteer",
            1.0,
            mention.start,
            mention.end,
            mention.text,
            is_reference=True,
        )
    ending = [
        o
        for o in organizations
        if low <= o.start and o.end <= definition.long_end and _ends_long_form(paragraph, o, definition)
    ]
    return ending[-1] if ending else None


def _ends_long_form(paragraph: ParagraphInput, organization: NewEntity, definition: AcronymDefinition) -> bool:
    """The organization ends the long form, or only its country follows ("... of Albania")."""
    gap = paragraph.text[organization.end : definition.long_end]
    qualifier_follows = COUNTRY_AFTER.fullmatch(gap) is not None and organization.parent_entity_id is not None
    return gap == "" or qualifier_follows


def _long_form_entity(
    paragraph: ParagraphInput, definition: AcronymDefinition, names: dict[str, str], words: WordLists
) -> NewEntity | None:
    long_form = paragraph.text[definition.long_start : definition.long_end]
    kind = _long_form_type(paragraph, definition, long_form.split(), words)
    if kind is None:
        return None
    entity_id, is_reference = entity_id_for(kind, long_form, names)
    return NewEntity(
        entity_id,
        long_form,
        kind,
        "acronym_definition",
        CONFIDENCE["acronym_definition"],
        definition.long_start,
        definition.long_end,
        long_form,
        is_reference=is_reference,
    )


def _long_form_type(
    paragraph: ParagraphInput, definition: AcronymDefinition, long_words: list[str], words: WordLists
) -> str | None:
    """An event ("NATO-Industry Forum (NIF)") is no entity; an organization head wins over a
    programme word ("Euro-Atlantic Partnership Council"); "the SAFE (...) instrument" is a programme."""
    lists = words.organizations
    if any(w in lists.event_heads for w in long_words):
        return None
    if any(w in lists.heads for w in long_words):
        return "organization"
    after_start = max(definition.long_end, definition.acronym_start + len(definition.acronym))
    after = paragraph.text[after_start : after_start + 20].lstrip(") ").lower()
    is_programme = any(w in lists.programme_heads for w in long_words) or after.startswith(PROGRAMME_NOUNS)
    return "programme" if is_programme else "organization"


def _non_overlapping(candidates: list[NewEntity], taken: SpanIndex) -> list[NewEntity]:
    """First come first kept (acronyms, then organizations, then people); none over a mention."""
    kept: list[NewEntity] = []
    for candidate in candidates:
        if not taken.overlaps(candidate.start, candidate.end):
            kept.append(candidate)
            taken.add(candidate.start, candidate.end)
    return sorted(kept, key=lambda k: k.start)
