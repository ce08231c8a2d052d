"""The thread that runs one chat request and reports through Qt signals.

It owns nothing the UI owns: it gets a JSON payload (a fresh dict) and a
``ChatClient``, and sends back plain values. ``cancel()`` is safe to call from
the UI thread; it closes the socket so a stalled read ends now.
"""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal

from chatdesk.core.errors import ChatError, ErrorKind
from chatdesk.core.stream import Done, FinishReason, Retrying, TextDelta, UsageReport
from chatdesk.services.http_client import ChatClient


class ChatWorker(QThread):
    delta = Signal(str)
    usage = Signal(object)
    finish_reason = Signal(str)
    retrying = Signal(object)
    failed = Signal(object)
    completed = Signal()
    cancelled = Signal()

    def __init__(self, client: ChatClient, payload: dict[str, object]) -> None:
        super().__init__()
        self._client = client
        self._payload = payload

    def cancel(self) -> None:
        self._client.cancel()

    def run(self) -> None:
        done = False
        try:
            for event in self._client.stream_chat(self._payload):
                if isinstance(event, TextDelta):
                    self.delta.emit(event.text)
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
