"""The only module that speaks HTTP: a ``requests`` session for Chat Completions.

``ChatClient.stream_chat`` is a generator of ``core.stream`` events. It retries
transient failures (429, 5xx, network, timeouts) only before the first token,
and ``cancel()`` — callable from any thread — shuts the socket down so a read
that is stalled on a silent server returns at once.

The key goes only where it belongs: redirects are followed here, not by
``requests``, so credentials reach only the base URL's origin and a chat request
never goes to another one; every error leaves through one place that masks the
key. Bodies read whole are capped, and ``list_models`` has a total deadline.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urljoin, urlsplit

from chatdesk import __version__
from chatdesk.core.errors import (
    ChatError,
    ErrorKind,
    backoff_delay,
    error_from_response,
    parse_retry_after,
    server_message,
)
from chatdesk.core.settings import (
    CREDENTIALS_IN_URL,
    has_credentials,
    normalize_base_url,
    without_credentials,
)
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
_MB = 1024 * 1024

MODELS_CAP = 16 * _MB
"""The largest ``/models`` answer read: large catalogues are a few MB."""
REPLY_CAP = 16 * _MB
"""The largest whole (non-streamed) reply read."""
ERROR_CAP = 65536
"""How much of an error body is read: only its first lines are ever shown."""
MAX_REDIRECTS = 10


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

    def proxies_for(self, url: str) -> dict[str, str]:
        """The proxy for ``url``: the one set here, else the system's (``HTTPS_PROXY``…);
        either way none for a host that ``NO_PROXY`` lists. Decided per URL, so a CA file
        or unchecked certificates never drop the system proxy."""
        from requests.utils import get_environ_proxies, should_bypass_proxies

        if not self.proxy:
            return dict(get_environ_proxies(url, no_proxy=None))
        if should_bypass_proxies(url, no_proxy=None):
            return {}
        return self.proxies() or {}

    def ca_file(self) -> bool | str:
        """What to check certificates with: as ``verify()``, but with no CA file set here,
        ``REQUESTS_CA_BUNDLE`` or ``CURL_CA_BUNDLE`` when the environment names one."""
        verify = self.verify()
        if verify is True:
            return os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE") or True
        return verify


class Cancelled(Exception):
    """Raised inside the client when ``cancel()`` interrupted it."""


class _Held:
    """The response one call is reading, so another thread can abort it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._response: Any = None
        self._aborted = False

    def hold(self, response: Any) -> None:
        with self._lock:
            aborted, self._response = self._aborted, response
        if aborted:
            _abort(response)
            raise Cancelled

    def abort(self) -> None:
        with self._lock:
            self._aborted, response = True, self._response
        if response is not None:
            _abort(response)


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
        total_timeout: float = 30.0,
    ) -> None:
        """``proxy_password`` reads the proxy's password (from the keyring) when the first
        request is made, on the thread making it: never on the UI thread.
        ``total_timeout`` bounds ``list_models`` (and so Test connection) as a whole,
        however slowly the server sends."""
        self.base_url = normalize_base_url(base_url)
        self.api_style = api_style
        self.api_version = api_version
        self.network = network or Network()
        self._proxy_password = proxy_password
        self._key = api_key
        self.timeout = (connect_timeout, read_timeout)
        self.max_attempts = max(1, max_attempts)
        self.backoff_base = backoff_base
        self.total_timeout = total_timeout
        self._session: requests.Session | None = None
        self._lock = threading.Lock()
        self._response: Any = None
        self._models: _Held | None = None
        self._cancelled = threading.Event()

    # -- plumbing ---------------------------------------------------------

    def _headers(self, stream: bool = False, *, credentials: bool = True) -> dict[str, str]:
        """Request headers; the key only with ``credentials`` (the base URL's own origin)."""
        headers = {"User-Agent": f"chatdesk/{__version__}", "Content-Type": "application/json"}
        if stream:
            headers["Accept"] = "text/event-stream"
            # A compressed stream would be buffered by the decoder; ask for raw bytes.
            headers["Accept-Encoding"] = "identity"
        if self._key and credentials:
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
            net = self.network
            if net.proxy_user and not net.proxy_password and self._proxy_password is not None:
                net = self.network = replace(net, proxy_password=self._proxy_password())
            # Proxies and the CA file are decided here (``Network``), not by requests from
            # the environment: it would let the environment override the proxy set here,
            # and its netrc lookup would replace the key with a password.
            self._session.trust_env = False
            self._session.verify = net.ca_file()
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
            response, models = self._response, self._models
        if response is not None:
            _abort(response)
        if models is not None:
            models.abort()

    @property
    def api_key(self) -> str:
        return self._key

    @api_key.setter
    def api_key(self, key: str) -> None:
        self._key = key

    def _public(self, error: ChatError) -> ChatError:
        """Every error leaves the client through here: whatever the server wrote into it
        (an echoed key, in an error status or inside a 200 reply) is masked once, here."""
        return error.redacted(self._key, self.network.proxy_password)

    def _request(
        self,
        method: str,
        url: str,
        *,
        stream: bool = False,
        payload: Any = None,
        deadline: float | None = None,
    ) -> requests.Response:
        """Send a request and follow its redirects, turning failures into ``ChatError``.

        Redirects are followed here because requests keeps every header but
        ``Authorization`` across hosts: the key (``Authorization`` or Azure's ``api-key``)
        goes only to the base URL's origin, and a chat request (its body) never leaves it."""
        if has_credentials(url):
            raise ChatError(ErrorKind.BASE_URL, CREDENTIALS_IN_URL)
        session = self._get_session()
        home = _origin(url)
        for _ in range(MAX_REDIRECTS + 1):
            if self._cancelled.is_set():
                raise Cancelled
            headers = self._headers(stream, credentials=_origin(url) == home)
            response = self._send(method, url, headers, payload, deadline)
            location = session.get_redirect_target(response)
            if not location:
                return response
            response.close()
            target = without_credentials(urljoin(url, location))
            if _origin(target) != home and method == "POST":
                raise ChatError(
                    ErrorKind.BASE_URL,
                    f"{_host(url)} redirected the request to {_host(target)}. chatdesk sends "
                    "your messages and key only to the server in the base URL: if "
                    f"{_origin_text(target)} is the right server, put its address in the base "
                    "URL in Settings.",
                )
            if response.status_code == 303 or (response.status_code in (301, 302) and payload):
                method, payload = "GET", None  # what browsers and requests do
            url = target
        raise ChatError(
            ErrorKind.BASE_URL,
            f"{_host(url)} redirected more than {MAX_REDIRECTS} times. Check the base URL in "
            "Settings.",
        )

    def _send(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        payload: Any,
        deadline: float | None,
    ) -> requests.Response:
        """One HTTP exchange, without following redirects."""
        import requests

        proxies = self.network.proxies_for(url)
        timeout = self.timeout
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise _too_slow(url, self.total_timeout)
            timeout = (min(timeout[0], left), min(timeout[1], left))
        started = time.monotonic()
        try:
            response = self._get_session().request(
                method,
                url,
                headers=headers,
                json=payload,
                proxies=proxies,
                timeout=timeout,
                stream=True,
                allow_redirects=False,
            )
        except requests.exceptions.RequestException as exc:
            if self._cancelled.is_set():
                raise Cancelled from None
            via_proxy = bool(proxies) and bool(self.network.proxy)  # the one set in Settings
            error = _transport_error(exc, url, timeout, via_proxy=via_proxy)
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
            body = self._read_capped(response, ERROR_CAP, "", truncate=True)
        except (ChatError, Cancelled):  # a broken error body still gets its status shown
            body = b""
        error = error_from_response(
            response.status_code,
            body,
            content_type=response.headers.get("Content-Type", ""),
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
            model=model,
            url=response.url,
        )
        return error

    # -- public API -------------------------------------------------------

    def list_models(self) -> list[str]:
        """Model ids from ``GET {base}/models``, sorted, within ``total_timeout`` seconds."""
        self._cancelled.clear()
        try:
            return self._before_deadline(self._list_models)
        except ChatError as error:
            raise self._public(error) from None

    def _before_deadline(self, work: Callable[[float, _Held], list[str]]) -> list[str]:
        """``work``'s result, or a timeout error once ``total_timeout`` has passed.

        The work runs on its own thread: a server can drip even the headers one byte at
        a time, and no socket timeout bounds that. At the deadline a body being read is
        aborted at once; a request still waiting for its headers is left to end alone."""
        seconds = self.total_timeout
        deadline = time.monotonic() + seconds
        held = _Held()
        with self._lock:
            self._models = held
        outcome: dict[str, Any] = {}
        finished = threading.Event()

        def run() -> None:
            try:
                outcome["value"] = work(deadline, held)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller as is
                outcome["error"] = exc
            finally:
                finished.set()

        threading.Thread(target=run, name="chatdesk-models", daemon=True).start()
        try:
            if not finished.wait(seconds):
                held.abort()
                raise _too_slow(self.base_url, seconds)
        finally:
            with self._lock:
                if self._models is held:
                    self._models = None
        if "error" in outcome:
            raise outcome["error"]
        result: list[str] = outcome["value"]
        return result

    def _list_models(self, deadline: float, held: _Held) -> list[str]:
        url = self._url("models")
        response = self._request("GET", url, deadline=deadline)
        with response:
            held.hold(response)
            if response.status_code != 200:
                raise self._error_for(response)
            body = self._read_capped(response, MODELS_CAP, f"The model list from {url}", deadline)
        try:
            data = json.loads(body)
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
        try:
            yield from self._stream_chat(payload)
        except ChatError as error:
            raise self._public(error) from None

    def _stream_chat(self, payload: dict[str, Any]) -> Iterator[StreamEvent]:
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
        response = self._request("POST", url, stream=stream, payload=payload)
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
        body = self._read_capped(response, REPLY_CAP, "The reply")
        if stream and body.strip() and "json" not in content_type:
            message, _ = server_message(body, content_type)
            raise ChatError(
                ErrorKind.MALFORMED,
                f"Expected a stream of events but got {content_type or 'untyped data'}: "
                f"“{message}”. Check the base URL, or turn streaming off in Settings.",
            )
        # A JSON body when a stream was asked for: the server ignored "stream"; read it whole.
        yield from parse_completion(body)

    def _read_capped(
        self,
        response: requests.Response,
        cap: int,
        what: str,
        deadline: float | None = None,
        *,
        truncate: bool = False,
    ) -> bytes:
        """The body, read as it arrives but never more than ``cap + 1`` bytes of it.

        Past ``cap``: with ``truncate``, its first ``cap`` bytes; otherwise an error
        naming ``what``. (``response.content`` would read all of it first.)"""
        chunks: list[bytes] = []
        size = 0
        while size <= cap:
            data = self._read1(response, min(_READ_SIZE, cap + 1 - size), False, deadline)
            if not data:
                return b"".join(chunks)
            chunks.append(data)
            size += len(data)
        if truncate:
            return b"".join(chunks)[:cap]
        raise ChatError(
            ErrorKind.MALFORMED,
            f"{what} is too large (over {cap // _MB} MB), so chatdesk stopped reading it. "
            "Check that the base URL points at an OpenAI-compatible API.",
        )

    def _read1(
        self, response: requests.Response, amount: int, got_text: bool, deadline: float | None
    ) -> bytes:
        """One socket read of up to ``amount`` bytes (``b""`` at the end of the body)."""
        if deadline is not None and time.monotonic() > deadline:
            raise _too_slow(response.url, self.total_timeout)
        try:
            data: bytes = response.raw.read1(amount, decode_content=True)
        except Exception as exc:  # noqa: BLE001 - urllib3/requests/OS errors all mean "broken"
            if self._cancelled.is_set():
                raise Cancelled from None
            raise _read_error(exc, got_text, self.timeout[1]) from None
        if not data and self._cancelled.is_set():
            raise Cancelled
        return data

    def _chunks(self, response: requests.Response, got_text: Any) -> Iterator[bytes]:
        """Yield bytes as they arrive (one socket read each), not whole buffers."""
        while data := self._read1(response, _READ_SIZE, got_text(), None):
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


_DEFAULT_PORTS = {"http": 80, "https": 443}


def _origin(url: str) -> tuple[str, str, int | None]:
    """Scheme, host and port: where a key may go once it is sent to ``url``."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), parts.port or _DEFAULT_PORTS.get(scheme)


def _origin_text(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{_host(url)}"


def _too_slow(url: str, seconds: float) -> ChatError:
    return ChatError(
        ErrorKind.TIMEOUT,
        f"{_host(url)} took longer than {seconds:g} s to answer in full. The server may be "
        "overloaded or very slow: retry in a moment, and check the base URL.",
    )


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
