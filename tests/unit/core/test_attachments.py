"""Attachments: what can be attached, the limits, and how they go to the API."""

from __future__ import annotations

import base64
import stat
import struct
import time
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chatdesk.core.attachments import (
    MAX_IMAGE_BYTES,
    MAX_IMAGE_PIXELS,
    MAX_TEXT_BYTES,
    InvalidAttachment,
    check_regular_file,
    image_size,
    make_attachment,
)
from chatdesk.core.messages import Message, Role
from chatdesk.core.usage import estimate_usage

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def png_header(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    crc = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + ihdr + crc


def jpeg_header(width: int, height: int) -> bytes:
    """SOI, a JFIF segment and a fill byte before the frame header, as cameras write them."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof = b"\xff\xc2" + struct.pack(">HBHHB", 17, 8, height, width, 3) + b"\x01\x22\x00" * 3
    return b"\xff\xd8" + app0 + b"\xff" + sof + b"\xff\xd9"


def gif_header(width: int, height: int) -> bytes:
    return b"GIF89a" + struct.pack("<HH", width, height) + b"\x00\x00\x00;"


def webp_headers(width: int, height: int) -> list[bytes]:
    """The three WebP kinds: lossy (VP8), lossless (VP8L), extended (VP8X)."""
    riff = b"RIFF\x00\x00\x00\x00WEBP"
    lossy = b"VP8 \x00\x00\x00\x00\x00\x00\x00\x9d\x01\x2a" + struct.pack("<HH", width, height)
    bits = (width - 1) | (height - 1) << 14
    lossless = b"VP8L\x00\x00\x00\x00\x2f" + struct.pack("<I", bits)
    extended = (
        b"VP8X\x00\x00\x00\x00\x10\x00\x00\x00"
        + (width - 1).to_bytes(3, "little")
        + (height - 1).to_bytes(3, "little")
    )
    return [riff + lossy, riff + lossless, riff + extended]


def all_formats(width: int, height: int) -> list[bytes]:
    return [
        png_header(width, height),
        jpeg_header(width, height),
        gif_header(width, height),
        *webp_headers(width, height),
    ]


def test_images_are_told_by_content_and_text_must_be_utf8() -> None:
    assert make_attachment("a.png", PNG).mime == "image/png"
    assert make_attachment("photo", jpeg_header(640, 480)).mime == "image/jpeg"
    assert make_attachment("anim.gif", gif_header(32, 32)).mime == "image/gif"
    assert {make_attachment("x.webp", d).mime for d in webp_headers(64, 48)} == {"image/webp"}
    notes = make_attachment("notes.md", "héllo".encode())
    assert notes.kind == "text" and notes.text == "héllo"
    with pytest.raises(InvalidAttachment, match="neither an image"):
        make_attachment("blob.bin", b"\x00\xff\xfe\x80")


def test_size_limits_name_the_file() -> None:
    with pytest.raises(InvalidAttachment, match=r"big\.txt is .* at most 512 KB"):
        make_attachment("big.txt", b"a" * (MAX_TEXT_BYTES + 1))
    with pytest.raises(InvalidAttachment, match=r"huge\.png is .* at most 20 MB"):
        make_attachment("huge.png", PNG[:8] + b"\x00" * MAX_IMAGE_BYTES)


def test_api_shape_inlines_files_and_sends_images_as_parts() -> None:
    msg = Message(
        Role.USER,
        "What is in these?",
        attachments=(make_attachment("code.py", b"print(1)\n"), make_attachment("p.png", PNG)),
    )
    api = msg.as_api()
    assert api["role"] == "user"
    text, image = api["content"]
    assert text == {
        "type": "text",
        "text": "File: code.py\n```\nprint(1)\n```\n\nWhat is in these?",
    }
    assert image["type"] == "image_url"
    assert image["image_url"]["url"].startswith("data:image/png;base64,iVBOR")
    only_text = Message(Role.USER, "Hi", attachments=(make_attachment("a.txt", b"x"),)).as_api()
    assert only_text["content"] == "File: a.txt\n```\nx\n```\n\nHi"
    assert estimate_usage([api], "").prompt_tokens > 85  # an image counts in the estimate


def test_image_sizes_come_from_the_header_alone() -> None:
    mimes = ["image/png", "image/jpeg", "image/gif", "image/webp", "image/webp", "image/webp"]
    for data, mime in zip(all_formats(8160, 6120), mimes, strict=True):
        assert image_size(data, mime) == (8160, 6120), mime
    assert image_size(PNG, "image/png") == (1, 1)


def test_images_over_the_pixel_cap_are_refused_by_their_header() -> None:
    """An 8000×8000 PNG of 190 KB decodes to 245 MiB; the header says so before any decode."""
    assert 8160 * 6120 <= MAX_IMAGE_PIXELS < 8000 * 8000
    for data in all_formats(8160, 6120):  # the largest phone photos still go
        assert make_attachment("photo", data).kind == "image"
    for data in all_formats(8000, 8000):
        with pytest.raises(InvalidAttachment, match=r"huge is 8000×8000 pixels \(64 megapixels\)"):
            make_attachment("huge", data)


def test_an_image_whose_header_cannot_be_read_is_refused() -> None:
    for data in (b"\xff\xd8\xff\xe0rest", b"GIF89a", b"RIFF\x00\x00\x00\x00WEBPVP8 ", PNG[:20]):
        with pytest.raises(InvalidAttachment, match="header is damaged"):
            make_attachment("broken", data)
    with pytest.raises(InvalidAttachment, match="header is damaged"):
        make_attachment("empty.png", png_header(0, 10))


@given(
    st.binary(max_size=300), st.sampled_from(["image/png", "image/jpeg", "image/gif", "image/webp"])
)
def test_reading_any_header_ends_quickly_without_an_error(data: bytes, mime: str) -> None:
    for prefix in (b"", b"\xff\xd8", b"RIFF\x00\x00\x00\x00WEBP"):
        start = time.monotonic()
        size = image_size(prefix + data, mime)
        assert size is None or all(isinstance(n, int) and n >= 0 for n in size)
        assert time.monotonic() - start < 0.5


def test_only_regular_files_may_be_attached() -> None:
    check_regular_file("notes.txt", stat.S_IFREG | 0o644)
    for mode, kind in (
        (stat.S_IFIFO, "a pipe"),
        (stat.S_IFCHR, "a device"),
        (stat.S_IFBLK, "a device"),
        (stat.S_IFDIR, "a folder"),
        (stat.S_IFSOCK, "a socket"),
    ):
        with pytest.raises(InvalidAttachment, match=f"x is {kind}; only files can be attached"):
            check_regular_file("x", mode | 0o644)
