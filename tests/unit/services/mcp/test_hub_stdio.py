"""The hub with the devkit test server over stdio: a real child process speaking MCP."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from chatdesk.services.mcp.api import (
    Progress,
    SamplingRequest,
    ServerState,
    ServerStatus,
    StatusChanged,
    ToolsChanged,
)
from chatdesk.services.mcp.text import RESULT_CAP
from tests.support.budget import within
from tests.unit.services.mcp.conftest import (
    PYTHON,
    HubFactory,
    SharedHub,
    poll,
    read_log,
    server_entry,
    status,
    wait_gone,
    wait_state,
    when,
)


def test_a_server_starts_in_the_background_and_its_tools_are_offered(
    make_hub: HubFactory,
) -> None:
    hub, events = make_hub({"test": server_entry()})
    ready = wait_state(hub, events, "test", ServerState.READY)
    assert ready.tools == len([t for t in hub.tools() if t.server == "test"]) >= 10
    assert ready.detail == "chatdesk-test 1.0"
    assert events.states("test") == [ServerState.STARTING, ServerState.READY]
    assert ToolsChanged("test") in events.items
    assert events.threads == {"mcp-hub"}  # the UI marshals events itself
    echo = next(t for t in hub.tools() if t.name == "echo")
    assert echo.description == "Return the text unchanged."
    assert echo.input_schema["properties"]["text"]["type"] == "string"
    result = within(10, lambda: hub.call("test", "echo", {"text": "héllo"}, "c1"))
    assert (result.text, result.is_error) == ("héllo", False)


def test_a_tool_error_is_an_error_result(shared: SharedHub) -> None:
    hub = shared.hub
    result = within(10, lambda: hub.call("test", "fail", {"message": "disk full"}, "err-1"))
    assert result.is_error and "disk full" in result.text
    unknown = within(10, lambda: hub.call("test", "no_such_tool", {}, "err-2"))
    assert unknown.is_error and "no_such_tool" in unknown.text
    elsewhere = within(10, lambda: hub.call("nobody", "echo", {}, "err-3"))
    assert elsewhere.is_error and '"nobody"' in elsewhere.text


def test_progress_arrives_with_the_call_id(shared: SharedHub) -> None:
    result = within(10, lambda: shared.hub.call("test", "progress", {"steps": 3}, "call-7"))
    assert result.text == "3 steps done"
    assert [p for p in shared.events.of(Progress) if p.call_id == "call-7"] == [
        Progress("call-7", float(n), 3.0, f"step {n} of 3") for n in (1, 2, 3)
    ]


def test_a_huge_result_is_capped_with_a_note(shared: SharedHub) -> None:
    result = within(20, lambda: shared.hub.call("test", "huge", {"kilobytes": 2048}, "huge-1"))
    assert not result.is_error
    assert RESULT_CAP < len(result.text.encode()) < RESULT_CAP + 200
    assert result.text.endswith("more not shown]") and "1.8 MB" in result.text


def test_non_text_content_is_described_and_control_characters_removed(shared: SharedHub) -> None:
    picture = within(10, lambda: shared.hub.call("test", "picture", {}, "pic-1")).text
    assert picture.splitlines() == [
        "a picture:",
        "[image: image/png, 108 bytes, not shown]",
        "[resource file:///data.bin: application/x, 108 bytes, not shown]",
    ]
    noisy = within(10, lambda: shared.hub.call("test", "noisy", {}, "noisy-1")).text
    assert noisy == "red alert tab\tend\nline two"


def test_elicitation_asks_the_ui_and_the_user_may_decline(shared: SharedHub) -> None:
    hub, answers = shared.hub, shared.answers
    result = within(10, lambda: hub.call("test", "ask", {"question": "Name?"}, "ask-1"))
    assert result.text == "hello Ada, 36"
    kind, (server, message, schema) = answers.asked[0]
    assert (kind, server, message) == ("elicit", "test", "Name?")
    assert set(schema["properties"]) == {"name", "age"} and schema["type"] == "object"
    answers.elicit_answer = None
    declined = within(10, lambda: hub.call("test", "ask", {}, "ask-2"))
    assert declined.text == "user chose decline"


def test_sampling_asks_the_ui_with_what_would_be_sent(shared: SharedHub) -> None:
    hub, answers = shared.hub, shared.answers
    result = within(10, lambda: hub.call("test", "summarize", {"text": "a long text"}, "sum-1"))
    assert result.text == "model m1 said: short"
    kind, (server, request) = answers.asked[0]
    assert (kind, server) == ("sample", "test")
    assert isinstance(request, SamplingRequest)
    assert request.system_prompt == "Summarize in one line." and request.max_tokens == 64
    assert [(m.role, m.text) for m in request.messages] == [("user", "a long text")]
    answers.sample_answer = None
    declined = within(10, lambda: hub.call("test", "summarize", {"text": "x"}, "sum-2"))
    assert declined.is_error and "declined" in declined.text


def test_without_handlers_a_server_cannot_elicit(make_hub: HubFactory) -> None:
    hub, events = make_hub({"test": server_entry()})
    wait_state(hub, events, "test", ServerState.READY)
    result = within(10, lambda: hub.call("test", "ask", {}, "c1"))
    assert result.is_error  # the client did not offer elicitation


def test_a_slow_tool_times_out_and_the_server_is_told(shared: SharedHub) -> None:
    hub = shared.hub
    cancels = shared.log_lines().count("slow cancelled")
    started = time.monotonic()
    result = within(10, lambda: hub.call("test", "slow", {"seconds": 30}, "slow-1", timeout=1.0))
    assert 0.9 < time.monotonic() - started < 8
    assert result.is_error and "did not finish within 1 s" in result.text
    poll(lambda: shared.log_lines().count("slow cancelled") == cancels + 1, 5)
    still = within(10, lambda: hub.call("test", "echo", {"text": "still here"}, "slow-2"))
    assert still.text == "still here"


def test_the_default_timeout_comes_from_the_entry(make_hub: HubFactory) -> None:
    hub, events = make_hub({"test": server_entry(timeout=1)})
    wait_state(hub, events, "test", ServerState.READY)
    result = within(10, lambda: hub.call("test", "slow", {"seconds": 30}, "c1"))
    assert "within 1 s" in result.text


def test_cancel_ends_the_call_and_tells_the_server(shared: SharedHub) -> None:
    hub = shared.hub
    starts = shared.log_lines().count("slow started")
    cancels = shared.log_lines().count("slow cancelled")
    when(lambda: shared.log_lines().count("slow started") > starts, lambda: hub.cancel("cancel-1"))
    result = within(10, lambda: hub.call("test", "slow", {"seconds": 30}, "cancel-1"))
    assert (result.text, result.is_error) == ("cancelled", True)
    poll(lambda: shared.log_lines().count("slow cancelled") == cancels + 1, 5)


def test_a_cancel_that_arrives_before_the_call_still_cancels_it(shared: SharedHub) -> None:
    shared.hub.cancel("early-1")
    result = within(10, lambda: shared.hub.call("test", "slow", {"seconds": 30}, "early-1"))
    assert result.text == "cancelled"


def test_the_timeout_stands_still_while_the_user_answers(shared: SharedHub) -> None:
    shared.answers.delay = 4.0
    result = within(20, lambda: shared.hub.call("test", "ask", {}, "still-1", timeout=2.0))
    assert result.text == "hello Ada, 36"


def test_cancelling_a_call_withdraws_the_question_to_the_user(shared: SharedHub) -> None:
    hub, answers = shared.hub, shared.answers
    answers.hold = True
    when(lambda: bool(answers.pending), lambda: hub.cancel("withdraw-1"))
    result = within(10, lambda: hub.call("test", "ask", {}, "withdraw-1"))
    assert result.text == "cancelled"
    poll(lambda: all(f.cancelled() for f in answers.pending), 5)


def test_a_hung_server_times_out_and_is_still_stopped(make_hub: HubFactory, test_log: Path) -> None:
    """``hang`` blocks the server's whole event loop: it ignores the cancel and stdin."""
    hub, events = make_hub({"test": server_entry(env={"MCP_TEST_LOG": str(test_log)})})
    wait_state(hub, events, "test", ServerState.READY)
    result = within(10, lambda: hub.call("test", "hang", {"seconds": 60}, "c1", timeout=1.0))
    assert result.is_error and "within 1 s" in result.text
    assert read_log(test_log) == ["hang started"]
    started = time.monotonic()
    within(10, hub.shutdown)
    assert time.monotonic() - started < 8  # stdin closed, SIGTERM after 1.5 s
    # make_hub's teardown checks that no process is left


def test_a_crash_mid_call_is_an_error_and_the_status_shows_stderr(
    make_hub: HubFactory,
) -> None:
    hub, events = make_hub({"test": server_entry()})
    wait_state(hub, events, "test", ServerState.READY)
    result = within(10, lambda: hub.call("test", "crash", {"code": 3}, "c1"))
    assert result.is_error and "stopped during the call" in result.text
    failed = wait_state(hub, events, "test", ServerState.FAILED, 10)
    assert "the server stopped (exit code 3)" in failed.detail
    assert "fatal: the test server crashed on purpose" in failed.detail
    assert not [t for t in hub.tools() if t.server == "test"]
    later = within(10, lambda: hub.call("test", "echo", {"text": "x"}, "c2"))
    assert later.is_error and 'The MCP server "test" is not running' in later.text


def test_a_server_that_cannot_start_says_why(make_hub: HubFactory) -> None:
    hub, events = make_hub(
        {
            "fails": server_entry("--fail-start"),
            "missing": {"command": "chatdesk-no-such-command"},
        }
    )
    fails = wait_state(hub, events, "fails", ServerState.FAILED)
    assert fails.detail.splitlines() == [
        "the server stopped (exit code 2)",
        "error: missing API token (set TEST_TOKEN)",
    ]
    missing = wait_state(hub, events, "missing", ServerState.FAILED)
    assert missing.detail == (
        '"chatdesk-no-such-command" was not found: is it installed, and on the PATH?'
    )


def test_a_server_that_never_answers_fails_after_the_start_timeout(make_hub: HubFactory) -> None:
    silent = {"command": PYTHON, "args": ["-c", "import time; time.sleep(30)"]}
    hub, events = make_hub({"silent": silent}, start_timeout=1.5)
    failed = wait_state(hub, events, "silent", ServerState.FAILED)
    assert failed.detail == "it did not start within 1.5 s"


def test_tool_list_changes_are_picked_up(make_hub: HubFactory) -> None:
    hub, events = make_hub({"test": server_entry()})
    ready = wait_state(hub, events, "test", ServerState.READY)
    within(10, lambda: hub.call("test", "grow", {"name": "sprout"}, "c1"))
    events.wait(lambda: any(t.name == "sprout" for t in hub.tools()), 10)
    grown = ServerStatus("test", ServerState.READY, ready.tools + 1, ready.detail)
    assert status(hub, "test") == grown
    assert within(10, lambda: hub.call("test", "sprout", {}, "c2")).text == "I am sprout"
    within(10, lambda: hub.call("test", "shrink", {"name": "sprout"}, "c3"))
    events.wait(lambda: not any(t.name == "sprout" for t in hub.tools()), 10)
    assert len(events.of(ToolsChanged)) >= 3


def test_secret_env_values_come_from_the_keyring_and_never_show(
    make_hub: HubFactory, test_log: Path
) -> None:
    secrets = {"mcp:test:env:TEST_TOKEN": "s3cret-token"}
    entry = server_entry(
        env={"MCP_TEST_LOG": str(test_log), "TEST_TOKEN": {"keyring": "mcp:test:env:TEST_TOKEN"}}
    )
    hub, events = make_hub({"test": entry}, secret=lambda ref: secrets.get(ref, ""))
    wait_state(hub, events, "test", ServerState.READY)
    assert "token s3cret-token" in read_log(test_log)

    secrets.clear()
    hub.restart("test")
    events.wait(lambda: events.states("test")[-1:] == [ServerState.FAILED], 20)
    failed = status(hub, "test")
    assert failed is not None and failed.state is ServerState.FAILED
    assert failed.detail.startswith('"TEST_TOKEN" should be in the system keyring')


def test_reload_follows_the_file(make_hub: HubFactory, config_file: Path) -> None:
    from tests.unit.services.mcp.conftest import write_config

    hub, events = make_hub({"one": server_entry(), "two": server_entry()})
    wait_state(hub, events, "one", ServerState.READY)
    wait_state(hub, events, "two", ServerState.READY)
    write_config(
        config_file,
        {"two": server_entry(disabled=True), "three": server_entry(), "one": server_entry()},
    )
    hub.reload()
    wait_state(hub, events, "three", ServerState.READY)
    wait_state(hub, events, "two", ServerState.DISABLED)
    assert [s.name for s in hub.statuses()] == ["two", "three", "one"]
    assert {t.server for t in hub.tools()} == {"one", "three"}
    assert events.states("one") == [ServerState.STARTING, ServerState.READY]  # untouched
    write_config(config_file, {"three": server_entry()})
    hub.reload()
    events.wait(lambda: [s.name for s in hub.statuses()] == ["three"], 10)


def test_events_are_in_order_for_a_restart(make_hub: HubFactory) -> None:
    hub, events = make_hub({"test": server_entry()})
    wait_state(hub, events, "test", ServerState.READY)
    hub.restart("test")
    events.wait(lambda: events.states("test").count(ServerState.READY) == 2, 20)
    assert events.states("test") == [ServerState.STARTING, ServerState.READY] * 2
    assert isinstance(events.items[-1], StatusChanged | ToolsChanged)


def test_no_process_is_left_after_shutdown_not_even_a_grandchild(
    make_hub: HubFactory, tmp_path: Path
) -> None:
    """Like ``npx``, the server starts a child of its own; a call is cancelled mid-way."""
    pid_file = tmp_path / "pids"
    hub, events = make_hub({"test": server_entry("--child", "--pid-file", str(pid_file))})
    wait_state(hub, events, "test", ServerState.READY)
    pids = [int(p) for p in pid_file.read_text().split()]
    assert len(pids) == 2
    threading.Timer(0.3, lambda: hub.cancel("c1")).start()
    assert within(10, lambda: hub.call("test", "slow", {"seconds": 30}, "c1")).text == "cancelled"
    within(10, hub.shutdown)
    assert wait_gone(pids) == []
    after = within(5, lambda: hub.call("test", "echo", {"text": "x"}, "c2"))
    assert after.is_error


def test_shutdown_waits_for_a_server_that_a_reload_is_stopping(
    make_hub: HubFactory, config_file: Path, test_log: Path
) -> None:
    """Quitting right after a server was removed from mcp.json: shutdown still lets it exit
    cleanly (it takes 0.5 s, well inside the stop's grace), rather than killing it."""
    from tests.unit.services.mcp.conftest import write_config

    entry = server_entry("--slow-exit", "0.5", env={"MCP_TEST_LOG": str(test_log)})
    hub, events = make_hub({"test": entry})
    wait_state(hub, events, "test", ServerState.READY)
    write_config(config_file, {})
    hub.reload()
    poll(lambda: "stdin closed" in read_log(test_log), 10)
    within(15, hub.shutdown)
    assert read_log(test_log)[-2:] == ["stdin closed", "clean exit"]


def test_a_malformed_file_is_a_problem_not_a_crash(make_hub: HubFactory, config_file: Path) -> None:
    hub, events = make_hub({"ok": server_entry(), "bad": {"command": 42}})
    failed = wait_state(hub, events, "bad", ServerState.FAILED)
    assert failed.detail == 'needs a "command" (a local server) or a "url" (a remote one)'
    wait_state(hub, events, "ok", ServerState.READY)
    config_file.write_text("{ not json", encoding="utf-8")
    hub.reload()
    events.wait(lambda: hub.statuses() == [], 10)
    assert hub.config().problem.startswith("mcp.json is not valid JSON")
