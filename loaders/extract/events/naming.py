"""Short readable names for events, built from the trigger and the entities around it.

A gathering that the text names keeps its name ("NATO-Industry Forum", "Riga Summit",
"European Council meeting"); other events get a name from their type's pattern and their
participants' canonical names ("Montenegro invited to Membership Action Plan", "Joint press
conference of Jens Stoltenberg and Dorin Recean").
"""

import re

from eastflank.loaders.extract.events.triggers import Hit
from eastflank.loaders.extract.text.paragraph_input import EntityIndex, MentionSpan

NAME_WORD = r"[A-Z][\w’'.-]*"
NAME_WORDS = re.compile(rf"(?:\d{{4}}\s+)?{NAME_WORD}(?:\s+(?:(?:of\s+the|of|and|for|on)\s+)?{NAME_WORD})*\s+$")
YEAR_AFTER = re.compile(r"\s+(\d{4})\b")
CITY_AFTER = re.compile(r"\s+in\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")
LEADING_ARTICLE = re.compile(r"^(?:The|A|An)\s+")
MAX_NAMES = 3
PREPOSITION = {"transition": "to"}

Roles = list[tuple[str, str]]


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
    if lead is None and not noun[:1].isupper():
        return None
    name = (lead.group() if lead is not None else "") + noun
    year, city = YEAR_AFTER.match(text, hit.end), CITY_AFTER.match(text, hit.end)
    name += f" {year.group(1)}" if year is not None else (f" in {city.group(1)}" if city is not None else "")
    name = LEADING_ARTICLE.sub("", name)
    return name if name != noun or noun[:1].isupper() else None


def event_name(
    text: str, hit: Hit, roles: Roles, place: str | None, frame: str | None, entities: EntityIndex, own: str | None
) -> str:
    """A name for the event: `own` is the name the text gives it, `frame` the named gathering
    it happened at, if any."""
    kind = hit.trigger.type
    core = own if own is not None else _typed_name(text, hit, _names_by_role(roles, entities))
    if frame is not None and kind not in ("summit", "conference", "forum", "meeting"):
        core = f"{frame} {core.lower()}" if core.lower() == hit.trigger.label else f"{frame}: {core}"
    if place is not None and kind in ("summit", "conference", "forum", "meeting", "exercise", "election"):
        place_name = _entity_name(place, entities)
        core = core if place_name in core else f"{core} in {place_name}"
    return core


def _typed_name(text: str, hit: Hit, names: dict[str, list[str]]) -> str:
    """The type's pattern filled with the participants' names; a noun trigger lends its words
    ("Memorandum of understanding between ..."), a verb its label ("Meeting of ...")."""
    kind, label = hit.trigger.type, hit.trigger.label
    surface = label if hit.is_verb else text[hit.start : hit.end]
    everyone = [n for role, role_names in names.items() if role != "programme" for n in role_names]
    if kind == "statement":
        return _phrase("Statement", "by", names.get("speaker", [])) + _phrase("", "on", names.get("subject", []))
    if kind == "press_conference":
        joint = text[max(0, hit.start - 6) : hit.start].lower().strip() == "joint"
        return _phrase("Joint press conference" if joint else "Press conference", "of", names.get("speaker", everyone))
    if kind == "invitation" and names.get("invitee"):
        return _join(names["invitee"]) + " invited" + _phrase("", "to", names.get("subject", []))
    if kind == "accession":
        return _phrase("Accession", "of", names.get("subject", [])) + _phrase("", "to", names.get("partner", []))
    if kind == "programme_change":
        return _phrase(
            label.capitalize(), PREPOSITION.get(label, "of"), names.get("programme") or names.get("subject", everyone)
        )
    if kind == "agreement":
        return _phrase(surface[0].upper() + surface[1:], "between", names.get("partner", everyone))
    if kind == "visit":
        return _phrase("Visit", "of", names.get("participant", [])) + _phrase("", "to", names.get("host", []))
    agents = names.get("organiser") or names.get("host") or names.get("subject") or everyone
    title = label.capitalize() if kind in ("decision", "assistance_package") else surface[0].upper() + surface[1:]
    return _phrase(title, "of", agents) + _phrase(
        "", "for", names.get("partner", []) if kind == "assistance_package" else []
    )


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


def _phrase(head: str, preposition: str, names: list[str]) -> str:
    """ "Visit" "of" [A, B] -> "Visit of A and B"; with an empty head, a suffix " of A and B"."""
    if not names:
        return head
    return f"{head} {preposition} {_join(names)}"


def _join(names: list[str]) -> str:
    shown = names[:MAX_NAMES]
    tail = " and others" if len(names) > MAX_NAMES else ""
    if len(shown) == 1:
        return shown[0] + tail
    return ", ".join(shown[:-1]) + " and " + shown[-1] + tail
