"""Search finds the text of attachments (schema version 11): a document's extracted text
and text files, kept with their message. Newest first, one hit per message, the snippet
from where the match is; the index follows deletes, and version 10 files are backfilled."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import chatdesk.services.storage.schema as schema
from chatdesk.core.attachments import (
    IMAGE,
    MAX_TEXT_BYTES,
    TEXT,
    Attachment,
    document_attachment,
)
from chatdesk.core.messages import Conversation, Message, Role
from chatdesk.core.projects import Project
from chatdesk.services.storage import SCHEMA_VERSION, HistoryStore
from tests.support.history import opened, sample, store_conversation

REPORT = (
    "# Quarterly report\n\nRevenue rose in every region. The zorblax figure for March was "
    "the highest since records began, ahead of the forecast.\n"
)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16 + b" pixelword "


def with_files(title: str, updated: float, content: str, *files: Attachment) -> Conversation:
    """A conversation whose first (user) message carries ``files``."""
    conv = sample(title, updated)
    conv.messages[0].content = content
    conv.messages[0].attachments = files
    return conv


def fts_consistent(path: Path) -> bool:
    """FTS5's own check of the attachments' index against the text it is built from, and
    one indexed document per text attachment."""
    db = sqlite3.connect(path)
    try:
        db.execute(
            "INSERT INTO attachments_fts(attachments_fts, rank) VALUES ('integrity-check', 1)"
        )
        indexed = db.execute("SELECT COUNT(*) FROM attachments_fts_docsize").fetchone()[0]
        texts = db.execute("SELECT COUNT(*) FROM attachments WHERE kind = 'text'").fetchone()[0]
        return bool(indexed == texts)
    finally:
        db.close()


@pytest.mark.parametrize("full_text", [True, False])
def test_a_documents_text_is_found_by_a_word_only_it_holds(tmp_path: Path, full_text: bool) -> None:
    store = opened(tmp_path / "h.sqlite3")
    store.full_text = full_text  # False: the LIKE fallback of SQLite without FTS5
    conv = with_files(
        "Report",
        1000.0,
        "Summarise this, please",
        document_attachment("report.pdf", REPORT),
        Attachment(IMAGE, "chart.png", "image/png", PNG),
    )
    store_conversation(store, conv)
    store_conversation(store, sample("Other", 2000.0))

    [hit] = store.search("zorblax")
    assert (hit.conversation_uid, hit.message_uid, hit.role) == (
        conv.uid,
        conv.messages[0].uid,
        "user",
    )
    assert hit.attachment == "report.pdf"
    assert "<b>zorblax</b>" in hit.snippet_html and "Summarise" not in hit.snippet_html
    assert [h.message_uid for h in store.search("zorbl figure")] == [hit.message_uid]
    assert store.search("pixelword") == []  # images are not text
    assert store.search("zorblax hello") == []  # every word in the same text
    # A message matching in its own text and its attachment is listed once, from its text.
    [both] = store.search("summarise")
    assert both.attachment == "" and "<b>Summarise</b>" in both.snippet_html
    if full_text:
        assert store.search("zórblax")  # diacritics are ignored, as in messages
    assert fts_consistent(tmp_path / "h.sqlite3")


@pytest.mark.parametrize("full_text", [True, False])
def test_hits_are_newest_first_one_per_message_within_the_limit(
    tmp_path: Path, full_text: bool
) -> None:
    store = opened(tmp_path / "h.sqlite3")
    store.full_text = full_text
    convs = []
    for i in range(6):
        if i % 2:
            conv = with_files(f"c{i}", 1000.0 + i, f"about the quokka {i}")
        else:  # three matching attachments on one message
            files = [document_attachment(f"d{i}-{n}.pdf", f"a quokka page {n}") for n in range(3)]
            conv = with_files(f"c{i}", 1000.0 + i, "see attached", *files)
        store_conversation(store, conv)
        convs.append(conv)
    newest = [c.messages[0].uid for c in reversed(convs)]
    assert [h.message_uid for h in store.search("quokka")] == newest
    assert [h.message_uid for h in store.search("quokka", limit=4)] == newest[:4]
    assert [h.message_uid for h in store.search("quokka", limit=1)] == newest[:1]
    assert [bool(h.attachment) for h in store.search("quokka")] == [False, True] * 3


@pytest.mark.parametrize("full_text", [True, False])
def test_project_search_finds_attachments_behind_newer_matches_elsewhere(
    tmp_path: Path, full_text: bool
) -> None:
    store = opened(tmp_path / "h.sqlite3")
    store.full_text = full_text
    garden = Project(name="Garden")
    store.save_project(garden)
    old = with_files(
        "old", 1000.0, "the notes", document_attachment("notes.md", "plant the wombat")
    )
    old.project = garden.uid
    store_conversation(store, old)
    mine = []
    for i in range(3):
        conv = with_files(f"mine {i}", 2000.0 + i, f"wombat {i}")
        conv.project = garden.uid
        store_conversation(store, conv)
        mine.append(conv.messages[0].uid)
    for i in range(10):  # newer attachments matching, in no project
        store_conversation(
            store,
            with_files(f"other {i}", 3000.0 + i, "x", document_attachment("o.md", "wombat")),
        )
    found = store.search("wombat", limit=4, project=garden.uid)
    assert [h.message_uid for h in found] == [*reversed(mine), old.messages[0].uid]
    assert found[-1].attachment == "notes.md"
    # With the limit filled by newer matches, the older attachment is left out.
    assert [h.message_uid for h in store.search("wombat", limit=3, project=garden.uid)] == list(
        reversed(mine)
    )
    assert len(store.search("wombat", limit=30)) == 14


def test_deleting_a_message_conversation_or_project_removes_its_attachments_text(
    tmp_path: Path,
) -> None:
    path = tmp_path / "h.sqlite3"
    store = opened(path)

    def document(word: str) -> Attachment:
        return document_attachment(f"{word}.pdf", f"text about {word}")

    one = with_files("one", 1000.0, "first", document("aardvark"))
    one.add(Message(Role.USER, "second", attachments=(document("bandicoot"),)))
    two = with_files("two", 2000.0, "other", document("capybara"))
    three = with_files("three", 3000.0, "third", document("dugong"))
    project = Project(name="Gone")
    store.save_project(project)
    three.project = project.uid
    for conv in (one, two, three):
        store_conversation(store, conv)
    assert all(store.search(w) for w in ("aardvark", "bandicoot", "capybara", "dugong"))

    store.delete_messages([one.messages[0].uid])
    assert store.search("aardvark") == [] and store.search("bandicoot")
    store.delete_conversation(two.uid)
    assert store.search("capybara") == []
    store.delete_project(project.uid, keep_conversations=False)
    assert store.search("dugong") == []
    assert [h.message_uid for h in store.search("bandicoot")] == [one.messages[-1].uid]
    assert fts_consistent(path) and store.integrity_ok()


def test_hostile_queries_and_attachments(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    store = opened(path)
    big = "lorem ipsum dolor " * (MAX_TEXT_BYTES // 18 - 1) + "needlepoint"
    assert len(big.encode()) <= MAX_TEXT_BYTES
    huge = Attachment(TEXT, "huge.txt", "text/plain", b"filler words here " * 500_000 + b"haystack")
    odd = Attachment(TEXT, "odd.txt", "text/plain", b"\xff\xfe broken \x00 utf8 marmot \xc3")
    conv = with_files("Big", 1000.0, "files", document_attachment("big.pdf", big), huge, odd)
    store_conversation(store, conv)

    [hit] = store.search("needlepoint")
    assert hit.attachment == "big.pdf" and "<b>needlepoint</b>" in hit.snippet_html
    assert len(hit.snippet_html) < 300  # a window around the match, not the document
    [hit] = store.search("haystack")  # 9 MB, past what the window attaches: still indexed
    assert hit.attachment == "huge.txt" and len(hit.snippet_html) < 300
    [hit] = store.search("broken")  # invalid UTF-8: shown replaced, the search goes on
    assert "<b>broken</b>" in hit.snippet_html and "\ufffd" in hit.snippet_html

    # FTS5 syntax is searched as words, never run: the same as the messages' search.
    for query in ('"needlepoint"', "needlepoint*", "(needlepoint", "needlepoint^", "lorem:needle"):
        assert store.search(query), query
    assert store.search("needlepoint OR lorem") == []  # "or" is a word to match
    for query in ('"; DROP TABLE attachments; --', "NEAR(a b", "* ^ : -", "\x00", "\ue000"):
        assert store.search(query) == [], query
    assert store.load_conversation(conv.uid) is not None

    store.delete_conversation(conv.uid)
    assert store.search("marmot") == [] and store.search("haystack") == []
    assert fts_consistent(path)


def v10_history(path: Path) -> None:
    """A history as chatdesk wrote it at schema version 10, with a document and an image."""
    HistoryStore(path).migrate_to(10)
    db = sqlite3.connect(path)
    db.execute("INSERT INTO conversations(uid, title, created, updated) VALUES ('c1', 'Old', 1, 2)")
    db.execute(
        "INSERT INTO messages(uid, conversation_id, role, content, created) "
        "VALUES ('m1', 1, 'user', 'read the attached', 1)"
    )
    db.executemany(
        "INSERT INTO attachments(message_id, position, kind, name, mime, data)"
        " VALUES (1, ?, ?, ?, ?, ?)",
        [
            (0, "text", "minutes.pdf", "text/markdown", b"the board approved the platypus plan"),
            (1, "image", "photo.png", "image/png", PNG),
        ],
    )
    db.commit()
    db.close()


def test_migration_from_version_10_backfills_the_attachments_text(tmp_path: Path) -> None:
    path = tmp_path / "v10.sqlite3"
    v10_history(path)
    store = opened(path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 11
    [hit] = store.search("platypus")
    assert (hit.message_uid, hit.attachment) == ("m1", "minutes.pdf")
    assert "<b>platypus</b>" in hit.snippet_html
    loaded = store.load_conversation("c1")
    assert loaded is not None
    [message] = loaded.messages
    assert message.content == "read the attached"
    assert [(a.name, a.data[:4]) for a in message.attachments] == [
        ("minutes.pdf", b"the "),
        ("photo.png", PNG[:4]),
    ]
    # Written after the migration, kept in step by the triggers.
    store_conversation(store, with_files("New", 5.0, "x", document_attachment("n.md", "echidna")))
    assert store.search("echidna") and fts_consistent(path)


def test_a_failed_migration_leaves_version_10_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v10.sqlite3"
    v10_history(path)
    real = schema.MIGRATIONS[10]

    def fails_after_indexing(db: sqlite3.Connection) -> None:
        real(db)
        raise RuntimeError("power cut")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS[:10], fails_after_indexing])
    db = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(RuntimeError):
        schema.upgrade(db)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 10
    assert (
        db.execute("SELECT name FROM sqlite_master WHERE name LIKE 'attachment%fts%'").fetchall()
        == []
    )
    assert db.execute("SELECT COUNT(*) FROM attachments").fetchone()[0] == 2
    db.close()
    monkeypatch.undo()
    store = opened(path)
    assert [h.message_uid for h in store.search("platypus")] == ["m1"]


def test_without_the_messages_index_attachments_are_searched_with_like(tmp_path: Path) -> None:
    """A file made where SQLite lacked FTS5 has no ``messages_fts``; version 11 then adds
    no index either, and search falls back to LIKE for both."""
    path = tmp_path / "v10.sqlite3"
    v10_history(path)
    db = sqlite3.connect(path)
    for trigger in ("insert", "delete", "update"):
        db.execute(f"DROP TRIGGER messages_fts_{trigger}")
    db.execute("DROP TABLE messages_fts")
    db.commit()
    db.close()
    store = HistoryStore(path)
    report = store.open()
    assert not report.full_text and not store.db.has_table("attachments_fts")
    assert [(h.message_uid, h.attachment) for h in store.search("platyp")] == [
        ("m1", "minutes.pdf")
    ]
