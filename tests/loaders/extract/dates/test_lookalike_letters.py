"""Letters `re.IGNORECASE` takes for ASCII ones (İ, ı, ſ, the Kelvin sign) never stop the tagger.

"the paſt two weekſ" matched the duration pattern as "the past two weeks", and the reader's
lowercase table had no "weekſ": KeyError, and the build of the whole corpus stopped.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from eastflank.loaders.extract.dates import PartialDate, tag_dates
from eastflank.loaders.extract.dates.scanner import holds_lookalike

PHRASES = (
    "the past two weeks",
    "the third quarter",
    "five years",
    "the first half",
    "yesterday",
    "last week",
    "every year",
    "Sunday afternoon",
    "the sixties",
    "the 20th century",
    "several days",
    "this spring",
    "next Thanksgiving",
    "fiscal 1998",
)
LOOKALIKES = {"s": "\u017f", "S": "\u017f", "i": "\u0131", "I": "\u0130", "k": "\u212a", "K": "\u212a"}


@st.composite
def spoiled(draw: st.DrawFn) -> str:
    """A date phrase with some of its letters swapped for what IGNORECASE matches them to."""
    phrase = draw(st.sampled_from(PHRASES))
    swaps = draw(st.lists(st.booleans(), min_size=len(phrase), max_size=len(phrase)))
    return "".join(
        LOOKALIKES[letter] if swap and letter in LOOKALIKES else letter
        for letter, swap in zip(phrase, swaps, strict=True)
    )


@settings(max_examples=300, deadline=None)
@given(spoiled())
def test_a_date_phrase_with_lookalike_letters_never_raises(phrase: str) -> None:
    found = tag_dates(f"The ministers met {phrase} and said so.", PartialDate(2021, 6, 9))
    assert all(not holds_lookalike(expression.text) for expression in found), found


def test_the_same_phrases_in_ascii_are_still_read() -> None:
    found = tag_dates("The ministers met the past two weeks and said so.", PartialDate(2021, 6, 9))
    assert [expression.text for expression in found] == ["the past two weeks"]


def test_only_the_four_lookalikes_count() -> None:
    assert [holds_lookalike(text) for text in ("plain", "Chişinău", "yeſterday", "thırd", "\u212aelvin")] == [
        False,
        False,
        True,
        True,
        True,
    ]
