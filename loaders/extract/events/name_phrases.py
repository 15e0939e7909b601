"""Join participants' names into the phrases event names are made of ("Visit of A and B")."""

MAX_NAMES = 3


def phrase(head: str, preposition: str, names: list[str]) -> str:
    """ "Visit" "of" [A, B] -> "Visit of A and B"; with an empty head, a suffix " of A and B"."""
    if not names:
        return head
    return f"{head} {preposition} {join(names)}"


def join(names: list[str]) -> str:
    """At most MAX_NAMES names, the rest as "and others", so a name stays readable."""
    shown = names[:MAX_NAMES]
    tail = " and others" if len(names) > MAX_NAMES else ""
    if len(shown) == 1:
        return shown[0] + tail
    return ", ".join(shown[:-1]) + " and " + shown[-1] + tail
