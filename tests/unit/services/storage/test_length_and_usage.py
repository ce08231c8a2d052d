"""A conversation's current length (schema 8) kept beside its billed total, and usage rows
per server profile (what their prices depend on), on real SQLite files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from chatdesk.core.export import to_json
from chatdesk.core.imports import InvalidImport, parse_import
from chatdesk.core.usage import Usage
from chatdesk.services.storage import SCHEMA_VERSION, HistoryStore
from tests.support.history import opened, sample, store_conversation


def test_an_old_history_migrates_and_its_conversations_read_as_not_measured(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v7.sqlite3"
    HistoryStore(path).migrate_to(7)
    db = sqlite3.connect(path)
    db.execute(
        "INSERT INTO conversations(uid, title, created, updated, profile) "
        "VALUES ('c1', 'Old', 1, 2, 'work')"
    )
    db.execute(
        "INSERT INTO messages(uid, conversation_id, role, content, created, prompt_tokens, "
        "completion_tokens) VALUES ('m1', 1, 'assistant', 'old reply', 1, 40, 2)"
    )
    db.commit()
    db.close()
    store = opened(path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    [summary] = store.list_conversations()
    assert (summary.tokens, summary.length_tokens) == (42, 0)
    loaded = store.load_conversation("c1")
    assert loaded is not None and loaded.length_tokens == 0 and loaded.profile == "work"
    loaded.length_tokens = 1234
    store.save_conversation(loaded)
    assert store.list_conversations()[0].length_tokens == 1234
    store.close()


def test_length_is_saved_listed_loaded_and_overwritten(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    conv = sample("Measured")
    conv.length_tokens = 3400
    store_conversation(store, conv)
    [summary] = store.list_conversations()
    assert (summary.tokens, summary.length_tokens) == (19, 3400)  # billed, and now
    loaded = store.load_conversation(conv.uid)
    assert loaded is not None and loaded.length_tokens == 3400
    conv.length_tokens = 3500
    store.save_conversation(conv)
    assert store.list_conversations()[0].length_tokens == 3500


def test_length_goes_through_export_and_import(tmp_path: Path) -> None:
    source = opened(tmp_path / "a.sqlite3")
    conv = sample("Travelling")
    conv.length_tokens = 777
    store_conversation(source, conv)
    text = to_json(source.conversations(all_branches=True))
    assert json.loads(text)["conversations"][0]["length_tokens"] == 777
    target = opened(tmp_path / "b.sqlite3")
    assert target.import_conversations(parse_import(text)) == (1, 0)
    assert target.list_conversations()[0].length_tokens == 777


def _doc(**conversation: object) -> str:
    body = {"uid": "c1", "messages": []} | conversation
    return json.dumps({"format": "chatdesk", "version": 1, "conversations": [body]})


def test_an_import_without_length_reads_as_not_measured() -> None:
    [conv] = parse_import(_doc())
    assert conv.length_tokens == 0
    [conv] = parse_import(_doc(length_tokens=None))
    assert conv.length_tokens == 0


@pytest.mark.parametrize("bad", [-1, 1.5, "12", True, 10**13])
def test_an_absurd_length_is_refused_saying_where(bad: object) -> None:
    with pytest.raises(InvalidImport, match="conversation 1: “length_tokens” is not a token"):
        parse_import(_doc(length_tokens=bad))


def test_usage_rows_are_per_profile_and_model(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    at_work = sample("work", 1_700_000_000.0)
    at_work.profile = "openai"
    at_home = sample("home", 1_700_000_100.0)
    at_home.profile = "local"
    at_home.messages[1].usage = Usage(100, 50)
    also_home = sample("home again", 1_700_000_200.0)
    also_home.profile = "local"
    for conv in (at_work, at_home, also_home):
        store_conversation(store, conv)
    rows = [(r.profile, r.model, r.replies, r.prompt_tokens, r.completion_tokens)
            for r in store.usage("month")]  # fmt: skip
    assert rows == [("local", "m1", 2, 112, 57), ("openai", "m1", 1, 12, 7)]
