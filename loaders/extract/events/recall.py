"""Gatherings the document has already reported, so that a later mention points back at one.

An analyst counts one summit however often an article names it: "during the Bucharest
Summit" two paragraphs after "at the NATO Summit in Bucharest (2008)" is the same summit,
and what the later sentence says was done there happened when it did. "During the visit"
likewise points at the last visit reported. Such a mention makes no new event; it dates the
events of its sentence instead. Only gatherings dated by the text itself are remembered, and
without their date expression: that lies in another paragraph, which the event row does not
point into. A gathering told again with the same day and participants is no second one. The
last dated event of any kind is kept too: "Ceremonies were held simultaneously
in Mons and Norfolk" a paragraph after the flag was raised on Monday happened on Monday.
"""

from dataclasses import dataclass, field

from eastflank.loaders.extract.events.dates import EventDate
from eastflank.loaders.extract.events.triggers import POSSESSIVES, Hit

MIN_SHARED = 2


@dataclass
class ReportedGatherings:
    """The dates of the gatherings reported so far in one document, read in order."""

    by_place: dict[tuple[str, str], EventDate] = field(default_factory=dict)
    last: dict[str, EventDate] = field(default_factory=dict)
    latest: EventDate | None = None
    """The date of the last event of any kind the text dated, for a sentence that goes on "at
    the same time" or "simultaneously" in a later paragraph."""

    told: list[tuple[str, str, frozenset[str]]] = field(default_factory=list)
    """Each gathering reported so far: its kind, its date and who took part."""

    def repeats(self, kind: str, date: EventDate, taking_part: frozenset[str]) -> bool:
        """True for a gathering reported before: the same kind on the same day (as the text
        dates it), with at least two of the same participants ("Nosatii met Geoana on
        Wednesday" told again in the press release the article quotes) or only participants of
        that one ("The flag was raised as the anthem of North Macedonia was played")."""
        if date.start is None or date.precision != "day":
            return False
        return any(
            kind == k
            and date.start == start
            and (len(taking_part & others) >= MIN_SHARED or (taking_part and taking_part <= others))
            for k, start, others in self.told
        )

    def tell(self, kind: str, date: EventDate, taking_part: frozenset[str]) -> None:
        """Keep a gathering dated to the day, for `repeats`."""
        if date.start is not None and date.precision == "day":
            self.told.append((kind, date.start, taking_part))

    latest_told: str = ""
    """The words that told the last dated event, whose tense says whether it is still to come
    ("will sign ... in 2031"): an event told as done never takes its date."""

    def note(self, date: EventDate, told: str) -> None:
        """Keep the date of an event the text dates, whatever its kind, and the words telling it."""
        if date.start is not None and date.source == "text":
            self.latest = undated_copy(date)
            self.latest_told = told

    def remember(self, kind: str, place: str | None, date: EventDate) -> None:
        """Keep a gathering the text dates; the first report of a place's gathering stands."""
        if date.start is None or date.source != "text":
            return
        date = undated_copy(date)
        self.last[kind] = date
        if place is not None:
            self.by_place.setdefault((kind, place), date)

    def recall(self, hit: Hit, place: str | None, dated: bool = False) -> EventDate | None:
        """The date of the gathering a named or definite mention points back at, if reported;
        also a possessive one ("during his visit") in a sentence that gives no date (`dated`)."""
        kind = hit.trigger.type
        if hit.named:
            return None if place is None else self.by_place.get((kind, place))
        points_back = hit.definite or (hit.determiner in POSSESSIVES and not dated)
        return self.last.get(kind) if points_back else None


def undated_copy(date: EventDate) -> EventDate:
    """The date without its expression and party, which lie in the paragraph it came from:
    what dataclasses.replace gives, built directly, since replace inspects the class's
    fields on every call and this runs for every dated event."""
    return EventDate(date.start, date.end, date.precision, date.source)
