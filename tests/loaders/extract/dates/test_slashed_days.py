"""Days written with slashes, read as far as they are unambiguous (sentences written for these tests)."""

import pytest

from eastflank.loaders.extract.dates import PartialDate, tag_dates


@pytest.mark.parametrize(
    "text, want",
    [
        ("The protocol was signed on 23/02/2024 in Chisinau.", [("23/02/2024", "2024-02-23", "day")]),
        ("The embassy's notice is dated 02/23/2024.", [("02/23/2024", "2024-02-23", "day")]),
        ("The decree of 5/12/2017 set the quota.", [("5/12/2017", "2017", "year")]),
        ("The decree of 4/4/2019 set the quota.", [("4/4/2019", "2019-04-04", "day")]),
        ("The ratio was 3/4/2019/5 in the table.", []),
    ],
)
def test_a_slashed_day_is_read_only_as_far_as_it_is_unambiguous(text: str, want: list[tuple[str, str, str]]) -> None:
    got = [(e.text, e.value, e.precision) for e in tag_dates(text, PartialDate(2025, 3, 5))]
    assert got == want, got
