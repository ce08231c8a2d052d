"""The end-to-end harness fails at once when the model server dies, saying why.

A model server that crashes on its first decode (as ggml's AMX kernels did on some CPUs)
must not leave every e2e test waiting out its 180 s timeout: the wait fails with the
process's exit status and the end of its log. A real short-lived process plays the server.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e import harness
from tests.support.budget import within

CRASH = (
    "import os, signal, sys\n"
    "print('llama_model_loader: loaded meta data', flush=True)\n"
    "print('ggml_backend_amx_mul_mat: decode failed', flush=True)\n"
    "if sys.argv[1] == 'signal':\n"
    "    os.kill(os.getpid(), signal.SIGSEGV)\n"
    "sys.exit(int(sys.argv[1]))\n"
)


@pytest.mark.parametrize(("how", "status"), [("3", 3), ("signal", -11)])
def test_a_dead_model_server_fails_the_wait_at_once_with_its_status_and_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str, status: int
) -> None:
    log_path = tmp_path / "llama-server.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-c", CRASH, how], stdout=log, stderr=subprocess.STDOUT
        )
    monkeypatch.setattr(harness, "VITAL", [(proc, log_path)])
    try:
        # The server never answers; only its death can end this wait before 180 s.
        with pytest.raises(AssertionError, match="exited with status") as failure:
            within(30, lambda: harness.wait_for(lambda: False, 180, "the llama server"))
    finally:
        harness.stop(proc)
    message = str(failure.value)
    assert f"status {status};" in message
    assert "ggml_backend_amx_mul_mat: decode failed" in message
    assert str(log_path) in message


def test_a_live_model_server_does_not_fail_the_wait(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_path = tmp_path / "llama-server.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-c", "import time; time.sleep(60)"],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    monkeypatch.setattr(harness, "VITAL", [(proc, log_path)])
    calls: list[int] = []

    def answers_on_the_fourth_try() -> bool:
        calls.append(1)
        return len(calls) > 3

    try:
        assert within(30, lambda: harness.wait_for(answers_on_the_fourth_try, 20, "it", step=0.01))
    finally:
        harness.stop(proc)
