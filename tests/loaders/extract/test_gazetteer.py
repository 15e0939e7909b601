from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eastflank.loaders.errors import ReferenceDataError
from eastflank.loaders.extract.entities.gazetteer import Gazetteer, case_variants, is_acronym
from eastflank.loaders.ingest.reference import ReferenceEntity

NATO = ReferenceEntity(
    id="nato",
    name="North Atlantic Treaty Organization",
    type="organization",
    aliases=("NATO", "North Atlantic Alliance", "the Alliance"),
    context_aliases=("the alliance",),
)
MOLDOVA = ReferenceEntity(
    id="md", name="Moldova", type="country", aliases=("Republic of Moldova",), demonyms=("Moldovan",)
)
LIAISON = ReferenceEntity(id="nlo", name="NATO Liaison Office", type="organization")
US = ReferenceEntity(id="us", name="United States", type="country", aliases=("US",))


def spans(gazetteer: Gazetteer, text: str) -> list[tuple[str, str, str]]:
    return [(text[m.start : m.end], m.entity_id, m.kind) for m in gazetteer.find(text)]


def test_longest_match_wins_and_matches_do_not_overlap() -> None:
    gazetteer = Gazetteer([NATO, LIAISON, MOLDOVA])
    got = spans(gazetteer, "The NATO Liaison Office in the Republic of Moldova met NATO.")
    assert got == [
        ("NATO Liaison Office", "nlo", "name"),
        ("Republic of Moldova", "md", "alias"),
        ("NATO", "nato", "alias"),
    ], got


def test_whole_words_only() -> None:
    gazetteer = Gazetteer([MOLDOVA, US])
    got = spans(gazetteer, "Moldovans, Moldova’s USA US-led US_x MoldovaX")
    assert got == [("Moldova", "md", "name"), ("US", "us", "alias")], got


def test_acronyms_are_exact_and_names_fold_only_the_first_letter() -> None:
    gazetteer = Gazetteer([NATO, US])
    got = spans(gazetteer, "Nato and us. The Alliance met the Alliance; the ALLIANCE did not, the alliance did.")
    assert got == [("Alliance", "nato", "alias"), ("Alliance", "nato", "alias"), ("alliance", "nato", "context")], got


def test_leading_article_is_required_but_not_in_the_span() -> None:
    gazetteer = Gazetteer([NATO])
    got = spans(gazetteer, "An Alliance of farmers.")
    assert got == [], got


def test_variants() -> None:
    assert is_acronym("NATO") and is_acronym("B9") and not is_acronym("MApN")
    assert case_variants("the Alliance") == {"the Alliance", "The Alliance"}
    assert case_variants("ITPP") == {"ITPP"}


def test_alias_claimed_by_two_entities_is_an_error() -> None:
    other = ReferenceEntity(id="other", name="Other", type="organization", aliases=("NATO",), origin=(Path("x.yml"), 7))
    with pytest.raises(ReferenceDataError) as caught:
        Gazetteer([NATO, other])
    message = str(caught.value)
    assert "x.yml:7" in message and "'NATO'" in message and "'nato'" in message, message


def test_a_place_in_capitals_matches_as_a_dateline_writes_it() -> None:
    tiraspol = ReferenceEntity(id="tiraspol", name="Tiraspol", type="location")
    mol = ReferenceEntity(id="mol", name="Moldovan Oil Link", type="organization", aliases=("MOLDOVA",))
    gazetteer = Gazetteer([tiraspol, MOLDOVA, NATO, mol])
    got = spans(gazetteer, "TIRASPOL, 3 March – MOLDOVA and NATO; the ALLIANCE stays unmatched.")
    assert got == [("TIRASPOL", "tiraspol", "name"), ("MOLDOVA", "mol", "alias"), ("NATO", "nato", "alias")], got


def reference_find(gazetteer: Gazetteer, text: str) -> list[tuple[int, int, str, str]]:
    """The matcher's earlier algorithm: every hit tested by a function, sorted by a key."""

    def whole(start: int, end: int) -> bool:
        before = text[start - 1] if start > 0 else " "
        after = text[end] if end < len(text) else " "
        return not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")

    hits = [
        (start, end, form)
        for last, (length, form) in gazetteer._automaton.iter(text)
        if whole(start := last + 1 - length, end := last + 1)
    ]
    hits.sort(key=lambda hit: (hit[0] - hit[1], hit[0]))
    taken = bytearray(len(text))
    accepted = []
    for start, end, form in hits:
        if taken.find(1, start, end) == -1:
            taken[start:end] = b"\x01" * (end - start)
            accepted.append((start + form.skip, end, form.entity_id, form.kind))
    return sorted(accepted)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "NATO",
                "Liaison",
                "Office",
                "the",
                "Alliance",
                "alliance",
                "Republic",
                "of",
                "Moldova",
                "Moldovan",
                "Moldovans",
                "US",
                "USA",
                "United",
                "States",
                "_",
                "’s",
                "-",
                ",",
                "é",
                "2024",
            ]
        ),
        max_size=20,
    ),
    st.sampled_from([" ", "", "  "]),
)
def test_same_matches_as_the_earlier_algorithm(words: list[str], separator: str) -> None:
    gazetteer = GAZETTEER
    text = separator.join(words)
    got = [(m.start, m.end, m.entity_id, m.kind) for m in gazetteer.find(text)]
    assert got == reference_find(gazetteer, text), text


GAZETTEER = Gazetteer([NATO, LIAISON, MOLDOVA, US])
