"""A short label above a single line of text once crashed the boilerplate pass (zip of unequal
lists); found building a 3 MB article that was one line under a label."""

from eastflank.loaders.extract.context import load_context
from eastflank.loaders.ingest.paragraphs import split_paragraphs


def test_a_label_above_one_line_of_text_is_split_without_error() -> None:
    _, context = load_context()
    text = "A long article\nThe ministers met in Chisinau on Monday to discuss training\n"
    got = [(p.text, p.start_char, p.end_char) for p in split_paragraphs(text, context.chrome)]
    assert got == [
        ("A long article", 0, 14),
        ("The ministers met in Chisinau on Monday to discuss training", 15, 74),
    ], got
