"""Fixtures for the end-to-end suite: the model server (once per run) and the app command."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.harness import ARTIFACTS, ROOT, RecordingProxy, have_desktop_tools, llama_server

API_KEY = "fake-e2e-key-not-real"
SERVER_PYTHON = Path(os.environ.get("CHATDESK_E2E_SERVER_PYTHON", ROOT / ".venv-server/bin/python"))
MODEL = Path(os.environ.get("CHATDESK_E2E_MODEL", ROOT / ".venv-server/gemma3-270m.gguf"))
BUNDLE = ROOT / "dist" / "chatdesk" / "chatdesk"


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI must provide it: see scripts/test.sh)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def model_server() -> Iterator[RecordingProxy]:
    missing = have_desktop_tools()
    if missing:
        _missing(f"end-to-end tools missing: {', '.join(missing)}")
    if not SERVER_PYTHON.exists() or not MODEL.exists():
        _missing(f"no model server: {SERVER_PYTHON} or {MODEL} is missing")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with llama_server(SERVER_PYTHON, MODEL, API_KEY) as upstream:
        proxy = RecordingProxy(upstream)
        try:
            yield proxy
        finally:
            proxy.close()


@pytest.fixture(params=["source", "bundle"])
def app_command(request: pytest.FixtureRequest) -> list[str]:
    if request.param == "bundle":
        if not BUNDLE.exists():
            _missing(f"no bundle at {BUNDLE} (bash scripts/build.sh builds it)")
        return [str(BUNDLE)]
    return [str(ROOT / ".venv" / "bin" / "python"), "-m", "chatdesk"]
