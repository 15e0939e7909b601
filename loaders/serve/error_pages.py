"""Errors a visitor causes get a plain 4xx page, cheaply, with nothing written to the log but a line.

Datasette 0.65's default error handler prints every exception, a 404 included, as a Rich
traceback with local variables: about 400 ms and 40 KB of log per request, so anyone can
slow the site and fill its disk with bad URLs. When there is no exception being handled
(a path like `/../..` that matches no route) Rich raises instead, and the visitor gets a 500.
Without Rich the handler renders the same pages and still prints a plain traceback for a real
server error (500).

Datasette 0.65 also raises a bad `?_sort=` with its default status, 500; Datasette 1.0 answers
400 (simonw/datasette#1950). Until then the messages below are mapped to 400 here.
"""

import datasette.handle_exception as default_handler
from datasette.views.base import DatasetteError

BAD_REQUEST_MESSAGES = ("Cannot sort table by ", "Cannot use _sort and _sort_desc at the same time", "Invalid _through")
"""Errors Datasette 0.65 raises for a bad query-string parameter without saying it is the client's."""


def quiet_tracebacks() -> None:
    """Make Datasette's default error handler skip its Rich traceback (it checks `rich is None`)."""
    default_handler.rich = None


def mark_bad_request(exception: Exception) -> None:
    """Give a bad-parameter DatasetteError the 400 status it should have had, before it is rendered."""
    if (
        isinstance(exception, DatasetteError)
        and exception.status == 500
        and exception.message.startswith(BAD_REQUEST_MESSAGES)
    ):
        exception.status = 400
