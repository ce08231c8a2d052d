"""The thread that runs one chat request and reports through Qt signals.

It owns nothing the UI owns: it gets a JSON payload (a fresh dict) and a
``ChatClient``, and sends back plain values. ``cancel()`` is safe to call from
the UI thread; it closes the socket so a stalled read ends now. When the key
has not been read yet, the worker reads it from the keyring first, so neither
start-up nor the UI thread ever waits on the keyring.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QThread, Signal

from chatdesk.core.errors import ChatError, ErrorKind
from chatdesk.core.stream import (
    Done,
    FinishReason,
    ReasoningDelta,
    Retrying,
    TextDelta,
    UsageReport,
)
from chatdesk.services.http_client import ChatClient
from chatdesk.services.keystore import KeyLookup


class ChatWorker(QThread):
    key_resolved = Signal(object)  # KeyLookup
    delta = Signal(str)
    reasoning = Signal(str)
    usage = Signal(object)
    finish_reason = Signal(str)
    retrying = Signal(object)
    failed = Signal(object)
    completed = Signal()
    cancelled = Signal()

    def __init__(
        self,
        client: ChatClient,
        payload: dict[str, object],
        resolve_key: Callable[[], KeyLookup] | None = None,
        fallback_key: str = "",
    ) -> None:
        super().__init__()
        self._client = client
        self._payload = payload
        self._resolve_key = resolve_key
        self._fallback_key = fallback_key

    def cancel(self) -> None:
        self._client.cancel()

    def run(self) -> None:
        if self._resolve_key is not None:
            lookup = self._resolve_key()
            self.key_resolved.emit(lookup)
            self._client.api_key = lookup.key or self._fallback_key
        done = False
        try:
            for event in self._client.stream_chat(self._payload):
                if isinstance(event, TextDelta):
                    self.delta.emit(event.text)
                elif isinstance(event, ReasoningDelta):
                    self.reasoning.emit(event.text)
                elif isinstance(event, UsageReport):
                    self.usage.emit(event.usage)
                elif isinstance(event, FinishReason):
                    self.finish_reason.emit(event.reason)
                elif isinstance(event, Retrying):
                    self.retrying.emit(event)
                elif isinstance(event, Done):
                    done = True
        except ChatError as error:
            self.failed.emit(error)
            return
        except Exception as exc:  # noqa: BLE001 - a bug must not kill the thread silently
            self.failed.emit(
                ChatError(ErrorKind.MALFORMED, f"Unexpected problem: {type(exc).__name__}")
            )
            return
        finally:
            self._client.close()
        if done:
            self.completed.emit()
        else:
            self.cancelled.emit()
