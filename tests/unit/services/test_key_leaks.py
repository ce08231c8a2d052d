"""The key goes only where it belongs: not across redirects, not into error messages or the
log, not out of a base URL. Real loopback servers; nothing about HTTP is mocked."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chatdesk.core.errors import ChatError, ErrorKind
from chatdesk.services import logs
from chatdesk.services.http_client import ChatClient, Network
from devkit.fake_server import FakeOpenAI, Raw, Stream
from tests.support.proxies import self_signed

KEY = "fake-leak-key-0123456789"
PAYLOAD: dict[str, Any] = {
    "model": "test-model",
    "messages": [{"role": "user", "content": "Hi"}],
    "stream": True,
}
KEY_HEADERS = ("authorization", "api-key")


def client(base_url: str, style: str = "openai", **kw: Any) -> ChatClient:
    return ChatClient(
        base_url,
        KEY,
        api_style=style,
        api_version="2024-10-21" if style == "azure" else "",
        max_attempts=1,
        read_timeout=5.0,
        **kw,
    )


def key_headers(server: FakeOpenAI) -> list[str]:
    """Every credential header any request to ``server`` carried."""
    return [k for r in server.requests for k in r.headers if k.lower() in KEY_HEADERS]


def raised(call: Any) -> ChatError:
    with pytest.raises(ChatError) as info:
        call()
    return info.value


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str, str]:
    return self_signed(tmp_path_factory.mktemp("certs"))


@pytest.fixture
def tls_server(certs: tuple[str, str, str]) -> Iterator[FakeOpenAI]:
    with FakeOpenAI(tls=(certs[1], certs[2])) as srv:
        yield srv


# -- redirects -------------------------------------------------------------------------


@pytest.mark.parametrize("style", ["openai", "azure"])
@pytest.mark.parametrize("other_host", ["127.0.0.2", "127.0.0.1"], ids=["host", "port"])
def test_no_credential_header_follows_a_redirect_to_another_origin(
    server: FakeOpenAI, style: str, other_host: str
) -> None:
    with FakeOpenAI(host=other_host) as other:
        server.enqueue(Raw(302, "", "text/plain", headers={"Location": f"{other.base_url}/models"}))
        assert client(server.base_url, style).list_models() == ["other-model", "test-model"]
        assert key_headers(server) == ["Authorization" if style == "openai" else "api-key"]
        assert key_headers(other) == []


@pytest.mark.parametrize("style", ["openai", "azure"])
def test_no_credential_header_follows_a_downgrade_to_http(
    tls_server: FakeOpenAI, certs: tuple[str, str, str], server: FakeOpenAI, style: str
) -> None:
    tls_server.enqueue(
        Raw(301, "", "text/plain", headers={"Location": f"{server.base_url}/models"})
    )
    net = Network(ca_bundle=certs[0])
    assert client(tls_server.base_url, style, network=net).list_models() == [
        "other-model",
        "test-model",
    ]
    assert len(key_headers(tls_server)) == 1
    assert key_headers(server) == []


def test_credentials_follow_a_redirect_within_the_same_origin(server: FakeOpenAI) -> None:
    server.enqueue(Raw(302, "", "text/plain", headers={"Location": "/v1/other/models"}))
    client(server.base_url, "azure").list_models()
    assert [r.headers.get("api-key") for r in server.requests] == [KEY, KEY]


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("style", ["openai", "azure"])
def test_a_chat_request_is_never_redirected_to_another_origin(
    server: FakeOpenAI, status: int, style: str
) -> None:
    with FakeOpenAI(host="127.0.0.2") as other:
        target = f"{other.base_url}/chat/completions"
        server.enqueue(Raw(status, "", "text/plain", headers={"Location": target}))
        error = raised(lambda: list(client(server.base_url, style).stream_chat(PAYLOAD)))
        assert error.kind is ErrorKind.BASE_URL
        assert f"127.0.0.2:{other.port}" in error.message
        assert "base URL" in error.message
        assert other.requests == []


# -- server text is redacted -------------------------------------------------------------


@pytest.mark.parametrize("stream", [True, False], ids=["streamed", "whole"])
@pytest.mark.parametrize("style", ["openai", "azure"])
def test_a_key_echoed_in_the_error_object_of_a_200_reply_is_masked(
    server: FakeOpenAI, stream: bool, style: str
) -> None:
    echo = {"error": {"message": f"Invalid key {KEY} for this organisation"}}
    if stream:
        server.enqueue(
            Stream(chunks=[], extra_events=[json.dumps(echo)], finish_reason=None, usage=None)
        )
    else:
        server.enqueue(Raw(200, echo))
    error = raised(
        lambda: list(client(server.base_url, style).stream_chat(PAYLOAD | {"stream": stream}))
    )
    assert "Invalid key *** for this organisation" in error.message
    assert KEY not in error.message and KEY not in str(error) and KEY not in repr(error)


def test_a_key_echoed_by_models_or_an_error_status_is_masked(server: FakeOpenAI) -> None:
    server.enqueue(Raw(400, {"error": {"message": f"unknown key {KEY}"}}))
    error = raised(client(server.base_url).list_models)
    assert "unknown key ***" in error.message and KEY not in str(error)


def test_the_proxy_password_echoed_by_the_server_is_masked(server: FakeOpenAI) -> None:
    from tests.support.proxies import HttpProxy

    proxy = HttpProxy(user="alice", password="fake-proxy-pw")
    try:
        net = Network(
            proxy=f"http://127.0.0.1:{proxy.port}",
            proxy_user="alice",
            proxy_password="fake-proxy-pw",
        )
        server.enqueue(Raw(400, {"error": {"message": "you sent fake-proxy-pw"}}))
        error = raised(lambda: list(client(server.base_url, network=net).stream_chat(PAYLOAD)))
        assert "you sent ***" in error.message and "fake-proxy-pw" not in str(error)
    finally:
        proxy.close()


# -- credentials in the base URL ---------------------------------------------------------


@pytest.mark.parametrize("call", ["chat", "models"])
def test_a_base_url_with_credentials_is_never_used(server: FakeOpenAI, call: str) -> None:
    url = server.base_url.replace("http://", "http://alice:fake-url-pw@")
    c = client(url)
    error = raised(lambda: list(c.stream_chat(PAYLOAD)) if call == "chat" else c.list_models())
    assert error.kind is ErrorKind.BASE_URL
    assert "API key" in error.message
    assert "fake-url-pw" not in str(error) and "alice" not in str(error)
    assert server.requests == []


# -- the log -------------------------------------------------------------------------------


def fakeleakinstack9() -> None:
    """Its name is a registered secret, so the stack of a record logged here holds one."""
    logging.getLogger("chatdesk.test").info("with a stack", stack_info=True)


def test_tracebacks_and_stacks_in_the_log_are_masked(tmp_path: Path) -> None:
    logs.add_secret(KEY)
    logs.add_secret("fakeleakinstack9")
    logs.setup_logging(tmp_path)
    try:
        try:
            raise ValueError(f"the server said {KEY}")
        except ValueError:
            logging.getLogger("chatdesk.test").exception("request failed")
        fakeleakinstack9()
    finally:
        logs.shutdown_logging()
    text = (tmp_path / logs.LOG_FILE).read_text()
    assert "ValueError: the server said ***" in text
    assert "in ***" in text
    assert KEY not in text and "fakeleakinstack9" not in text
