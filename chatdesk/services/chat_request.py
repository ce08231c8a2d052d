"""One chat request as a generator of plain events: the key, the model check, the stream.

No Qt and no threads here: the UI runs this generator through its one background helper
and gets each event on the UI thread. It gets a fresh JSON payload and a ``ChatClient``
and yields plain values. Cancelling is ``client.cancel()``, safe from any thread: it
closes the socket, so a stalled read ends now.

When the key has not been read yet, the request reads it from the keyring first, so
neither start-up nor the UI thread ever waits on the keyring. On a profile's first use
with a model nobody picked (a default or a preset's placeholder), it first asks the
server's ``/models`` whether that model is there: a server offering exactly one model
gets that one; a server offering several lets the user choose instead of silently
answering with another model.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from chatdesk.core.errors import ChatError, ErrorKind
from chatdesk.core.i18n import tr
from chatdesk.core.stream import StreamEvent, join_surrogates
from chatdesk.core.tools import ToolBox
from chatdesk.services.http_client import ChatClient
from chatdesk.services.keystore import KeyLookup

log = logging.getLogger(__name__)

#: How many of the server's models an error message names.
_NAMED_MODELS = 8


@dataclass(frozen=True)
class KeyRead:
    """The key was read from the keyring for this request."""

    lookup: KeyLookup


@dataclass(frozen=True)
class ModelReplaced:
    """The server offers only ``model``: it answers instead of the placeholder."""

    model: str


@dataclass
class ChatRequest:
    """Everything one request needs, built on the UI thread and then only read."""

    client: ChatClient
    payload: dict[str, object]
    resolve_key: Callable[[], KeyLookup] | None = None
    fallback_key: str = ""
    check_model: bool = False
    toolbox: ToolBox = field(default_factory=lambda: ToolBox(()))
    """The tools this request offers (empty: none)."""

    @property
    def sent_messages(self) -> list[dict[str, object]]:
        """The messages this request sends (a copy)."""
        messages = self.payload.get("messages")
        return list(messages) if isinstance(messages, list) else []

    def cancel(self) -> None:
        self.client.cancel()

    def events(self) -> Iterator[StreamEvent | KeyRead | ModelReplaced]:
        """The request's events, ending with ``Done`` unless it was cancelled."""
        client = self.client
        try:
            if self.resolve_key is not None:
                lookup = self.resolve_key()
                yield KeyRead(lookup)
                client.api_key = lookup.key or self.fallback_key
            if self.check_model:
                replaced = self._offered_model()
                if replaced:
                    yield ModelReplaced(replaced)
            yield from join_surrogates(client.stream_chat(self.payload))
        finally:
            client.close()

    def _offered_model(self) -> str:
        """Check the payload's model against ``/models``: "" when it is fine, the server's
        only model when that one replaces it; a choice to make is raised as an error.

        A server that cannot list its models is given the benefit of the doubt.
        """
        model = str(self.payload.get("model", ""))
        try:
            models = self.client.list_models()
        except Exception as exc:  # noqa: BLE001 - any failure: the chat request still decides
            log.info("model check skipped: %s", type(exc).__name__)
            return ""
        if not models or model in models:
            return ""
        if len(models) == 1:
            self.payload["model"] = models[0]
            return models[0]
        named = ", ".join(models[:_NAMED_MODELS]) + (", …" if len(models) > _NAMED_MODELS else "")
        raise ChatError(
            ErrorKind.NOT_FOUND,
            tr(
                "This server does not offer the model {model}. Choose one of its models "
                "({models}) in the Model box above the prompt, then send again."
            ).format(model=model, models=named),
        )
