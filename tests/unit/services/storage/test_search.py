"""The sidebar's list, full-text search (and its LIKE fallback), and usage totals."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chatdesk.core.usage import Usage
from tests.support.history import opened, sample, store_conversation


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


def test_a_conversation_is_found_by_a_unique_uid_prefix(tmp_path: Path) -> None:
    store = opened(tmp_path / "h.sqlite3")
    a, b = sample("a"), sample("b")
    a.uid, b.uid = "abc1", "abc2"
    store_conversation(store, a)
    store_conversation(store, b)
    assert store.find_conversation("abc1") == "abc1"
    assert store.find_conversation("abc") is None  # two match
    assert store.find_conversation("ab_") is None  # "_" is not a wildcard
    assert store.find_conversation("zzz") is None


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
