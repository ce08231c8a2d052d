"""Messages and branches: every field round-trips, edits keep versions, deletes keep order."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from chatdesk.core.messages import Conversation, Message, MessageStatus, Role
from chatdesk.core.usage import Usage
from chatdesk.services.storage import HistoryStore
from chatdesk.services.storage.errors import StorageError
from tests.support.history import branched, opened, sample, store_conversation


def test_round_trip_of_every_field(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    conv = sample()
    conv.system_prompt = "Be nice"
    conv.pinned = True
    store_conversation(store, conv)
    loaded = store.load_conversation(conv.uid)
    assert loaded is not None
    assert loaded.messages == conv.messages
    assert loaded.messages[1].parent_uid == conv.messages[0].uid
    assert (loaded.title, loaded.pinned, loaded.system_prompt, loaded.model) == (
        "Greetings",
        True,
        "Be nice",
        "m1",
    )
    assert loaded.total_usage == Usage(12, 7)
    assert store.load_conversation("no-such-conversation") is None


def test_update_and_delete_messages(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    conv = sample()
    store_conversation(store, conv)
    reply = conv.messages[1]
    reply.content = "Edited reply with zebra"
    reply.status = MessageStatus.STOPPED
    reply.usage = Usage(1, 2, estimated=True)
    store.update_message(reply)
    loaded = store.load_conversation(conv.uid)
    assert loaded is not None and loaded.messages[1] == reply
    assert [h.message_uid for h in store.search("zebra")] == [reply.uid]
    store.delete_messages([reply.uid])
    assert store.search("zebra") == []


def test_a_tail_load_leaves_older_messages_for_later(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    conv = Conversation(title="Long")
    store.save_conversation(conv)
    chain = [conv.add(Message(Role.USER, f"m{i}")) for i in range(6)]
    for m in chain:
        store.add_message(conv.uid, m, 1.0)
    tail = store.load_conversation(conv.uid, tail=2)
    assert tail is not None and tail.unloaded_before == 4
    assert [m.content for m in tail.messages] == ["m4", "m5"]
    wider = store.load_conversation(conv.uid, tail=2, including=chain[1].uid)
    assert wider is not None and wider.unloaded_before == 1
    assert [m.content for m in store.load_older(conv.uid, 4)] == ["m0", "m1", "m2", "m3"]


def test_branches_show_the_latest_version_and_switch(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    conv, u1, u2, _ = branched(store)
    loaded = store.load_conversation(conv.uid)
    assert loaded is not None
    assert [m.content for m in loaded.messages] == ["edited question", "answer to the edit"]
    assert loaded.branches == {u2.uid: (2, 2)}
    assert store.switch_to_sibling(conv.uid, u2.uid, -1)
    assert not store.switch_to_sibling(conv.uid, u1.uid, -1)
    back = store.load_conversation(conv.uid)
    assert back is not None
    assert [m.content for m in back.messages] == ["first question", "first answer"]
    assert back.branches == {u1.uid: (1, 2)}
    every = store.load_conversation(conv.uid, all_branches=True)
    assert every is not None and len(every.messages) == 4
    assert every.current_leaf == back.messages[-1].uid


def test_deleting_a_message_keeps_the_rest_of_its_branch(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    conv = Conversation(title="Chain")
    store.save_conversation(conv)
    chain = [
        conv.add(Message(Role.USER if i % 2 == 0 else Role.ASSISTANT, f"m{i}")) for i in range(4)
    ]
    for m in chain:
        store.add_message(conv.uid, m, 1.0)
    store.delete_messages([chain[1].uid])
    loaded = store.load_conversation(conv.uid)
    assert loaded is not None
    assert [m.content for m in loaded.messages] == ["m0", "m2", "m3"]
    store.delete_messages([chain[3].uid])
    assert [m.content for m in store.load_conversation(conv.uid).messages] == ["m0", "m2"]  # type: ignore[union-attr]


def test_deleting_a_conversation_deletes_its_messages(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    conv = sample()
    store_conversation(store, conv)
    store.delete_conversation(conv.uid)
    db = sqlite3.connect(tmp_path / "h.sqlite3")
    assert db.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 0


def _asked(tmp_path: Path) -> tuple[HistoryStore, Conversation, Message]:
    """A history with one conversation whose question waits for its replies."""
    store = opened(tmp_path / "h.sqlite3")
    conv = Conversation(title="Compared")
    store.save_conversation(conv)
    question = conv.add(Message(Role.USER, "which is best?"))
    store.add_message(conv.uid, question, 1.0)
    return store, conv, question


def test_compared_replies_are_stored_together_as_versions(tmp_path: Path) -> None:
    store, conv, question = _asked(tmp_path)
    replies = [
        Message(Role.ASSISTANT, "", MessageStatus.STREAMING, model=m, parent_uid=question.uid)
        for m in ("a", "b", "c")
    ]
    store.add_messages(conv.uid, replies, 2.0)
    loaded = store.load_conversation(conv.uid)
    assert loaded is not None
    assert [m.model for m in loaded.messages] == ["", "c"]  # the last one is shown
    assert loaded.branches == {replies[2].uid: (3, 3)}
    assert store.switch_to_sibling(conv.uid, replies[2].uid, -1)
    back = store.load_conversation(conv.uid)
    assert back is not None and back.messages[-1].model == "b"


def test_compared_replies_are_all_stored_or_none(tmp_path: Path) -> None:
    """One transaction: a row that cannot be written takes the others back with it."""
    store, conv, question = _asked(tmp_path)
    fresh = Message(Role.ASSISTANT, "", MessageStatus.STREAMING, parent_uid=question.uid)
    clash = Message(Role.ASSISTANT, "", MessageStatus.STREAMING, parent_uid=question.uid)
    clash.uid = question.uid  # already stored: its insert fails
    with pytest.raises(StorageError):
        store.add_messages(conv.uid, [fresh, clash], 2.0)
    loaded = store.load_conversation(conv.uid, all_branches=True)
    assert loaded is not None
    assert [m.uid for m in loaded.messages] == [question.uid]
    store.add_messages(conv.uid, [], 3.0)  # nothing to add: nothing written
    again = store.load_conversation(conv.uid)
    assert again is not None and again.updated == 1.0


def test_a_new_conversation_is_stored_with_its_question_or_not_at_all(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    conv = Conversation(title="Asked")
    question = conv.add(Message(Role.USER, "first question"))
    store.save_question(conv, question, 5.0)
    loaded = store.load_conversation(conv.uid)
    assert loaded is not None and [m.content for m in loaded.messages] == ["first question"]
    assert loaded.updated == 5.0
    other = Conversation(title="Broken")
    clash = other.add(Message(Role.USER, "same uid"))
    clash.uid = question.uid  # already stored: the insert fails
    with pytest.raises(StorageError):
        store.save_question(other, clash, 6.0)
    assert store.load_conversation(other.uid) is None  # not left without its message


def test_a_reply_whose_row_is_missing_is_stored_when_it_is_saved(tmp_path: Path) -> None:
    """Its insert failed as it started (a full disk): its final save stores it, shown."""
    store, conv, question = _asked(tmp_path)
    reply = conv.add(Message(Role.ASSISTANT, "The answer.", model="m1"))
    store.update_message(reply)  # no row for it yet
    loaded = store.load_conversation(conv.uid)
    assert loaded is not None
    assert [m.content for m in loaded.messages] == ["which is best?", "The answer."]
    assert loaded.messages[1].parent_uid == question.uid
    reply.content = "The answer, saved again."
    store.update_message(reply)  # now it is an update: no second row
    again = store.load_conversation(conv.uid, all_branches=True)
    assert again is not None and [m.content for m in again.messages][1:] == [reply.content]


def test_a_reply_saved_after_its_conversation_was_deleted_is_dropped(tmp_path: Path) -> None:
    store, conv, _ = _asked(tmp_path)
    reply = conv.add(Message(Role.ASSISTANT, "Too late."))
    store.delete_conversation(conv.uid)
    store.update_message(reply)  # nothing to keep it in, and no error
    db = sqlite3.connect(tmp_path / "h.sqlite3")
    assert db.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 0
