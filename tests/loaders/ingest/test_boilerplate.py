"""Site chrome on pages from any publisher, decided by a line's shape and place, with the rule that fired."""

from eastflank.loaders.ingest.boilerplate import load_chrome_phrases
from eastflank.loaders.ingest.chrome_shapes import shape_reason
from eastflank.loaders.ingest.paragraphs import split_paragraphs
from eastflank.loaders.paths import REFERENCE_DIR

CHROME = load_chrome_phrases(REFERENCE_DIR / "boilerplate.yml")
BODY = "The defence ministers of the three Baltic states met in Vilnius and agreed to buy ammunition jointly."


def _reasons(text: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.boilerplate_reason) for p in split_paragraphs(text, CHROME)]


def test_line_shapes_name_their_rule() -> None:
    lines = {
        "JOIN OUR CHANNEL AND FOLLOW US ON TELEGRAM!": "call_to_action",
        "DON'T MISS THE BIG WINTER SALE TODAY!": "call_to_action",
        "Ion Rusu, 02.02.2021, 17:40": "byline",
        "• 4 Feb. 2022 -": "date_line",
        "  • Last updated: 5 Feb. 2022 08:15": "stamp",
        "(Check against delivery)": "note",
        "(@baltic_desk)": "handle",
        "Photo: Ministry of Defence press service": "caption",
        "Soldiers unload a howitzer at the port (Photo: Navy/Press Office)": "caption",
        "Infobox: Key facts": "infobox",
        "• |": "separator",
    }
    got = {line: shape_reason(line) for line in lines}
    assert got == lines, got


def test_article_lines_of_similar_shape_are_kept() -> None:
    lines = [
        "Published by the ministry on Monday, the report lists every shortfall in the reserve forces.",
        "THE NORTHERN FLANK",
        "RIGA, 4 May 2022 – The Latvian parliament voted to restore conscription.",
        "Officials said they would follow the plan closely (as agreed in March).",
        BODY,
    ]
    got = [shape_reason(line) for line in lines]
    assert got == [None] * len(lines), got


def test_a_line_repeating_the_title_is_navigation_also_when_wrapped() -> None:
    text = "\n".join(
        [
            "Baltic ministers agree on joint ammunition purchase",
            BODY,
            "Defence: Baltic ministers agree on joint ammunition purchase",
            BODY,
            "Baltic ministers agree on joint",
            "ammunition purchase",
            BODY,
        ]
    )
    got = [reason for _, reason in _reasons(text)]
    assert got == [None, None, "title_repeat", None, "title_repeat", "title_repeat", None], got


def test_a_short_label_above_the_title_is_the_page_section() -> None:
    text = "Opinion\n\nwhy the eastern flank needs more air defence now\n\n" + BODY
    got = _reasons(text)
    want = [("Opinion", "category"), ("why the eastern flank needs more air defence now", None), (BODY, None)]
    assert got == want, got
    kinds = [p.kind for p in split_paragraphs(text, CHROME)]
    assert kinds == ["boilerplate", "title", "body"], kinds


def test_a_title_of_three_words_above_the_story_stays_the_title() -> None:
    text = "Poland - NATO\n\n" + BODY
    got = _reasons(text)
    assert got == [("Poland - NATO", None), (BODY, None)], got
