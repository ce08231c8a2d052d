"""Freed heap goes back to the system: the resident size falls after ``give_back``."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import pytest

from chatdesk.services import heap


def _rss_mib() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_memory_freed_between_live_blocks_is_returned() -> None:
    blocks = [bytes(4000) + bytes([n % 256]) for n in range(40_000)]  # ~160 MB from malloc
    keep = blocks[::50]  # live blocks in between: the heap's top cannot simply shrink
    del blocks
    gc.collect()
    before = _rss_mib()
    assert heap.give_back()
    after = _rss_mib()
    assert before - after > 60, (before, after)
    assert len(keep) == 800
