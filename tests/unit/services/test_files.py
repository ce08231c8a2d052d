"""Reading an attached file: real pipes, devices, folders and sockets are refused before
they are opened, and no read goes past the limit, whatever size the file reports."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from chatdesk.core.attachments import MAX_FILE_BYTES, InvalidAttachment
from chatdesk.services.files import read_attachment

BUDGET_S = 5.0


def refusal(call: Callable[[], bytes]) -> str:
    """Why ``call`` refused; a test failure if it hangs (run on a thread with a budget)."""
    box: dict[str, BaseException | bytes] = {}

    def run() -> None:
        try:
            box["result"] = call()
        except BaseException as exc:  # noqa: BLE001 - handed back below
            box["result"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(BUDGET_S)
    assert not thread.is_alive(), f"still reading after {BUDGET_S} s"
    result = box["result"]
    assert isinstance(result, InvalidAttachment), result
    return str(result)


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert refusal(lambda: read_attachment(fifo)) == (
        "pipe.txt is a pipe; only files can be attached"
    )


def test_devices_and_links_to_them_are_refused(tmp_path: Path) -> None:
    """``/dev/zero`` reports size 0 and never ends."""
    link = tmp_path / "zeros.png"
    link.symlink_to("/dev/zero")
    assert refusal(lambda: read_attachment(Path("/dev/zero"))) == (
        "zero is a device; only files can be attached"
    )
    assert "zeros.png is a device" in refusal(lambda: read_attachment(link))


def test_folders_and_sockets_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    assert "photos is a folder" in refusal(lambda: read_attachment(folder))
    path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        assert "s.sock is a socket" in refusal(lambda: read_attachment(path))


def test_the_read_stops_one_byte_past_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 100)
    assert read_attachment(big, limit=100) == b"a" * 100
    assert "big.txt is larger than" in refusal(lambda: read_attachment(big, limit=99))
    assert MAX_FILE_BYTES >= 20 * 1024 * 1024


def test_a_file_reporting_size_zero_is_read_only_to_the_limit() -> None:
    """Files under /proc are regular and report 0 bytes; what they hold is counted as read."""
    maps = Path("/proc/self/maps")
    if not maps.exists():
        pytest.skip("no /proc here")
    assert maps.stat().st_size == 0
    assert read_attachment(maps)  # the real content, though the size said 0
    assert "maps is larger than" in refusal(lambda: read_attachment(maps, limit=10))
