"""Reporting verbs match as whole words; the lexicon flags forms that are also nouns."""

from eastflank.loaders.extract.quotes.speech_verbs import load_speech_verbs

VERBS = load_speech_verbs()


def test_forms_phrases_and_flags() -> None:
    text = "Sandu said, according to aides, that member states pointed out the risks; it continued."
    got = [(text[h.start : h.end], h.is_phrase, h.noun_too, h.after_quote_only) for h in VERBS.find(text)]
    want = [
        ("said", False, False, False),
        ("according to", True, False, False),
        ("states", False, True, False),
        ("pointed out", False, False, False),
        ("continued", False, False, True),
    ]
    assert got == want, got


def test_whole_words_only() -> None:
    got = [h.form for h in VERBS.find("The unsaid sayings of a saidfield notebook.")]
    assert got == [], got
