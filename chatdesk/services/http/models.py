"""``GET {base}/models``: the server's model ids, within a total deadline."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from typing import Any

from chatdesk.core.errors import ChatError, ErrorKind
from chatdesk.core.i18n import number, tr
from chatdesk.services.http.failures import too_slow
from chatdesk.services.http.transport import MB, Held, Transport

MODELS_CAP = 16 * MB
"""The largest ``/models`` answer read: large catalogues are a few MB."""


def list_models(transport: Transport) -> list[str]:
    """Model ids from ``GET {base}/models``, sorted, within ``total_timeout`` seconds."""
    transport.begin()
    try:
        return _before_deadline(transport, _list_models)
    except ChatError as error:
        raise transport.public(error) from None


def _before_deadline(
    transport: Transport, work: Callable[[Transport, float, Held], list[str]]
) -> list[str]:
    """``work``'s result, or a timeout error once ``total_timeout`` has passed.

    The work runs on a thread of its own while the calling thread keeps the deadline: a
    server can drip even the headers one byte at a time, and no socket timeout bounds
    that. At the deadline a body being read is aborted at once; a request still waiting
    for its headers is left to end alone (the thread is a daemon, and its outcome is
    dropped). This is the one thread the HTTP client starts, and it lives only inside
    this call. The calling thread is never the UI's: the UI reaches this through
    ``ui/background.py`` (Refresh and Test connection, and a request checking a
    placeholder model on the requests pool), which delivers the result or the error —
    re-raised here as it was — and classifies it there."""
    seconds = transport.total_timeout
    deadline = time.monotonic() + seconds
    held = Held()
    transport.track_models(held)
    outcome: dict[str, Any] = {}
    finished = threading.Event()

    def run() -> None:
        try:
            outcome["value"] = work(transport, deadline, held)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller as is
            outcome["error"] = exc
        finally:
            finished.set()

    threading.Thread(target=run, name="chatdesk-models", daemon=True).start()
    try:
        if not finished.wait(seconds):
            held.abort()
            raise too_slow(transport.base_url, seconds)
    finally:
        transport.release_models(held)
    if "error" in outcome:
        raise outcome["error"]
    result: list[str] = outcome["value"]
    return result


def _list_models(transport: Transport, deadline: float, held: Held) -> list[str]:
    url = transport.url("models")
    response = transport.request("GET", url, deadline=deadline)
    with response:
        held.hold(response)
        if response.status_code != 200:
            raise transport.error_for(response)
        too_large = tr(
            "The model list from {url} is too large (over {size} MB), so chatdesk stopped "
            "reading it. Check that the base URL points at an OpenAI-compatible API."
        ).format(url=url, size=number(MODELS_CAP // MB))
        body = transport.read_capped(response, MODELS_CAP, too_large, deadline)
    try:
        data = json.loads(body)
    except ValueError:
        raise ChatError(
            ErrorKind.MALFORMED,
            tr("{url} did not answer with JSON. Check the base URL.").format(url=url),
        ) from None
    items = data.get("data") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise ChatError(
            ErrorKind.MALFORMED, tr("{url} did not answer with a model list.").format(url=url)
        )
    ids = {str(m["id"]) for m in items if isinstance(m, dict) and m.get("id")}
    return sorted(ids)
