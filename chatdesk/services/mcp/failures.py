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


def leaf(exc: BaseException) -> BaseException:
    """The first cause inside (nested) exception groups that is not a cancellation."""
    while isinstance(exc, BaseExceptionGroup):
        inner = [e for e in exc.exceptions if not isinstance(e, asyncio.CancelledError)]
        exc = (inner or list(exc.exceptions))[0]
    return exc


def describe(exc: BaseException) -> str:
    exc = leaf(exc)
    if isinstance(exc, FileNotFoundError):
        name = exc.filename or "the command"
        return f'"{name}" was not found: is it installed, and on the PATH?'
    if isinstance(exc, PermissionError) and exc.filename:
        return f'"{exc.filename}" cannot be run: {exc.strerror}'
    if isinstance(exc, MCPError):
        return exc.error.message or f"error {exc.error.code}"
    if isinstance(exc, httpx2.HTTPStatusError):
        response = exc.response
        return f"HTTP {response.status_code} {response.reason_phrase}".strip()
    if isinstance(exc, httpx2.TimeoutException):
        return "the server did not answer in time"
    if isinstance(exc, httpx2.ConnectError):
        text = str(exc)
        if "CERTIFICATE_VERIFY_FAILED" in text:
            return f"its certificate is not trusted ({text})"
        return f"could not connect ({text or 'connection refused'})"
    if isinstance(exc, httpx2.TransportError):
        return f"the connection failed ({str(exc) or type(exc).__name__})"
    if isinstance(exc, TimeoutError):
        return "it did not answer in time"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


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
