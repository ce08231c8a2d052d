"""What went wrong on the wire, in words a user can act on (and the hosts they name)."""

from __future__ import annotations

from urllib.parse import urlsplit

from chatdesk.core.errors import ChatError, ErrorKind
from chatdesk.core.i18n import decimal, tr


class Cancelled(Exception):
    """Raised inside the client when ``cancel()`` interrupted it."""


def host(url: str) -> str:
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.hostname}{port}"


_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin(url: str) -> tuple[str, str, int | None]:
    """Scheme, host and port: where a key may go once it is sent to ``url``."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), parts.port or _DEFAULT_PORTS.get(scheme)


def origin_text(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{host(url)}"


def too_slow(url: str, seconds: float) -> ChatError:
    return ChatError(
        ErrorKind.TIMEOUT,
        tr(
            "{host} took longer than {seconds} s to answer in full. The server may be "
            "overloaded or very slow: retry in a moment, and check the base URL."
        ).format(host=host(url), seconds=decimal(seconds)),
    )


def transport_error(
    exc: Exception, url: str, timeout: tuple[float, float], *, via_proxy: bool = False
) -> ChatError:
    import requests

    where = host(url)
    text = repr(exc)
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return ChatError(
            ErrorKind.TIMEOUT,
            tr(
                "Connecting to {host} took longer than {seconds} s. "
                "Check your network connection and the base URL."
            ).format(host=where, seconds=decimal(timeout[0])),
        )
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return ChatError(
            ErrorKind.TIMEOUT,
            tr(
                "{host} accepted the request but sent nothing for {seconds} s. "
                "The server may be overloaded: retry in a moment."
            ).format(host=where, seconds=decimal(timeout[1])),
        )
    if isinstance(exc, requests.exceptions.ProxyError) or (
        via_proxy
        and isinstance(exc, requests.exceptions.ConnectionError)
        and not isinstance(exc, requests.exceptions.SSLError)
    ):
        if "407" in text:
            message = tr(
                "Could not reach {host} through the proxy: it asked for a user name and "
                "password. Check the proxy, its user name and password in Settings."
            )
        else:
            message = tr(
                "Could not reach {host} through the proxy: it did not answer. "
                "Check the proxy, its user name and password in Settings."
            )
        return ChatError(ErrorKind.NETWORK, message.format(host=where))
    if isinstance(exc, requests.exceptions.SSLError):
        return ChatError(
            ErrorKind.NETWORK,
            tr(
                "The secure connection to {host} failed: its certificate is not trusted or TLS "
                "failed. If the server uses its own certificate authority, add its CA file in "
                "Settings."
            ).format(host=where),
        )
    if isinstance(exc, requests.exceptions.ConnectionError):
        if "NameResolution" in text or "getaddrinfo" in text or "Name or service" in text:
            return ChatError(
                ErrorKind.NETWORK,
                tr(
                    "The host name {host} could not be found. "
                    "Check your internet connection and the base URL in Settings."
                ).format(host=urlsplit(url).hostname),
            )
        if "Refused" in text or "refused" in text:
            return ChatError(
                ErrorKind.NETWORK,
                tr(
                    "Nothing is listening at {host}: is the server running? "
                    "Check the base URL in Settings."
                ).format(host=where),
            )
        return ChatError(
            ErrorKind.NETWORK,
            tr(
                "The connection to {host} failed. Check your network connection and the base URL."
            ).format(host=where),
        )
    if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.MissingSchema):
        return ChatError(
            ErrorKind.NOT_FOUND, tr("“{url}” is not a valid URL. Fix the base URL.").format(url=url)
        )
    return ChatError(
        ErrorKind.NETWORK,
        tr("The request to {host} failed ({error}).").format(host=where, error=type(exc).__name__),
    )


def read_error(exc: Exception, got_text: bool, read_timeout: float) -> ChatError:
    name = type(exc).__name__
    if "Timeout" in name:
        if got_text:
            return ChatError(
                ErrorKind.STREAM_BROKEN,
                tr(
                    "The server stopped sending for {seconds} s. "
                    "The partial reply is kept; Retry asks again."
                ).format(seconds=decimal(read_timeout)),
            )
        return ChatError(
            ErrorKind.TIMEOUT,
            tr("The server sent nothing for {seconds} s. It may be overloaded: retry.").format(
                seconds=decimal(read_timeout)
            ),
        )
    if not got_text:
        return ChatError(
            ErrorKind.NETWORK,
            tr("The connection broke before the reply started. Check your network and retry."),
        )
    return ChatError(
        ErrorKind.STREAM_BROKEN,
        tr("The connection broke during the reply. The partial reply is kept; Retry asks again."),
    )
