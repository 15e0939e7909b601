from eastflank.loaders.ingest.calendar_dates import find_dates


def _read(line: str) -> list[tuple[str, str, str]]:
    return [(line[d.start : d.end], d.iso, d.precision) for d in find_dates(line)]


def test_numeric_dates_are_read_day_first() -> None:
    got = _read("TIRASPOL, 4.9.2019 - and 11/03/2020 and 2021-06-30")
    want = [("4.9.2019", "2019-09-04", "day"), ("11/03/2020", "2020-03-11", "day"), ("2021-06-30", "2021-06-30", "day")]
    assert got == want, got


def test_month_names_in_either_order_with_ordinals_and_abbreviations() -> None:
    got = _read("3rd February, 2019; Sept. 14, 2020; 9 Aug. 2021; in November 2022")
    want = [
        ("3rd February, 2019", "2019-02-03", "day"),
        ("Sept. 14, 2020", "2020-09-14", "day"),
        ("9 Aug. 2021", "2021-08-09", "day"),
        ("November 2022", "2022-11", "month"),
    ]
    assert got == want, got


def test_impossible_dates_are_no_dates() -> None:
    got = _read("30.02.2020 and 5.13.2020")
    assert got == [], got
