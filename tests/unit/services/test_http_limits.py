"""Bodies are read up to a cap and /models has a total deadline, against servers that send
forever or one byte at a time. Each call has a time budget, so a hang is a failure."""

from __future__ import annotations

from typing import Any

import pytest

from chatdesk.core.errors import ChatError, ErrorKind
from chatdesk.services.http_client import ChatClient
from devkit.fake_server import Drip, Endless, FakeOpenAI, Raw
from tests.support.budget import within

PAYLOAD: dict[str, Any] = {"model": "m", "messages": [{"role": "user", "content": "Hi"}]}


def client(server: FakeOpenAI, **kw: Any) -> ChatClient:
    return ChatClient(server.base_url, "fake-limits", max_attempts=1, read_timeout=5.0, **kw)


def raised(call: Any, budget: float = 20.0) -> ChatError:
    def run() -> None:
        call()

    with pytest.raises(ChatError) as info:
        within(budget, run)
    return info.value


def test_a_models_answer_past_the_cap_is_refused(server: FakeOpenAI) -> None:
    server.enqueue(Endless())
    error = raised(client(server).list_models)
    assert error.kind is ErrorKind.MALFORMED
    assert "too large" in error.message and "base URL" in error.message


@pytest.mark.parametrize("stream", [False, True], ids=["asked-whole", "asked-streamed"])
def test_a_whole_reply_past_the_cap_is_refused(server: FakeOpenAI, stream: bool) -> None:
    server.enqueue(Endless())
    error = raised(lambda: list(client(server).stream_chat(PAYLOAD | {"stream": stream})))
    assert error.kind is ErrorKind.MALFORMED
    assert "too large" in error.message


def test_an_error_body_is_read_only_up_to_its_cap(server: FakeOpenAI) -> None:
    server.enqueue(Endless(status=500))
    error = raised(lambda: list(client(server).stream_chat(PAYLOAD)))
    assert error.kind is ErrorKind.SERVER and error.status == 500
    assert len(error.message) < 1000


@pytest.mark.parametrize("in_headers", [False, True], ids=["body", "headers"])
def test_models_has_a_total_deadline(server: FakeOpenAI, in_headers: bool) -> None:
    server.enqueue(Drip(interval=0.1, in_headers=in_headers))
    error = raised(client(server, total_timeout=1.0).list_models, budget=10.0)
    assert error.kind is ErrorKind.TIMEOUT
    assert "took longer than 1 s" in error.message
    assert "retry" in error.message.lower()


def test_a_slow_but_finite_models_answer_within_the_deadline_still_works(
    server: FakeOpenAI,
) -> None:
    assert within(10.0, client(server, total_timeout=5.0).list_models) == [
        "other-model",
        "test-model",
    ]


def test_a_redirect_loop_ends_with_a_clear_error(server: FakeOpenAI) -> None:
    loop = Raw(302, "", "text/plain", headers={"Location": "/v1/models"})
    server.enqueue(*[loop] * 20)
    error = raised(client(server).list_models)
    assert error.kind is ErrorKind.BASE_URL
    assert "redirected more than 10 times" in error.message
    assert len(server.requests) == 11
