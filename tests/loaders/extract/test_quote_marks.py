"""Quotation marks pair up by kind; an unclosed quotation runs to the paragraph's end."""

from eastflank.loaders.extract.quotes.marks import quoted_spans


def inner(text: str) -> list[str]:
    return [text[q.start : q.end] for q in quoted_spans(text)]


def test_every_kind_of_mark() -> None:
    text = 'He said “one thing”, then «another», then „a third“ and "a fourth".'
    got = inner(text)
    assert got == ["one thing", "another", "a third", "a fourth"], got


def test_apostrophes_are_not_quotations() -> None:
    text = "Moldova’s army, the Allies’ plans and Romania's 'role'."
    got = inner(text)
    assert got == [], got


def test_single_curly_quotes_pair_past_apostrophes() -> None:
    text = "‘The Allies’ plan is sound and Moldova’s army agrees,’ she said, calling it ‘overdue’."
    got = inner(text)
    assert got == ["The Allies’ plan is sound and Moldova’s army agrees,", "overdue"], got


def test_a_plural_possessive_closes_a_single_quotation_when_nothing_else_can() -> None:
    text = "They praised the ‘partners’ and left."
    got = inner(text)
    assert got == ["partners"], got


def test_other_marks_nest_inside_the_outer_quotation() -> None:
    text = '“We call it «the shield» and "the wall",” he said.'
    got = inner(text)
    assert got == ['We call it «the shield» and "the wall",'], got


def test_an_unclosed_quotation_runs_to_the_end() -> None:
    text = "Sandu said: “We will buy radars. The first arrive in spring. "
    spans = quoted_spans(text)
    got = [(text[q.start : q.end], q.close_at) for q in spans]
    assert got == [("We will buy radars. The first arrive in spring.", None)], got
