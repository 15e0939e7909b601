"""Headers every response of the site carries: a Content-Security-Policy, nosniff, no framing.

The policy allows what the pages use and nothing else: scripts, styles, fonts and data only
from the site itself, images also as `data:` URIs (Leaflet's icons); no tile server, since the
map of places is drawn offline (serve/places_page.py). Scripts keep 'unsafe-inline' because Datasette 0.65 and its
map and chart plugins write inline <script> blocks whose content varies per page, and
'unsafe-eval' because Vega compiles chart expressions with `Function`. So the policy does not
stop an injected inline script by itself (escaping and `web_url` do that); what it does stop
is the page talking to or loading from anywhere else, forms posting elsewhere, <base> or
<object> tricks, and the site being framed (clickjacking).
"""

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"strict-origin-when-cross-origin"),
)


def with_security_headers(app: ASGIApp) -> ASGIApp:
    """`app` with SECURITY_HEADERS added to every HTTP response that does not set them itself."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {bytes(name).lower() for name, _ in headers}
                headers += [(name, value) for name, value in SECURITY_HEADERS if name not in present]
                message = {**message, "headers": headers}
            await send(message)

        await app(scope, receive, send_with_headers)

    return wrapped
