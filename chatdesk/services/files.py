"""Reading a file the user attached: regular files only, and never past the limit.

A pipe, socket, folder or device is refused before it is opened: reading a FIFO waits
for a writer forever, and ``/dev/zero`` never ends while reporting size 0. Whatever
size a file reports, the read stops one byte past the limit.
"""

from __future__ import annotations

import os
from pathlib import Path

from chatdesk.core.attachments import MAX_FILE_BYTES, check_file_size, check_regular_file

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a file swapped for a FIFO after the check cannot block
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_CHUNK = 1024 * 1024


def read_attachment(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes; ``InvalidAttachment`` names it and says why not, ``OSError`` if
    it cannot be read."""
    check_regular_file(path.name, os.stat(path).st_mode)
    fd = os.open(path, _OPEN_FLAGS)
    try:
        info = os.fstat(fd)  # what was opened, not what the name pointed to a moment ago
        check_regular_file(path.name, info.st_mode)
        check_file_size(path.name, info.st_size, limit)
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, _CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    data = b"".join(chunks)
    check_file_size(path.name, len(data), limit)
    return data
