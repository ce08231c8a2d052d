"""The SSE decoder must give the same events however the bytes are cut."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chatdesk.core.errors import ChatError, ErrorKind
from chatdesk.core.sse import SSEDecoder, SSEEvent
from tests.support.budget import within


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


# -- size caps, linear scanning and fuzzing (hang budgets, not speed assertions) -----------


def test_a_line_that_never_ends_fails_clearly_at_the_cap() -> None:
    """100 MB without a newline used to take ~54 s and 212 MiB; now it stops at 4 MiB."""
    decoder = SSEDecoder()
    piece = b"data: " + b"x" * 65530

    def feed_forever() -> None:
        for _ in range(100 * 1024 * 1024 // len(piece)):
            decoder.feed(piece)

    with pytest.raises(ChatError) as info:
        within(20, feed_forever)
    assert info.value.kind is ErrorKind.MALFORMED
    assert "longer than 4 MiB" in info.value.message and "base URL" in info.value.message


def test_an_event_of_many_lines_is_capped_too() -> None:
    decoder = SSEDecoder(max_line=100, max_event=1000)
    with pytest.raises(ChatError, match="an event longer than"):
        decoder.feed(b"data: 0123456789\n" * 200)


def test_a_line_cut_into_pieces_is_capped_as_a_whole() -> None:
    decoder = SSEDecoder(max_line=100)
    decoder.feed(b"data: " + b"x" * 90)
    with pytest.raises(ChatError, match="a line longer than"):
        decoder.feed(b"y" * 20)


def test_lines_under_the_cap_pass_whole() -> None:
    decoder = SSEDecoder(max_line=100)
    pieces = [b"data: " + b"x" * 40, b"y" * 40, b"\n\n"]
    events = [e for p in pieces for e in decoder.feed(p)]
    assert events == [SSEEvent("x" * 40 + "y" * 40)]


def test_many_lines_in_one_chunk_are_scanned_once() -> None:
    """Each line used to rescan the rest of the chunk for a CR: quadratic, minutes here."""
    body = b"data: x\n\n" * 200_000
    events = within(20, lambda: decode([body]))
    assert len(events) == 200_000


def test_a_long_line_in_small_pieces_is_not_rescanned() -> None:
    """Every piece used to rescan everything kept so far: quadratic in the line's length."""
    piece = b"y" * 1024
    decoder = SSEDecoder(max_line=64 * 1024 * 1024, max_event=64 * 1024 * 1024)

    def feed() -> list[SSEEvent]:
        decoder.feed(b"data: ")
        for _ in range(32 * 1024):
            decoder.feed(piece)
        return decoder.feed(b"\n\n")

    (event,) = within(20, feed)
    assert len(event.data) == 32 * 1024 * 1024


@settings(max_examples=300, deadline=timedelta(seconds=2))
@given(body=st.binary(max_size=600), cuts=st.lists(st.integers(0, 600), max_size=20))
def _any_bytes_decode_the_same_however_cut(body: bytes, cuts: list[int]) -> None:
    points = sorted({c % (len(body) + 1) for c in cuts})
    pieces = [body[a:b] for a, b in zip([0, *points], [*points, len(body)], strict=True)]
    small = {"max_line": 64, "max_event": 256}

    def run(parts: list[bytes]) -> list[SSEEvent] | str:
        decoder = SSEDecoder(**small)
        try:
            events = [e for p in parts for e in decoder.feed(p)]
            return events + decoder.finish()
        except ChatError as error:
            return error.kind.value  # the only way the decoder may fail

    whole = run([body])
    cut = run(pieces)
    if isinstance(whole, str) or isinstance(cut, str):
        assert isinstance(whole, str) and isinstance(cut, str)
    else:
        assert cut == whole


def test_fuzz_any_bytes_however_cut_give_the_same_events_or_the_same_error() -> None:
    within(120, _any_bytes_decode_the_same_however_cut)
