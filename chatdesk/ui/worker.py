"""The thread that runs one chat request and reports through Qt signals.

It owns nothing the UI owns: it gets a JSON payload (a fresh dict) and a
``ChatClient``, and sends back plain values. ``cancel()`` is safe to call from
the UI thread; it closes the socket so a stalled read ends now. When the key
has not been read yet, the worker reads it from the keyring first, so neither
start-up nor the UI thread ever waits on the keyring.

On a profile's first use with a model nobody picked (a default or a preset's
placeholder), it first asks the server's ``/models`` whether that model is there:
a server offering exactly one model gets that one; a server offering several
lets the user choose instead of silently answering with another model.
"""

from __future__ import annotations

import logging
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
    join_surrogates,
)
from chatdesk.services.http_client import ChatClient
from chatdesk.services.keystore import KeyLookup

log = logging.getLogger(__name__)

#: How many of the server's models an error message names.
_NAMED_MODELS = 8


class ChatWorker(QThread):
    key_resolved = Signal(object)  # KeyLookup
    model_chosen = Signal(str)  # the server's only model, used instead of the placeholder
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
        check_model: bool = False,
    ) -> None:
        super().__init__()
        self._client = client
        self._payload = payload
        self._resolve_key = resolve_key
        self._fallback_key = fallback_key
        self._check_model = check_model

    @property
    def sent_messages(self) -> list[dict[str, object]]:
        """The messages this request sends (a copy)."""
        messages = self._payload.get("messages")
        return list(messages) if isinstance(messages, list) else []

    def cancel(self) -> None:
        self._client.cancel()

    def run(self) -> None:
        if self._resolve_key is not None:
            lookup = self._resolve_key()
            self.key_resolved.emit(lookup)
            self._client.api_key = lookup.key or self._fallback_key
        if self._check_model and not self._model_is_offered():
            self._client.close()
            return
        done = False
        try:
            for event in join_surrogates(self._client.stream_chat(self._payload)):
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

    def _model_is_offered(self) -> bool:
        """Check the payload's model against ``/models``; False after reporting a choice.

        A server that cannot list its models is given the benefit of the doubt.
        """
        model = str(self._payload.get("model", ""))
        try:
            models = self._client.list_models()
        except Exception as exc:  # noqa: BLE001 - any failure: the chat request still decides
            log.info("model check skipped: %s", type(exc).__name__)
            return True
        if not models or model in models:
            return True
        if len(models) == 1:
            self._payload["model"] = models[0]
            self.model_chosen.emit(models[0])
            return True
        named = ", ".join(models[:_NAMED_MODELS]) + (", …" if len(models) > _NAMED_MODELS else "")
        self.failed.emit(
            ChatError(
                ErrorKind.NOT_FOUND,
                f"This server does not offer the model {model}. Choose one of its models "
                f"({named}) in the Model box above the prompt, then send again.",
            )
        )
        return False
