"""Attachments: what can be attached, the limits, and how they go to the API."""

from __future__ import annotations

import base64

import pytest

from chatdesk.core.attachments import (
    MAX_IMAGE_BYTES,
    MAX_TEXT_BYTES,
    InvalidAttachment,
    make_attachment,
)
from chatdesk.core.messages import Message, Role
from chatdesk.core.usage import estimate_usage

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def test_images_are_told_by_content_and_text_must_be_utf8() -> None:
    assert make_attachment("a.png", PNG).mime == "image/png"
    assert make_attachment("photo", b"\xff\xd8\xff\xe0rest").mime == "image/jpeg"
    assert make_attachment("anim.gif", b"GIF89a...").mime == "image/gif"
    assert make_attachment("x.webp", b"RIFF\x00\x00\x00\x00WEBPVP8 ").mime == "image/webp"
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
