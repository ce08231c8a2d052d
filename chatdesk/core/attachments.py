"""Files attached to a message: images (sent as ``image_url`` data URLs for vision models)
and text: code and text files, and the Markdown extracted from documents (PDF, Office…),
inserted as context under their file name.

A document's text is sized up before it goes: against ``MAX_TEXT_BYTES`` (what one stored
attachment may hold) and against the model's context, of which one document may take
``DOCUMENT_SHARE``; past ``BIG_SHARE`` the user sees its size and may pick a page range."""

from __future__ import annotations

import base64
import re
import stat
import struct
from dataclasses import dataclass, field

from chatdesk.core.i18n import decimal, noop, number, tr

IMAGE = "image"
TEXT = "text"

# OpenAI accepts images up to 20 MB; text files are context, not archives.
MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_TEXT_BYTES = 512 * 1024
MAX_ATTACHMENTS = 10
MAX_FILE_BYTES = max(MAX_IMAGE_BYTES, MAX_TEXT_BYTES)
"""The most any file may hold: a file is read to at most one byte past this, whatever
size it reports (``/dev/zero`` and pipes report 0)."""

MAX_IMAGE_PIXELS = 50_000_000
"""Decoded pixels, not bytes: an 8000×8000 PNG of 190 KB decodes to 245 MiB. 50 megapixels
keeps every phone and camera photo up to 8160×6120 (≤ 191 MiB decoded as 32-bit pixels,
under Qt's own 256 MiB allocation limit); the server scales images to 2048 pixels anyway."""

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


DOCUMENT_MIME = "text/markdown"
"""The mime of text extracted from a document (a text file keeps ``text/plain``)."""
DOCUMENT_SHARE = 0.75
"""How much of the model's context one document's text may take: the rest is for the
conversation, the question and the reply."""
BIG_SHARE = 0.25
"""A document taking more of the context than this is shown with its size first."""
BIG_TOKENS = 32_000
"""The same, for a model whose context length is not known."""


class InvalidAttachment(ValueError):
    """A file that cannot be attached; the message names it and says why."""


@dataclass(frozen=True)
class Attachment:
    kind: str
    name: str
    mime: str
    data: bytes
    encoding: str = field(default="", compare=False)
    """The encoding a text file was read in when it was not UTF-8 ("ISO-8859-7"), shown
    while it waits in the tray; neither stored nor exported, so it takes no part in
    equality."""

    @property
    def text(self) -> str:
        return self.data.decode("utf-8") if self.kind == TEXT else ""

    def data_url(self) -> str:
        return f"data:{self.mime};base64,{base64.b64encode(self.data).decode('ascii')}"


def image_mime(data: bytes) -> str | None:
    """The image type told by the first bytes (PNG, JPEG, GIF, WebP), or None."""
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


_NOT_REGULAR = (
    (stat.S_ISDIR, noop("{name} is a folder; only files can be attached")),
    (stat.S_ISFIFO, noop("{name} is a pipe; only files can be attached")),
    (stat.S_ISSOCK, noop("{name} is a socket; only files can be attached")),
    (stat.S_ISCHR, noop("{name} is a device; only files can be attached")),
    (stat.S_ISBLK, noop("{name} is a device; only files can be attached")),
)


def check_regular_file(name: str, mode: int) -> None:
    """Only regular files: reading a pipe waits forever and a device such as ``/dev/zero``
    never ends, so neither is opened at all."""
    if stat.S_ISREG(mode):
        return
    refusal = next(
        (refusal for test, refusal in _NOT_REGULAR if test(mode)),
        noop("{name} is not a regular file; only files can be attached"),
    )
    raise InvalidAttachment(tr(refusal).format(name=name))


def check_file_size(name: str, size: int, limit: int = MAX_FILE_BYTES) -> None:
    """Refuse what no attachment may be; ``size`` is the reported size or the bytes read."""
    if size > limit:
        raise InvalidAttachment(
            tr("{name} is larger than {size} MB, too large to attach").format(
                name=name, size=decimal(limit / 1e6)
            )
        )


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Walks the segments to the frame header (SOF0–SOF15); linear, never past the data."""
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in (0x01, 0xD8) or 0xD0 <= marker <= 0xD7:  # no length follows
            at += 2
            continue
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            if at + 9 > len(data):
                return None
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return width, height
        if length < 2:
            return None
        at += 2 + length
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8 " and len(data) >= 30 and data[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L" and len(data) >= 25 and data[20] == 0x2F:
        (bits,) = struct.unpack("<I", data[21:25])
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X" and len(data) >= 30:
        width = int.from_bytes(data[24:27], "little") + 1
        return width, int.from_bytes(data[27:30], "little") + 1
    return None


def image_size(data: bytes, mime: str) -> tuple[int, int] | None:
    """(width, height) from the header alone, without decoding; None if it cannot be read."""
    if mime == "image/png":
        if data[12:16] != b"IHDR" or len(data) < 24:
            return None
        width, height = struct.unpack(">II", data[16:24])
        return width, height
    if mime == "image/gif":
        if len(data) < 10:
            return None
        width, height = struct.unpack("<HH", data[6:10])
        return width, height
    if mime == "image/jpeg":
        return _jpeg_size(data)
    if mime == "image/webp":
        return _webp_size(data)
    return None


def _check_image(name: str, data: bytes, mime: str) -> None:
    if len(data) > MAX_IMAGE_BYTES:
        raise InvalidAttachment(
            tr("{name} is {size} MB; images can be at most {most} MB").format(
                name=name,
                size=number(len(data) / 1e6, 1),
                most=number(MAX_IMAGE_BYTES // (1024 * 1024)),
            )
        )
    size = image_size(data, mime)
    kind = mime.removeprefix("image/").upper()
    if size is None or 0 in size:
        raise InvalidAttachment(
            tr("{name} looks like a {kind} image but its header is damaged").format(
                name=name, kind=kind
            )
        )
    width, height = size
    if width * height > MAX_IMAGE_PIXELS:
        raise InvalidAttachment(
            tr(
                "{name} is {width}×{height} pixels ({megapixels} megapixels); images can be "
                "at most {most} megapixels (the server scales them to 2048 pixels anyway): "
                "resize it first"
            ).format(
                name=name,
                width=width,
                height=height,
                megapixels=number(width * height / 1e6, 0),
                most=number(MAX_IMAGE_PIXELS // 1_000_000),
            )
        )


def make_attachment(name: str, data: bytes) -> Attachment:
    """An image (PNG, JPEG, GIF, WebP, told by content) or a UTF-8 text file.

    Images are checked by their header's pixel count as well as their bytes: a small
    file can decode to hundreds of megabytes wherever it is shown."""
    mime = image_mime(data)
    if mime is not None:
        _check_image(name, data, mime)
        return Attachment(IMAGE, name, mime, data)
    if len(data) > MAX_TEXT_BYTES:
        raise InvalidAttachment(
            tr(
                "{name} is {size} KB; text files can be at most {most} KB "
                "(attach the part that matters)"
            ).format(
                name=name, size=number(len(data) / 1024, 0), most=number(MAX_TEXT_BYTES // 1024)
            )
        )
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidAttachment(
            tr("{name} is neither an image (PNG, JPEG, GIF, WebP) nor UTF-8 text").format(name=name)
        ) from None
    return Attachment(TEXT, name, "text/plain", data)


def document_attachment(name: str, text: str) -> Attachment:
    """The Markdown extracted from a document, as the text attachment stored and sent."""
    data = text.encode("utf-8")
    if len(data) > MAX_TEXT_BYTES:
        raise InvalidAttachment(
            tr(
                "{name}: its text is {size} KB; at most {most} KB of text go with one file "
                "(choose fewer pages)"
            ).format(
                name=name, size=number(len(data) / 1024, 0), most=number(MAX_TEXT_BYTES // 1024)
            )
        )
    return Attachment(TEXT, name, DOCUMENT_MIME, data)


def document_limit(context: int | None) -> int | None:
    """The most tokens one document may take with a model of this context (None: unknown)."""
    return int(context * DOCUMENT_SHARE) if context else None


def document_problem(name: str, text_bytes: int, tokens: int, context: int | None) -> str:
    """Why text of this size cannot be attached for this model, or ""."""
    if text_bytes > MAX_TEXT_BYTES:
        return tr("{name}: {size} KB of text; one file can bring at most {most} KB").format(
            name=name, size=number(text_bytes / 1024, 0), most=number(MAX_TEXT_BYTES // 1024)
        )
    limit = document_limit(context)
    if limit is not None and tokens > limit:
        return tr(
            "{name}: ~%Ln token(s); the model's context is {context} tokens and one "
            "file may take at most ~{most}",
            "",
            tokens,
        ).format(name=name, context=number(context or 0), most=number(limit))
    return ""


def document_is_big(tokens: int, context: int | None) -> bool:
    """Whether to show the document's size (and offer a page range) before attaching it."""
    return tokens > (context * BIG_SHARE if context else BIG_TOKENS)


_BACKTICK_RUNS = re.compile("`{3,}")


def _fence(text: str) -> str:
    """A code fence longer than any run of backticks in ``text``."""
    longest = max((len(run) for run in _BACKTICK_RUNS.findall(text)), default=0)
    return "`" * max(3, longest + 1)


def with_files(text: str, attachments: tuple[Attachment, ...]) -> str:
    """The message text with attached text files placed before it, each under its name
    (fenced so that no fence inside a file, a Markdown document's say, can close it)."""
    parts = []
    for a in attachments:
        if a.kind == TEXT:
            body = a.text.rstrip()
            fence = _fence(body)
            parts.append(f"File: {a.name}\n{fence}\n{body}\n{fence}")
    return "\n\n".join([*parts, text]) if parts else text
