"""A turn's ``ReplyRun`` without a window: real HTTP to a loopback server, real threads.

It must end exactly once, however it ends, and carry one turn through several requests
in a row (what tool calls need).
"""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from chatdesk.core.messages import Message, MessageStatus, Role
from chatdesk.services.chat_request import ChatRequest
from chatdesk.services.http_client import ChatClient
from chatdesk.ui.background import requests_pool
from chatdesk.ui.reply_run import Ended, Kind, ReplyRun
from devkit.fake_server import FakeOpenAI, Raw, Stream


def _request(server: FakeOpenAI, question: str) -> Callable[[], ChatRequest]:
    def make() -> ChatRequest:
        client = ChatClient(server.base_url, "sk-test", read_timeout=5.0, max_attempts=1)
        payload = {
            "model": "test-model",
            "stream": True,
            "messages": [{"role": "user", "content": question}],
        }
        return ChatRequest(client, payload)  # type: ignore[arg-type]

    return make


def _run(qtbot: QtBot, run: ReplyRun) -> list[Ended]:
    ends: list[Ended] = []
    run.ended.connect(ends.append)
    run.start()
    qtbot.waitUntil(lambda: bool(ends), timeout=10000)
    qtbot.wait(100)  # anything the worker still sends after the end
    return ends


def test_one_turn_runs_several_requests_in_a_row_and_ends_once(
    qtbot: QtBot, server: FakeOpenAI
) -> None:
    server.enqueue(Stream(chunks=["Step one. "]), Stream(chunks=["Step two."]))
    seen: list[str] = []

    def next_request(reply: Message) -> Callable[[], ChatRequest] | None:
        seen.append(reply.content)
        return _request(server, "and then?") if len(seen) == 1 else None

    reply = Message(Role.ASSISTANT, "", MessageStatus.STREAMING)
    run = ReplyRun(reply, Kind.NEW, _request(server, "go"), next_request, repaint_ms=0)
    ends = _run(qtbot, run)
    assert [e.status for e in ends] == [MessageStatus.COMPLETE]
    assert seen == ["Step one. ", "Step one. Step two."]
    assert reply.content == "Step one. Step two."
    assert reply.status is MessageStatus.COMPLETE
    assert len(server.chat_requests) == 2


def test_stop_closes_the_socket_now_and_ends_once(qtbot: QtBot, server: FakeOpenAI) -> None:
    server.enqueue(Stream(stall_after=2))  # two words, then silence with the socket open
    reply = Message(Role.ASSISTANT, "", MessageStatus.STREAMING)
    run = ReplyRun(reply, Kind.NEW, _request(server, "go"), repaint_ms=0)
    ends: list[Ended] = []
    run.ended.connect(ends.append)
    run.start()
    qtbot.waitUntil(lambda: reply.content.startswith("Hello from"), timeout=5000)
    assert run.request is not None
    run.stop()
    assert requests_pool().waitForDone(1000), "the request is still blocked on the silent server"
    qtbot.wait(100)
    assert [e.status for e in ends] == [MessageStatus.STOPPED]
    assert not ends[0].taken_back and reply.content.startswith("Hello from")


def test_a_failure_before_any_text_takes_the_turn_back(qtbot: QtBot, server: FakeOpenAI) -> None:
    server.enqueue(Raw(status=401, body={"error": {"message": "bad key"}}))
    reply = Message(Role.ASSISTANT, "", MessageStatus.STREAMING)
    ends = _run(qtbot, ReplyRun(reply, Kind.NEW, _request(server, "go"), repaint_ms=0))
    assert len(ends) == 1
    assert ends[0].status is MessageStatus.ERROR and ends[0].taken_back
    assert ends[0].error is not None and "key" in ends[0].error.message.lower()
