"""Hang budgets: a test fails when its work does not finish in time, instead of hanging.

The work runs on a daemon thread, so a runaway loop is abandoned, not waited for. This
is not a speed assertion: budgets are many times what the work needs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def within(seconds: float, work: Callable[[], T]) -> T:
    """``work()``'s result; fails the test when it runs longer than ``seconds``."""
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as exc:  # noqa: BLE001 - re-raised on the test's thread
            failure.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise AssertionError(f"did not finish within its {seconds:g} s budget (a hang)")
    if failure:
        raise failure[0]
    return outcome[0]
