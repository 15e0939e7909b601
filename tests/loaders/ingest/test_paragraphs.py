from eastflank.loaders.ingest.boilerplate import load_chrome_phrases
from eastflank.loaders.ingest.paragraphs import split_paragraphs
from eastflank.loaders.paths import REFERENCE_DIR

CHROME = load_chrome_phrases(REFERENCE_DIR / "boilerplate.yml")


def test_paragraph_offsets_slice_back_to_their_text() -> None:
    text = "Headline here\n\n  First paragraph. It ends.  \nSecond one.\n\n"
    paragraphs = split_paragraphs(text, CHROME)
    got = [(p.position, p.text, p.kind) for p in paragraphs]
    assert got == [
        (0, "Headline here", "title"),
        (1, "First paragraph. It ends.", "body"),
        (2, "Second one.", "body"),
    ], got
    for paragraph in paragraphs:
        assert text[paragraph.start_char : paragraph.end_char] == paragraph.text


def test_short_unpunctuated_line_inside_is_a_heading() -> None:
    text = "Title\nA long body sentence that ends here.\nThe economic dimension\nMore body text follows here."
    got = [p.kind for p in split_paragraphs(text, CHROME)]
    assert got == ["title", "body", "heading", "body"], got


def test_chrome_on_another_site_is_flagged() -> None:
    body = "The minister met the delegation in Tbilisi on Monday and signed the accord. " * 5
    text = "\n".join(
        [
            "Georgia signs defence accord",
            "News > Politics > Georgia signs defence accord",
            body,
            "Share this article",
            body,
            "Updated: 12.03.2024, 10:15",
            "Read also",
            "Minister visits troops at the border",
            "The defence minister travelled to the northern border where…",
        ]
    )
    got = [(p.is_boilerplate, p.kind) for p in split_paragraphs(text, CHROME)]
    want = [
        (False, "title"),
        (True, "boilerplate"),
        (False, "body"),
        (True, "boilerplate"),
        (False, "body"),
        (True, "boilerplate"),
        (True, "boilerplate"),
        (True, "boilerplate"),
        (True, "boilerplate"),
    ]
    assert got == want, got


def test_update_line_early_in_a_page_does_not_end_the_body() -> None:
    body = "Officials in Chisinau described the plan in detail to reporters on Friday. " * 4
    text = f"Title line\nLast updated: 3 May 2024\n{body}\n{body}"
    got = [p.is_boilerplate for p in split_paragraphs(text, CHROME)]
    assert got == [False, True, False, False], got


def test_ellipsis_inside_a_sentence_is_not_a_teaser() -> None:
    text = "Title\nHe paused... then spoke about the Alliance at length."
    got = [p.is_boilerplate for p in split_paragraphs(text, CHROME)]
    assert got == [False, False], got
