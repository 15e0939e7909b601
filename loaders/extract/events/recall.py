"""Gatherings the document has already reported, so that a later mention points back at one.

An analyst counts one summit however often an article names it: "during the Bucharest
Summit" two paragraphs after "at the NATO Summit in Bucharest (2008)" is the same summit,
and what the later sentence says was done there happened when it did. "During the visit"
likewise points at the last visit reported. Such a mention makes no new event; it dates the
events of its sentence instead. Only gatherings dated by the text itself are remembered, and
without their date expression: that lies in another paragraph, which the event row does not
point into. The last dated event of any kind is kept too: "Ceremonies were held simultaneously
in Mons and Norfolk" a paragraph after the flag was raised on Monday happened on Monday.
"""

from dataclasses import dataclass, field, replace

from eastflank.loaders.extract.events.dates import EventDate
from eastflank.loaders.extract.events.triggers import Hit


@dataclass
class ReportedGatherings:
    """The dates of the gatherings reported so far in one document, read in order."""

    by_place: dict[tuple[str, str], EventDate] = field(default_factory=dict)
    last: dict[str, EventDate] = field(default_factory=dict)
    latest: EventDate | None = None
    """The date of the last event of any kind the text dated, for a sentence that goes on "at
    the same time" or "simultaneously" in a later paragraph."""

    def note(self, date: EventDate) -> None:
        """Keep the date of an event the text dates, whatever its kind."""
        if date.start is not None and date.source == "text":
            self.latest = replace(date, expression=None, party=None)

    def remember(self, kind: str, place: str | None, date: EventDate) -> None:
        """Keep a gathering the text dates; the first report of a place's gathering stands."""
        if date.start is None or date.source != "text":
            return
        date = replace(date, expression=None, party=None)
        self.last[kind] = date
        if place is not None:
            self.by_place.setdefault((kind, place), date)

    def recall(self, hit: Hit, place: str | None) -> EventDate | None:
        """The date of the gathering a named or definite mention points back at, if reported."""
        kind = hit.trigger.type
        if hit.named:
            return None if place is None else self.by_place.get((kind, place))
        return self.last.get(kind) if hit.definite else None
