"""Remote MCP servers: Streamable HTTP, or the older HTTP+SSE transport, through httpx2.

https only, except to this machine (checked when the file is read, and again here). The SDK
follows a redirect only within the server's origin (and http to https), so headers, which
may carry a token, never go elsewhere. Proxy and certificates: a ``RemoteNetwork`` when the
hub is given one (the profile's), otherwise the system's proxy variables and ``SSL_CERT_FILE``.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

import httpx2

from chatdesk.services.mcp.api import RemoteNetwork
from chatdesk.services.mcp.config import TransportKind, url_problem

if TYPE_CHECKING:
    from chatdesk.services.http.network import Network

CONNECT_TIMEOUT = 30.0
STREAM_READ_TIMEOUT = 300.0
"""How long an open event stream may stay silent (a call's own timeout is usually shorter)."""


class HttpErrors:
    """The last HTTP error status a server answered with, for the status line."""

    def __init__(self) -> None:
        self.last = ""

    async def hook(self, response: httpx2.Response) -> None:
        if response.status_code >= 400:
            self.last = f"HTTP {response.status_code} {response.reason_phrase}".strip()


def network_for(network: Network) -> Callable[[str], RemoteNetwork]:
    """A profile's network settings (``services.http.network.Network``) as the hub takes
    them: the proxy for each server's URL (its own, or the system's unless ``NO_PROXY``
    lists the host) and its CA file or unchecked certificates."""

    def choose(url: str) -> RemoteNetwork:
        proxies = network.proxies_for(url)
        scheme = "https" if url.startswith("https:") else "http"
        return RemoteNetwork(proxy=proxies.get(scheme, ""), verify=network.ca_file())

    return choose


def http_client(
    headers: Mapping[str, str], network: RemoteNetwork | None, errors: HttpErrors
) -> httpx2.AsyncClient:
    kwargs: dict[str, Any] = {
        "headers": dict(headers),
        "timeout": httpx2.Timeout(CONNECT_TIMEOUT, read=STREAM_READ_TIMEOUT),
        "event_hooks": {"response": [errors.hook]},
    }
    if network is not None:
        kwargs["trust_env"] = False  # the profile decides, not the environment
        kwargs["proxy"] = network.proxy or None
        kwargs["verify"] = _verify(network.verify)
    return httpx2.AsyncClient(**kwargs)


def _verify(verify: bool | str) -> bool | ssl.SSLContext:
    if isinstance(verify, bool):
        return verify
    context = ssl.create_default_context()
    context.load_verify_locations(cafile=verify)  # added to the system's CAs, not instead
    return context


@asynccontextmanager
async def remote_transport(
    url: str,
    kind: TransportKind,
    headers: Mapping[str, str],
    network: RemoteNetwork | None,
    errors: HttpErrors,
) -> AsyncIterator[tuple[Any, Any]]:
    """The (read, write) streams of one transport: Streamable HTTP, or SSE for ``SSE``."""
    problem = url_problem(url)
    if problem:
        raise ValueError(problem)
    if kind is TransportKind.SSE:
        from mcp.client.sse import sse_client

        def factory(
            headers: dict[str, str] | None = None,
            timeout: httpx2.Timeout | None = None,
            auth: httpx2.Auth | None = None,
        ) -> httpx2.AsyncClient:
            client = http_client(headers or {}, network, errors)
            if timeout is not None:
                client.timeout = timeout
            return client

        async with sse_client(
            url,
            headers=dict(headers),
            timeout=CONNECT_TIMEOUT,
            sse_read_timeout=STREAM_READ_TIMEOUT,
            httpx_client_factory=factory,
        ) as streams:
            yield streams
        return
    from mcp.client.streamable_http import streamable_http_client

    async with (
        http_client(headers, network, errors) as client,
        streamable_http_client(url, http_client=client) as streams,
    ):
        yield streams
