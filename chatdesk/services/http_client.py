"""The only module that speaks HTTP: a ``requests`` session for Chat Completions.

``ChatClient.stream_chat`` is a generator of ``core.stream`` events. It retries
transient failures (429, 5xx, network, timeouts) only before the first token,
and ``cancel()`` — callable from any thread — shuts the socket down so a read
that is stalled on a silent server returns at once.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

from chatdesk import __version__
from chatdesk.core.errors import (
    ChatError,
    ErrorKind,
    backoff_delay,
    error_from_response,
    parse_retry_after,
    redact,
    server_message,
)
from chatdesk.core.settings import normalize_base_url
from chatdesk.core.sse import SSEDecoder
from chatdesk.core.stream import (
    Done,
    FinishReason,
    Retrying,
    StreamEvent,
    TextDelta,
    empty_reply,
    parse_chunk,
    parse_completion,
)

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

_READ_SIZE = 65536


@dataclass(frozen=True)
class Network:
    """How to reach the server: an explicit proxy, a CA bundle, TLS verification."""

    proxy: str = ""
    """``http://``, ``https://``, ``socks5://`` or ``socks5h://`` URL; empty: the system's."""
    proxy_user: str = ""
    proxy_password: str = ""
    ca_bundle: str = ""
    """A PEM file of extra trusted CAs (a company proxy's or a self-hosted server's)."""
    verify_tls: bool = True

    def proxies(self) -> dict[str, str] | None:
        if not self.proxy:
            return None
        url = self.proxy
        if self.proxy_user:
            scheme, _, rest = url.partition("://")
            creds = f"{quote(self.proxy_user, safe='')}:{quote(self.proxy_password, safe='')}"
            url = f"{scheme}://{creds}@{rest}"
        return {"http": url, "https": url}

    def verify(self) -> bool | str:
        if not self.verify_tls:
            return False
        return self.ca_bundle or True


class Cancelled(Exception):
    """Raised inside the client when ``cancel()`` interrupted it."""


class ChatClient:
    def __init__(
        self,
        base_url: str,
        api_key: str = "",
        *,
        connect_timeout: float = 10.0,
        read_timeout: float = 120.0,
        max_attempts: int = 3,
        backoff_base: float = 1.0,
        api_style: str = "openai",
        api_version: str = "",
        network: Network | None = None,
        proxy_password: Callable[[], str] | None = None,
    ) -> None:
        """``proxy_password`` reads the proxy's password (from the keyring) when the first
        request is made, on the thread making it: never on the UI thread."""
        self.base_url = normalize_base_url(base_url)
        self.api_style = api_style
        self.api_version = api_version
        self.network = network or Network()
        self._proxy_password = proxy_password
        self._key = api_key
        self.timeout = (connect_timeout, read_timeout)
        self.max_attempts = max(1, max_attempts)
        self.backoff_base = backoff_base
        self._session: requests.Session | None = None
        self._lock = threading.Lock()
        self._response: Any = None
        self._cancelled = threading.Event()

    # -- plumbing ---------------------------------------------------------

    def _headers(self, stream: bool = False) -> dict[str, str]:
        headers = {"User-Agent": f"chatdesk/{__version__}", "Content-Type": "application/json"}
        if stream:
            headers["Accept"] = "text/event-stream"
            # A compressed stream would be buffered by the decoder; ask for raw bytes.
            headers["Accept-Encoding"] = "identity"
        if self._key:
            if self.api_style == "azure":
                headers["api-key"] = self._key
            else:
                headers["Authorization"] = f"Bearer {self._key}"
        return headers

    def _url(self, path: str) -> str:
        """``{base}/{path}``, with Azure's ``api-version`` query parameter when needed."""
        url = f"{self.base_url}/{path}"
        if self.api_style == "azure" and self.api_version:
            url += f"?api-version={quote(self.api_version)}"
        return url

    def _get_session(self) -> requests.Session:
        if self._session is None:
            import requests

            self._session = requests.Session()
            # The system's proxy settings (environment) apply unless one is set here, which
            # then wins; the environment would otherwise override it (a requests quirk).
            net = self.network
            if net.proxy_user and not net.proxy_password and self._proxy_password is not None:
                net = self.network = replace(net, proxy_password=self._proxy_password())
            self._session.trust_env = not net.proxy and net.verify_tls and not net.ca_bundle
            proxies = net.proxies()
            if proxies:
                self._session.proxies = proxies
            self._session.verify = net.verify()
            if not net.verify_tls:
                import urllib3

                urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
        return self._session

    def close(self) -> None:
        if self._session is not None:
            self._session.close()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Stop the current request now, from any thread."""
        self._cancelled.set()
        with self._lock:
            response = self._response
        if response is not None:
            _abort(response)

    @property
    def api_key(self) -> str:
        return self._key

    @api_key.setter
    def api_key(self, key: str) -> None:
        self._key = key

    def _clean(self, text: str) -> str:
        return redact(text, self._key)

    def _request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """Send one request, turning transport failures into ``ChatError``."""
        import requests

        started = time.monotonic()
        try:
            response = self._get_session().request(method, url, timeout=self.timeout, **kwargs)
        except requests.exceptions.RequestException as exc:
            if self._cancelled.is_set():
                raise Cancelled from None
            error = _transport_error(exc, url, self.timeout, via_proxy=bool(self.network.proxy))
            log.info("%s %s failed: %s", method, url, error.kind.value)
            raise error from None
        log.info(
            "%s %s -> %s in %.0f ms",
            method,
            url,
            response.status_code,
            (time.monotonic() - started) * 1000,
        )
        return response

    def _error_for(self, response: requests.Response, model: str = "") -> ChatError:
        try:
            body = response.content[:65536]
        except Exception:  # noqa: BLE001 - a broken error body still gets its status shown
            body = b""
        error = error_from_response(
            response.status_code,
            body,
            content_type=response.headers.get("Content-Type", ""),
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
            model=model,
            url=response.url,
        )
        error.message = self._clean(error.message)
        return error

    # -- public API -------------------------------------------------------

    def list_models(self) -> list[str]:
        """Model ids from ``GET {base}/models``, sorted."""
        self._cancelled.clear()
        url = self._url("models")
        response = self._request("GET", url, headers=self._headers())
        with response:
            if response.status_code != 200:
                raise self._error_for(response)
            try:
                data = response.json()
            except ValueError:
                raise ChatError(
                    ErrorKind.MALFORMED,
                    f"{url} did not answer with JSON. Check the base URL.",
                ) from None
        items = data.get("data") if isinstance(data, dict) else data
        if not isinstance(items, list):
            raise ChatError(ErrorKind.MALFORMED, f"{url} did not answer with a model list.")
        ids = {str(m["id"]) for m in items if isinstance(m, dict) and m.get("id")}
        return sorted(ids)

    def stream_chat(self, payload: dict[str, Any]) -> Iterator[StreamEvent]:
        """Send a chat request and yield its events.

        Transient failures are retried (yielding ``Retrying``) until the first
        token; after it, a failure raises ``ChatError(STREAM_BROKEN)``. A
        cancelled request simply ends the iteration.
        """
        self._cancelled.clear()
        url = self._url("chat/completions")
        stream = bool(payload.get("stream"))
        attempt = 1
        while True:
            got_text = False
            try:
                for event in self._attempt(url, payload, stream, str(payload.get("model", ""))):
                    if isinstance(event, TextDelta):
                        got_text = True
                    yield event
                return
            except Cancelled:
                return
            except ChatError as error:
                if self._cancelled.is_set():
                    return
                if got_text or not error.retryable or attempt >= self.max_attempts:
                    log.info("request failed: %s (status %s)", error.kind.value, error.status)
                    raise
                delay = backoff_delay(attempt, self.backoff_base, error.retry_after)
                attempt += 1
                log.info("retrying in %.1f s (try %d of %d)", delay, attempt, self.max_attempts)
                yield Retrying(attempt, self.max_attempts, delay, error.title)
                if self._cancelled.wait(delay):
                    return
            finally:
                with self._lock:
                    response, self._response = self._response, None
                if response is not None:
                    response.close()

    def _attempt(
        self, url: str, payload: dict[str, Any], stream: bool, model: str
    ) -> Iterator[StreamEvent]:
        response = self._request(
            "POST", url, json=payload, headers=self._headers(stream), stream=True
        )
        with self._lock:
            self._response = response
        if self._cancelled.is_set():
            raise Cancelled
        if response.status_code != 200:
            raise self._error_for(response, model)
        content_type = response.headers.get("Content-Type", "").lower()
        if stream and "text/event-stream" in content_type:
            yield from self._read_sse(response)
            return
        body = self._read_all(response)
        if stream and body.strip() and "json" not in content_type:
            message, _ = server_message(body, content_type)
            raise ChatError(
                ErrorKind.MALFORMED,
                f"Expected a stream of events but got {content_type or 'untyped data'}: "
                f"“{self._clean(message)}”. Check the base URL, or turn streaming off in Settings.",
            )
        # A JSON body when a stream was asked for: the server ignored "stream"; read it whole.
        yield from parse_completion(body)

    def _read_all(self, response: requests.Response) -> bytes:
        chunks = []
        for data in self._chunks(response, got_text=lambda: False):
            chunks.append(data)
        return b"".join(chunks)

    def _chunks(self, response: requests.Response, got_text: Any) -> Iterator[bytes]:
        """Yield bytes as they arrive (one socket read each), not whole buffers."""
        read1 = response.raw.read1
        while True:
            try:
                data = read1(_READ_SIZE, decode_content=True)
            except Exception as exc:  # noqa: BLE001 - urllib3/requests/OS errors all mean "broken"
                if self._cancelled.is_set():
                    raise Cancelled from None
                raise _read_error(exc, got_text(), self.timeout[1]) from None
            if not data:
                if self._cancelled.is_set():
                    raise Cancelled
                return
            yield data

    def _read_sse(self, response: requests.Response) -> Iterator[StreamEvent]:
        decoder = SSEDecoder()
        state = {"text": False}
        finished = False
        for data in self._chunks(response, got_text=lambda: state["text"]):
            for sse in decoder.feed(data):
                for event in parse_chunk(sse.data):
                    if isinstance(event, TextDelta):
                        state["text"] = True
                    elif isinstance(event, FinishReason):
                        finished = True
                    elif isinstance(event, Done):
                        yield event
                        return
                    yield event
        for sse in decoder.finish():
            for event in parse_chunk(sse.data):
                if isinstance(event, Done):
                    yield event
                    return
                finished = finished or isinstance(event, FinishReason)
                yield event
        if not decoder.seen_any_field:
            raise empty_reply()
        if finished:
            # The server sent its finish reason and closed without "[DONE]": the reply is whole.
            yield Done()
            return
        raise ChatError(
            ErrorKind.STREAM_BROKEN,
            "The server closed the stream before the reply was finished. "
            "The partial reply is kept; Retry asks again.",
        )


def _abort(response: Any) -> None:
    """Wake a read blocked on ``response`` by shutting its socket down."""
    raw = getattr(response, "raw", None)
    # Already closed or released to the pool: nothing to wake.
    with contextlib.suppress(Exception):
        if raw is not None and hasattr(raw, "shutdown"):
            raw.shutdown()
    # Closing twice from two threads is harmless.
    with contextlib.suppress(Exception):
        response.close()


def _host(url: str) -> str:
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.hostname}{port}"


def _transport_error(
    exc: Exception, url: str, timeout: tuple[float, float], *, via_proxy: bool = False
) -> ChatError:
    import requests

    host = _host(url)
    text = repr(exc)
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return ChatError(
            ErrorKind.TIMEOUT,
            f"Connecting to {host} took longer than {timeout[0]:g} s. "
            "Check your network connection and the base URL.",
        )
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return ChatError(
            ErrorKind.TIMEOUT,
            f"{host} accepted the request but sent nothing for {timeout[1]:g} s. "
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
            f"Could not reach {host} through the proxy: {reason}. "
            "Check the proxy, its user name and password in Settings.",
        )
    if isinstance(exc, requests.exceptions.SSLError):
        return ChatError(
            ErrorKind.NETWORK,
            f"The secure connection to {host} failed: its certificate is not trusted or TLS "
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
                f"Nothing is listening at {host}: is the server running? "
                "Check the base URL in Settings.",
            )
        return ChatError(
            ErrorKind.NETWORK,
            f"The connection to {host} failed. Check your network connection and the base URL.",
        )
    if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.MissingSchema):
        return ChatError(ErrorKind.NOT_FOUND, f"“{url}” is not a valid URL. Fix the base URL.")
    return ChatError(ErrorKind.NETWORK, f"The request to {host} failed ({type(exc).__name__}).")


def _read_error(exc: Exception, got_text: bool, read_timeout: float) -> ChatError:
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
