"""Histories to test with: real SQLite files with a conversation or two in them."""

from __future__ import annotations

from pathlib import Path

from chatdesk.core.messages import Conversation, Message, Role
from chatdesk.core.usage import Usage
from chatdesk.services.storage import HistoryStore


def opened(path: Path, **kw: float) -> HistoryStore:
    store = HistoryStore(path, **kw)
    store.open()
    return store


def sample(title: str = "Greetings", updated: float = 1000.0) -> Conversation:
    conv = Conversation(title=title, created=updated - 10, updated=updated, model="m1")
    conv.add(Message(Role.USER, "Hello <b>there</b>, how are you?", created=updated - 5))
    conv.add(
        Message(
            Role.ASSISTANT,
            "I am fine, thanks for asking.",
            finish_reason="stop",
            usage=Usage(12, 7),
            model="m1",
            created=updated - 4,
            ttft_ms=120.5,
            duration_ms=800.0,
        )
    )
    return conv


def store_conversation(store: HistoryStore, conv: Conversation) -> None:
    store.save_conversation(conv)
    for msg in conv.messages:
        store.add_message(conv.uid, msg, conv.updated)


def branched(store: HistoryStore) -> tuple[Conversation, Message, Message, Message]:
    """u1 → a1, then u1 edited into u2 → a2: two versions of the first question."""
    conv = Conversation(title="Branches")
    store.save_conversation(conv)
    u1 = conv.add(Message(Role.USER, "first question"))
    a1 = conv.add(Message(Role.ASSISTANT, "first answer"))
    for m in (u1, a1):
        store.add_message(conv.uid, m, 1.0)
    u2 = Message(Role.USER, "edited question")  # a root sibling of u1
    a2 = Message(Role.ASSISTANT, "answer to the edit", parent_uid=u2.uid)
    store.add_message(conv.uid, u2, 2.0)
    store.add_message(conv.uid, a2, 3.0)
    return conv, u1, u2, a2
