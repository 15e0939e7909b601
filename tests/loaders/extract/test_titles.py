"""Titles match longest first, in any case, except forms written in capitals."""

from eastflank.loaders.extract.entities.titles import Title, Titles, load_titles

TITLES = load_titles()


def found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.title.title) for m in TITLES.find(text)]


def test_longest_form_wins() -> None:
    got = found("Deputy Prime Minister Ana Rusu met Lt. Gen. Ion Vasile and the Secretary-General.")
    want = [
        ("Deputy Prime Minister", "Deputy Prime Minister"),
        ("Lt. Gen.", "Lieutenant General"),
        ("Secretary-General", "Secretary General"),
    ]
    assert got == want, got


def test_case_folds_except_for_capitals_only_forms() -> None:
    titles = Titles([Title("Prime Minister", "office", ("Prime Minister", "PM"))])
    got = [(m.start, m.end) for m in titles.find("the prime minister, the PM, the pm")]
    assert got == [(4, 18), (24, 26)], got


def test_roles_and_groups() -> None:
    got = found("Romanian presidential advisor Ion Rusu and two NATO officials")
    assert got == [("presidential advisor", "advisor"), ("officials", "officials")], got


def test_lookup_by_words() -> None:
    title = TITLES.lookup("defence minister")
    assert title is not None and title.title == "Minister of Defence", title
