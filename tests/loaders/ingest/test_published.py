import pytest

from eastflank.loaders.ingest import published
from eastflank.loaders.ingest.calendar_dates import CalendarDate, find_dates
from eastflank.loaders.ingest.metadata import ArticleMetadata
from eastflank.loaders.ingest.published import Publication, publication_of, read_publication


def test_dateline_with_a_place_before_the_date() -> None:
    text = (
        "Ministers meet in Riga\n\nRIGA, 14.2.2022 – The Baltic defence ministers agreed yesterday to pool air defence."
    )
    got = read_publication(text)
    assert got == Publication("2022-02-14", "day", "dateline"), got


def test_dateline_with_the_date_first_then_the_place() -> None:
    text = "Drone school opens\n7.10.2021, Vilnius - Lithuania opened a school for drone operators."
    got = read_publication(text)
    assert got == Publication("2021-10-07", "day", "dateline"), got


def test_dateline_with_an_agency_in_brackets() -> None:
    text = "Handle line\nWARSAW (Baltic Wire / Agencies - 2nd March, 2023) Poland signed a tank order on Thursday."
    got = read_publication(text)
    assert got == Publication("2023-03-02", "day", "dateline"), got


def test_sentence_opening_with_a_date_is_not_a_dateline() -> None:
    text = "Review\nOn 12 May 2019, the government adopted a strategy.\nIn March 2020 it was revised."
    got = read_publication(text)
    assert got == Publication(None, None, "none"), got


def test_byline_with_a_name_a_date_and_a_time() -> None:
    text = "Navy drills off Constanta\nMihai Ionescu, 21.06.2020, 09:45\nThe navy held drills on Friday."
    got = read_publication(text)
    assert got == Publication("2020-06-21", "day", "byline"), got


@pytest.mark.parametrize(
    "byline",
    ["Press Office, Ministry of Defence | 04/03/2024", "Press Service of the President / 04.03.2024"],
)
def test_byline_of_the_office_that_speaks_for_a_ministry(byline: str) -> None:
    text = f"Air base reopens\n\n{byline}\n\nTIRANA - The prime minister on Monday visited the base."
    got = read_publication(text)
    assert got == Publication("2024-03-04", "day", "byline"), got


def test_a_headline_with_a_date_after_a_comma_is_no_byline() -> None:
    text = "Moldova and NATO sign the new plan, 04.03.2024\n\nThe plan runs to 2026."
    assert read_publication(text).source != "byline"


def test_published_stamp_beats_a_later_update_stamp() -> None:
    text = "Title\n • Last updated: 9 Jan. 2024 18:02\nBody sentence here.\nPublished: 8 Jan. 2024"
    got = read_publication(text)
    assert got == Publication("2024-01-08", "day", "updated_line"), got


def test_the_story_giving_its_own_day() -> None:
    text = "Exercise ends\nThe exercise ended today, 17 September 2021, with a parade in Tallinn."
    got = read_publication(text)
    assert got == Publication("2021-09-17", "day", "text"), got


def test_dateline_is_tried_before_a_stamp() -> None:
    text = "Title\nKYIV, 2 May 2022 – Talks resumed.\nLast updated: 3 May 2022"
    got = read_publication(text)
    assert got == Publication("2022-05-02", "day", "dateline"), got


def test_metadata_wins_over_the_text() -> None:
    text = "Title\nKYIV, 2 May 2022 – Talks resumed."
    got = publication_of(text, ArticleMetadata(published_date="2022-05"))
    assert (got, got.inferred) == (Publication("2022-05", "month", "metadata"), False), got
    read = publication_of(text, ArticleMetadata())
    assert (read.source, read.inferred) == ("dateline", True), read


def test_a_record_without_metadata_takes_the_date_from_its_dateline() -> None:
    from pathlib import Path

    from eastflank.loaders.ingest.corpus import to_record

    record = to_record(Path("riga.txt"), "Title\nRIGA, 14.2.2022 – Talks.", ArticleMetadata())
    got = (record.published_date, record.published_precision, record.published_date_inferred, record.published_source)
    assert got == ("2022-02-14", "day", True, "dateline"), got


def test_a_year_in_the_headline_that_the_lead_speaks_of_as_ahead() -> None:
    text = (
        "Estonia's new air defence plan for 2026\n\n"
        "The government of Estonia will buy medium-range air defence systems in 2026, the defence ministry said, "
        "and the first battery is to be stationed near Tapa."
    )
    got = read_publication(text)
    assert got == Publication("2026", "year", "text"), got


def test_a_year_the_lead_tells_as_history_dates_nothing() -> None:
    text = (
        "Lessons of 1994 for the Partnership\n\n"
        "Moldova was among the first states to join the Partnership for Peace in 1994, and the programme has "
        "shaped its army ever since."
    )
    got = read_publication(text)
    assert got == Publication(None, None, "none"), got


def test_a_dateline_found_reads_no_date_in_the_story_below(monkeypatch: pytest.MonkeyPatch) -> None:
    read_lines: list[str] = []

    def counting_find_dates(line: str) -> list[CalendarDate]:
        read_lines.append(line)
        return find_dates(line)

    monkeypatch.setattr(published, "find_dates", counting_find_dates)
    text = "Harbour works\nTALLINN, 3.9.2024 – Estonia widened its naval harbour.\nUpdated: 4 September 2024\nToday, 9 May 2019."
    got = (read_publication(text), read_lines)
    want_lines = ["Harbour works", "TALLINN, 3.9.2024 – Estonia widened its naval harbour."]
    assert got == (Publication("2024-09-03", "day", "dateline"), want_lines), got


def test_a_stamp_word_inside_a_sentence_is_no_stamp() -> None:
    text = "Fleet plans\nThe data published in May 2021 were revised.\nThe fleet grows next year."
    got = read_publication(text)
    assert got == Publication(None, None, "none"), got


def test_today_in_capitals_still_dates_the_story() -> None:
    text = "Border fence\nThe fence is finished.\nTODAY, 11 March 2022, the last section was closed."
    got = read_publication(text)
    assert got == Publication("2022-03-11", "day", "text"), got
