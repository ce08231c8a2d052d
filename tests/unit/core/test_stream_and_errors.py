"""Chunk parsing and error classification, as the UI relies on them."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from chatdesk.core.errors import (
    Action,
    ChatError,
    ErrorKind,
    backoff_delay,
    error_from_response,
    parse_retry_after,
    redact,
    server_message,
)
from chatdesk.core.messages import Conversation, Message, Role
from chatdesk.core.request import build_chat_payload
from chatdesk.core.settings import Profile, Settings, validate_base_url
from chatdesk.core.stream import (
    Done,
    FinishReason,
    TextDelta,
    UsageReport,
    parse_chunk,
    parse_completion,
)
from chatdesk.core.usage import Usage, estimate_usage, format_usage


def chunk(content: str | None = None, finish: str | None = None, usage: dict | None = None) -> str:
    delta = {} if content is None else {"content": content}
    obj: dict = {"choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    if usage is not None:
        obj["usage"] = usage
    return json.dumps(obj)


def test_chunk_events() -> None:
    assert parse_chunk(chunk("Hi")) == [TextDelta("Hi")]
    assert parse_chunk(chunk(finish="length")) == [FinishReason("length")]
    assert parse_chunk("[DONE]") == [Done()]
    usage = parse_chunk(
        json.dumps({"choices": [], "usage": {"prompt_tokens": 3, "completion_tokens": 4}})
    )
    assert usage == [UsageReport(Usage(3, 4))]


def test_error_object_inside_stream_is_raised() -> None:
    with pytest.raises(ChatError) as info:
        parse_chunk(json.dumps({"error": {"message": "model overloaded", "type": "server_error"}}))
    assert "model overloaded" in info.value.message


def test_garbage_in_stream_is_malformed() -> None:
    with pytest.raises(ChatError) as info:
        parse_chunk("<html>")
    assert info.value.kind is ErrorKind.MALFORMED


def test_whole_completion() -> None:
    body = json.dumps(
        {
            "choices": [{"message": {"content": "All done"}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 5, "completion_tokens": 2, "total_tokens": 7},
        }
    ).encode()
    assert parse_completion(body) == [
        TextDelta("All done"),
        FinishReason("stop"),
        UsageReport(Usage(5, 2)),
        Done(),
    ]
    with pytest.raises(ChatError) as info:
        parse_completion(b"  ")
    assert info.value.kind is ErrorKind.EMPTY


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (
            b'{"error": {"message": "Incorrect API key", "code": "invalid_api_key"}}',
            "",
            "Incorrect API key",
        ),
        (b'{"detail": "Model not loaded"}', "application/json", "Model not loaded"),
        (b'{"detail": [{"msg": "field required"}]}', "application/json", "field required"),
        (b"upstream connect error", "text/plain", "upstream connect error"),
        (
            b"<html><head><style>p{}</style></head><body><h1>502 Bad Gateway</h1></body></html>",
            "text/html",
            "502 Bad Gateway",
        ),
        (b'{"error": "plain string"}', "", "plain string"),
    ],
)
def test_server_message_formats(body: bytes, content_type: str, expected: str) -> None:
    assert server_message(body, content_type)[0] == expected


def test_classification_by_status() -> None:
    auth = error_from_response(401, b'{"error": {"message": "bad key"}}')
    assert auth.kind is ErrorKind.AUTH and auth.action is Action.OPEN_SETTINGS
    assert "bad key" in auth.message
    nf = error_from_response(404, b"", model="gpt-x", url="http://h/v1/chat/completions")
    assert nf.kind is ErrorKind.NOT_FOUND and "gpt-x" in nf.message and "http://h/v1" in nf.message
    ctx = error_from_response(
        400, b'{"error": {"message": "too long", "code": "context_length_exceeded"}}'
    )
    assert ctx.kind is ErrorKind.CONTEXT_LENGTH and not ctx.retryable
    other = error_from_response(400, b'{"error": {"message": "temperature must be <= 2"}}')
    assert other.kind is ErrorKind.BAD_REQUEST and other.message == "temperature must be <= 2"
    rate = error_from_response(429, b"", retry_after=2.0)
    assert rate.retryable and rate.retry_after == 2.0
    assert error_from_response(503, b"").retryable


def test_retry_after_and_backoff() -> None:
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") is None
    assert parse_retry_after(None) is None
    assert backoff_delay(1, 1.0, None) == 1.0
    assert backoff_delay(3, 1.0, None) == 4.0
    assert backoff_delay(2, 1.0, 7.0) == 7.0


def test_redact_hides_the_key() -> None:
    assert redact("Incorrect API key provided: fake-secret123", "fake-secret123") == (
        "Incorrect API key provided: ***"
    )


def test_payload_has_system_prompt_whole_conversation_and_stream_options() -> None:
    conv = Conversation()
    conv.add(Message(Role.USER, "Hi"))
    conv.add(Message(Role.ASSISTANT, "Hello"))
    conv.add(Message(Role.USER, "Again"))
    conv.add(Message(Role.ASSISTANT, ""))
    payload = build_chat_payload(
        conv, Settings().with_active(model="m").with_prefs(system_prompt="Be brief")
    )
    assert payload == {
        "model": "m",
        "messages": [
            {"role": "system", "content": "Be brief"},
            {"role": "user", "content": "Hi"},
            {"role": "assistant", "content": "Hello"},
            {"role": "user", "content": "Again"},
        ],
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    plain = build_chat_payload(conv, Settings().with_active(model="m").with_prefs(stream=False))
    assert "stream" not in plain and plain["messages"][0]["role"] == "user"


def test_usage_estimate_and_format() -> None:
    est = estimate_usage([{"role": "user", "content": "x" * 40}], "y" * 8)
    assert est == Usage(14, 2, estimated=True)
    assert format_usage(est) == "~14 prompt + ~2 completion = ~16 tokens"
    assert (Usage(1, 2) + est).estimated


def test_settings_round_trip_and_bad_values() -> None:
    s = Settings().with_active(base_url="http://localhost:8080/v1", model="llama", needs_key=False)
    assert Settings.from_json(s.to_json()) == s
    # Reading settings always gives at least one profile: the server in use.
    assert Settings.from_json({}) == Settings()
    odd = Settings.from_json({"base_url": 3, "stream": "yes", "model": ""})
    assert odd == Settings()
    odd = Settings.from_json(
        {"version": 2, "stream": "yes", "profiles": [{"id": "p", "name": "P", "key_id": "k",
         "base_url": 3, "model": "", "verify_tls": "no", "needs_key": 0}]}
    )  # fmt: skip
    assert odd.prefs.stream and odd.active == Profile("p", "P", "k")
    assert validate_base_url("localhost:8080") is not None
    assert validate_base_url("http://localhost:8080/v1/") is None


def test_stop_sequences_are_sent_only_when_set() -> None:
    conv = Conversation()
    conv.add(Message(Role.USER, "Hi"))
    assert "stop" not in build_chat_payload(conv, Settings())
    with_stop = Settings.from_json({"stop": ["USER:", "", 3]})
    assert with_stop.prefs.stop == ("USER:",)
    assert build_chat_payload(conv, with_stop)["stop"] == ["USER:"]


def test_unencrypted_remote_urls_are_flagged() -> None:
    from chatdesk.core.settings import is_unencrypted_remote

    assert is_unencrypted_remote("http://192.0.2.10:8080/v1")
    assert is_unencrypted_remote("http://llm.example.com/v1")
    assert not is_unencrypted_remote("https://api.openai.com/v1")
    assert not is_unencrypted_remote("http://localhost:11434/v1")
    assert not is_unencrypted_remote("http://127.0.0.1:8080/v1")
    assert not is_unencrypted_remote("http://[::1]:8080/v1")


def test_prices_match_ids_prefixes_and_user_entries() -> None:
    from chatdesk.core.pricing import Price, format_cost, price_for, prices_from_json

    assert price_for("gpt-4o-mini") == Price(0.15, 0.60)
    assert price_for("gpt-4o-mini-2024-07-18") == Price(0.15, 0.60)  # not gpt-4o's price
    assert price_for("openai/gpt-4o") == Price(2.50, 10.00)
    assert price_for("my-local-llama") is None  # unknown: tokens only, no made-up price
    mine = prices_from_json({"My-Local-Llama": [0, 0], "bad": ["x", 1], "neg": [-1, 2]})
    assert mine == {"my-local-llama": Price(0.0, 0.0)}
    assert price_for("my-local-llama", mine) == Price(0.0, 0.0)
    assert Price(2.0, 8.0).cost(Usage(1_000_000, 500_000)) == 6.0
    assert format_cost(0.00123) == "$0.0012" and format_cost(1.5) == "$1.50"
    assert format_cost(0.0000026) == "<$0.0001" and format_cost(0) == "$0"


def test_reasoning_deltas_are_their_own_events() -> None:
    from chatdesk.core.stream import ReasoningDelta

    obj = {"choices": [{"delta": {"reasoning_content": "hmm"}}]}
    assert parse_chunk(json.dumps(obj)) == [ReasoningDelta("hmm")]
    openrouter = {"choices": [{"delta": {"reasoning": "so", "content": "Yes"}}]}
    assert parse_chunk(json.dumps(openrouter)) == [ReasoningDelta("so"), TextDelta("Yes")]
    whole = json.dumps(
        {
            "choices": [
                {"message": {"content": "A", "reasoning_content": "R"}, "finish_reason": "stop"}
            ]
        }
    ).encode()
    assert parse_completion(whole)[:2] == [ReasoningDelta("R"), TextDelta("A")]


def test_profiles_migrate_switch_and_keep_their_own_key_entry() -> None:
    old = Settings.from_json({"base_url": "https://openrouter.ai/api/v1", "model": "x/y"})
    (default,) = old.profiles
    assert (default.name, default.key_id, old.active.key_id) == (
        "OpenRouter",
        "https://openrouter.ai/api/v1",
        "https://openrouter.ai/api/v1",
    )
    local = Profile("p2", "Local", "profile:p2", base_url="http://localhost:11434/v1", model="m2")
    switched = old.added(local).switched("p2")
    active = switched.active
    assert (active.base_url, active.model, active.key_id) == (
        "http://localhost:11434/v1",
        "m2",
        "profile:p2",
    )
    edited = switched.with_active(model="m3")
    assert edited.find("p2") == replace(local, model="m3")
    back = edited.switched(default.id)
    assert back.active == default
    assert Settings.from_json(back.to_json()) == back
    assert back.switched("nowhere") == back
    assert back.without("p2").profiles == (default,)
    assert back.without("p2").without(default.id) == back.without("p2")  # the last one stays
    assert edited.without("p2").active == default
    with pytest.raises(ValueError):
        Settings(active_id="nowhere")
