"""Import files from anywhere: a malformed one is refused with a message saying where, an
accepted one can never break the app later (storage, sidebar, Markdown export).

Both parsers are also fuzzed with hypothesis; every example runs under a hang budget, so
a parser that loops fails the test instead of stalling the suite.
"""

from __future__ import annotations

import base64
import contextlib
import faulthandler
import json
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chatdesk.core.export import to_markdown
from chatdesk.core.imports import InvalidImport, parse_import
from chatdesk.core.messages import Conversation, MessageStatus
from chatdesk.services.storage import HistoryStore

BUDGET = 5.0  # seconds per example: hundreds of times what one needs


@contextlib.contextmanager
def hang_budget(seconds: float = BUDGET) -> Iterator[None]:
    """Fail, not hang, when the body runs past ``seconds``.

    SIGALRM interrupts Python code with an exception; should C code never return to
    Python, faulthandler ends the process with every thread's traceback instead."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"over its {seconds:g} s budget: a hang")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    faulthandler.dump_traceback_later(seconds * 4, exit=True)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        faulthandler.cancel_dump_traceback_later()


def chatdesk_doc(*messages: dict[str, Any], **conversation: Any) -> str:
    conv = {"uid": "c1", "messages": list(messages), **conversation}
    return json.dumps({"format": "chatdesk", "version": 1, "conversations": [conv]})


def msg(**fields: Any) -> dict[str, Any]:
    return {"uid": "m1", "role": "user", "content": "hi", **fields}


def chatgpt_doc(**message: Any) -> str:
    node = {
        "id": "n1",
        "parent": None,
        "message": {
            "id": "x1",
            "author": {"role": "user"},
            "content": {"content_type": "text", "parts": ["hello"]},
            **message,
        },
    }
    return json.dumps([{"title": "t", "mapping": {"n1": node}, "current_node": "n1"}])


def refused(text: str) -> str:
    with hang_budget(), pytest.raises(InvalidImport) as info:
        parse_import(text)
    return str(info.value)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"a": ' * 100_000 + "1" + "}" * 100_000, "nested too deeply"),
        ("[" + "9" * 5000 + "]", "not valid JSON"),
        (chatdesk_doc(msg(created=float("-inf"))), "message 1: “created” is not a time"),
        (chatdesk_doc(msg(created=1e308)), "“created” is not a time (1e+308)"),
        (chatdesk_doc(msg(created=float("nan"))), "“created” is not a time"),
        (chatdesk_doc(msg(created="yesterday")), "“created” is not a time"),
        (chatdesk_doc(msg(), updated=-1), "conversation 1: “updated” is not a time"),
        (chatdesk_doc(msg(usage={"prompt_tokens": "12"})), "“usage.prompt_tokens” is not a"),
        (chatdesk_doc(msg(usage={"prompt_tokens": 10**30})), "is not a token count"),
        (chatdesk_doc(msg(usage={"completion_tokens": -1})), "is not a token count"),
        (chatdesk_doc(msg(usage={"completion_tokens": 2**63})), "is not a token count"),
        (chatdesk_doc(msg(usage={"prompt_tokens": True})), "is not a token count"),
        (chatdesk_doc(msg(ttft_ms=float("inf"))), "“ttft_ms” is not a duration"),
        (chatdesk_doc(msg(status=["complete"])), "unknown status"),
        (chatdesk_doc(msg(), msg()), "message 2: its uid “'m1'” is also message 1's"),
        (chatdesk_doc(msg(), uid=""), "“uid” is empty"),
        (
            chatdesk_doc(
                msg(attachments=[{"kind": "text", "name": "a.txt", "data": "//79"}])  # ff fe fd
            ),
            "attachment 1: a text file that is not UTF-8",
        ),
        (
            chatdesk_doc(msg(attachments=[{"kind": "image", "data": 5}])),
            "attachment 1: its data is not base64",
        ),
        (chatgpt_doc(create_time=1e308), "node n1: “create_time” is not a time"),
        (chatgpt_doc(create_time=float("-inf")), "“create_time” is not a time"),
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
def test_malformed_imports_are_refused_saying_where(text: str, fragment: str) -> None:
    assert fragment in refused(text)


def test_chatgpt_duplicate_message_ids_are_refused() -> None:
    nodes = {
        f"n{i}": {
            "id": f"n{i}",
            "parent": f"n{i - 1}" if i else None,
            "message": {
                "id": "same",
                "author": {"role": "user"},
                "content": {"content_type": "text", "parts": [f"part {i}"]},
            },
        }
        for i in range(2)
    }
    text = json.dumps([{"mapping": nodes, "current_node": "n1"}])
    assert "message id same appears twice" in refused(text)


def test_lone_surrogates_become_replacement_characters_and_store(tmp_path: Path) -> None:
    text = chatdesk_doc(
        msg(content="broken \ud83d emoji, whole \ud83d\ude00"), title="t\udc00", model="\ud800"
    )
    assert "\\ud83d\\ude00" in text  # the pair travels as two escapes
    [conv] = parse_import(text)
    assert conv.messages[0].content == "broken \ufffd emoji, whole 😀"
    assert conv.title == "t\ufffd"
    store = HistoryStore(tmp_path / "h.sqlite3")
    store.open()
    assert store.import_conversations([conv]) == (1, 0)
    loaded = store.load_conversation("c1")
    assert loaded is not None and loaded.messages[0].content == conv.messages[0].content
    store.close()


def test_an_imported_streaming_reply_is_incomplete() -> None:
    [conv] = parse_import(chatdesk_doc(msg(role="assistant", status="streaming")))
    assert conv.messages[0].status is MessageStatus.INCOMPLETE


def test_parent_links_to_nothing_earlier_start_a_branch() -> None:
    later = msg(uid="m1", parent_uid="m2")
    [conv] = parse_import(chatdesk_doc(later, msg(uid="m2", parent_uid=None), current_leaf="zz"))
    assert conv.messages[0].parent_uid is None and conv.current_leaf is None


# -- fuzzing ---------------------------------------------------------------------------

# Any character, lone surrogates included (json.dumps escapes them as \udxxx).
TEXT = st.text(st.characters(codec=None), max_size=20)
SCALAR = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | TEXT
)
JUNK = st.recursive(
    SCALAR,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=12,
)


def maybe(value: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """A field's plausible value mostly (so whole documents get through), rarely anything."""
    return st.integers(0, 24).flatmap(lambda n: JUNK if n == 0 else value)


TIME = maybe(st.none() | st.floats(0, 4e9) | st.integers(0, 2**32))


UIDS = st.sampled_from(["a", "b", "c", "d"])
MESSAGE = st.fixed_dictionaries(
    {"role": maybe(st.sampled_from(["user", "assistant", "system"])), "content": maybe(TEXT)},
    optional={
        "uid": maybe(UIDS),
        "parent_uid": maybe(st.none() | UIDS),
        "status": maybe(st.sampled_from([s.value for s in MessageStatus])),
        "created": TIME,
        "model": maybe(TEXT),
        "finish_reason": maybe(TEXT | st.none()),
        "usage": maybe(
            st.fixed_dictionaries(
                {},
                optional={
                    "prompt_tokens": maybe(st.integers(0, 10**6)),
                    "completion_tokens": maybe(st.integers(0, 10**6)),
                    "estimated": maybe(st.booleans()),
                },
            )
        ),
        "ttft_ms": TIME,
        "duration_ms": TIME,
        "reasoning": maybe(TEXT),
        "attachments": maybe(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "kind": maybe(st.sampled_from(["image", "text"])),
                        "data": maybe(
                            st.binary(max_size=20).map(lambda b: base64.b64encode(b).decode())
                        ),
                    },
                    optional={"name": maybe(TEXT), "mime": maybe(TEXT)},
                ),
                max_size=2,
            )
        ),
    },
)
CONVERSATION = st.fixed_dictionaries(
    {"uid": maybe(st.sampled_from(["c1", "c2", "c3"])), "messages": maybe(st.lists(MESSAGE))},
    optional={
        "title": maybe(TEXT),
        "created": TIME,
        "updated": TIME,
        "pinned": maybe(st.booleans()),
        "model": maybe(TEXT),
        "system_prompt": maybe(TEXT),
        "current_leaf": maybe(UIDS),
        "params": JUNK,
        "profile": maybe(TEXT),
    },
)
CHATDESK = st.fixed_dictionaries(
    {
        "format": st.just("chatdesk"),
        "version": maybe(st.just(1)),
        "conversations": maybe(st.lists(CONVERSATION, max_size=3)),
    }
)

CHATGPT_MESSAGE = st.fixed_dictionaries(
    {
        "author": maybe(
            st.fixed_dictionaries({"role": maybe(st.sampled_from(["user", "assistant", "tool"]))})
        ),
        "content": maybe(
            st.fixed_dictionaries(
                {"content_type": maybe(st.sampled_from(["text", "code"]))},
                optional={"parts": maybe(st.lists(maybe(TEXT), max_size=3)), "text": maybe(TEXT)},
            )
        ),
    },
    optional={
        "id": maybe(st.sampled_from(["x", "y", "z"])),
        "create_time": TIME,
        "metadata": maybe(st.fixed_dictionaries({}, optional={"model_slug": maybe(TEXT)})),
    },
)


@st.composite
def chatgpt_conversation(draw: st.DrawFn) -> dict[str, Any]:
    """A chain of nodes as ChatGPT writes it, with an odd link or field now and then."""
    count = draw(st.integers(1, 5))
    ids = [f"n{i}" for i in range(count)]
    mapping = {
        node: {
            "id": node,
            "parent": draw(maybe(st.just(ids[i - 1] if i else None))),
            "message": draw(maybe(CHATGPT_MESSAGE)),
        }
        for i, node in enumerate(ids)
    }
    conv: dict[str, Any] = {"mapping": draw(maybe(st.just(mapping)))}
    conv["current_node"] = draw(maybe(st.just(ids[-1])))
    extra = st.fixed_dictionaries(
        {},
        optional={
            "title": maybe(TEXT),
            "create_time": TIME,
            "update_time": TIME,
            "conversation_id": maybe(st.sampled_from(["g1", "g2", ""])),
        },
    )
    return conv | draw(extra)


CHATGPT = st.lists(chatgpt_conversation(), max_size=3)

FUZZ = settings(
    max_examples=150,
    deadline=2000,  # milliseconds; the hang budget catches what never returns at all
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HistoryStore]:
    history = HistoryStore(tmp_path_factory.mktemp("fuzz") / "h.sqlite3")
    history.open()
    yield history
    history.close()


def usable(conversations: list[Conversation], store: HistoryStore) -> None:
    """What the app does with an import afterwards: store, list, open, export."""
    store.import_conversations(conversations)
    store.list_conversations()
    for conv in conversations:
        to_markdown(conv)
        loaded = store.load_conversation(conv.uid)
        assert loaded is not None
        to_markdown(loaded)


def check(text: str, store: HistoryStore) -> None:
    with hang_budget():
        try:
            conversations = parse_import(text)
        except InvalidImport:
            return
        usable(conversations, store)


@FUZZ
@given(document=CHATDESK)
def test_fuzz_chatdesk_import(document: Any, store: HistoryStore) -> None:
    check(json.dumps(document), store)  # NaN and Infinity as JavaScript writes them


@FUZZ
@given(document=CHATGPT)
def test_fuzz_chatgpt_import(document: Any, store: HistoryStore) -> None:
    check(json.dumps(document), store)


@FUZZ
@given(text=st.text(st.characters(codec=None), max_size=200) | JUNK.map(json.dumps))
def test_fuzz_any_text(text: str, store: HistoryStore) -> None:
    check(text, store)
