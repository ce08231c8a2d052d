"""The HTTP client against a real loopback server: streaming, errors, retries, cancel."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import replace

import pytest

from chatdesk.core.errors import ChatError, ErrorKind
from chatdesk.core.messages import Conversation, Message, Role
from chatdesk.core.providers import AZURE, PROVIDERS, Provider, guess_provider, new_profile
from chatdesk.core.stream import Done, FinishReason, Retrying, TextDelta, UsageReport
from chatdesk.core.usage import Usage
from chatdesk.services.http_client import ChatClient
from devkit.fake_server import FakeOpenAI, Raw, Stream, refused_port

PAYLOAD = {
    "model": "test-model",
    "messages": [{"role": "user", "content": "Hi"}],
    "stream": True,
    "stream_options": {"include_usage": True},
}


def client_for(server: FakeOpenAI, key: str = "fake-test-123", **kw: float) -> ChatClient:
    options = {"backoff_base": 0.01, "read_timeout": 5.0, **kw}
    return ChatClient(server.base_url, key, **options)  # type: ignore[arg-type]


def text_of(events: list) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta))


def test_stream_yields_text_usage_and_done(server: FakeOpenAI) -> None:
    events = list(client_for(server).stream_chat(PAYLOAD))
    assert text_of(events) == "Hello from the test server."
    assert FinishReason("stop") in events
    assert UsageReport(Usage(11, 6)) in events
    assert isinstance(events[-1], Done)
    sent = server.chat_requests[0]
    assert sent.path == "/v1/chat/completions"
    assert sent.headers["Authorization"] == "Bearer fake-test-123"
    assert sent.body == PAYLOAD


def test_keyless_server_gets_no_authorization_header(server: FakeOpenAI) -> None:
    list(client_for(server, key="").stream_chat(PAYLOAD))
    assert "Authorization" not in server.chat_requests[0].headers


@pytest.mark.parametrize(
    "reply",
    [
        Stream(chunks=["é", "世界", "🎉 ok"], crlf=True, comments=True, piece_size=3),
        Stream(chunks=["é", "世界", "🎉 ok"], piece_size=1),
        Stream(chunks=["é", "世界", "🎉 ok"], comments=True, usage=None),
    ],
)
def test_stream_survives_odd_framing(server: FakeOpenAI, reply: Stream) -> None:
    server.enqueue(reply)
    events = list(client_for(server).stream_chat(PAYLOAD))
    assert text_of(events) == "é世界🎉 ok"
    assert isinstance(events[-1], Done)


def test_non_streaming_mode(server: FakeOpenAI) -> None:
    payload = {k: v for k, v in PAYLOAD.items() if k not in ("stream", "stream_options")}
    events = list(client_for(server).stream_chat(payload))
    assert text_of(events) == "Hello from the test server."
    assert UsageReport(Usage(11, 6)) in events


def test_server_that_ignores_stream_and_sends_json(server: FakeOpenAI) -> None:
    body = {"choices": [{"message": {"content": "whole"}, "finish_reason": "stop"}]}
    server.enqueue(Raw(200, body))
    assert text_of(list(client_for(server).stream_chat(PAYLOAD))) == "whole"


def test_error_object_inside_stream(server: FakeOpenAI) -> None:
    server.enqueue(
        Stream(chunks=["partial"], extra_events=[json.dumps({"error": {"message": "overloaded"}})])
    )
    seen: list = []
    with pytest.raises(ChatError) as info:
        for event in client_for(server).stream_chat(PAYLOAD):
            seen.append(event)
    assert "overloaded" in info.value.message
    assert text_of(seen) == "partial"


def test_stream_without_done_or_finish_is_incomplete(server: FakeOpenAI) -> None:
    server.enqueue(Stream(finish_reason=None, usage=None, done=False))
    seen: list = []
    with pytest.raises(ChatError) as info:
        for event in client_for(server).stream_chat(PAYLOAD):
            seen.append(event)
    assert info.value.kind is ErrorKind.STREAM_BROKEN
    assert text_of(seen) == "Hello from the test server."


def test_finish_reason_without_done_is_complete(server: FakeOpenAI) -> None:
    server.enqueue(Stream(done=False))
    assert isinstance(list(client_for(server).stream_chat(PAYLOAD))[-1], Done)


def test_dropped_connection_mid_stream_keeps_partial_and_does_not_retry(
    server: FakeOpenAI,
) -> None:
    server.enqueue(Stream(drop_after=2))
    seen: list = []
    with pytest.raises(ChatError) as info:
        for event in client_for(server).stream_chat(PAYLOAD):
            seen.append(event)
    assert info.value.kind is ErrorKind.STREAM_BROKEN
    assert text_of(seen) == "Hello from"
    assert len(server.chat_requests) == 1


def test_empty_200_stream_is_a_clear_error(server: FakeOpenAI) -> None:
    server.enqueue(Stream(empty_body=True))
    with pytest.raises(ChatError) as info:
        list(client_for(server).stream_chat(PAYLOAD))
    assert info.value.kind is ErrorKind.EMPTY
    assert "context" in info.value.message


def test_html_200_instead_of_stream_is_a_clear_error(server: FakeOpenAI) -> None:
    server.enqueue(Raw(200, "<html><body>Welcome to nginx</body></html>", "text/html"))
    with pytest.raises(ChatError) as info:
        list(client_for(server).stream_chat(PAYLOAD))
    assert info.value.kind is ErrorKind.MALFORMED
    assert "Welcome to nginx" in info.value.message


@pytest.mark.parametrize(
    ("status", "body", "kind", "fragment"),
    [
        (
            401,
            {"error": {"message": "Incorrect API key provided: fake-test-123"}},
            ErrorKind.AUTH,
            "Incorrect API key provided: ***",
        ),
        (403, "Forbidden", ErrorKind.AUTH, "Forbidden"),
        (404, {"detail": "Not Found"}, ErrorKind.NOT_FOUND, "test-model"),
        (
            400,
            {
                "error": {
                    "message": "maximum context length is 2048",
                    "code": "context_length_exceeded",
                }
            },
            ErrorKind.CONTEXT_LENGTH,
            "maximum context length",
        ),
        (400, {"error": {"message": "bad temperature"}}, ErrorKind.BAD_REQUEST, "bad temperature"),
    ],
)
def test_http_errors_are_classified_without_retry(
    server: FakeOpenAI, status: int, body: object, kind: ErrorKind, fragment: str
) -> None:
    server.enqueue(
        Raw(status, body, "application/json" if isinstance(body, dict) else "text/plain")
    )
    with pytest.raises(ChatError) as info:
        list(client_for(server).stream_chat(PAYLOAD))
    assert info.value.kind is kind
    assert info.value.status == status
    assert fragment in info.value.message
    assert "fake-test-123" not in info.value.message
    assert len(server.chat_requests) == 1


def test_429_honours_retry_after_then_succeeds(server: FakeOpenAI) -> None:
    server.enqueue(Raw(429, {"error": {"message": "slow down"}}, headers={"Retry-After": "0.3"}))
    started = time.monotonic()
    events = list(client_for(server).stream_chat(PAYLOAD))
    assert time.monotonic() - started >= 0.3
    retries = [e for e in events if isinstance(e, Retrying)]
    assert retries == [Retrying(2, 3, 0.3, "Rate limited (429)")]
    assert text_of(events) == "Hello from the test server."


def test_429_three_times_gives_up_with_clear_error(server: FakeOpenAI) -> None:
    server.enqueue(*[Raw(429, {"error": {"message": "quota"}}) for _ in range(3)])
    events: list = []
    with pytest.raises(ChatError) as info:
        for event in client_for(server).stream_chat(PAYLOAD):
            events.append(event)
    assert info.value.kind is ErrorKind.RATE_LIMIT
    assert [e.attempt for e in events if isinstance(e, Retrying)] == [2, 3]
    assert len(server.chat_requests) == 3


def test_5xx_is_retried_before_first_token(server: FakeOpenAI) -> None:
    server.enqueue(Raw(502, "<html><h1>Bad Gateway</h1></html>", "text/html"))
    events = list(client_for(server).stream_chat(PAYLOAD))
    assert text_of(events) == "Hello from the test server."
    assert len(server.chat_requests) == 2


def test_refused_connection_retries_then_says_so() -> None:
    port = refused_port()
    client = ChatClient(f"http://127.0.0.1:{port}/v1", "", backoff_base=0.01)
    events: list = []
    with pytest.raises(ChatError) as info:
        for event in client.stream_chat(PAYLOAD):
            events.append(event)
    assert info.value.kind is ErrorKind.NETWORK
    assert f"127.0.0.1:{port}" in info.value.message
    assert len([e for e in events if isinstance(e, Retrying)]) == 2


def test_read_timeout_before_first_token_is_retried(server: FakeOpenAI) -> None:
    server.enqueue(Raw(200, {}, delay=1.0))
    events = list(client_for(server, read_timeout=0.3).stream_chat(PAYLOAD))
    assert any(isinstance(e, Retrying) for e in events)
    assert text_of(events) == "Hello from the test server."


def test_cancel_ends_a_stalled_read_at_once(server: FakeOpenAI) -> None:
    server.enqueue(Stream(stall_after=2))
    client = client_for(server, read_timeout=30.0)
    seen: list = []
    ended = threading.Event()

    def consume() -> None:
        for event in client.stream_chat(PAYLOAD):
            seen.append(event)
        ended.set()

    thread = threading.Thread(target=consume)
    thread.start()
    deadline = time.monotonic() + 5
    while text_of(seen) != "Hello from" and time.monotonic() < deadline:
        time.sleep(0.01)
    assert text_of(seen) == "Hello from"
    time.sleep(0.2)  # the server is silent now; the client sits in a blocking read
    assert not ended.is_set()
    client.cancel()
    assert ended.wait(0.5), "cancel did not interrupt the blocked read"
    thread.join()


def test_list_models(server: FakeOpenAI) -> None:
    assert client_for(server).list_models() == ["other-model", "test-model"]
    server.enqueue(Raw(401, {"error": {"message": "no key"}}))
    with pytest.raises(ChatError) as info:
        client_for(server).list_models()
    assert info.value.kind is ErrorKind.AUTH and "no key" in info.value.message


def test_a_chat_request_is_not_redirected_to_another_host(server: FakeOpenAI) -> None:
    """Neither the key nor the conversation follows; tests/unit/services/test_key_leaks.py
    covers every redirect status and the Azure header."""
    with FakeOpenAI(host="127.0.0.2") as other:
        target = f"{other.base_url}/chat/completions"
        server.enqueue(Raw(307, "", "text/plain", headers={"Location": target}))
        with pytest.raises(ChatError) as info:
            list(client_for(server).stream_chat(PAYLOAD))
        assert info.value.kind is ErrorKind.BASE_URL
        assert server.chat_requests[0].headers["Authorization"] == "Bearer fake-test-123"
        assert other.requests == []


def test_authorization_follows_a_redirect_on_the_same_host(server: FakeOpenAI) -> None:
    server.enqueue(Raw(307, "", "text/plain", headers={"Location": "/v1/chat/completions"}))
    list(client_for(server).stream_chat(PAYLOAD))
    assert [r.headers.get("Authorization") for r in server.chat_requests] == [
        "Bearer fake-test-123",
        "Bearer fake-test-123",
    ]


@pytest.mark.parametrize(
    "provider", [p for p in PROVIDERS if p.name != "Custom"], ids=lambda p: p.name
)
def test_each_preset_sends_the_right_request_shape(server: FakeOpenAI, provider: Provider) -> None:
    from chatdesk.core.request import build_chat_payload
    from chatdesk.core.settings import Settings

    azure = provider.api_style == AZURE
    base = f"{server.base_url}/openai/deployments/my-deploy" if azure else server.base_url
    profile = new_profile(provider, "p", provider.name, Settings().active)
    settings = Settings().added(replace(profile, base_url=base)).switched("p")
    conv = Conversation()
    conv.add(Message(Role.USER, "Hi"))
    client = ChatClient.for_profile(settings.active, "fake-preset")
    events = list(client.stream_chat(build_chat_payload(conv, settings)))
    assert text_of(events) == "Hello from the test server."
    sent = server.chat_requests[0]
    assert sent.body["model"] == provider.model
    assert sent.body["messages"] == [{"role": "user", "content": "Hi"}]
    if azure:
        assert (
            sent.path == "/v1/openai/deployments/my-deploy/chat/completions?api-version=2024-10-21"
        )
        assert sent.headers["api-key"] == "fake-preset" and "Authorization" not in sent.headers
    else:
        assert sent.path == "/v1/chat/completions"
        assert (
            sent.headers["Authorization"] == "Bearer fake-preset" and "api-key" not in sent.headers
        )


def test_guessing_the_provider_from_a_url() -> None:
    assert guess_provider("https://openrouter.ai/api/v1/").name == "OpenRouter"
    assert guess_provider("https://x.openai.azure.com/openai/deployments/d").name == "Azure OpenAI"
    assert guess_provider("http://10.1.2.3:9999/v1").name == "Custom"
