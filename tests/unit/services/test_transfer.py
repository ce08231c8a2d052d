"""Import and export as the window and the command line run them (``services/transfer.py``):
real files, a real history."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from chatdesk.core.imports import parse_import
from chatdesk.core.messages import Conversation, Message, MessageStatus, Role
from chatdesk.services.storage import HistoryStore, StorageError
from chatdesk.services.transfer import (
    ExportFormat,
    ImportRefused,
    export_to_file,
    import_file,
    read_import,
    write_export,
)
from tests.support.history import branched, opened, sample, store_conversation

DATA = Path(__file__).resolve().parents[2] / "data"


def exported(store: HistoryStore, fmt: ExportFormat, uid: str | None = None) -> str:
    out = io.StringIO()
    write_export(store, out, fmt, uid)
    return out.getvalue()


def test_json_export_reimports_losslessly(tmp_path: Path) -> None:
    first = opened(tmp_path / "a.sqlite3")
    for i in range(3):
        conv = sample(f"conv {i}", 1000.0 + i)
        conv.messages[1].status = MessageStatus.INCOMPLETE
        store_conversation(first, conv)
    target = tmp_path / "all.json"
    assert export_to_file(first, target, ExportFormat.JSON, None) == 3
    text = target.read_text()
    second = opened(tmp_path / "b.sqlite3")
    result = import_file(second, target)
    assert (result.imported, result.skipped) == (3, 0)
    assert result.message() == "Imported 3 conversations from all.json."
    strip = lambda s: {k: v for k, v in json.loads(s).items() if k != "exported"}  # noqa: E731
    assert strip(exported(second, ExportFormat.JSON)) == strip(text)
    again = import_file(second, target)
    assert (again.imported, again.skipped) == (0, 3)
    assert again.message().endswith("(3 already present).")
    assert len(second.list_conversations()) == 3


def test_markdown_export(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    conv = sample()
    store_conversation(store, conv)
    store_conversation(store, sample("Second", 2000.0))
    md = exported(store, ExportFormat.MARKDOWN, conv.uid)
    assert md.startswith("# Greetings\n")
    assert "## You\n\nHello <b>there</b>, how are you?" in md
    assert "## Assistant\n\nI am fine" in md
    assert "Second" not in md
    both = exported(store, ExportFormat.MARKDOWN)
    assert both.index("# Greetings") < both.index("\n---\n\n# Second")


def test_markdown_follows_the_shown_branch_and_json_keeps_every_branch(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    conv, u1, _, _ = branched(store)
    store.switch_branch(conv.uid, u1.uid)  # show the first version
    md = exported(store, ExportFormat.MARKDOWN, conv.uid)
    assert "first answer" in md and "answer to the edit" not in md
    other = opened(tmp_path / "b.sqlite3")
    other.import_conversations(parse_import(exported(store, ExportFormat.JSON, conv.uid)))
    again = other.load_conversation(conv.uid)
    assert again is not None
    assert [m.content for m in again.messages] == ["first question", "first answer"]
    assert again.branches == {u1.uid: (1, 2)}
    assert other.switch_to_sibling(conv.uid, u1.uid, 1)
    assert [m.content for m in other.load_conversation(conv.uid).messages][-1] == (  # type: ignore[union-attr]
        "answer to the edit"
    )


def test_exporting_a_missing_conversation_fails(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    with pytest.raises(StorageError, match="There is no conversation nope"):
        exported(store, ExportFormat.JSON, "nope")


def test_chatgpt_import_follows_the_visible_branch(tmp_path: Path) -> None:
    path = DATA / "chatgpt_conversations.json"
    sorting, empty = read_import(path)
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
    assert import_file(store, path).imported == 2
    assert import_file(store, path).skipped == 2
    assert store.search("itemgetter")[0].conversation_title == "Sorting in Python"
    assert store.search("abandoned") == []


def test_a_refused_file_names_itself_and_stores_nothing(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    bad = tmp_path / "broken.json"
    bad.write_text('[{"title": "ok", "mapping": {}, "current_node": "x"}]')
    with pytest.raises(ImportRefused) as info:
        import_file(store, bad)
    assert str(info.value).startswith("broken.json was not imported: conversation 1 (“ok”)")
    assert isinstance(info.value, StorageError)  # the window reports it like any other
    big = tmp_path / "big.json"
    big.write_text("[]" + " " * 100)
    with pytest.raises(ImportRefused, match="it is 0 MiB; chatdesk imports files of up to 0"):
        import_file(store, big, limit=50)
    with pytest.raises(ImportRefused, match="could not be read"):
        import_file(store, tmp_path / "missing.json")
    assert store.list_conversations() == []


def test_failed_import_imports_nothing(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    good, bad = sample("good"), sample("bad")
    bad.messages[0].role = "wizard"  # type: ignore[assignment]
    with pytest.raises(StorageError):
        store.import_conversations([good, bad])
    assert store.list_conversations() == []


def test_a_message_uid_already_taken_is_renamed_on_import(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    first = sample("first")
    store_conversation(store, first)
    copy = Conversation(uid="copy", title="copy")
    question = copy.add(Message(Role.USER, "same id", uid=first.messages[0].uid))
    copy.add(Message(Role.ASSISTANT, "reply"))
    copy.current_leaf = copy.messages[-1].uid
    assert store.import_conversations([copy]) == (1, 0)
    loaded = store.load_conversation("copy")
    assert loaded is not None
    assert loaded.messages[0].uid == f"copy-{question.uid}"
    assert loaded.messages[1].parent_uid == loaded.messages[0].uid
    kept = store.load_conversation(first.uid)
    assert kept is not None and kept.messages == first.messages


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
    path = tmp_path / "hand.json"
    path.write_text(text)
    store = opened(tmp_path / "h.sqlite3")
    import_file(store, path)
    loaded = store.load_conversation("hand")
    assert loaded is not None
    assert [m.content for m in loaded.messages] == ["first", "second", "third"]
