"""A tool-calling turn kept whole in real SQLite (schema 9): the assistant's calls, each
call's result as a ``tool`` message, and search over results."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from chatdesk.core.messages import Conversation, Message, MessageStatus, Role, ToolRun
from chatdesk.core.tools import CallState, ToolCall
from chatdesk.services.storage import HistoryStore
from tests.support.history import opened, store_conversation


def _turn() -> Conversation:
    conv = Conversation(title="Time")
    conv.add(Message(Role.USER, "What time is it in Tokyo?"))
    calls = (
        ToolCall("call_1", "time__get_current_time", '{"timezone": "Asia/Tokyo"}'),
        ToolCall("call_2", "time__get_current_time", '{"timezone": "Europe/Oslo"}'),
    )
    conv.add(Message(Role.ASSISTANT, "", tool_calls=calls))
    conv.add(
        Message(
            Role.TOOL,
            '{"datetime": "2026-11-26T13:05:00+09:00", "city": "Shibuya"}',
            tool_run=ToolRun("call_1", "time", "get_current_time", CallState.DONE, "{}", 41.5),
        )
    )
    conv.add(
        Message(
            Role.TOOL,
            "The user declined to run this tool.",
            tool_run=ToolRun("call_2", "time", "get_current_time", CallState.DENIED),
        )
    )
    conv.add(Message(Role.ASSISTANT, "It is 13:05 in Tokyo."))
    return conv


def test_a_tool_turn_round_trips(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    conv = _turn()
    store_conversation(store, conv)
    loaded = store.load_conversation(conv.uid)
    assert loaded is not None
    assert [m.role for m in loaded.messages] == [
        Role.USER,
        Role.ASSISTANT,
        Role.TOOL,
        Role.TOOL,
        Role.ASSISTANT,
    ]
    assert loaded.messages[1].tool_calls == conv.messages[1].tool_calls
    assert loaded.messages[2].tool_run == conv.messages[2].tool_run
    assert loaded.messages[3].tool_run is not None
    assert loaded.messages[3].tool_run.state is CallState.DENIED
    # What is sent back when the conversation continues: calls, then one result per call.
    sent = [m["role"] for m in loaded.api_messages()]
    assert sent == ["user", "assistant", "tool", "tool", "assistant"]
    assert loaded.api_messages()[2]["tool_call_id"] == "call_1"
    assert [h.message_uid for h in store.search("shibuya")] == [loaded.messages[2].uid]


def test_calls_set_when_a_streamed_reply_ends_are_saved(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    conv = Conversation(title="Later")
    conv.add(Message(Role.USER, "Use a tool"))
    reply = conv.add(Message(Role.ASSISTANT, "", MessageStatus.STREAMING))
    store_conversation(store, conv)
    reply.tool_calls = (ToolCall("c", "s__t", "{}"),)
    reply.status = MessageStatus.COMPLETE
    store.update_message(reply)
    loaded = store.load_conversation(conv.uid)
    assert loaded is not None and loaded.messages[1].tool_calls == reply.tool_calls


def test_a_schema_8_history_takes_tool_messages_after_its_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "v8.sqlite3"
    HistoryStore(path).migrate_to(8)
    db = sqlite3.connect(path)
    db.execute("INSERT INTO conversations(uid, title, created, updated) VALUES ('c', 'Old', 1, 2)")
    db.execute(
        "INSERT INTO messages(uid, conversation_id, role, content, created) "
        "VALUES ('m', 1, 'user', 'before tools', 1)"
    )
    db.commit()
    db.close()
    store = opened(path)
    conv = store.load_conversation("c")
    assert conv is not None and conv.messages[0].content == "before tools"
    tool = Message(
        Role.TOOL,
        "result",
        tool_run=ToolRun("x", "srv", "tool", CallState.ERROR),
        parent_uid="m",
    )
    store.add_message("c", tool, 3)
    again = store.load_conversation("c")
    assert again is not None and again.messages[-1].role is Role.TOOL
    check = sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()
    assert check == ("ok",)


def test_a_tool_turn_survives_json_export_and_reads_in_markdown() -> None:
    from chatdesk.core.export import parse_chatdesk, to_json, to_markdown

    conv = _turn()
    again = parse_chatdesk(__import__("json").loads(to_json([conv])))[0]
    assert [(m.role, m.content, m.tool_calls, m.tool_run) for m in again.messages] == [
        (m.role, m.content, m.tool_calls, m.tool_run) for m in conv.messages
    ]
    text = to_markdown(conv)
    assert "- Tool call: `time · get_current_time`" in text
    assert "### Tool result (time · get_current_time · done)" in text
    assert "### Tool result (time · get_current_time · denied)" in text
