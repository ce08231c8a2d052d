"""One server's connection: the session, its proxies and TLS, redirects, capped reads.

The key goes only where it belongs: redirects are followed here, not by ``requests``,
so credentials reach only the base URL's origin and a chat request never goes to
another one. Every error leaves through ``public``, the one place that masks the key.
``cancel()`` — callable from any thread — shuts the socket down, so a read stalled on a
silent server returns at once.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urljoin

from chatdesk import __version__
from chatdesk.core.errors import ChatError, ErrorKind, error_from_response, parse_retry_after
from chatdesk.core.i18n import tr
from chatdesk.core.settings import (
    CREDENTIALS_IN_URL,
    has_credentials,
    normalize_base_url,
    without_credentials,
)
from chatdesk.services.http.failures import (
    Cancelled,
    host,
    origin,
    origin_text,
    read_error,
    too_slow,
    transport_error,
)
from chatdesk.services.http.network import Network

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

READ_SIZE = 65536
MB = 1024 * 1024

ERROR_CAP = 65536
"""How much of an error body is read: only its first lines are ever shown."""
MAX_REDIRECTS = 10


class Held:
    """The response one call is reading, so another thread can abort it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._response: Any = None
        self._aborted = False

    def hold(self, response: Any) -> None:
        with self._lock:
            aborted, self._response = self._aborted, response
        if aborted:
            abort(response)
            raise Cancelled

    def abort(self) -> None:
        with self._lock:
            self._aborted, response = True, self._response
        if response is not None:
            abort(response)


def abort(response: Any) -> None:
    """Wake a read blocked on ``response`` by shutting its socket down."""
    raw = getattr(response, "raw", None)
    # Already closed or released to the pool: nothing to wake.
    with contextlib.suppress(Exception):
        if raw is not None and hasattr(raw, "shutdown"):
            raw.shutdown()
    # Closing twice from two threads is harmless.
    with contextlib.suppress(Exception):
        response.close()


class Transport:
    """The session to one base URL, with its key, API style, network and timeouts."""

    def __init__(
        self,
        base_url: str,
        api_key: str = "",
        *,
        connect_timeout: float = 10.0,
        read_timeout: float = 120.0,
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
        self.total_timeout = total_timeout
        self._session: requests.Session | None = None
        self._lock = threading.Lock()
        self._response: Any = None
        self._models: Held | None = None
        self._cancelled = threading.Event()

    # -- the key and cancelling ---------------------------------------------------

    @property
    def api_key(self) -> str:
        return self._key

    @api_key.setter
    def api_key(self, key: str) -> None:
        self._key = key

    def public(self, error: ChatError) -> ChatError:
        """Every error leaves the client through here: whatever the server wrote into it
        (an echoed key, in an error status or inside a 200 reply) is masked once, here."""
        return error.redacted(self._key, self.network.proxy_password)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def begin(self) -> None:
        """A new call starts: forget an earlier ``cancel()``."""
        self._cancelled.clear()

    def wait_cancelled(self, seconds: float) -> bool:
        """Sleep ``seconds`` unless cancelled first (then True at once)."""
        return self._cancelled.wait(seconds)

    def cancel(self) -> None:
        """Stop the current request now, from any thread."""
        self._cancelled.set()
        with self._lock:
            response, models = self._response, self._models
        if response is not None:
            abort(response)
        if models is not None:
            models.abort()

    def track(self, response: requests.Response) -> None:
        """The chat response being read, for ``cancel()`` to abort."""
        with self._lock:
            self._response = response

    def release(self) -> None:
        """Close the chat response being read, if any."""
        with self._lock:
            response, self._response = self._response, None
        if response is not None:
            response.close()

    def track_models(self, held: Held | None) -> None:
        with self._lock:
            self._models = held

    def release_models(self, held: Held) -> None:
        with self._lock:
            if self._models is held:
                self._models = None

    # -- requests -----------------------------------------------------------------

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

    def url(self, path: str) -> str:
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

    def request(
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
            raise ChatError(ErrorKind.BASE_URL, tr(CREDENTIALS_IN_URL))
        session = self._get_session()
        home = origin(url)
        for _ in range(MAX_REDIRECTS + 1):
            if self._cancelled.is_set():
                raise Cancelled
            headers = self._headers(stream, credentials=origin(url) == home)
            response = self._send(method, url, headers, payload, deadline)
            location = session.get_redirect_target(response)
            if not location:
                return response
            response.close()
            target = without_credentials(urljoin(url, location))
            if origin(target) != home and method == "POST":
                raise ChatError(
                    ErrorKind.BASE_URL,
                    tr(
                        "{host} redirected the request to {target}. chatdesk sends "
                        "your messages and key only to the server in the base URL: if "
                        "{origin} is the right server, put its address in the base "
                        "URL in Settings."
                    ).format(host=host(url), target=host(target), origin=origin_text(target)),
                )
            if response.status_code == 303 or (response.status_code in (301, 302) and payload):
                method, payload = "GET", None  # what browsers and requests do
            url = target
        raise ChatError(
            ErrorKind.BASE_URL,
            tr(
                "{host} redirected more than %Ln times. Check the base URL in Settings.",
                "",
                MAX_REDIRECTS,
            ).format(host=host(url)),
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
                raise too_slow(url, self.total_timeout)
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
            error = transport_error(exc, url, timeout, via_proxy=via_proxy)
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

    # -- reading ------------------------------------------------------------------

    def error_for(self, response: requests.Response, model: str = "") -> ChatError:
        try:
            body = self.read_capped(response, ERROR_CAP, "", truncate=True)
        except (ChatError, Cancelled):  # a broken error body still gets its status shown
            body = b""
        return error_from_response(
            response.status_code,
            body,
            content_type=response.headers.get("Content-Type", ""),
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
            model=model,
            url=response.url,
        )

    def read_capped(
        self,
        response: requests.Response,
        cap: int,
        too_large: str,
        deadline: float | None = None,
        *,
        truncate: bool = False,
    ) -> bytes:
        """The body, read as it arrives but never more than ``cap + 1`` bytes of it.

        Past ``cap``: with ``truncate``, its first ``cap`` bytes; otherwise a ``MALFORMED``
        error saying ``too_large`` (the caller's whole sentence, naming what and ``cap``).
        (``response.content`` would read all of it first.)"""
        chunks: list[bytes] = []
        size = 0
        while size <= cap:
            data = self.read1(response, min(READ_SIZE, cap + 1 - size), False, deadline)
            if not data:
                return b"".join(chunks)
            chunks.append(data)
            size += len(data)
        if truncate:
            return b"".join(chunks)[:cap]
        raise ChatError(ErrorKind.MALFORMED, too_large)

    def read1(
        self, response: requests.Response, amount: int, got_text: bool, deadline: float | None
    ) -> bytes:
        """One socket read of up to ``amount`` bytes (``b""`` at the end of the body)."""
        if deadline is not None and time.monotonic() > deadline:
            raise too_slow(response.url, self.total_timeout)
        try:
            data: bytes = response.raw.read1(amount, decode_content=True)
        except Exception as exc:  # noqa: BLE001 - urllib3/requests/OS errors all mean "broken"
            if self._cancelled.is_set():
                raise Cancelled from None
            raise read_error(exc, got_text, self.timeout[1]) from None
        if not data and self._cancelled.is_set():
            raise Cancelled
        return data
