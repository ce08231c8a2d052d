"""Tool calls from the wire: pieces joined by index, names mapped back, hostile input capped."""

from __future__ import annotations

import json

import pytest

from chatdesk.core.messages import Conversation, Message, Role, ToolRun
from chatdesk.core.stream import parse_chunk, parse_completion
from chatdesk.core.tools import (
    MAX_ARGUMENTS,
    MAX_CALLS,
    CallBuilder,
    CallState,
    Tool,
    ToolBox,
    ToolCall,
    ToolCallDelta,
    function_name,
)


def _chunk(*calls: dict[str, object]) -> str:
    return json.dumps({"choices": [{"index": 0, "delta": {"tool_calls": list(calls)}}]})


def test_streamed_pieces_join_by_index_with_arguments_split_anywhere() -> None:
    builder = CallBuilder()
    pieces = [
        _chunk({"index": 0, "id": "a", "function": {"name": "time__now", "arguments": '{"tz'}}),
        _chunk({"index": 1, "id": "b", "function": {"name": "calc__add", "arguments": ""}}),
        _chunk({"index": 0, "function": {"arguments": '": "Asia/To'}}),
        _chunk({"index": 1, "function": {"arguments": '{"a": 1, "b": 2}'}}),
        _chunk({"index": 0, "function": {"arguments": 'kyo"}'}}),
    ]
    for data in pieces:
        for event in parse_chunk(data):
            assert isinstance(event, ToolCallDelta)
            builder.add(event)
    calls = builder.calls()
    assert calls == (
        ToolCall("a", "time__now", '{"tz": "Asia/Tokyo"}'),
        ToolCall("b", "calc__add", '{"a": 1, "b": 2}'),
    )
    assert calls[0].parsed_arguments() == {"tz": "Asia/Tokyo"}


def test_a_whole_reply_carries_its_calls() -> None:
    body = {
        "choices": [
            {
                "message": {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [{"id": "x", "function": {"name": "f", "arguments": "{}"}}],
                },
                "finish_reason": "tool_calls",
            }
        ]
    }
    builder = CallBuilder()
    for event in parse_completion(json.dumps(body).encode()):
        if isinstance(event, ToolCallDelta):
            builder.add(event)
    assert builder.calls() == (ToolCall("x", "f", "{}"),)


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", '"a string"'])
def test_unusable_arguments_say_why(text: str) -> None:
    with pytest.raises(ValueError, match="JSON"):
        ToolCall("c", "f", text).parsed_arguments()


def test_too_many_calls_or_huge_arguments_are_refused() -> None:
    builder = CallBuilder()
    for i in range(MAX_CALLS):
        builder.add(ToolCallDelta(i, f"id{i}", "f", "{}"))
    with pytest.raises(ValueError, match="more than"):
        builder.add(ToolCallDelta(MAX_CALLS, "late", "f", "{}"))
    big = CallBuilder()
    big.add(ToolCallDelta(0, "a", "f", "x" * MAX_ARGUMENTS))
    with pytest.raises(ValueError, match="larger"):
        big.add(ToolCallDelta(0, "", "", "y"))


def test_function_names_are_valid_unique_and_map_back() -> None:
    tools = [Tool("my server!", "get time"), Tool("other", "get time"), Tool("s" * 80, "t" * 80)]
    box = ToolBox(tools)
    names = [entry["function"]["name"] for entry in box.payload()]
    assert len(set(names)) == 3
    assert all(len(n) <= 64 and n.replace("_", "a").replace("-", "a").isalnum() for n in names)
    assert box.find(function_name("my server!", "get time")) == tools[0]
    assert box.find(function_name("s" * 80, "t" * 80)) == tools[2]


def test_a_call_without_a_result_is_never_sent_back() -> None:
    conv = Conversation()
    conv.add(Message(Role.USER, "go"))
    calls = (ToolCall("done", "f", "{}"), ToolCall("lost", "f", "{}"))
    conv.add(Message(Role.ASSISTANT, "", tool_calls=calls))
    conv.add(Message(Role.TOOL, "ok", tool_run=ToolRun("done", "s", "f", CallState.DONE)))
    sent = conv.api_messages()
    assert [c["id"] for c in sent[1]["tool_calls"]] == ["done"]
    assert sent[2] == {"role": "tool", "tool_call_id": "done", "content": "ok"}


def test_a_conversation_turns_servers_or_single_tools_off_and_keeps_that() -> None:
    from chatdesk.core.params import Params

    params = Params(temperature=0.5, tools_off=("time", "files/delete"))
    assert not params.offers("time", "now")
    assert not params.offers("files", "delete") and params.offers("files", "read")
    assert "tools_off" not in params.to_payload()  # never sent to the model's server
    assert Params.from_json(params.to_json()) == params
    assert Params.from_json({"tools_off": [1, "", "ok"]}).tools_off == ("ok",)


def test_the_step_limit_is_a_setting_within_bounds() -> None:
    from chatdesk.core.settings import Prefs

    assert Prefs.from_json({}).tool_steps == 10
    assert Prefs.from_json({"tool_steps": 3}).tool_steps == 3
    assert Prefs.from_json({"tool_steps": 10**9}).tool_steps == 100
    assert Prefs.from_json({"tool_steps": True}).tool_steps == 10
    assert Prefs.from_json(Prefs(tool_steps=4).to_json()).tool_steps == 4
