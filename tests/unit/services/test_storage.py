"""The history database, without Qt: schema, transactions, search, export and import."""

from __future__ import annotations

import io
import json
import multiprocessing
import re
import sqlite3
from pathlib import Path

import pytest

from chatdesk.core.imports import InvalidImport, parse_import
from chatdesk.core.messages import Conversation, Message, MessageStatus, Role
from chatdesk.core.usage import Usage
from chatdesk.services.storage import SCHEMA_VERSION, HistoryStore, StorageError
from tests.support import streaming_writer

DATA = Path(__file__).resolve().parents[2] / "data"


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
    db = sqlite3.connect(tmp_path / "h.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_list_is_pinned_first_then_recent_with_token_totals(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    old, new, pinned = sample("old", 100.0), sample("new", 300.0), sample("pinned", 50.0)
    for conv in (old, new, pinned):
        store_conversation(store, conv)
    store.set_pinned(pinned.uid, True)
    store.rename(old.uid, "renamed")
    listed = store.list_conversations()
    assert [c.title for c in listed] == ["pinned", "new", "renamed"]
    assert listed[0].pinned and listed[0].tokens == 19 and listed[0].messages == 2
    store.delete_conversation(new.uid)
    assert [c.title for c in store.list_conversations()] == ["pinned", "renamed"]
    assert store.search("fine") and all(h.conversation_uid != new.uid for h in store.search("fine"))


def test_streaming_reply_is_saved_and_marked_incomplete_after_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    proc, conv_uid, reply_uid = streaming_writer.start(path, "crash")
    assert proc.wait(30) == 0
    again = HistoryStore(path)
    report = again.open()
    assert report.interrupted == 1
    loaded = again.load_conversation(conv_uid)
    assert loaded is not None
    assert loaded.messages[1].uid == reply_uid
    assert loaded.messages[1].content == "Once upon a"
    assert loaded.messages[1].status is MessageStatus.INCOMPLETE


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


@pytest.mark.parametrize("full_text", [True, False])
def test_search_highlights_and_escapes(tmp_path: Path, full_text: bool) -> None:
    store = opened(tmp_path / "h.sqlite3")
    store.full_text = full_text  # False exercises the LIKE fallback for SQLite without FTS5
    store_conversation(store, sample())
    other = sample("Other", 2000.0)
    other.messages[0].content = "Completely unrelated words"
    store_conversation(store, other)
    hits = store.search("there how")
    assert len(hits) == 1
    assert hits[0].conversation_title == "Greetings"
    assert hits[0].role == "user"
    assert "&lt;b&gt;" in hits[0].snippet_html  # the message's own HTML is shown as text
    assert "<b>how</b>" in hits[0].snippet_html
    assert store.search("unrel")[0].conversation_title == "Other"
    assert store.search('"; DROP TABLE messages; --') == []
    assert store.search("   ") == []


def balanced(snippet: str) -> bool:
    depth = 0
    for tag in re.findall(r"</?b>", snippet):
        depth += 1 if tag == "<b>" else -1
        if depth not in (0, 1):
            return False
    return depth == 0


@pytest.mark.parametrize("full_text", [True, False])
def test_search_snippets_stay_balanced_with_private_use_characters(
    tmp_path: Path, full_text: bool
) -> None:
    """The highlight markers once were U+E000/U+E001; text holding them broke the <b> tags."""
    store = opened(tmp_path / "h.sqlite3")
    store.full_text = full_text
    conv = sample()
    conv.messages[0].content = "\ue001\ue001 \ue000 needle \ue000 hay \ue001 needle \ue000"
    store_conversation(store, conv)
    [hit] = store.search("needle")
    assert balanced(hit.snippet_html), hit.snippet_html
    assert hit.snippet_html.count("<b>needle</b>") == 2
    assert hit.snippet_html.count("\ue000") == 3 and hit.snippet_html.count("\ue001") == 3


def test_usage_per_day_month_and_model(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    a = sample("a", 1_700_000_000.0)
    b = sample("b", 1_700_000_100.0)
    b.messages[1].model = "m2"
    b.messages[1].usage = Usage(100, 50, estimated=True)
    store_conversation(store, a)
    store_conversation(store, b)
    rows = store.usage("month")
    assert {(r.model, r.prompt_tokens, r.completion_tokens, r.estimated) for r in rows} == {
        ("m1", 12, 7, False),
        ("m2", 100, 50, True),
    }
    assert len(store.usage("day")) == 2


def test_json_export_reimports_losslessly(tmp_path: Path) -> None:
    first = opened(tmp_path / "a.sqlite3")
    for i in range(3):
        conv = sample(f"conv {i}", 1000.0 + i)
        conv.messages[1].status = MessageStatus.INCOMPLETE
        store_conversation(first, conv)
    out = io.StringIO()
    assert first.export_json(out) == 3
    text = out.getvalue()
    second = opened(tmp_path / "b.sqlite3")
    assert second.import_conversations(parse_import(text)) == (3, 0)
    again = io.StringIO()
    second.export_json(again)
    strip = lambda s: {k: v for k, v in json.loads(s).items() if k != "exported"}  # noqa: E731
    assert strip(again.getvalue()) == strip(text)
    assert second.import_conversations(parse_import(text)) == (0, 3)
    assert len(second.list_conversations()) == 3


def test_markdown_export(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    conv = sample()
    store_conversation(store, conv)
    out = io.StringIO()
    store.export_markdown(out, conv.uid)
    md = out.getvalue()
    assert md.startswith("# Greetings\n")
    assert "## You\n\nHello <b>there</b>, how are you?" in md
    assert "## Assistant\n\nI am fine" in md


def test_chatgpt_import_follows_the_visible_branch(tmp_path: Path) -> None:
    text = (DATA / "chatgpt_conversations.json").read_text()
    conversations = parse_import(text)
    sorting, empty = conversations
    assert sorting.title == "Sorting in Python"
    assert [(m.role.value, m.content) for m in sorting.messages] == [
        ("user", "How do I sort a list of dicts by a key?"),
        ("assistant", "Use sorted() with a key function."),
        ("user", "Show me an example with itemgetter"),
        (
            "assistant",
            "```python\nfrom operator import itemgetter\nrows.sort(key=itemgetter('age'))\n```",
        ),
        ("assistant", "Here is the result:\n[image]"),
    ]
    assert sorting.messages[-1].model == "gpt-4o-mini"
    assert sorting.messages[0].created == 1714000001.0
    assert sorting.created == 1714000000.5 and sorting.updated == 1714000900.25
    assert empty.messages == []
    store = opened(tmp_path / "h.sqlite3")
    assert store.import_conversations(conversations) == (2, 0)
    assert store.import_conversations(parse_import(text)) == (0, 2)
    assert store.search("itemgetter")[0].conversation_title == "Sorting in Python"
    assert store.search("abandoned") == []


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("{not json", "not valid JSON"),
        ('{"hello": 1}', "not a chatdesk export or a ChatGPT"),
        ('[{"title": "x", "current_node": "a"}]', "conversation 1 (“x”): “mapping” is missing"),
        ('[{"mapping": {}, "current_node": "zz"}]', "“current_node” does not name a node"),
        ('{"format": "chatdesk", "version": 99, "conversations": []}', "version 99"),
        (
            '{"format": "chatdesk", "version": 1, "conversations": [{"uid": "a", "messages": '
            '[{"role": "wizard", "content": "x"}]}]}',
            "conversation 1, message 1: unknown role “wizard”",
        ),
    ],
)
def test_invalid_import_names_the_problem(content: str, fragment: str) -> None:
    with pytest.raises(InvalidImport) as info:
        parse_import(content)
    assert fragment in str(info.value)


def test_failed_import_imports_nothing(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    good, bad = sample("good"), sample("bad")
    bad.messages[0].role = "wizard"  # type: ignore[assignment]
    with pytest.raises(StorageError):
        store.import_conversations([good, bad])
    assert store.list_conversations() == []


def test_migrations_from_every_earlier_version(tmp_path: Path) -> None:
    for start in range(SCHEMA_VERSION):
        path = tmp_path / f"v{start}.sqlite3"
        HistoryStore(path).migrate_to(start)
        if start >= 1:
            db = sqlite3.connect(path)
            db.execute(
                "INSERT INTO conversations(uid, title, created, updated) VALUES ('c1', 'Old', 1, 2)"
            )
            db.execute(
                "INSERT INTO messages(uid, conversation_id, role, content, created) "
                "VALUES ('m1', 1, 'user', 'ancient wisdom', 1)"
            )
            db.commit()
            db.close()
        store = opened(path)
        assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        if start >= 1:
            loaded = store.load_conversation("c1")
            assert loaded is not None and loaded.messages[0].content == "ancient wisdom"
            assert [h.message_uid for h in store.search("wisdom")] == ["m1"]
        store.close()


def test_newer_schema_is_refused_not_damaged(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StorageError) as info:
        HistoryStore(path).open()
    assert "newer chatdesk" in str(info.value)
    assert path.exists()


def test_corrupt_database_is_moved_aside_and_a_fresh_one_starts(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    garbage = b"this is not a database at all" * 100
    path.write_bytes(garbage)
    store = HistoryStore(path)
    report = store.open()
    assert report.moved_aside is not None and report.moved_aside.read_bytes() == garbage
    assert report.moved_aside.name.startswith("history.sqlite3.damaged-")
    store_conversation(store, sample())
    assert len(store.list_conversations()) == 1


def test_locked_database_gives_a_clear_error(tmp_path: Path) -> None:
    """Once the retries run out, the lock is reported (never a silent drop)."""
    path = tmp_path / "h.sqlite3"
    store = opened(path, busy_timeout=0.2, busy_retry=0.5)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError) as info:
            store.save_conversation(sample())
    finally:
        other.execute("ROLLBACK")
    assert "locked by another program" in str(info.value)
    store.save_conversation(sample())


def test_disk_full_fails_cleanly_and_keeps_earlier_data(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    conv = sample()
    store_conversation(store, conv)
    db = store._conn()
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 2}")  # SQLite's own "disk full" (SQLITE_FULL)
    big = Message(Role.USER, "x" * 200_000)
    with pytest.raises(StorageError) as info:
        store.add_message(conv.uid, big, 2000.0)
    assert "disk is full" in str(info.value)
    assert store.integrity_ok()
    loaded = store.load_conversation(conv.uid)
    assert loaded is not None and len(loaded.messages) == 2


def _writer(path: str, worker: int, count: int) -> None:
    store = HistoryStore(Path(path), busy_timeout=30.0)
    store.open()
    conv = Conversation(title=f"writer {worker}")
    store.save_conversation(conv)
    for i in range(count):
        store.add_message(conv.uid, Message(Role.USER, f"w{worker} message {i}"), float(i))
    store.close()


def test_two_processes_writing_at_once_do_not_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    opened(path).close()
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(path), w, 150)) for w in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    store = opened(path)
    assert store.integrity_ok()
    assert sorted(c.messages for c in store.list_conversations()) == [150, 150]


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
    # Markdown follows the shown branch; JSON keeps every branch and which one is shown.
    md = io.StringIO()
    store.export_markdown(md, conv.uid)
    assert "first answer" in md.getvalue() and "answer to the edit" not in md.getvalue()
    js = io.StringIO()
    store.export_json(js, conv.uid)
    other = opened(tmp_path / "b.sqlite3")
    other.import_conversations(parse_import(js.getvalue()))
    again = other.load_conversation(conv.uid)
    assert again is not None
    assert [m.content for m in again.messages] == ["first question", "first answer"]
    assert again.branches == {u1.uid: (1, 2)}
    assert other.switch_to_sibling(conv.uid, u1.uid, 1)
    assert [m.content for m in other.load_conversation(conv.uid).messages][-1] == (  # type: ignore[union-attr]
        "answer to the edit"
    )


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


def test_import_without_parent_links_is_one_thread(tmp_path: Path) -> None:
    text = json.dumps(
        {
            "format": "chatdesk",
            "version": 1,
            "conversations": [
                {"uid": "hand", "messages": [
                    {"role": "user", "content": "first"},
                    {"role": "assistant", "content": "second"},
                    {"role": "user", "content": "third"},
                ]}
            ],
        }
    )  # fmt: skip
    store = opened(tmp_path / "h.sqlite3")
    store.import_conversations(parse_import(text))
    loaded = store.load_conversation("hand")
    assert loaded is not None
    assert [m.content for m in loaded.messages] == ["first", "second", "third"]
