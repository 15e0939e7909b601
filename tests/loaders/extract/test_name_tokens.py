"""Tokens of a window of text, and the first few of them built alone."""

from hypothesis import given, settings
from hypothesis import strategies as st

from eastflank.loaders.extract.text.name_tokens import Token, first_tokens, tokens


def test_words_numbers_and_separators_with_their_offsets() -> None:
    text = "Gen. Ana-Maria O’Neill (MoD), 2024 & co"
    assert tokens(text) == [
        Token("Gen", 0, 3), Token("Ana-Maria", 5, 14), Token("O’Neill", 15, 22), Token("(", 23, 24),
        Token("MoD", 24, 27), Token(",", 28, 29), Token("2024", 30, 34), Token("&", 35, 36), Token("co", 37, 39),
    ]  # fmt: skip
    assert tokens(text, 6, 20) == [Token("na-Maria", 6, 14), Token("O’Nei", 15, 20)]


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="Ab1-’ ,(&.é", max_size=50),
    st.integers(min_value=0, max_value=50),
    st.integers(min_value=0, max_value=50),
    st.integers(min_value=0, max_value=15),
)
def test_the_first_tokens_are_the_first_of_all_tokens(text: str, first: int, second: int, count: int) -> None:
    start, end = sorted((min(first, len(text)), min(second, len(text))))
    assert first_tokens(text, start, end, count) == tokens(text, start, end)[:count]
