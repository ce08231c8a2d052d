"""The log file: records written in order and none lost, however they come in bursts."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from chatdesk.services import logs


def test_bursts_from_several_threads_are_all_written_in_order(tmp_path: Path) -> None:
    logs.setup_logging(tmp_path)
    log = logging.getLogger("chatdesk.test")
    try:
        for burst in range(3):

            def write(thread: int, burst: int = burst) -> None:
                for n in range(50):
                    log.info("burst %d thread %d record %d", burst, thread, n)

            threads = [threading.Thread(target=write, args=(t,)) for t in range(4)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            time.sleep(logs.GATHER_S * 2)  # a quiet spell: the next burst wakes the writer
    finally:
        logs.shutdown_logging()  # writes what is still waiting
    lines = (tmp_path / logs.LOG_FILE).read_text().splitlines()
    assert len(lines) == 3 * 4 * 50
    for burst in range(3):
        for thread in range(4):
            mine = [line for line in lines if f"burst {burst} thread {thread} " in line]
            assert [int(line.rsplit(" ", 1)[1]) for line in mine] == list(range(50))
    bursts = [int(line.split("burst ")[1].split()[0]) for line in lines]
    assert bursts == sorted(bursts)


def test_a_record_logged_just_before_shutdown_is_written(tmp_path: Path) -> None:
    logs.setup_logging(tmp_path)
    try:
        logging.getLogger("chatdesk.test").info("the last words")
    finally:
        logs.shutdown_logging()
    assert "the last words" in (tmp_path / logs.LOG_FILE).read_text()
