"""Find who a title, an organization noun or a pronoun refers back to.

"the advisor" is the person last introduced with that title ("Valentin Naumescu, Romanian
presidential advisor, ..."); "the ministry" is the organization last named with that head
word; "he" is the last person who spoke, else the last person in subject position. The
search runs back through the paragraph, then the previous one, and never returns an
entity the phrase itself ruled out (the possessor in "Nicusor Dan’s advisor"). "The
document" and an "it" that follows a sentence about a text are the author of the text the
article quoted last, which may be several paragraphs back.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from eastflank.loaders.extract.entities.offices import latest_year, office_holder
from eastflank.loaders.extract.entities.titles import Title
from eastflank.loaders.extract.quotes.paragraph_view import ParagraphView
from eastflank.loaders.extract.quotes.speakers.documents import opens_with_document
from eastflank.loaders.extract.quotes.speakers.phrases import PRONOUNS, SpeakerRef, subject_mentions
from eastflank.loaders.extract.text.paragraph_input import EntityIndex, MentionSpan, ParagraphInput
from eastflank.loaders.extract.word_lists import WordLists

TITLE_WINDOW = 60
LOOKBACK = 40
SENTENCES_BACK = 8
SUBORDINATE = ("deputy", "vice", "assistant")


@dataclass(frozen=True)
class Spoken:
    """A speaker already attributed, at an offset of its paragraph."""

    position: int
    entity_id: str
    entity_type: str


@dataclass
class DocumentVoices:
    """What later paragraphs of one article refer back to: the author of the text quoted last."""

    author: Spoken | None = None


@dataclass
class BridgeScope:
    """Where referring words may look: this paragraph up to the phrase, then the previous one.

    The previous paragraph is split, and its last speaker found, only when a rule looks
    there: most quotations name their speaker in their own sentence.
    """

    view: ParagraphView
    previous_paragraph: ParagraphInput | None
    lexicon: WordLists
    entities: EntityIndex
    speaker_of: Callable[[ParagraphView], Spoken | None] = lambda _: None
    spoken: list[Spoken] = field(default_factory=list)
    voices: DocumentVoices = field(default_factory=DocumentVoices)

    @cached_property
    def previous(self) -> ParagraphView | None:
        """The previous paragraph, prepared."""
        return None if self.previous_paragraph is None else ParagraphView.of(self.previous_paragraph)

    @cached_property
    def previous_spoken(self) -> Spoken | None:
        """The last speaker named in the previous paragraph."""
        return None if self.previous is None else self.speaker_of(self.previous)


def resolve_ref(ref: SpeakerRef, position: int, scope: BridgeScope) -> Spoken | None:
    """The entity a phrase names or refers to, as seen from `position` in the paragraph."""
    if ref.document or (ref.pronoun == "it" and _after_document(position, scope)):
        return _author(ref, position, scope)
    if ref.entity_id is not None:
        return Spoken(position, ref.entity_id, _type_of(ref.entity_id, scope))
    if ref.title is not None and ref.title.kind != "group":
        holder = _title_holder(ref.title, position, scope, ref.excluded)
        if holder is not None or ref.title.kind in ("office", "rank"):
            return holder
    if ref.org_head is not None:
        return _named_with_head(ref.org_head, position, scope)
    wanted = PRONOUNS.get(ref.pronoun or "")
    return _antecedent(wanted, position, scope, ref.excluded)


def _author(ref: SpeakerRef, position: int, scope: BridgeScope) -> Spoken | None:
    """The author a text phrase names, remembered for "the document" further on; else the one remembered."""
    holder = (
        None
        if ref.title is None
        else _title_holder(ref.title, position, scope, ref.excluded) or _office_holder(ref, position, scope)
    )
    named = None if ref.entity_id is None else Spoken(position, ref.entity_id, _type_of(ref.entity_id, scope))
    found = holder or named
    if found is not None:
        scope.voices.author = found
        return found
    last = scope.voices.author
    return None if last is None else Spoken(position, last.entity_id, last.entity_type)


def _office_holder(ref: SpeakerRef, position: int, scope: BridgeScope) -> Spoken | None:
    """The reference's holder of a post named with its organization but not its holder ("the
    NATO Secretary General's report"), in the year the paragraph speaks from."""
    year = latest_year(scope.view.text, scope.view.paragraph.published_date)
    if ref.title is None or ref.entity_id is None or year is None:
        return None
    holder = office_holder(scope.entities.entities.values(), ref.title.title, ref.entity_id, year)
    return None if holder is None else Spoken(position, holder, "person")


def _after_document(position: int, scope: BridgeScope) -> bool:
    """True when the sentence before `position` is about a text ("The document underlines ...")."""
    index = scope.view.sentence_index(position)
    if index > 0:
        return opens_with_document(scope.view, *scope.view.sentences[index - 1], scope.lexicon)
    previous = scope.previous
    return previous is not None and opens_with_document(previous, *previous.sentences[-1], scope.lexicon)


def _type_of(entity_id: str, scope: BridgeScope) -> str:
    info = scope.entities.get(entity_id)
    if info is not None:
        return info.type
    views = [scope.view] + ([scope.previous] if scope.previous is not None else [])
    return next((m.entity_type for v in views for m in v.mentions if m.entity_id == entity_id), "person")


def _backwards(position: int, scope: BridgeScope) -> list[tuple[ParagraphView, MentionSpan]]:
    """The last mentions before `position`, nearest first, then the previous paragraph's from
    its end; a title or pronoun refers back a few names, not across a whole long paragraph."""
    here = [(scope.view, m) for m in scope.view.mention_index.last_before(position, LOOKBACK)]
    previous = scope.previous
    before = (
        [(previous, m) for m in previous.mention_index.last_before(len(previous.text), LOOKBACK)]
        if previous is not None
        else []
    )
    return list(reversed(before + here))


def _title_holder(title: Title, position: int, scope: BridgeScope, excluded: frozenset[str]) -> Spoken | None:
    for view, mention in _backwards(position, scope):
        if (
            mention.entity_type == "person"
            and mention.entity_id not in excluded
            and any(_refers_to(title, held) for held in _titles_of(view, mention, scope.lexicon))
        ):
            return Spoken(position, mention.entity_id, "person")
    return None


def _refers_to(said: Title, held: Title) -> bool:
    """ "the minister" refers to a Minister of Defence and "the general" to a Lieutenant General,
    but "the president" never to a Vice President."""
    said_words = set(said.title.casefold().split())
    held_words = held.title.casefold().split()
    return said == held or (said_words <= set(held_words) and held_words[0] not in SUBORDINATE)


def _titles_of(view: ParagraphView, mention: MentionSpan, lexicon: WordLists) -> set[Title]:
    """Titles written right before a person's name or in the apposition after it."""
    sentence_start, sentence_end = view.sentence_of(mention.start)
    window_start = max(sentence_start, mention.start - TITLE_WINDOW)
    earlier = [m.end for m in view.mention_index.within(window_start, mention.start) if m.entity_type == "person"]
    window_start = max([window_start, *earlier])
    found = {t.title for t in lexicon.titles.find(view.text, window_start, mention.start)}
    if view.text[mention.end : mention.end + 1] == ",":
        ends = (view.text.find(mark, mention.end + 1, sentence_end) for mark in ",.")
        stop = min([i for i in ends if i != -1] + [sentence_end])
        found |= {t.title for t in lexicon.titles.find(view.text, mention.end, stop)}
    return found


def _named_with_head(head: str, position: int, scope: BridgeScope) -> Spoken | None:
    for _, mention in _backwards(position, scope):
        info = scope.entities.get(mention.entity_id)
        names = (mention.text + " " + (info.name if info is not None else "")).casefold()
        if mention.entity_type == "organization" and head.casefold() in names.split():
            return Spoken(position, mention.entity_id, "organization")
    return None


def _antecedent(wanted: str | None, position: int, scope: BridgeScope, excluded: frozenset[str]) -> Spoken | None:
    """The last speaker of the right kind, else the last subject, here and then in the previous paragraph."""
    fits = (
        s
        for s in reversed(scope.spoken)
        if s.position < position and s.entity_id not in excluded and wanted in (None, s.entity_type)
    )
    fit = next(fits, None)
    if fit is not None:
        return Spoken(position, fit.entity_id, fit.entity_type)
    subject = _last_subject(scope.view, position, wanted, scope, excluded)
    if subject is not None:
        return subject
    last = scope.previous_spoken
    if last is not None and last.entity_id not in excluded and wanted in (None, last.entity_type):
        return Spoken(position, last.entity_id, last.entity_type)
    if scope.previous is None:
        return None
    return _last_subject(scope.previous, len(scope.previous.text), wanted, scope, excluded)


def previous_subject(position: int, scope: BridgeScope) -> Spoken | None:
    """The subject of the nearest earlier sentence that has one, a person before an organization:
    a quotation right after "Zukan Helez opened the session ..." is his."""
    for start, end in sentences_back(scope.view, position):
        subjects = subject_mentions(scope.view, start, min(end, position), scope.lexicon)
        persons = [m for m in subjects if m.entity_type == "person"] or subjects
        if persons:
            return Spoken(position, persons[0].entity_id, persons[0].entity_type)
    return None


def sentences_back(view: ParagraphView, position: int) -> list[tuple[int, int]]:
    """The sentences starting before `position`, nearest first, as far back as a reader looks."""
    index = view.sentence_index(position - 1) if position > 0 else -1
    return [view.sentences[i] for i in range(index, max(-1, index - SENTENCES_BACK), -1)]


def _last_subject(
    view: ParagraphView, position: int, wanted: str | None, scope: BridgeScope, excluded: frozenset[str]
) -> Spoken | None:
    """The subject of the nearest earlier sentence that has one of the wanted type."""
    for start, end in sentences_back(view, position):
        for mention in subject_mentions(view, start, min(end, position), scope.lexicon):
            if mention.entity_id not in excluded and wanted in (None, mention.entity_type):
                return Spoken(position, mention.entity_id, mention.entity_type)
    return None
