"""Proxies, private certificate authorities and TLS verification, with real local peers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from chatdesk.core.errors import ChatError, ErrorKind
from chatdesk.core.stream import TextDelta
from chatdesk.services.http_client import ChatClient, Network
from devkit.fake_server import FakeOpenAI
from tests.support.proxies import HttpProxy, Socks5Proxy, self_signed

PAYLOAD = {"model": "m", "messages": [{"role": "user", "content": "Hi"}], "stream": True}


def chat(base_url: str, network: Network) -> str:
    client = ChatClient(base_url, "fake-net", network=network, max_attempts=1)
    return "".join(e.text for e in client.stream_chat(PAYLOAD) if isinstance(e, TextDelta))


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str, str]:
    return self_signed(tmp_path_factory.mktemp("certs"))


@pytest.fixture
def tls_server(certs: tuple[str, str, str]) -> Iterator[FakeOpenAI]:
    with FakeOpenAI(tls=(certs[1], certs[2])) as srv:
        yield srv


def test_http_proxy_with_credentials(server: FakeOpenAI) -> None:
    proxy = HttpProxy(user="alice", password="s3cret pass")
    try:
        net = Network(proxy=f"http://127.0.0.1:{proxy.port}", proxy_user="alice",
                      proxy_password="s3cret pass")  # fmt: skip
        assert chat(server.base_url, net) == "Hello from the test server."
        assert proxy.seen == [f"POST {server.base_url}/chat/completions"]
        with pytest.raises(ChatError) as info:
            chat(server.base_url, Network(proxy=net.proxy, proxy_user="alice", proxy_password="no"))
        assert info.value.status == 407 and "user name and password" in info.value.message
        assert "s3cret" not in info.value.message
    finally:
        proxy.close()


def test_socks5_proxy_with_credentials(server: FakeOpenAI) -> None:
    proxy = Socks5Proxy(user="bob", password="pw")
    try:
        net = Network(proxy=f"socks5h://127.0.0.1:{proxy.port}", proxy_user="bob",
                      proxy_password="pw")  # fmt: skip
        assert chat(server.base_url, net) == "Hello from the test server."
        assert proxy.seen == [f"127.0.0.1:{server.port}"]
        with pytest.raises(ChatError) as info:
            chat(server.base_url, Network(proxy=net.proxy, proxy_user="bob", proxy_password="x"))
        assert info.value.kind is ErrorKind.NETWORK and "proxy" in info.value.message
    finally:
        proxy.close()


def test_private_ca(tls_server: FakeOpenAI, certs: tuple[str, str, str]) -> None:
    with pytest.raises(ChatError) as info:
        chat(tls_server.base_url, Network())
    assert "certificate" in info.value.message and "CA file" in info.value.message
    assert chat(tls_server.base_url, Network(ca_bundle=certs[0])) == "Hello from the test server."
    assert chat(tls_server.base_url, Network(verify_tls=False)) == "Hello from the test server."


def test_https_through_a_connect_proxy(tls_server: FakeOpenAI, certs: tuple[str, str, str]) -> None:
    proxy = HttpProxy()
    try:
        net = Network(proxy=f"http://127.0.0.1:{proxy.port}", ca_bundle=certs[0])
        assert chat(tls_server.base_url, net) == "Hello from the test server."
        assert proxy.seen == [f"CONNECT 127.0.0.1:{tls_server.port}"]
    finally:
        proxy.close()


def test_proxy_that_is_down(server: FakeOpenAI, tmp_path: Path) -> None:
    from devkit.fake_server import refused_port

    with pytest.raises(ChatError) as info:
        chat(server.base_url, Network(proxy=f"http://127.0.0.1:{refused_port()}"))
    assert "through the proxy" in info.value.message


PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@pytest.fixture
def proxy_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No proxy variables from the machine running the tests; each test sets its own."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    return monkeypatch


@pytest.fixture
def http_proxy() -> Iterator[HttpProxy]:
    proxy = HttpProxy()
    yield proxy
    proxy.close()


def test_the_system_proxy_still_applies_with_a_ca_file(
    tls_server: FakeOpenAI,
    certs: tuple[str, str, str],
    http_proxy: HttpProxy,
    proxy_env: pytest.MonkeyPatch,
) -> None:
    proxy_env.setenv("HTTPS_PROXY", f"http://127.0.0.1:{http_proxy.port}")
    assert chat(tls_server.base_url, Network(ca_bundle=certs[0])) == "Hello from the test server."
    assert http_proxy.seen == [f"CONNECT 127.0.0.1:{tls_server.port}"]


def test_the_system_proxy_still_applies_without_certificate_checks(
    server: FakeOpenAI, http_proxy: HttpProxy, proxy_env: pytest.MonkeyPatch
) -> None:
    proxy_env.setenv("http_proxy", f"http://127.0.0.1:{http_proxy.port}")
    assert chat(server.base_url, Network(verify_tls=False)) == "Hello from the test server."
    assert http_proxy.seen == [f"POST {server.base_url}/chat/completions"]


@pytest.mark.parametrize("no_proxy", ["127.0.0.1", "localhost,127.0.0.0/8", "*"])
def test_no_proxy_is_honoured_by_the_app_proxy(
    server: FakeOpenAI, http_proxy: HttpProxy, proxy_env: pytest.MonkeyPatch, no_proxy: str
) -> None:
    proxy_env.setenv("NO_PROXY", no_proxy)
    net = Network(proxy=f"http://127.0.0.1:{http_proxy.port}")
    assert chat(server.base_url, net) == "Hello from the test server."
    assert http_proxy.seen == []
    assert server.chat_requests[0].headers["Authorization"] == "Bearer fake-net"


def test_no_proxy_is_honoured_by_the_system_proxy(
    server: FakeOpenAI, http_proxy: HttpProxy, proxy_env: pytest.MonkeyPatch
) -> None:
    proxy_env.setenv("http_proxy", f"http://127.0.0.1:{http_proxy.port}")
    proxy_env.setenv("no_proxy", "127.0.0.1")
    assert chat(server.base_url, Network()) == "Hello from the test server."
    assert http_proxy.seen == []


def test_a_system_proxy_set_or_cleared_later_applies_to_the_next_request(
    server: FakeOpenAI, http_proxy: HttpProxy, proxy_env: pytest.MonkeyPatch
) -> None:
    """The proxy decision is kept between requests (reading it walks the whole
    environment), but never past a change to the variables that decide it."""
    assert chat(server.base_url, Network()) == "Hello from the test server."
    assert http_proxy.seen == []
    proxy_env.setenv("http_proxy", f"http://127.0.0.1:{http_proxy.port}")
    assert chat(server.base_url, Network()) == "Hello from the test server."
    assert http_proxy.seen == [f"POST {server.base_url}/chat/completions"]
    proxy_env.setenv("NO_PROXY", "127.0.0.1")
    assert chat(server.base_url, Network()) == "Hello from the test server."
    proxy_env.delenv("NO_PROXY")
    proxy_env.delenv("http_proxy")
    assert chat(server.base_url, Network()) == "Hello from the test server."
    assert len(http_proxy.seen) == 1
    assert len(server.chat_requests) == 4
