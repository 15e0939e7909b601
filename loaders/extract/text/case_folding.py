"""Lowercasing that agrees with `re.IGNORECASE`: the key a case-insensitive match is looked up by.

A case-insensitive pattern matches "ſ" (long s) as "s", "ı" and "İ" as "i" and the Kelvin
sign as "k", but `str.lower` keeps the first three (or makes "İ" two characters), so a word
such a pattern matched ("mıllıon", "weekſ") was missing from every lowercase table that
reads it, and the reader raised KeyError on one odd letter. Readers look matched words up
by `folded(word)`, which is never missing what the pattern meant.
"""

CASE_INSENSITIVE_FORMS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
"""The letters besides an ASCII letter's two cases that `re.IGNORECASE` matches to it (İ, ı, ſ, the Kelvin sign)."""
_FOLDING = str.maketrans(CASE_INSENSITIVE_FORMS)


def folded(text: str) -> str:
    """The text lowercased after mapping the look-alike letters to the ASCII letter `re` takes them for.

    The same length as the text: "İ" becomes one "i", where `str.lower` makes it two characters.
    """
    return text.translate(_FOLDING).lower()
