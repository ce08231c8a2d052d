"""Hand freed heap memory back to the system, so the resident size shows what is in use.

glibc keeps memory that Python and Qt have freed in its arenas for reuse; after a reply
(its stream buffers, its layout, the request's JSON) much of it sits there unused, and a
long conversation's resident size grows by it (``bench.memory``: ~0.7 MiB per 100 replies).
``malloc_trim(0)`` returns the free pages. Elsewhere (macOS, Windows, musl) there is no such
call and this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys
from collections.abc import Callable


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name or "libc.so.6")
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None
    return trim


def give_back() -> bool:
    """Return free heap pages to the system; True when some were. Call it off the UI
    thread (it walks the heap: a few milliseconds on a large one)."""
    trim = _malloc_trim()
    return bool(trim(0)) if trim is not None else False
