"""Files attached to a message: images (sent as ``image_url`` data URLs for vision models)
and text or code files (inserted as context with their file name)."""

from __future__ import annotations

import base64
from dataclasses import dataclass

IMAGE = "image"
TEXT = "text"

#: OpenAI accepts images up to 20 MB; text files are context, not archives.
MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_TEXT_BYTES = 512 * 1024
MAX_ATTACHMENTS = 10

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


class InvalidAttachment(ValueError):
    """A file that cannot be attached; the message names it and says why."""


@dataclass(frozen=True)
class Attachment:
    kind: str
    name: str
    mime: str
    data: bytes

    @property
    def text(self) -> str:
        return self.data.decode("utf-8") if self.kind == TEXT else ""

    def data_url(self) -> str:
        return f"data:{self.mime};base64,{base64.b64encode(self.data).decode('ascii')}"


def _image_mime(data: bytes) -> str | None:
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def make_attachment(name: str, data: bytes) -> Attachment:
    """An image (PNG, JPEG, GIF, WebP, told by content) or a UTF-8 text file."""
    mime = _image_mime(data)
    if mime is not None:
        if len(data) > MAX_IMAGE_BYTES:
            raise InvalidAttachment(
                f"{name} is {len(data) / 1e6:.1f} MB; images can be at most "
                f"{MAX_IMAGE_BYTES // (1024 * 1024)} MB"
            )
        return Attachment(IMAGE, name, mime, data)
    if len(data) > MAX_TEXT_BYTES:
        raise InvalidAttachment(
            f"{name} is {len(data) / 1024:.0f} KB; text files can be at most "
            f"{MAX_TEXT_BYTES // 1024} KB (attach the part that matters)"
        )
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidAttachment(
            f"{name} is neither an image (PNG, JPEG, GIF, WebP) nor UTF-8 text"
        ) from None
    return Attachment(TEXT, name, "text/plain", data)


def with_files(text: str, attachments: tuple[Attachment, ...]) -> str:
    """The message text with attached text files placed before it, each under its name."""
    parts = [f"File: {a.name}\n```\n{a.text.rstrip()}\n```" for a in attachments if a.kind == TEXT]
    return "\n\n".join([*parts, text]) if parts else text
