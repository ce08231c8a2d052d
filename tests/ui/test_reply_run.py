"""A turn's ``ReplyRun`` without a window: real HTTP to a loopback server, real threads.

It must end exactly once, however it ends, and carry one turn through several requests
in a row (what tool calls need).
"""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from chatdesk.core.messages import Message, MessageStatus, Role
from chatdesk.core.tools import CallOutcome, CallState, Tool, ToolBox, function_name
from chatdesk.services.chat_request import ChatRequest
from chatdesk.services.http_client import ChatClient
from chatdesk.ui.background import requests_pool
from chatdesk.ui.reply_run import Ended, Kind, ReplyRun
from chatdesk.ui.tool_runner import Decision, ToolRunner
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


class Words:
    """A function tool run in-process: counts the words of its ``text`` argument."""

    def __init__(self) -> None:
        self.calls: list[dict[str, object]] = []
        self.allowed: set[str] = set()

    def tools(self) -> list[Tool]:
        return [Tool("local", "count_words", "Count words", {"type": "object"})]

    def call(self, tool: Tool, arguments: dict[str, object], call_id: str) -> tuple[str, bool]:
        self.calls.append(arguments)
        return str(len(str(arguments.get("text", "")).split())), False

    def cancel(self, call_id: str) -> None:
        pass

    def always_allowed(self, tool: Tool) -> bool:
        return tool.name in self.allowed

    def allow_always(self, tool: Tool) -> None:
        self.allowed.add(tool.name)


def _tool_request(server: FakeOpenAI, source: Words) -> Callable[[], ChatRequest]:
    make = _request(server, "count")

    def build() -> ChatRequest:
        request = make()
        request.toolbox = ToolBox(source.tools())
        request.payload["tools"] = request.toolbox.payload()
        return request

    return build


def _call(index: int, ident: str, arguments: str) -> dict[str, object]:
    name = function_name("local", "count_words")
    return {"index": index, "id": ident, "function": {"name": name, "arguments": arguments}}


def test_a_turn_runs_tools_then_asks_again_and_ends_once(qtbot: QtBot, server: FakeOpenAI) -> None:
    # Two parallel calls, arguments split across chunks; one is invalid JSON.
    server.enqueue(
        Stream(
            chunks=[],
            tool_calls=[
                _call(0, "a", '{"text": "one two'),
                _call(1, "b", "{not json"),
                {"index": 0, "function": {"arguments": ' three"}'}},
            ],
            finish_reason="tool_calls",
        ),
        Stream(chunks=["It has 3 words."]),
    )
    source, asked = Words(), []

    def approve(tool: Tool, call: object, answer: Callable[[Decision], None]) -> None:
        asked.append(tool.name)
        answer(Decision.ALLOW_ONCE)

    runner = ToolRunner(source, approve)
    reply = Message(Role.ASSISTANT, "", MessageStatus.STREAMING)
    run = ReplyRun(reply, Kind.NEW, _tool_request(server, source), runner, repaint_ms=0)
    steps: list[Message] = []
    results: list[CallOutcome] = []
    run.step_ended.connect(lambda message, _usage, _goes_on: steps.append(message))
    run.tool_result.connect(results.append)
    ends = _run(qtbot, run)
    assert [e.status for e in ends] == [MessageStatus.COMPLETE]
    assert [c.id for c in steps[0].tool_calls] == ["a", "b"]
    assert asked == ["count_words"]  # the invalid call never reached the user or the tool
    assert source.calls == [{"text": "one two three"}]
    first = results[0]
    assert (first.call.id, first.state, first.text) == ("a", CallState.DONE, "3")
    assert results[1].state is CallState.ERROR and "not valid JSON" in results[1].text
    assert run.reply.content == "It has 3 words." and run.step == 2
    second = server.chat_requests[1].body
    assert second["tools"][0]["function"]["name"] == function_name("local", "count_words")


def test_a_denied_call_is_answered_and_stop_during_tools_ends_the_turn(
    qtbot: QtBot, server: FakeOpenAI
) -> None:
    server.enqueue(
        Stream(chunks=[], tool_calls=[_call(0, "a", '{"text": "x"}')], finish_reason="tool_calls")
    )
    source = Words()
    waiting: list[Callable[[Decision], None]] = []
    runner = ToolRunner(source, lambda tool, call, answer: waiting.append(answer) or None)
    reply = Message(Role.ASSISTANT, "", MessageStatus.STREAMING)
    run = ReplyRun(reply, Kind.NEW, _tool_request(server, source), runner, repaint_ms=0)
    results: list[CallOutcome] = []
    ends: list[Ended] = []
    run.tool_result.connect(results.append)
    run.ended.connect(ends.append)
    run.start()
    qtbot.waitUntil(lambda: bool(waiting), timeout=5000)  # the user is being asked
    run.stop()
    assert [e.status for e in ends] == [MessageStatus.STOPPED]
    assert [(r.call.id, r.state) for r in results] == [("a", CallState.CANCELLED)]
    waiting[0](Decision.ALLOW_ONCE)  # a late answer runs nothing
    qtbot.wait(100)
    assert source.calls == [] and len(ends) == 1


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


def test_a_server_that_refuses_tools_says_what_to_do(qtbot: QtBot, server: FakeOpenAI) -> None:
    server.enqueue(Raw(status=400, body={"error": {"message": "tools are not supported"}}))
    source = Words()
    runner = ToolRunner(source, lambda tool, call, answer: None)
    reply = Message(Role.ASSISTANT, "", MessageStatus.STREAMING)
    run = ReplyRun(reply, Kind.NEW, _tool_request(server, source), runner, repaint_ms=0)
    ends = _run(qtbot, run)
    assert len(ends) == 1 and ends[0].error is not None
    assert "turn tools off for this conversation" in ends[0].error.message
    assert "tools" in server.chat_requests[0].body


def test_tools_work_without_streaming_too(qtbot: QtBot, server: FakeOpenAI) -> None:
    server.enqueue(
        Stream(
            chunks=[], tool_calls=[_call(0, "a", '{"text": "a b"}')], finish_reason="tool_calls"
        ),
        Stream(chunks=["Two words."]),
    )
    source = Words()
    source.allowed.add("count_words")  # always allowed: no question asked
    runner = ToolRunner(source, lambda tool, call, answer: None)
    make = _tool_request(server, source)

    def unstreamed() -> ChatRequest:
        request = make()
        request.payload.pop("stream", None)
        return request

    reply = Message(Role.ASSISTANT, "", MessageStatus.STREAMING)
    ends = _run(qtbot, ReplyRun(reply, Kind.NEW, unstreamed, runner, repaint_ms=0))
    assert [e.status for e in ends] == [MessageStatus.COMPLETE]
    assert source.calls == [{"text": "a b"}]
    assert "stream" not in server.chat_requests[0].body


def test_a_retry_notice_is_cleared_by_the_first_token(qtbot: QtBot, server: FakeOpenAI) -> None:
    """The countdown shown while a busy server is retried goes when text arrives; a
    request that needed no retry clears old notices as it starts and then says nothing
    until it ends (not at its first token, when a signal costs the most)."""
    server.enqueue(Raw(status=429, body={"error": {"message": "slow down"}}))
    server.default = Stream(chunks=["Hello ", "again."])

    def make() -> ChatRequest:
        client = ChatClient(server.base_url, "sk-test", max_attempts=2, backoff_base=0.01)
        payload = {"model": "test-model", "stream": True, "messages": []}
        return ChatRequest(client, payload)  # type: ignore[arg-type]

    notices: list[tuple[str, bool]] = []  # (notice, whether the first token had come)
    reply = Message(Role.ASSISTANT, "", MessageStatus.STREAMING)
    run = ReplyRun(reply, Kind.NEW, make, repaint_ms=0)
    run.notice.connect(lambda text: notices.append((text, bool(run.first_token_at))))
    ends = _run(qtbot, run)
    assert [e.status for e in ends] == [MessageStatus.COMPLETE]
    said = [text for text, _ in notices]
    assert said[0] == ""  # old notices cleared as the request starts
    assert said[1].startswith("Rate limited (429): retrying (try 2 of 2)")
    cleared = said.index("", 1)
    assert notices[cleared - 1][1] is False and notices[cleared][1] is True
    assert set(said[cleared:]) == {""}

    notices.clear()
    quiet = Message(Role.ASSISTANT, "", MessageStatus.STREAMING)
    quiet_run = ReplyRun(quiet, Kind.NEW, make, repaint_ms=0)
    quiet_run.notice.connect(lambda text: notices.append((text, bool(quiet.content))))
    _run(qtbot, quiet_run)
    assert notices == [("", False), ("", True)]  # at the start and at the end only


def test_stop_after_a_tool_step_counts_its_reported_usage_once(
    qtbot: QtBot, server: FakeOpenAI
) -> None:
    """The reply that asked for tools is counted when its step ends; a Stop while its
    calls wait hands the same reply to the end of the turn, which must not count it again
    (nor add an estimate of its text on top)."""
    from chatdesk.core.ledger import Ledger
    from chatdesk.core.messages import Conversation
    from chatdesk.core.usage import Usage

    server.enqueue(
        Stream(
            chunks=["Let me count."],
            tool_calls=[_call(0, "a", '{"text": "x"}')],
            finish_reason="tool_calls",
            usage={"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
        )
    )
    source, waiting = Words(), []
    runner = ToolRunner(source, lambda tool, call, answer: waiting.append(answer) or None)
    conversation, ledger = Conversation(), Ledger()
    reply = conversation.add(Message(Role.ASSISTANT, "", MessageStatus.STREAMING))
    run = ReplyRun(reply, Kind.NEW, _tool_request(server, source), runner, repaint_ms=0)
    # As the window does: each step is counted as it ends (tool_steps), the turn at its
    # end (turn_end).
    run.step_ended.connect(
        lambda message, usage, _goes_on: ledger.record(conversation, message, usage, run.sent, "m")
    )
    ends: list[Ended] = []
    run.ended.connect(ends.append)
    run.ended.connect(
        lambda ended: ledger.record(conversation, run.reply, ended.usage, run.sent, "m")
    )
    run.start()
    qtbot.waitUntil(lambda: bool(waiting), timeout=5000)
    run.stop()
    assert [e.status for e in ends] == [MessageStatus.STOPPED]
    assert conversation.total_usage == Usage(10, 5)
    assert conversation.usage_by_model == {"m": Usage(10, 5)}
