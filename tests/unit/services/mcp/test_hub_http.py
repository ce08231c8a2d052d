"""The hub with remote servers on 127.0.0.1: Streamable HTTP, the older SSE, and failures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from chatdesk.services.mcp.api import Progress, RemoteNetwork, ServerState
from tests.support.budget import within
from tests.unit.services.mcp.conftest import (
    PYTHON,
    TEST_SERVER,
    Answers,
    HubFactory,
    free_port,
    poll,
    read_log,
    wait_state,
    when,
)


def test_streamable_http_tools_progress_elicitation_and_sampling(
    make_hub: HubFactory, http_server: str
) -> None:
    answers = Answers()
    hub, events = make_hub({"web": {"url": http_server}}, handlers=answers)
    ready = wait_state(hub, events, "web", ServerState.READY)
    assert ready.tools >= 10
    assert within(10, lambda: hub.call("web", "echo", {"text": "over http"}, "c1")).text == (
        "over http"
    )
    within(10, lambda: hub.call("web", "progress", {"steps": 2}, "c2"))
    assert [p.progress for p in events.of(Progress) if p.call_id == "c2"] == [1.0, 2.0]
    assert within(10, lambda: hub.call("web", "ask", {}, "c3")).text == "hello Ada, 36"
    summary = within(10, lambda: hub.call("web", "summarize", {"text": "t"}, "c4"))
    assert summary.text == "model m1 said: short"
    error = within(10, lambda: hub.call("web", "fail", {}, "c5"))
    assert error.is_error


def test_streamable_http_cancel_and_timeout_reach_the_server(
    make_hub: HubFactory, http_server: str, test_log: Path
) -> None:
    hub, events = make_hub({"web": {"url": http_server}})
    wait_state(hub, events, "web", ServerState.READY)
    when(lambda: "slow started" in read_log(test_log), lambda: hub.cancel("c1"))
    assert within(10, lambda: hub.call("web", "slow", {"seconds": 30}, "c1")).text == "cancelled"
    poll(lambda: read_log(test_log).count("slow cancelled") == 1, 10)
    late = within(10, lambda: hub.call("web", "slow", {"seconds": 30}, "c2", timeout=1.0))
    assert "within 1 s" in late.text
    poll(lambda: read_log(test_log).count("slow cancelled") == 2, 10)


def test_streamable_http_tool_list_changes(make_hub: HubFactory, http_server: str) -> None:
    hub, events = make_hub({"web": {"url": http_server}})
    wait_state(hub, events, "web", ServerState.READY)
    within(10, lambda: hub.call("web", "grow", {"name": "leaf"}, "c1"))
    events.wait(lambda: any(t.name == "leaf" for t in hub.tools()), 10)


def test_secret_headers_reach_the_server_and_a_wrong_token_is_a_clear_failure(
    make_hub: HubFactory, start_server: Callable[..., int]
) -> None:
    port = start_server(PYTHON, str(TEST_SERVER), "--http", "{port}", "--require-token", "tok1")
    url = f"http://127.0.0.1:{port}/mcp"
    secrets = {"mcp:web:headers:Authorization": "Bearer tok1"}
    hub, events = make_hub(
        {
            "web": {
                "url": url,
                "headers": {"Authorization": {"keyring": "mcp:web:headers:Authorization"}},
            },
            "wrong": {"url": url, "type": "http", "headers": {"Authorization": "Bearer nope"}},
        },
        secret=lambda ref: secrets.get(ref, ""),
    )
    wait_state(hub, events, "web", ServerState.READY)
    assert within(10, lambda: hub.call("web", "whoami", {}, "c1")).text == "Bearer tok1"
    wrong = wait_state(hub, events, "wrong", ServerState.FAILED)
    assert wrong.detail.startswith("HTTP 401 Unauthorized")


def test_an_sse_server_is_reached_by_falling_back_from_streamable_http(
    make_hub: HubFactory, start_server: Callable[..., int]
) -> None:
    port = start_server(PYTHON, str(TEST_SERVER), "--sse", "{port}")
    url = f"http://127.0.0.1:{port}/sse"
    hub, events = make_hub({"old": {"url": url}, "typed": {"url": url, "type": "sse"}})
    wait_state(hub, events, "old", ServerState.READY)
    wait_state(hub, events, "typed", ServerState.READY)
    assert within(10, lambda: hub.call("old", "echo", {"text": "sse"}, "c1")).text == "sse"
    assert within(10, lambda: hub.call("typed", "echo", {"text": "sse"}, "c2")).text == "sse"


def test_remote_failures_say_why(make_hub: HubFactory) -> None:
    port = free_port()  # nothing listens there
    hub, events = make_hub(
        {
            "refused": {"url": f"http://127.0.0.1:{port}/mcp"},
            "plain": {"url": "http://mcp.example.com/mcp"},
            "scheme": {"url": "ftp://127.0.0.1/mcp"},
        }
    )
    refused = wait_state(hub, events, "refused", ServerState.FAILED)
    assert refused.detail.startswith("could not connect")
    plain = wait_state(hub, events, "plain", ServerState.FAILED)
    assert "must use https://" in plain.detail
    scheme = wait_state(hub, events, "scheme", ServerState.FAILED)
    assert '"url" must start with https://' in scheme.detail


def test_a_network_setting_decides_the_proxy(make_hub: HubFactory, http_server: str) -> None:
    """With the profile's network, the environment's proxy is not used: a proxy that does not
    exist makes the connection fail; no proxy reaches the loopback server directly."""
    dead_proxy = f"http://127.0.0.1:{free_port()}"
    asked: list[str] = []

    def network(url: str) -> RemoteNetwork:
        asked.append(url)
        return RemoteNetwork(proxy=dead_proxy if "proxied" in url else "")

    hub, events = make_hub(
        {"direct": {"url": http_server}, "proxied": {"url": http_server + "?proxied=1"}},
        network=network,
    )
    wait_state(hub, events, "direct", ServerState.READY)
    failed = wait_state(hub, events, "proxied", ServerState.FAILED)
    assert "proxied=1" not in failed.detail  # a URL's query may hold a key: masked
    assert sorted(asked) == sorted([http_server, http_server + "?proxied=1"])
