"""Overlapping facts cut a paragraph into segments that each know what covers them."""

from eastflank.loaders.serve.reader_spans import Annotation, segments

TEXT = "“NATO is here,” Stoltenberg said on 12 March."


def fact(kind: str, words: str, row_id: str) -> Annotation:
    start = TEXT.index(words)
    return Annotation(kind, row_id, "p", start, start + len(words), words, f"{kind} label", f"/{row_id}")


def test_a_paragraph_without_facts_is_one_plain_segment() -> None:
    got = segments(TEXT, [])
    assert [(s.text, s.shading, s.link, s.opening) for s in got] == [(TEXT, (), None, ())], got


def test_nested_and_adjacent_facts_each_get_their_segment() -> None:
    quote = fact("quote", "NATO is here,", "q")
    event = fact("event", TEXT, "e")
    mention = fact("mention", "NATO", "m")
    date = fact("date", "12 March", "d")
    got = [
        (s.text, [a.row_id for a in s.shading], s.link.row_id if s.link else None, [a.row_id for a in s.opening])
        for s in segments(TEXT, [quote, event, mention, date])
    ]
    assert got == [
        ("“", ["e"], None, ["e"]),
        ("NATO", ["q", "e"], "m", ["q"]),
        (" is here,", ["q", "e"], None, []),
        ("” Stoltenberg said on ", ["e"], None, []),
        ("12 March", ["e"], "d", []),
        (".", ["e"], None, []),
    ], got


def test_the_shortest_word_fact_links_where_two_overlap() -> None:
    citation = fact("citation", "Stoltenberg said", "c")
    mention = fact("mention", "Stoltenberg", "m")
    got = [(s.text, s.link.row_id if s.link else None) for s in segments(TEXT, [citation, mention])]
    assert got == [("“NATO is here,” ", None), ("Stoltenberg", "m"), (" said", "c"), (" on 12 March.", None)], got


def test_spans_outside_the_text_are_ignored() -> None:
    stray = Annotation("mention", "x", "p", 40, 99, "?", "", "/x")
    got = [s.text for s in segments(TEXT, [stray])]
    assert got == [TEXT], got
