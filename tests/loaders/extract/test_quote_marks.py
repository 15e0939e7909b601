"""Quotation marks pair up by kind; an unclosed quotation runs to the paragraph's end."""

from eastflank.loaders.extract.quotes.marks import quoted_spans


def inner(text: str) -> list[str]:
    return [text[q.start : q.end] for q in quoted_spans(text)]


def test_every_kind_of_mark() -> None:
    text = 'He said “one thing”, then «another», then „a third“ and "a fourth".'
    got = inner(text)
    assert got == ["one thing", "another", "a third", "a fourth"], got


def test_apostrophes_and_single_quotes_are_not_quotations() -> None:
    text = "Moldova’s army, the ‘partners’ and Romania's role."
    got = inner(text)
    assert got == [], got


def test_other_marks_nest_inside_the_outer_quotation() -> None:
    text = "“We call it «the shield» and \"the wall\",” he said."
    got = inner(text)
    assert got == ['We call it «the shield» and "the wall",'], got


def test_an_unclosed_quotation_runs_to_the_end() -> None:
    text = "Sandu said: “We will buy radars. The first arrive in spring. "
    spans = quoted_spans(text)
    got = [(text[q.start : q.end], q.close_at) for q in spans]
    assert got == [("We will buy radars. The first arrive in spring.", None)], got

