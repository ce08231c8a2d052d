"""ZIP archives (Office, ODF, EPUB) opened with their declared sizes checked first.

A zip bomb is a small file whose members inflate to gigabytes. Before a member is read its
declared size and compression ratio are checked against the limits below, and while it is
read the inflated bytes are counted (``zipfile`` never returns more than the declared size,
so a member that lies about it fails its CRC instead of growing). Only the members a reader
asks for are inflated at all: an embedded video is never touched.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from collections.abc import Iterator

from chatdesk.core.i18n import number, tr
from chatdesk.services.documents.model import Control, DocumentError

MAX_MEMBERS = 20_000
MAX_PART_BYTES = 64 * 1024 * 1024
"""One XML part, inflated: a sheet of about a million cells."""
MAX_READ_BYTES = 256 * 1024 * 1024
"""Everything inflated from one archive."""
MAX_RATIO = 500
"""Inflated/compressed, for parts over ``RATIO_FROM`` bytes. XML deflates 5–30 times in real
files (a sheet of identical rows about 250 times); a zip bomb's members inflate about a
thousand times, deflate's limit."""
RATIO_FROM = 4 * 1024 * 1024
_CHUNK = 64 * 1024
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError)


class SafeZip:
    def __init__(self, data: bytes, control: Control) -> None:
        self.control = control
        self._read = 0
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except _DAMAGED as exc:
            raise self._damaged(exc) from None
        if len(infos) > MAX_MEMBERS:
            raise DocumentError(
                tr("{name} holds more than %Ln file(s); not read", "", MAX_MEMBERS).format(
                    name=control.name
                )
            )
        self._infos = {info.filename: info for info in infos}

    def _damaged(self, exc: BaseException) -> DocumentError:
        return DocumentError(
            tr("{name} is damaged or not a valid archive ({error})").format(
                name=self.control.name, error=exc
            )
        )

    def names(self) -> list[str]:
        return list(self._infos)

    def has(self, member: str) -> bool:
        return member in self._infos

    def _checked(self, member: str) -> zipfile.ZipInfo:
        info = self._infos.get(member)
        name = self.control.name
        if info is None:
            raise DocumentError(
                tr("{name} is damaged: {part} is missing").format(name=name, part=member)
            )
        if info.flag_bits & 0x1:
            raise DocumentError(
                tr("{name} is encrypted; save it without a password first").format(name=name)
            )
        size, packed = info.file_size, max(info.compress_size, 1)
        if size > MAX_PART_BYTES:
            raise DocumentError(
                tr(
                    "{name} is too large to read: {part} inflates to {size} MB (at most {limit} MB)"
                ).format(
                    name=name,
                    part=member,
                    size=number(size / 1e6),
                    limit=number(MAX_PART_BYTES // (1024 * 1024)),
                )
            )
        if size > RATIO_FROM and size / packed > MAX_RATIO:
            raise DocumentError(
                tr(
                    "{name} looks like a zip bomb: {part} inflates {ratio} times "
                    "(to {size} MB); not read"
                ).format(
                    name=name, part=member, ratio=number(size // packed), size=number(size / 1e6)
                )
            )
        if self._read + size > MAX_READ_BYTES:
            raise DocumentError(
                tr("{name} is too large to read: its parts inflate to more than {limit} MB").format(
                    name=name, limit=number(MAX_READ_BYTES // (1024 * 1024))
                )
            )
        return info

    def chunks(self, member: str) -> Iterator[bytes]:
        """The member's bytes in pieces, counted against the limits."""
        info = self._checked(member)
        try:
            with self._zip.open(info) as stream:
                while True:
                    self.control.check()
                    chunk = stream.read(_CHUNK)
                    if not chunk:
                        return
                    self._read += len(chunk)
                    if self._read > MAX_READ_BYTES:
                        raise DocumentError(
                            tr("{name} inflates past its limit").format(name=self.control.name)
                        )
                    yield chunk
        except (*_DAMAGED, RuntimeError) as exc:
            raise self._damaged(exc) from None

    def read(self, member: str) -> bytes:
        return b"".join(self.chunks(member))


def resolve(base: str, target: str) -> str:
    """A relationship target (relative to the part ``base``, or absolute) as a member name."""
    if target.startswith("/"):
        return posixpath.normpath(target).lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), target)).lstrip("/")
