"""Hostile chunk contents: split surrogates, absurd usage, ``"error": null``; prices by
server; the conversation's current length. Fuzzed with hang budgets."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chatdesk.core.errors import ChatError
from chatdesk.core.messages import Conversation, Message, Role
from chatdesk.core.pricing import Price, price_for
from chatdesk.core.request import context_tokens, plan_request
from chatdesk.core.settings import Settings
from chatdesk.core.stream import (
    Done,
    FinishReason,
    ReasoningDelta,
    StreamEvent,
    TextDelta,
    UsageReport,
    join_surrogates,
    parse_chunk,
    parse_completion,
)
from chatdesk.core.usage import MAX_TOKENS, Usage, estimate_usage
from tests.support.budget import within


def delta(text: str, key: str = "content") -> str:
    """A chunk as a server writes it: non-ASCII as ``\\uXXXX`` escapes."""
    return json.dumps({"choices": [{"delta": {key: text}}]}, ensure_ascii=True)


def streamed(*payloads: str) -> list[StreamEvent]:
    events = [e for p in payloads for e in parse_chunk(p)]
    return list(join_surrogates([*events, Done()]))


def text_of(events: list[StreamEvent], kind: type = TextDelta) -> str:
    return "".join(e.text for e in events if isinstance(e, kind))


def test_an_emoji_split_across_two_events_is_joined() -> None:
    events = streamed(delta("Smile \ud83d"), delta("\ude00!"))
    assert text_of(events) == "Smile \U0001f600!"
    text_of(events).encode()  # savable: no lone surrogate is left


def test_lone_surrogates_become_replacement_characters() -> None:
    events = streamed(delta("a\udc00b\ud800c"), delta("\ude00"), delta("end \ud83d"))
    assert text_of(events) == "a\ufffdb\ufffdc\ufffdend \ufffd"


def test_reasoning_and_text_are_joined_separately() -> None:
    events = streamed(
        delta("think \ud83e", "reasoning_content"),
        delta("say \ud83d"),
        delta("\udd14", "reasoning_content"),
        delta("\ude00"),
    )
    assert text_of(events, ReasoningDelta) == "think \U0001f914"
    assert text_of(events) == "say \U0001f600"


def test_a_whole_reply_with_lone_surrogates_is_cleaned() -> None:
    body = json.dumps(
        {"choices": [{"message": {"content": "x\ud83d"}, "finish_reason": "st\udc00op"}]}
    ).encode()
    assert parse_completion(body)[:2] == [TextDelta("x\ufffd"), FinishReason("st\ufffdop")]


def test_error_null_in_a_normal_chunk_is_not_an_error() -> None:
    chunk = {"choices": [{"delta": {"content": "Hi"}}], "error": None}
    assert parse_chunk(json.dumps(chunk)) == [TextDelta("Hi")]
    whole = {"choices": [{"message": {"content": "Yes"}}], "error": None}
    assert parse_completion(json.dumps(whole).encode())[0] == TextDelta("Yes")
    with pytest.raises(ChatError, match="overloaded"):
        parse_chunk(json.dumps({"choices": [], "error": {"message": "overloaded"}}))


@pytest.mark.parametrize(
    "raw",
    [
        '{"prompt_tokens": Infinity, "completion_tokens": 1}',
        '{"prompt_tokens": 1e400, "completion_tokens": 1}',
        '{"prompt_tokens": NaN, "completion_tokens": 1}',
        '{"prompt_tokens": 9223372036854775808, "completion_tokens": 1}',
        '{"prompt_tokens": 1' + "0" * 400 + ', "completion_tokens": 1}',
        '{"prompt_tokens": -5, "completion_tokens": 1}',
        '{"prompt_tokens": 2.5, "completion_tokens": 1}',
        '{"prompt_tokens": true, "completion_tokens": 1}',
        '{"prompt_tokens": [1], "completion_tokens": 1}',
    ],
)
def test_absurd_usage_values_are_ignored(raw: str) -> None:
    chunk = '{"choices": [], "usage": ' + raw + "}"
    assert parse_chunk(chunk) == []  # no usage: the reply is estimated instead
    assert Usage.from_api(json.loads(raw)) is None


def test_sane_usage_values_are_read() -> None:
    assert Usage.from_api({"prompt_tokens": 3.0, "completion_tokens": MAX_TOKENS}) == Usage(
        3, MAX_TOKENS
    )
    assert Usage.from_api({"completion_tokens": 4}) == Usage(0, 4)


def test_default_prices_apply_only_on_the_servers_that_charge_them() -> None:
    assert price_for("gpt-4o-mini", None, "https://api.openai.com/v1") == Price(0.15, 0.60)
    assert price_for("openai/gpt-4o", None, "https://openrouter.ai/api/v1") == Price(2.5, 10.0)
    assert price_for("gpt-4o-mini", None, "http://127.0.0.1:8080/v1") is None
    assert price_for("gpt-4o-mini", None, "https://api.openai.com.example/v1") is None
    assert price_for("deepseek-chat", None, "https://api.openai.com/v1") is None
    mine = {"gpt-4o-mini": Price(1.0, 2.0)}
    assert price_for("gpt-4o-mini", mine, "http://127.0.0.1:8080/v1") == Price(1.0, 2.0)


def test_current_length_is_what_the_next_request_sends() -> None:
    conv = Conversation(system_prompt="Be brief")
    conv.add(Message(Role.USER, "x" * 400))
    conv.add(Message(Role.ASSISTANT, "y" * 80))
    conv.add(Message(Role.ASSISTANT, ""))  # an empty reply is not sent
    settings = Settings().with_active(model="m")
    sent = plan_request(conv, settings).payload["messages"]
    assert context_tokens(conv, settings) == estimate_usage(sent, "").prompt_tokens
    assert context_tokens(conv, settings, scale=2.0) == 2 * context_tokens(conv, settings)
    # With a known context length, turns that do not fit are not counted.
    small = settings.with_prefs(context_lengths={"m": 150})
    plan = plan_request(conv, small)
    assert plan.left_out == 1
    assert context_tokens(conv, small) == estimate_usage(plan.payload["messages"], "").prompt_tokens


# -- fuzzing (hang budgets) ---------------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=8)
    | st.sampled_from(["Infinity", "-Infinity", "NaN"]),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
chunk_keys = st.sampled_from(
    [
        "choices",
        "delta",
        "content",
        "text",
        "usage",
        "error",
        "finish_reason",
        "prompt_tokens",
        "completion_tokens",
        "reasoning_content",
        "message",
    ]
)
chunk_like = st.recursive(
    json_values,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(chunk_keys, inner, max_size=5),
    max_leaves=25,
)


@settings(max_examples=400, deadline=timedelta(seconds=2))
@given(value=chunk_like)
def _any_chunk_gives_events_or_a_chat_error(value: object) -> None:
    payload = json.dumps(value)
    for parse in (parse_chunk, lambda p: parse_completion(p.encode())):
        try:
            events = list(join_surrogates(parse(payload)))
        except ChatError:
            continue
        for event in events:
            if isinstance(event, TextDelta | ReasoningDelta | FinishReason):
                (getattr(event, "text", None) or getattr(event, "reason", "")).encode()
            if isinstance(event, UsageReport):
                assert 0 <= event.usage.total_tokens <= 2 * MAX_TOKENS


def test_fuzz_any_chunk_gives_events_or_a_chat_error() -> None:
    within(120, _any_chunk_gives_events_or_a_chat_error)


@settings(max_examples=300, deadline=timedelta(seconds=2))
@given(text=st.text(max_size=30), cuts=st.lists(st.integers(0, 80), max_size=8))
def _text_cut_anywhere_in_utf16_arrives_whole(text: str, cuts: list[int]) -> None:
    units = text.encode("utf-16-le")
    halves = [
        units[i : i + 2].decode("utf-16-le", "surrogatepass") for i in range(0, len(units), 2)
    ]
    points = sorted({c % (len(halves) + 1) for c in cuts})
    pieces = [
        "".join(halves[a:b]) for a, b in zip([0, *points], [*points, len(halves)], strict=True)
    ]
    assert text_of(streamed(*(delta(p) for p in pieces if p))) == text


def test_fuzz_text_cut_anywhere_in_utf16_arrives_whole() -> None:
    within(120, _text_cut_anywhere_in_utf16_arrives_whole)


@settings(max_examples=300, deadline=timedelta(seconds=2))
@given(
    pieces=st.lists(
        st.text(alphabet=st.characters(min_codepoint=0xD780, max_codepoint=0xE020), max_size=6),
        max_size=6,
    )
)
def _any_surrogate_soup_becomes_savable_text(pieces: list[str]) -> None:
    text_of(streamed(*(delta(p) for p in pieces if p))).encode()


def test_fuzz_any_surrogate_soup_becomes_savable_text() -> None:
    within(120, _any_surrogate_soup_becomes_savable_text)
