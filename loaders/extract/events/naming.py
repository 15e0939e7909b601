"""Short readable names for events, built from the trigger and the entities around it.

A gathering that the text names keeps its name ("NATO-Industry Forum", "Riga Summit",
"European Council meeting"); other events get a name from their type's pattern and their
participants' canonical names ("Montenegro invited to Membership Action Plan", "Joint press
conference of Jens Stoltenberg and Dorin Recean").
"""

import re

from eastflank.loaders.extract.events.name_phrases import join, phrase
from eastflank.loaders.extract.events.statement_names import statement_name
from eastflank.loaders.extract.events.subject_words import told_subject
from eastflank.loaders.extract.events.triggers import Hit
from eastflank.loaders.extract.text.paragraph_input import EntityIndex, MentionSpan

NAME_WORD = r"[A-Z][\w’'.-]*"
NAME_WORDS = re.compile(rf"(?:\d{{4}}\s+)?{NAME_WORD}(?:\s+(?:(?:of\s+the|of|and|for|on)\s+)?{NAME_WORD})*\s+$")
YEAR_AFTER = re.compile(r"\s+(\d{4})\b")
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
CITY_AFTER = re.compile(rf"\s+in\s+(?!{MONTH})([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")
SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;“\"(]|\n)\s*$")
"""Only what opens the sentence before a noun: "Talks between ..." is capitalised, not named."""
LEADING_ARTICLE = re.compile(r"^(?:The|A|An)\s+")
POSSESSIVE_END = re.compile(r"[’']s\s*$")
JOINED_AFTER = re.compile(r"\s+to\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")
JOINABLE = frozenset({"organization", "programme"})
COMPANION_BEFORE = re.compile(r"\b(?:with|alongside|along\s+with|together\s+with|like)\s+(?:the\s+)?$", re.IGNORECASE)
PREPOSITION = {"transition": "to"}

Roles = list[tuple[str, str]]
Span = tuple[int, int]


def proper_name(text: str, hit: Hit, mentions: tuple[MentionSpan, ...], entities: EntityIndex) -> str | None:
    """The name the text gives a gathering, if it gives one."""
    if hit.is_verb:
        return None
    for mention in mentions:
        if mention.end == hit.end and mention.start <= hit.start:
            info = entities.get(mention.entity_id)
            return info.name if info is not None else mention.text
    lead = NAME_WORDS.search(text[max(0, hit.start - 80) : hit.start])
    noun = text[hit.start : hit.end]
    if lead is not None and POSSESSIVE_END.search(lead.group()) is not None:
        lead = None
    if lead is None and (not noun[:1].isupper() or SENTENCE_OPENING.search(text, 0, hit.start) is not None):
        return None
    name = (lead.group() if lead is not None else "") + noun
    year, city = YEAR_AFTER.match(text, hit.end), CITY_AFTER.match(text, hit.end)
    name += f" {year.group(1)}" if year is not None else (f" in {city.group(1)}" if city is not None else "")
    name = LEADING_ARTICLE.sub("", name)
    return name if name != noun or noun[:1].isupper() else None


def event_name(
    text: str,
    hit: Hit,
    roles: Roles,
    place: str | None,
    frame: str | None,
    entities: EntityIndex,
    own: str | None,
    clause: Span,
    mentions: tuple[MentionSpan, ...] = (),
    subject: Span | None = None,
) -> str:
    """A name for the event from its own clause: `own` is the name the text gives it, `frame`
    the named gathering it happened at, if any; `clause` and its `mentions` are where the
    event is told."""
    kind = hit.trigger.type
    if own is None and kind == "accession":
        roles = _joined(text, roles, clause, mentions, entities)
    names = _names_by_role(roles, entities)
    core = own if own is not None else _typed_name(text, hit, names, clause, frame)
    bare = core.lower() in (hit.trigger.label, text[hit.start : hit.end].lower())
    if own is None and frame is None and bare and not names and kind not in ("statement", "press_conference"):
        core += _subject_suffix(text, hit, clause, subject)
    if frame is not None and kind not in ("summit", "conference", "forum", "meeting"):
        core = f"{frame} {core.lower()}" if core.lower() == hit.trigger.label else f"{frame}: {core}"
    if place is not None and kind in ("summit", "conference", "forum", "meeting", "exercise", "election"):
        place_name = _entity_name(place, entities)
        core = core if place_name in core else f"{core} in {place_name}"
    return core


def _subject_suffix(text: str, hit: Hit, clause: Span, subject: Span | None) -> str:
    """ " of the parties" for "the parties will open consultations", " on tailored package" for
    an agreement or decision told in the passive ("A tailored package was agreed"); "" with no
    short subject."""
    told = told_subject(text, hit, clause, subject)
    if told is None:
        return ""
    if hit.passive and hit.trigger.type in ("agreement", "decision"):
        return " on " + LEADING_ARTICLE.sub("", told)
    return " of " + (told[0].lower() + told[1:] if LEADING_ARTICLE.match(told) else told)


def _joined(text: str, roles: Roles, clause: Span, mentions: tuple[MentionSpan, ...], entities: EntityIndex) -> Roles:
    """An accession is of its subject to the body it joins: a partner named "with" or
    "alongside" it is a fellow candidate or a depositary, a state is not joined, and where a
    state is among the subjects, a body named beside it is not the one acceding."""
    companions = {
        m.entity_id
        for m in mentions
        if clause[0] <= m.start < clause[1] and COMPANION_BEFORE.search(text, max(clause[0], m.start - 30), m.start)
    }
    states = any(role == "subject" and _entity_type(e, entities) == "country" for e, role in roles)
    return [
        (entity_id, role)
        for entity_id, role in roles
        if (role != "partner" or (entity_id not in companions and _entity_type(entity_id, entities) in JOINABLE))
        and (role != "subject" or not states or _entity_type(entity_id, entities) == "country")
    ]


def _entity_type(entity_id: str, entities: EntityIndex) -> str | None:
    info = entities.get(entity_id)
    return None if info is None else info.type


def _typed_name(text: str, hit: Hit, names: dict[str, list[str]], clause: Span, frame: str | None) -> str:
    """The type's pattern filled with the participants' names; a noun trigger lends its words
    ("Memorandum of understanding between ..."), a verb its label ("Meeting of ...")."""
    kind, label = hit.trigger.type, hit.trigger.label
    surface = label if hit.is_verb else text[hit.start : hit.end]
    everyone = [n for role, role_names in names.items() if role != "programme" for n in role_names]
    if kind == "statement":
        return statement_name(text, hit, clause, names, frame)
    if kind == "press_conference":
        joint = text[max(0, hit.start - 6) : hit.start].lower().strip() == "joint"
        return phrase("Joint press conference" if joint else "Press conference", "of", names.get("speaker", everyone))
    if kind == "invitation" and names.get("invitee"):
        return join(names["invitee"]) + " invited" + phrase("", "to", names.get("subject", []))
    if kind == "accession":
        joined = JOINED_AFTER.match(text, hit.end, clause[1])
        bodies = names.get("partner") or ([] if joined is None else [joined.group(1)])
        step = "Accession" if hit.is_verb or surface.lower() == label else surface[0].upper() + surface[1:]
        return phrase(step, "of", names.get("subject", [])) + phrase("", "to" if step == "Accession" else "for", bodies)
    if kind == "programme_change":
        return phrase(
            label.capitalize(), PREPOSITION.get(label, "of"), names.get("programme") or names.get("subject", everyone)
        )
    if kind == "agreement":
        return _agreement(surface[0].upper() + surface[1:], names)
    if kind in ("visit", "deployment"):
        title = "Visit" if kind == "visit" else surface[0].upper() + surface[1:]
        return phrase(title, "of", names.get("participant", [])) + phrase("", "to", names.get("host", []))
    if kind == "decision" and not names.get("organiser"):
        return phrase(label.capitalize(), "on", names.get("subject", everyone))
    if kind == "assistance_package":
        givers = names.get("organiser") or names.get("host") or names.get("subject", [])
        return phrase(label.capitalize(), "by", givers) + phrase("", "for", names.get("partner", []))
    agents = names.get("organiser") or names.get("host") or names.get("subject") or everyone
    title = label.capitalize() if kind == "decision" else surface[0].upper() + surface[1:]
    on = names.get("subject", []) if kind == "decision" and names.get("organiser") else []
    return phrase(title, "of", agents) + phrase("", "on", [n for n in on if n not in agents])


def _agreement(title: str, names: dict[str, list[str]]) -> str:
    """ "Agreement between A and B on C": the parties are its partners, what it covers the
    programme or subject agreed ("the country agreed its first action plan")."""
    parties = names.get("partner", [])
    topics = [n for n in names.get("programme") or names.get("subject", []) if n not in parties]
    head = phrase(title, "between" if len(parties) > 1 else "of", parties)
    return head + phrase("", "on", topics)


def _names_by_role(roles: Roles, entities: EntityIndex) -> dict[str, list[str]]:
    """Canonical names by role; programmes are the subject of a programme change, so they
    are also filed under "programme"."""
    names: dict[str, list[str]] = {}
    for entity_id, role in roles:
        names.setdefault(role, []).append(_entity_name(entity_id, entities))
        info = entities.get(entity_id)
        if info is not None and info.type == "programme":
            names.setdefault("programme", []).append(info.name)
    return names


def _entity_name(entity_id: str, entities: EntityIndex) -> str:
    info = entities.get(entity_id)
    return info.name if info is not None else entity_id
