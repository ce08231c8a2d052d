"""One Chat Completions request as a generator of ``core.stream`` events.

Transient failures (429, 5xx, network, timeouts) are retried only before the first
token; a reply that arrives whole when a stream was asked for is read whole.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from chatdesk.core.errors import ChatError, ErrorKind, backoff_delay, server_message
from chatdesk.core.i18n import number, tr
from chatdesk.core.sse import SSEDecoder
from chatdesk.core.stream import (
    Done,
    FinishReason,
    Retrying,
    StreamEvent,
    TextDelta,
    empty_reply,
    parse_chunk,
    parse_completion,
)
from chatdesk.services.http.failures import Cancelled
from chatdesk.services.http.transport import MB, READ_SIZE, Transport

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

REPLY_CAP = 16 * MB
"""The largest whole (non-streamed) reply read."""


def stream_chat(
    transport: Transport, payload: dict[str, Any], *, max_attempts: int, backoff_base: float
) -> Iterator[StreamEvent]:
    """Send a chat request and yield its events.

    Transient failures are retried (yielding ``Retrying``) until the first
    token; after it, a failure raises ``ChatError(STREAM_BROKEN)``. A
    cancelled request simply ends the iteration.
    """
    try:
        yield from _stream_chat(transport, payload, max_attempts, backoff_base)
    except ChatError as error:
        raise transport.public(error) from None


def _stream_chat(
    transport: Transport, payload: dict[str, Any], max_attempts: int, backoff_base: float
) -> Iterator[StreamEvent]:
    transport.begin()
    url = transport.url("chat/completions")
    stream = bool(payload.get("stream"))
    attempt = 1
    while True:
        got_text = False
        try:
            for event in _attempt(transport, url, payload, stream, str(payload.get("model", ""))):
                if isinstance(event, TextDelta):
                    got_text = True
                yield event
            return
        except Cancelled:
            return
        except ChatError as error:
            if transport.cancelled:
                return
            if got_text or not error.retryable or attempt >= max_attempts:
                log.info("request failed: %s (status %s)", error.kind.value, error.status)
                raise
            delay = backoff_delay(attempt, backoff_base, error.retry_after)
            attempt += 1
            log.info("retrying in %.1f s (try %d of %d)", delay, attempt, max_attempts)
            yield Retrying(attempt, max_attempts, delay, error.title)
            if transport.wait_cancelled(delay):
                return
        finally:
            transport.release()


def _attempt(
    transport: Transport, url: str, payload: dict[str, Any], stream: bool, model: str
) -> Iterator[StreamEvent]:
    response = transport.request("POST", url, stream=stream, payload=payload)
    transport.track(response)
    if transport.cancelled:
        raise Cancelled
    if response.status_code != 200:
        raise transport.error_for(response, model)
    content_type = response.headers.get("Content-Type", "").lower()
    if stream and "text/event-stream" in content_type:
        yield from _read_sse(transport, response)
        return
    too_large = tr(
        "The reply is too large (over {size} MB), so chatdesk stopped reading it. "
        "Check that the base URL points at an OpenAI-compatible API."
    ).format(size=number(REPLY_CAP // MB))
    body = transport.read_capped(response, REPLY_CAP, too_large)
    if stream and body.strip() and "json" not in content_type:
        message, _ = server_message(body, content_type)
        if content_type:
            text = tr(
                "Expected a stream of events but got {content_type}: “{message}”. "
                "Check the base URL, or turn streaming off in Settings."
            ).format(content_type=content_type, message=message)
        else:
            text = tr(
                "Expected a stream of events but got untyped data: “{message}”. "
                "Check the base URL, or turn streaming off in Settings."
            ).format(message=message)
        raise ChatError(ErrorKind.MALFORMED, text)
    # A JSON body when a stream was asked for: the server ignored "stream"; read it whole.
    yield from parse_completion(body)


def _chunks(
    transport: Transport, response: requests.Response, got_text: Callable[[], bool]
) -> Iterator[bytes]:
    """Yield bytes as they arrive (one socket read each), not whole buffers."""
    while data := transport.read1(response, READ_SIZE, got_text(), None):
        yield data


def _read_sse(transport: Transport, response: requests.Response) -> Iterator[StreamEvent]:
    decoder = SSEDecoder()
    state = {"text": False}
    finished = False
    for data in _chunks(transport, response, got_text=lambda: state["text"]):
        for sse in decoder.feed(data):
            for event in parse_chunk(sse.data):
                if isinstance(event, TextDelta):
                    state["text"] = True
                elif isinstance(event, FinishReason):
                    finished = True
                elif isinstance(event, Done):
                    yield event
                    return
                yield event
    for sse in decoder.finish():
        for event in parse_chunk(sse.data):
            if isinstance(event, Done):
                yield event
                return
            finished = finished or isinstance(event, FinishReason)
            yield event
    if not decoder.seen_any_field:
        raise empty_reply()
    if finished:
        # The server sent its finish reason and closed without "[DONE]": the reply is whole.
        yield Done()
        return
    raise ChatError(
        ErrorKind.STREAM_BROKEN,
        tr(
            "The server closed the stream before the reply was finished. "
            "The partial reply is kept; Retry asks again."
        ),
    )
