"""Which addresses from the corpus may become links: http and https only.

An article's `url` comes from a user's metadata.yml (or the text), so it may be anything,
`javascript:alert(1)` included. A link with such an address runs script on the site when
clicked, so the site, the Datasette metadata and datapackage.json link an address only when
it is a plain web address; anything else is shown, escaped, as text.
"""

from urllib.parse import urlsplit

WEB_SCHEMES = frozenset({"http", "https"})


def web_url(value: object) -> str | None:
    """`value` when it is an http(s) address with a host and no spaces or control characters; else None.

    Browsers strip tabs and newlines inside a scheme (`java\tscript:`) and ignore leading
    spaces, so any whitespace or control character disqualifies an address outright.
    """
    if not isinstance(value, str) or any(
        character.isspace() or ord(character) < 32 or ord(character) == 127 for character in value
    ):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() not in WEB_SCHEMES or not parts.netloc:
        return None
    return value
