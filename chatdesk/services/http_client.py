"""The HTTP client for Chat Completions: ``ChatClient``, and every name callers import.

The work is in the ``chatdesk.services.http`` package, the only one that speaks HTTP:
``transport`` (session, proxies, TLS, redirects that keep the key home, capped reads, the
one place errors are masked), ``chat`` (the streaming request and its retries before the
first token), ``models`` (``/models`` within a total deadline) and ``failures``.

``ChatClient.stream_chat`` is a generator of ``core.stream`` events; ``cancel()`` —
callable from any thread — shuts the socket down so a stalled read returns at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from chatdesk.core.profiles import Profile
from chatdesk.core.stream import StreamEvent
from chatdesk.services.http import chat, models
from chatdesk.services.http.chat import REPLY_CAP
from chatdesk.services.http.failures import Cancelled
from chatdesk.services.http.models import MODELS_CAP
from chatdesk.services.http.network import Network
from chatdesk.services.http.options import ClientOptions
from chatdesk.services.http.transport import ERROR_CAP, MAX_REDIRECTS, Transport

__all__ = [
    "ERROR_CAP",
    "MAX_REDIRECTS",
    "MODELS_CAP",
    "REPLY_CAP",
    "Cancelled",
    "ChatClient",
    "ClientOptions",
    "Network",
]


class ChatClient(Transport):
    """A client for one server: chat requests (retried before the first token) and
    its model list."""

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
        super().__init__(
            base_url,
            api_key,
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
            api_style=api_style,
            api_version=api_version,
            network=network,
            proxy_password=proxy_password,
            total_timeout=total_timeout,
        )
        self.max_attempts = max(1, max_attempts)
        self.backoff_base = backoff_base

    @classmethod
    def for_profile(
        cls,
        profile: Profile,
        key: str,
        options: ClientOptions | None = None,
        *,
        proxy_password: Callable[[], str] | None = None,
    ) -> ChatClient:
        """The client for ``profile``'s server with ``key``: the one way the app makes one.

        ``proxy_password`` reads the proxy's password when the first request is made."""
        o = options or ClientOptions()
        return cls(
            profile.base_url,
            key,
            connect_timeout=o.connect_timeout,
            read_timeout=o.read_timeout,
            max_attempts=o.max_attempts,
            backoff_base=o.backoff_base,
            api_style=profile.api_style,
            api_version=profile.api_version,
            network=Network.of(profile.network),
            proxy_password=proxy_password,
        )

    def list_models(self) -> list[str]:
        """Model ids from ``GET {base}/models``, sorted, within ``total_timeout`` seconds."""
        return models.list_models(self)

    def stream_chat(self, payload: dict[str, Any]) -> Iterator[StreamEvent]:
        """Send a chat request and yield its events.

        Transient failures are retried (yielding ``Retrying``) until the first
        token; after it, a failure raises ``ChatError(STREAM_BROKEN)``. A
        cancelled request simply ends the iteration.
        """
        yield from chat.stream_chat(
            self, payload, max_attempts=self.max_attempts, backoff_base=self.backoff_base
        )
