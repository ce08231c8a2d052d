"""Per-conversation parameters and fitting a request into the model's context."""

from __future__ import annotations

import pytest

from chatdesk.core.messages import Conversation, Message, Role
from chatdesk.core.params import InvalidParameter, Params, context_length, fit_to_context
from chatdesk.core.request import plan_request
from chatdesk.core.settings import Settings


def test_only_the_parameters_set_are_sent() -> None:
    params = Params.parse(
        {"temperature": "0.3", "max_tokens": "50", "top_p": "", "stop": "END, ##"}
    )
    assert params.to_payload() == {"temperature": 0.3, "max_tokens": 50, "stop": ["END", "##"]}
    assert Params().to_payload() == {}
    assert Params.from_json(params.to_json()) == params


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("temperature", "3", "temperature must be between 0 and 2"),
        ("top_p", "-0.1", "top p must be between 0 and 1"),
        ("max_tokens", "1.5", "max tokens must be a whole number"),
        ("max_tokens", "0", "max tokens must be at least 1"),
        ("seed", "abc", "seed must be a whole number"),
        ("presence_penalty", "nan", "presence penalty must be a finite number"),
    ],
)
def test_bad_values_say_what_is_wrong(field: str, text: str, message: str) -> None:
    with pytest.raises(InvalidParameter) as info:
        Params.parse({field: text})
    assert str(info.value) == message


def test_stored_parameters_skip_bad_entries() -> None:
    assert Params.from_json({"temperature": 9, "seed": 7, "top_p": "x"}) == Params(seed=7)
    assert Params.from_json("nonsense") == Params()


def test_conversation_settings_override_the_global_ones() -> None:
    conv = Conversation(system_prompt="Be a pirate", params=Params(temperature=0.1))
    conv.add(Message(Role.USER, "Hi"))
    payload = plan_request(
        conv, Settings().with_active(model="m").with_prefs(system_prompt="Be formal", stop=("X",))
    ).payload
    assert payload["messages"][0] == {"role": "system", "content": "Be a pirate"}
    assert payload["temperature"] == 0.1 and payload["stop"] == ["X"]


def test_oldest_turns_are_left_out_never_the_system_prompt_or_the_newest() -> None:
    system = [{"role": "system", "content": "s" * 40}]
    turns = [{"role": "user", "content": "x" * 400} for _ in range(10)]  # ~104 tokens each
    assert fit_to_context(system, turns, limit=10_000, reserve=100) == 0
    dropped = fit_to_context(system, turns, limit=600, reserve=100)
    assert dropped == 6  # 4 turns * 104 = 416 <= 600 - 100 - 14
    assert fit_to_context(system, turns, limit=50, reserve=10) == 9  # the newest always stays
    assert fit_to_context(system, turns, limit=600, reserve=100, scale=2.0) == 8


def test_plan_trims_when_the_context_length_is_known() -> None:
    conv = Conversation()
    for i in range(20):
        conv.add(Message(Role.USER if i % 2 == 0 else Role.ASSISTANT, f"turn {i} " + "w" * 400))
    settings = Settings().with_active(model="tiny")
    settings = settings.with_prefs(system_prompt="Stay", context_lengths={"tiny": 1000})
    plan = plan_request(conv, settings)
    assert plan.left_out > 0
    assert plan.payload["messages"][0]["content"] == "Stay"
    assert plan.payload["messages"][-1]["content"].startswith("turn 19")
    assert plan_request(conv, Settings().with_active(model="unknown-model")).left_out == 0
    assert context_length("gpt-4o-mini-2024-07-18") == 128_000


def _calls(arguments: str) -> dict[str, object]:
    call = {
        "id": "c1",
        "type": "function",
        "function": {"name": "kit__echo", "arguments": arguments},
    }
    return {"role": "assistant", "content": None, "tool_calls": [call]}


def test_an_assistant_message_is_left_out_with_its_tool_results_never_before_them() -> None:
    turns = [
        {"role": "user", "content": "x" * 400},  # ~104 tokens
        _calls('{"text": "hi"}'),
        {"role": "tool", "tool_call_id": "c1", "content": "y" * 400},
        {"role": "tool", "tool_call_id": "c2", "content": "y" * 400},
        {"role": "assistant", "content": "z" * 400},
        {"role": "user", "content": "x" * 40},
    ]
    for limit in range(200, 1200, 10):
        dropped = fit_to_context([], turns, limit=limit, reserve=100)
        assert turns[dropped]["role"] != "tool", limit  # no result without its call
        assert dropped in (0, 1, 4, 5), limit
    # Just too long for everything: the user message goes, then the call and its results.
    assert fit_to_context([], turns, limit=400, reserve=100) == 4
    # A conversation already starting with a result (its call trimmed before) loses it.
    orphan = [{"role": "tool", "tool_call_id": "c0", "content": "r"}, *turns[4:]]
    assert fit_to_context([], orphan, limit=10_000, reserve=100) == 1


def test_tool_call_arguments_count_towards_the_context() -> None:
    turns = [_calls('{"text": "' + "w" * 4000 + '"}'), {"role": "user", "content": "hi"}]
    assert fit_to_context([], turns, limit=600, reserve=100) == 1  # ~1,000 tokens of arguments
    assert fit_to_context([], turns, limit=2000, reserve=100) == 0
