"""Why a server could not start or a call failed, in words a user can act on.

Errors out of anyio task groups come wrapped in exception groups; the first real cause is
what is shown. Secret values (resolved from the keyring) never appear: ``Redactor`` masks
them, and a URL's query string, wherever either turns up in a message.
"""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import httpx2
from mcp.shared.exceptions import MCPError

from chatdesk.core.i18n import noop, tr


def leaf(exc: BaseException) -> BaseException:
    """The first cause inside (nested) exception groups that is not a cancellation."""
    while isinstance(exc, BaseExceptionGroup):
        inner = [e for e in exc.exceptions if not isinstance(e, asyncio.CancelledError)]
        exc = (inner or list(exc.exceptions))[0]
    return exc


def describe(exc: BaseException, *, shown: bool = False) -> str:
    """Why, in words a user can act on: in the user's language when ``shown`` (a server's
    status), in English otherwise (a tool's error result, which the model reads, and logs)."""
    exc = leaf(exc)
    if isinstance(exc, FileNotFoundError):
        if not exc.filename:
            return _say(
                shown, noop('"the command" was not found: is it installed, and on the PATH?')
            )
        return _say(
            shown, noop('"{command}" was not found: is it installed, and on the PATH?')
        ).format(command=exc.filename)
    if isinstance(exc, PermissionError) and exc.filename:
        return _say(shown, noop('"{command}" cannot be run: {reason}')).format(
            command=exc.filename, reason=exc.strerror
        )
    if isinstance(exc, MCPError):
        return exc.error.message or _say(shown, noop("error {code}")).format(code=exc.error.code)
    if isinstance(exc, httpx2.HTTPStatusError):
        response = exc.response
        return f"HTTP {response.status_code} {response.reason_phrase}".strip()
    if isinstance(exc, httpx2.TimeoutException):
        return _say(shown, noop("the server did not answer in time"))
    if isinstance(exc, httpx2.ConnectError):
        text = str(exc)
        if "CERTIFICATE_VERIFY_FAILED" in text:
            return _say(shown, noop("its certificate is not trusted ({error})")).format(error=text)
        if not text:
            return _say(shown, noop("could not connect (connection refused)"))
        return _say(shown, noop("could not connect ({error})")).format(error=text)
    if isinstance(exc, httpx2.TransportError):
        return _say(shown, noop("the connection failed ({error})")).format(
            error=str(exc) or type(exc).__name__
        )
    if isinstance(exc, TimeoutError):
        return _say(shown, noop("it did not answer in time"))
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def _say(shown: bool, text: str) -> str:
    """``text`` (marked with ``noop``) translated when it is ``shown`` to the user."""
    return tr(text) if shown else text


def answered(exc: BaseException) -> bool:
    """True when the server was reached and refused (an HTTP or MCP error), so another
    transport may work; False for a host that cannot be reached at all."""
    exc = leaf(exc)
    return isinstance(exc, MCPError | httpx2.HTTPStatusError | ValueError | RuntimeError)


class Redactor:
    """Masks secret values and a URL's query string in text shown or logged."""

    def __init__(self) -> None:
        self._secrets: list[str] = []

    def add(self, *values: str) -> None:
        self._secrets.extend(v for v in values if len(v) >= 4)

    def add_url(self, url: str) -> None:
        query = urlsplit(url).query
        if query:
            self._secrets.append(query)

    def __call__(self, text: str) -> str:
        for secret in sorted(set(self._secrets), key=len, reverse=True):
            text = text.replace(secret, "•••")
        return text
