"""Who took part in an event, and in which role.

Roles come from the words around each name, strongest first: a cue before it ("organised by",
"chaired by", "inviting", "with"), a cue after it ("will host", "co-organise"), the role of the
name it is listed with ("Bosnia and Herzegovina, Montenegro and Serbia"), and last its place
around the trigger: the agent before a verb (after "by" in the passive), the object after it,
each with the role the event type gives them (the agent of a statement is its speaker). A name in
a fronted phrase of cause or sequence ("Following the attack by Russia, ...") and a country in
brackets after a place ("Mons (Belgium)") take no part.
"""

import re

from eastflank.loaders.extract.events.location import PLACE_BEFORE
from eastflank.loaders.extract.events.triggers import Hit
from eastflank.loaders.extract.text.paragraph_input import MentionSpan

PARTICIPANT_TYPES = frozenset({"person", "organization", "country", "programme"})
WORDS_UP_TO_5 = r"(?:[\w’'.-]+\s+){0,5}"
CUES_BEFORE = (
    (re.compile(r"\b(?:co-)?organi[sz]ed\s+by\s+" + WORDS_UP_TO_5 + "$", re.IGNORECASE), "organiser"),
    (re.compile(r"\bhosted\s+by\s+" + WORDS_UP_TO_5 + "$", re.IGNORECASE), "host"),
    (
        re.compile(
            r"\b(?:chaired|presided\s+over|presided)\s+by\s+" + WORDS_UP_TO_5 + r"$|\bchairmanship\s+of\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
        "chair",
    ),
    (
        re.compile(r"\b(?:inviting|invited|invites|invite|invitation\s+(?:of|to|for))\s+(?:the\s+)?$", re.IGNORECASE),
        "invitee",
    ),
    (
        re.compile(
            r"\b(?:delivered|donated|supplied|handed\s+over|sent|given|transferred|deployed|redeployed|stationed)"
            r"(?:\s+[\w’'-]+){0,3}?\s+(?:to|in)\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
        "recipient",
    ),
    (re.compile(r"\bby\s+" + WORDS_UP_TO_5 + "$", re.IGNORECASE), "agent"),
    (
        re.compile(
            r"\b(?:with|alongside|between)\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,2}$|\b(?:told|tells)\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
        "partner",
    ),
    (
        re.compile(
            r"\b(?:join|joins|joined|joining|accede\s+to|acceded\s+to|member\s+of|membership\s+of)\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
        "partner",
    ),
)
CUE_WORDS_BEFORE = re.compile(
    r"\b(?:by|with|alongside|between|told|tells|join\w*|accede\w*|member\w*|invit\w*|chair\w*|presided|"
    r"delivered|donated|supplied|handed|sent|given|transferred|deployed|redeployed|stationed)\b",
    re.IGNORECASE,
)
"""Every word a cue before a name holds: a lead without one skips the cues, one search not eight."""
CUE_WORDS_AFTER = re.compile(r"host|organi[sz]|chair", re.IGNORECASE)
LEAD_IN = r"^(?:\s*\([^)]*\))?\s*(?:will\s+|would\s+|is\s+to\s+|to\s+|also\s+|jointly\s+)?"
ACTIVE = r"\b(?!\s+by\b)"
CUES_AFTER = (
    (re.compile(LEAD_IN + r"(?:co-)?host(?:s|ed|ing)?" + ACTIVE, re.IGNORECASE), "host"),
    (re.compile(LEAD_IN + r"(?:co-)?organi[sz](?:e|es|ed|ing)" + ACTIVE, re.IGNORECASE), "organiser"),
    (re.compile(LEAD_IN + r"chair(?:s|ed)?" + ACTIVE, re.IGNORECASE), "chair"),
)
LIST_SEPARATOR = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+(?:of\s+)?)(?:the\s+)?$")
AFFILIATION_GAP = re.compile(
    r"^(?:[’']s)?(?:\s*,?\s*(?:[A-Z][\w.’'-]*|of|the|and|new|former|acting|current|outgoing|incoming|then))*\s*,?\s*$"
)
"""Between a body or state and the person it qualifies: "Ukraine's new President", "NATO
Secretary General", "the Minister of Defence of Moldova,"."""
POSSESSIVE_GAP = re.compile(r"^[’']s\s+$")
LIGHT_VERB = re.compile(
    r"\b(?:took|takes|take|taken|made|makes|make|reached|reaches|issued|issues|held|holds|gave|gives)\b", re.IGNORECASE
)
AGENT_OBJECT = {
    "statement": ("speaker", "subject"),
    "press_conference": ("speaker", "speaker"),
    "decision": ("organiser", "subject"),
    "invitation": ("organiser", "invitee"),
    "assistance_package": ("organiser", "partner"),
    "accession": ("subject", "partner"),
    "agreement": ("partner", "partner"),
    "programme_change": ("organiser", "subject"),
    "election": ("subject", "subject"),
    "exercise": ("organiser", "participant"),
    "visit": ("participant", "host"),
    "deployment": ("participant", "host"),
}
GATHERING_ROLES = ("participant", "participant")
PRONOUN_SUBJECT = re.compile(r"\b(?:they|he|she|we|I)\s+(?:\w+\s+){0,2}$")
"""A pronoun right before the verb is its subject: a name further back ("Georgia will join, a
pledge they reaffirmed") is what the verb is about, not who did it."""
FRONTED = re.compile(
    r"[\s•·*–-]*(?:(?:following|after|before|despite|amid|given|due\s+to|in\s+response\s+to|in\s+the\s+wake\s+of|"
    r"at\s+the\s+(?:request|invitation|initiative)\s+of)\s[^,;]*),",
    re.IGNORECASE,
)
"""A phrase that opens the clause and says what came before or what led to the event
("Following the attack by Russia, ...", "At the request of the government, ..."): whoever it
names did that, not the event."""


def participants(
    text: str, hit: Hit, scopes: list[tuple[int, int]], mentions: tuple[MentionSpan, ...], verbs: tuple[int, ...]
) -> list[tuple[str, str]]:
    """(entity id, role) for each entity named in the scopes, one role per entity, in text order.

    `verbs` are the offsets of the clause's verb triggers: a name before a noun trigger is
    its agent only with such a verb between them ("NATO approved an assistance package").
    """
    fronted = _fronted(text, scopes[-1], hit)
    named = [
        m
        for m in mentions
        if any(a <= m.start and m.end <= b for a, b in scopes) and not (fronted[0] <= m.start < fronted[1])
    ]
    found: dict[str, str] = {}
    previous: tuple[MentionSpan, str] | None = None
    for index, mention in enumerate(named):
        if not _takes_part(text, hit, mention, named[index + 1 : index + 2], scopes[0][0]):
            continue
        role = _role(text, hit, mention, previous, scopes[-1], verbs)
        found.setdefault(mention.entity_id, role)
        previous = (mention, role)
    return list(found.items())


def _fronted(text: str, clause: tuple[int, int], hit: Hit) -> tuple[int, int]:
    """The span of a fronted phrase of cause or sequence that opens the clause, unless the
    trigger lies in it; (0, 0) where there is none."""
    found = FRONTED.match(text, clause[0], clause[1])
    if found is None or found.start() <= hit.start < found.end():
        return (0, 0)
    return found.span()


def agent_role(hit: Hit) -> str:
    """The role of whoever does what the trigger reports (the speaker of a statement)."""
    return AGENT_OBJECT.get(hit.trigger.type, GATHERING_ROLES)[0]


def agent_ids(roles: list[tuple[str, str]], hit: Hit) -> list[str]:
    """Entities in the agent's role, for a clause that goes on without naming its subject again."""
    return [entity for entity, role in roles if role == agent_role(hit)]


def _takes_part(text: str, hit: Hit, mention: MentionSpan, following: list[MentionSpan], floor: int) -> bool:
    """People, bodies, states and programmes take part; a place after "in" does not, nor a body
    or state that only says whom the next person or body belongs to ("NATO Secretary General
    Jens Stoltenberg", "Moldova's Ministry of Defence"), nor whoever is credited with a quote
    the trigger stands in."""
    if mention.entity_type not in PARTICIPANT_TYPES:
        return False
    if mention.entity_type == "country" and PLACE_BEFORE.search(text[max(floor, mention.start - 40) : mention.start]):
        return False
    if mention.entity_type == "country" and _gloss(text, mention):
        return False
    if mention.start >= hit.end and "”" in text[hit.end : mention.start]:
        return False
    if not following or mention.entity_type == "person":
        return True
    gap = text[mention.end : following[0].start]
    if POSSESSIVE_GAP.match(gap) is not None:
        return False
    return following[0].entity_type != "person" or AFFILIATION_GAP.match(gap) is None


def _gloss(text: str, mention: MentionSpan) -> bool:
    """A country alone in brackets after a place says where the place lies: "in Mons (Belgium)".

    The bracket is found by stepping back over blanks only: searching the text back for the
    last "(" cost a paragraph's length per place, the square of it on a line without brackets."""
    opening = mention.start - 1
    while opening >= 0 and text[opening].isspace():
        opening -= 1
    return (
        opening >= 0
        and text[opening] == "("
        and text[mention.end : mention.end + 1] == ")"
        and text[max(0, opening - 2) : opening].strip()[-1:].isalpha()
    )


def _role(
    text: str,
    hit: Hit,
    mention: MentionSpan,
    previous: tuple[MentionSpan, str] | None,
    clause: tuple[int, int],
    verbs: tuple[int, ...],
) -> str:
    if hit.trigger.type == "press_conference" and mention.entity_type == "person":
        return "speaker"
    lead = text[max(clause[0], previous[0].end if previous else clause[0], mention.start - 80) : mention.start]
    agent, patient = AGENT_OBJECT.get(hit.trigger.type, GATHERING_ROLES)
    if CUE_WORDS_BEFORE.search(lead) is not None:
        for pattern, role in CUES_BEFORE:
            if pattern.search(lead):
                return agent if role == "agent" else (patient if role == "recipient" else role)
    if previous is not None and LIST_SEPARATOR.match(lead):
        return previous[1]
    tail = text[mention.end : min(clause[1], mention.end + 40)]
    if CUE_WORDS_AFTER.search(tail) is not None:
        for pattern, role in CUES_AFTER:
            if pattern.match(tail):
                return role
    return _default_role(text, hit, mention, agent, patient, verbs)


def _default_role(text: str, hit: Hit, mention: MentionSpan, agent: str, patient: str, verbs: tuple[int, ...]) -> str:
    if hit.trigger.type == "press_conference":
        return "participant"
    if mention.entity_type == "programme":
        return "subject"
    before = mention.end <= hit.start
    if hit.trigger.type == "programme_change" and before and mention.entity_type == "country":
        return "subject"
    if before and hit.is_verb and not hit.passive and PRONOUN_SUBJECT.search(text, mention.end, hit.start):
        return patient
    acts = (
        hit.is_verb
        or agent in ("subject", "participant")
        or any(mention.end <= v < hit.start for v in verbs)
        or LIGHT_VERB.search(text, mention.end, hit.start) is not None
    )
    if before and not hit.passive and not acts:
        return "participant"
    return agent if before != hit.passive else patient
