"""Text without full stops is cut into pieces for the rules, each an exact slice of the paragraph."""

from eastflank.loaders.extract.dates.tense import sentence_tense
from eastflank.loaders.extract.text.sentences import MAX_SENTENCE_CHARS, sentence_spans

CLAUSE = "the brigade from Poland trained with engineers from Lithuania near the river crossing "


def test_a_run_without_full_stops_is_cut_at_spaces_into_short_pieces() -> None:
    text = (CLAUSE * 60).strip() + ". Then the exercise ended."
    spans = sentence_spans(text)
    assert all(0 < end - start <= MAX_SENTENCE_CHARS for start, end in spans), spans
    assert [text[start].isspace() or text[end - 1].isspace() for start, end in spans] == [False] * len(spans)
    assert " ".join(text[start:end] for start, end in spans) == text, "pieces lose or repeat words"
    assert text[spans[-1][0] : spans[-1][1]] == "Then the exercise ended."


def test_a_word_longer_than_the_limit_is_cut_inside_it() -> None:
    text = "x" * (MAX_SENTENCE_CHARS + 10)
    assert sentence_spans(text) == [(0, MAX_SENTENCE_CHARS), (MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS + 10)]


def test_ordinary_sentences_are_not_cut() -> None:
    text = "Romania hosted the drill in May. Bulgaria will host it next year."
    assert sentence_spans(text) == [(0, 32), (33, 65)]


def test_the_tense_of_a_date_is_read_near_it_in_text_without_full_stops() -> None:
    far = "the ministers signed it " + "and talked about training " * 100
    text = far + "in March and they will meet again in June"
    june = text.rindex("June")
    assert sentence_tense(text, june, june + 4) == "future"
    march = text.index("March")
    assert sentence_tense(far + "then in March", len(far) + 8, len(far) + 13) is None
    assert sentence_tense(text, march, march + 5) == "future"
