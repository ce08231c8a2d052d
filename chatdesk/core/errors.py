"""Failures a user can meet, each with a message that says what to do.

The HTTP client turns every transport or protocol failure into a ``ChatError``;
the UI shows ``title`` and ``message`` and offers the ``action``.
"""

from __future__ import annotations

import enum
import json
from typing import Any

from chatdesk.core.i18n import noop, tr


class ErrorKind(enum.StrEnum):
    AUTH = "auth"
    NOT_FOUND = "not_found"
    CONTEXT_LENGTH = "context_length"
    BAD_REQUEST = "bad_request"
    RATE_LIMIT = "rate_limit"
    SERVER = "server"
    NETWORK = "network"
    TIMEOUT = "timeout"
    MALFORMED = "malformed"
    EMPTY = "empty"
    STREAM_BROKEN = "stream_broken"
    KEYRING = "keyring"
    STORAGE = "storage"
    ATTACHMENT = "attachment"
    BASE_URL = "base_url"
    """The base URL cannot be used as it is (credentials in it, a redirect to elsewhere)."""
    SETTINGS = "settings"
    """The settings file could not be read or written."""
    INTERNAL = "internal"
    """A bug in chatdesk, not a problem with the server, the disk or the network."""


class Action(enum.StrEnum):
    """The button the UI offers next to an error."""

    NONE = "none"
    OPEN_SETTINGS = "open_settings"
    RETRY = "retry"


_TITLES = {
    ErrorKind.AUTH: noop("The API key was rejected"),
    ErrorKind.NOT_FOUND: noop("Model or endpoint not found"),
    ErrorKind.CONTEXT_LENGTH: noop("The conversation is too long for this model"),
    ErrorKind.BAD_REQUEST: noop("The server refused the request"),
    ErrorKind.RATE_LIMIT: noop("Rate limited"),
    ErrorKind.SERVER: noop("The server had a problem"),
    ErrorKind.NETWORK: noop("Could not reach the server"),
    ErrorKind.TIMEOUT: noop("The server did not answer in time"),
    ErrorKind.MALFORMED: noop("The server's reply could not be read"),
    ErrorKind.EMPTY: noop("The server sent an empty reply"),
    ErrorKind.STREAM_BROKEN: noop("The reply was cut off"),
    ErrorKind.KEYRING: noop("No system keyring is available"),
    ErrorKind.STORAGE: noop("History problem"),
    ErrorKind.ATTACHMENT: noop("Could not attach"),
    ErrorKind.BASE_URL: noop("The base URL needs a change"),
    ErrorKind.SETTINGS: noop("Settings not saved"),
    ErrorKind.INTERNAL: noop("Internal error"),
}

_ACTIONS = {
    ErrorKind.AUTH: Action.OPEN_SETTINGS,
    ErrorKind.NOT_FOUND: Action.OPEN_SETTINGS,
    ErrorKind.CONTEXT_LENGTH: Action.NONE,
    ErrorKind.BAD_REQUEST: Action.NONE,
    ErrorKind.KEYRING: Action.OPEN_SETTINGS,
    ErrorKind.STORAGE: Action.NONE,
    ErrorKind.ATTACHMENT: Action.NONE,
    ErrorKind.BASE_URL: Action.OPEN_SETTINGS,
    ErrorKind.SETTINGS: Action.NONE,
    ErrorKind.INTERNAL: Action.NONE,
}

# Kinds worth retrying automatically, but only before the first token.
RETRYABLE = frozenset(
    {ErrorKind.RATE_LIMIT, ErrorKind.SERVER, ErrorKind.NETWORK, ErrorKind.TIMEOUT}
)

_MAX_DETAIL = 500


class ChatError(Exception):
    """A failure with a user-facing title, an actionable message and a suggested action."""

    def __init__(
        self,
        kind: ErrorKind,
        message: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.status = status
        self.retry_after = retry_after

    @property
    def title(self) -> str:
        title = tr(_TITLES[self.kind])
        if not self.status:
            return title
        #: An error's title and the HTTP status code the server answered with (404).
        return tr("{title} ({status})").format(title=title, status=self.status)

    @property
    def action(self) -> Action:
        return _ACTIONS.get(self.kind, Action.RETRY)

    @property
    def retryable(self) -> bool:
        return self.kind in RETRYABLE

    def __repr__(self) -> str:
        return f"ChatError({self.kind.value!r}, {self.message!r}, status={self.status})"

    def redacted(self, *secrets: str) -> ChatError:
        """This error with every secret masked wherever its text shows (message, ``str``,
        ``repr``, a logged traceback): servers echo keys back inside their error text."""
        self.message = redact(self.message, *secrets)
        self.args = (self.message,)
        return self


def redact(text: str, *secrets: str) -> str:
    """Mask each of ``secrets`` in ``text`` (also in its URL-encoded form)."""
    from urllib.parse import quote

    for secret in secrets:
        if not secret or len(secret) < 4:
            continue
        for form in {secret, quote(secret, safe="")}:
            text = text.replace(form, "***")
    return text


def _trim(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_DETAIL else text[: _MAX_DETAIL - 1] + "…"


def _strip_html(text: str) -> str:
    """Readable text from an HTML error page (imports kept out of start-up)."""
    import html
    import re

    text = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", text, flags=re.IGNORECASE | re.DOTALL)
    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def server_message(body: bytes | str, content_type: str = "") -> tuple[str, str]:
    """Extract ``(message, code)`` from an error body.

    Understands OpenAI's ``{"error": {"message", "code"}}``, a bare
    ``{"error": "..."}``, FastAPI's ``{"detail": ...}``, plain text, and HTML
    (tags stripped). Always returns trimmed single-line text.
    """
    text = body.decode("utf-8", errors="replace") if isinstance(body, bytes) else body
    text = text.strip()
    if not text:
        return "", ""
    try:
        data: Any = json.loads(text)
    except ValueError:
        data = None
    if data is not None:
        return _message_from_json(data)
    if "html" in content_type.lower() or text.lstrip().startswith("<"):
        text = _strip_html(text)
    return _trim(text), ""


def _message_from_json(data: Any) -> tuple[str, str]:
    if isinstance(data, dict):
        err = data.get("error")
        if isinstance(err, dict):
            msg = err.get("message") or err.get("msg") or ""
            code = err.get("code") or err.get("type") or ""
            return _trim(str(msg)), str(code)
        if isinstance(err, str):
            return _trim(err), ""
        detail = data.get("detail")
        if isinstance(detail, str):
            return _trim(detail), ""
        if isinstance(detail, list):
            parts = [str(d.get("msg", d)) if isinstance(d, dict) else str(d) for d in detail]
            return _trim("; ".join(parts)), ""
        if isinstance(data.get("message"), str):
            return _trim(data["message"]), str(data.get("code") or "")
    return _trim(json.dumps(data)), ""


def _is_context_length(code: str, message: str) -> bool:
    low = message.lower()
    return code == "context_length_exceeded" or (
        "context" in low and ("length" in low or "window" in low or "exceed" in low)
    )


def _with_reply(advice: str, message: str) -> str:
    """``advice``, followed by what the server said when it said something."""
    if not message:
        return advice
    return tr("{advice} The server said: “{message}”").format(advice=advice, message=message)


def error_from_response(
    status: int,
    body: bytes,
    *,
    content_type: str = "",
    retry_after: float | None = None,
    model: str = "",
    url: str = "",
) -> ChatError:
    """Classify a non-2xx HTTP answer by its status code and body."""
    message, code = server_message(body, content_type)
    if status in (401, 403):
        return ChatError(
            ErrorKind.AUTH,
            _with_reply(tr("Check the API key in Settings (Ctrl+,)."), message),
            status=status,
        )
    if status == 407:
        return ChatError(
            ErrorKind.NETWORK,
            _with_reply(
                tr("The proxy asked for a user name and password: check them in Settings."),
                message,
            ),
            status=status,
        )
    if status == 404:
        return ChatError(
            ErrorKind.NOT_FOUND,
            _with_reply(
                tr(
                    "The server has no model “{model}” or no endpoint at {url}. "
                    "Check the model name and the base URL in Settings."
                ).format(model=model, url=url),
                message,
            ),
            status=status,
        )
    if status == 429:
        return ChatError(
            ErrorKind.RATE_LIMIT,
            _with_reply(
                tr("Too many requests or quota exhausted; wait a moment, then retry."), message
            ),
            status=status,
            retry_after=retry_after,
        )
    if status >= 500:
        return ChatError(
            ErrorKind.SERVER,
            _with_reply(tr("This is usually temporary: retry in a moment."), message),
            status=status,
        )
    if _is_context_length(code, message):
        return ChatError(
            ErrorKind.CONTEXT_LENGTH,
            _with_reply(tr("Start a new conversation or shorten your message."), message),
            status=status,
        )
    return ChatError(
        ErrorKind.BAD_REQUEST,
        message or tr("The server gave no reason."),
        status=status,
    )


def error_from_stream_object(data: dict[str, Any]) -> ChatError:
    """An ``{"error": …}`` object that arrived inside a 200 stream."""
    message, code = _message_from_json(data)
    err = data.get("error")
    status: int | None = None
    if isinstance(err, dict):
        raw = err.get("code") if isinstance(err.get("code"), int) else err.get("status")
        status = raw if isinstance(raw, int) else None
    if _is_context_length(code, message):
        kind = ErrorKind.CONTEXT_LENGTH
    elif status == 429 or "rate limit" in message.lower():
        kind = ErrorKind.RATE_LIMIT
    else:
        kind = ErrorKind.SERVER
    text = tr("The server reported an error mid-reply: “{message}”").format(message=message)
    return ChatError(kind, text, status=status)


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds only; dates are rare here)."""
    if not value:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    return seconds if seconds >= 0 else None


def backoff_delay(attempt: int, base: float, retry_after: float | None, cap: float = 60.0) -> float:
    """Delay before retry ``attempt`` (1-based): ``Retry-After`` if given, else exponential."""
    if retry_after is not None:
        return min(retry_after, cap)
    return float(min(base * (2 ** (attempt - 1)), cap))
