"""The SSE decoder must give the same events however the bytes are cut."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from chatdesk.core.sse import SSEDecoder, SSEEvent


def decode(pieces: list[bytes]) -> list[SSEEvent]:
    decoder = SSEDecoder()
    events: list[SSEEvent] = []
    for piece in pieces:
        events.extend(decoder.feed(piece))
    events.extend(decoder.finish())
    return events


def test_lf_crlf_and_cr_line_endings_give_the_same_events() -> None:
    for eol in ("\n", "\r\n", "\r"):
        body = f"data: one{eol}{eol}: ping{eol}data: two{eol}data: lines{eol}{eol}"
        assert decode([body.encode()]) == [SSEEvent("one"), SSEEvent("two\nlines")]


def test_comments_ids_and_event_names() -> None:
    body = b": keep-alive\nid: 7\nevent: error\ndata: {}\n\nretry: 100\n\n"
    assert decode([body]) == [SSEEvent("{}", "error")]


def test_data_without_space_and_empty_data() -> None:
    assert decode([b"data:x\n\ndata\n\n"]) == [SSEEvent("x"), SSEEvent("")]


def test_crlf_split_between_chunks_is_one_line_ending() -> None:
    assert decode([b"data: a\r", b"\n\r", b"\ndata: b\r\n\r\n"]) == [
        SSEEvent("a"),
        SSEEvent("b"),
    ]


def test_utf8_character_split_across_chunks() -> None:
    body = "data: héllo 世界 🎉\n\n".encode()
    cut = body.index("🎉".encode()) + 2
    assert decode([body[:cut], body[cut:]]) == [SSEEvent("héllo 世界 🎉")]


def test_last_event_without_blank_line_is_delivered_at_end() -> None:
    assert decode([b"data: [DONE]"]) == [SSEEvent("[DONE]")]


def test_seen_any_field_tells_sse_from_nothing() -> None:
    decoder = SSEDecoder()
    decoder.feed(b"")
    assert not decoder.seen_any_field
    decoder.feed(b": ping\n")
    assert decoder.seen_any_field


texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=20
)


@given(
    datas=st.lists(texts, min_size=1, max_size=6),
    eol=st.sampled_from(["\n", "\r\n", "\r"]),
    cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=12),
)
def test_any_chunking_gives_the_same_events(datas: list[str], eol: str, cuts: list[int]) -> None:
    body = "".join(f": c{eol}data: {d}{eol}{eol}" for d in datas).encode()
    points = sorted({c % (len(body) + 1) for c in cuts})
    pieces = [body[a:b] for a, b in zip([0, *points], [*points, len(body)], strict=True)]
    assert decode(pieces) == [SSEEvent(d) for d in datas]
