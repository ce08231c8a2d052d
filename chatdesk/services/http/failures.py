"""What went wrong on the wire, in words a user can act on (and the hosts they name)."""

from __future__ import annotations

from urllib.parse import urlsplit

from chatdesk.core.errors import ChatError, ErrorKind


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
        f"{host(url)} took longer than {seconds:g} s to answer in full. The server may be "
        "overloaded or very slow: retry in a moment, and check the base URL.",
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
            f"Connecting to {where} took longer than {timeout[0]:g} s. "
            "Check your network connection and the base URL.",
        )
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return ChatError(
            ErrorKind.TIMEOUT,
            f"{where} accepted the request but sent nothing for {timeout[1]:g} s. "
            "The server may be overloaded: retry in a moment.",
        )
    if isinstance(exc, requests.exceptions.ProxyError) or (
        via_proxy
        and isinstance(exc, requests.exceptions.ConnectionError)
        and not isinstance(exc, requests.exceptions.SSLError)
    ):
        reason = "it asked for a user name and password" if "407" in text else "it did not answer"
        return ChatError(
            ErrorKind.NETWORK,
            f"Could not reach {where} through the proxy: {reason}. "
            "Check the proxy, its user name and password in Settings.",
        )
    if isinstance(exc, requests.exceptions.SSLError):
        return ChatError(
            ErrorKind.NETWORK,
            f"The secure connection to {where} failed: its certificate is not trusted or TLS "
            "failed. If the server uses its own certificate authority, add its CA file in "
            "Settings.",
        )
    if isinstance(exc, requests.exceptions.ConnectionError):
        if "NameResolution" in text or "getaddrinfo" in text or "Name or service" in text:
            return ChatError(
                ErrorKind.NETWORK,
                f"The host name {urlsplit(url).hostname} could not be found. "
                "Check your internet connection and the base URL in Settings.",
            )
        if "Refused" in text or "refused" in text:
            return ChatError(
                ErrorKind.NETWORK,
                f"Nothing is listening at {where}: is the server running? "
                "Check the base URL in Settings.",
            )
        return ChatError(
            ErrorKind.NETWORK,
            f"The connection to {where} failed. Check your network connection and the base URL.",
        )
    if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.MissingSchema):
        return ChatError(ErrorKind.NOT_FOUND, f"“{url}” is not a valid URL. Fix the base URL.")
    return ChatError(ErrorKind.NETWORK, f"The request to {where} failed ({type(exc).__name__}).")


def read_error(exc: Exception, got_text: bool, read_timeout: float) -> ChatError:
    name = type(exc).__name__
    if "Timeout" in name:
        if got_text:
            return ChatError(
                ErrorKind.STREAM_BROKEN,
                f"The server stopped sending for {read_timeout:g} s. "
                "The partial reply is kept; Retry asks again.",
            )
        return ChatError(
            ErrorKind.TIMEOUT,
            f"The server sent nothing for {read_timeout:g} s. It may be overloaded: retry.",
        )
    if not got_text:
        return ChatError(
            ErrorKind.NETWORK,
            "The connection broke before the reply started. Check your network and retry.",
        )
    return ChatError(
        ErrorKind.STREAM_BROKEN,
        "The connection broke during the reply. The partial reply is kept; Retry asks again.",
    )
