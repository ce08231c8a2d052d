"""Servers' prompts through the hub (MCP ``prompts/list`` and ``prompts/get``), with the real
test server over stdio and ``mcp-server-time``, which offers none; and what the hub makes of
hostile prompt values."""

from __future__ import annotations

import time

import mcp_types as types

from chatdesk.services.mcp import prompts as server_prompts
from chatdesk.services.mcp.api import (
    PromptArgument,
    PromptFailure,
    PromptsChanged,
    ServerState,
)
from tests.support.budget import within
from tests.unit.services.mcp.conftest import BIN, Events, HubFactory, server_entry, wait_state


def _listed(events: Events, hub: object, name: str) -> None:
    events.wait(lambda: any(p.name == name for p in hub.prompts()))  # type: ignore[attr-defined]


def test_prompts_are_listed_and_got_with_and_without_arguments(make_hub: HubFactory) -> None:
    hub, events = make_hub(
        {"test": server_entry(), "time": {"command": str(BIN / "mcp-server-time")}}
    )
    wait_state(hub, events, "time", ServerState.READY)
    _listed(events, hub, "stall")
    listed = {p.name: p for p in hub.prompts()}
    assert list(listed) == ["greet", "review", "broken", "stall"]  # none from "time"
    assert listed["greet"].title == "Greeting" and listed["greet"].arguments == ()
    assert listed["broken"].title == "broken"  # no title: its name
    assert listed["review"].arguments == (
        PromptArgument("code", "The code to review", required=True),
        PromptArgument("language", "Its language", required=False),
    )
    greet = within(10, lambda: hub.get_prompt("test", "greet", {}))
    assert greet.failure is None
    assert greet.text == "Hello from the test server!\nPlease greet me back."
    review = within(10, lambda: hub.get_prompt("test", "review", {"code": "x = 1"}))
    assert review.text == "Review this Python code:\n\nSend it.\n\nx = 1"
    assert any(isinstance(e, PromptsChanged) and e.server == "test" for e in events.items)


def test_failures_are_said_and_a_hang_ends_within_the_servers_timeout(
    make_hub: HubFactory,
) -> None:
    hub, events = make_hub({"test": server_entry(timeout=1)})
    _listed(events, hub, "stall")
    refused = within(10, lambda: hub.get_prompt("test", "broken", {}))
    assert refused.failure is PromptFailure.REFUSED and refused.detail
    missing = within(10, lambda: hub.get_prompt("test", "review", {}))  # "code" is required
    assert missing.failure is PromptFailure.REFUSED
    start = time.monotonic()
    hung = within(10, lambda: hub.get_prompt("test", "stall", {}))
    assert hung.failure is PromptFailure.TIMEOUT and hung.seconds == 1
    assert time.monotonic() - start < 3
    # The server was told to stop waiting, and still answers.
    assert within(10, lambda: hub.get_prompt("test", "greet", {})).failure is None
    nobody = within(10, lambda: hub.get_prompt("ghost", "greet", {}))
    assert nobody.failure is PromptFailure.NOT_RUNNING


def test_a_changed_prompt_list_is_listed_again_and_a_stopped_server_has_none(
    make_hub: HubFactory,
) -> None:
    hub, events = make_hub({"test": server_entry()})
    _listed(events, hub, "greet")
    assert not within(10, lambda: hub.call("test", "grow_prompt", {"name": "later"}, "g1")).is_error
    _listed(events, hub, "later")
    assert within(10, lambda: hub.get_prompt("test", "later", {})).text == "I am the prompt later"
    within(10, lambda: hub.call("test", "crash", {}, "c1"))
    wait_state(hub, events, "test", ServerState.FAILED)
    events.wait(lambda: hub.prompts() == [])
    gone = within(10, lambda: hub.get_prompt("test", "greet", {}))
    assert gone.failure is PromptFailure.NOT_RUNNING and "exit code 3" in gone.detail


def test_hostile_prompt_values_are_cleaned_capped_or_left_out() -> None:
    def spec(**fields: object) -> object:
        return server_prompts.prompt_spec("s", types.Prompt.model_validate({"name": "p"} | fields))

    shown = spec(title="Ti\x1b[31mtle\nnext", description="d" * 5000)
    assert shown.title == "Title next"  # type: ignore[attr-defined]
    assert len(shown.description) == server_prompts.MAX_DESCRIPTION  # type: ignore[attr-defined]
    assert spec(name="x" * 500) is None  # a cut name would ask for another prompt
    assert spec(name="bad\x07name") is None
    many = [{"name": f"a{i}"} for i in range(server_prompts.MAX_ARGUMENTS + 1)]
    assert spec(arguments=many) is None
    result = types.GetPromptResult.model_validate(
        {
            "messages": [
                {"role": "user", "content": {"type": "text", "text": "a\x00b" + "y" * 200_000}},
                {"role": "user", "content": {"type": "image", "data": "AAAA", "mimeType": "i/p"}},
            ]
        }
    )
    text = server_prompts.prompt_text(result)
    assert text.startswith("aby") and "\x00" not in text
    assert len(text.encode()) < server_prompts.TEXT_CAP + 200
    assert "[result truncated" in text
