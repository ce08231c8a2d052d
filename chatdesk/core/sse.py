"""An incremental Server-Sent Events decoder.

Network chunks arrive cut anywhere: inside a line, between CR and LF, or in the
middle of a multi-byte UTF-8 character. ``SSEDecoder.feed`` keeps what it cannot
finish yet and returns only whole events, following the WHATWG rules for line
endings, comments and multi-line ``data``.

A hostile or broken server can send a line that never ends. Each byte is scanned
once (an unfinished line is kept as pieces, never rescanned), and a line or an
event larger than its cap ends the stream with a ``ChatError`` instead of
growing without bound.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from chatdesk.core.errors import ChatError, ErrorKind
from chatdesk.core.i18n import number, tr

# The longest line kept (characters). Chat chunks are a few hundred; 4 MiB leaves room
# for servers that put a whole long reply in one event.
MAX_LINE = 4 * 1024 * 1024
# The largest event (all its ``data`` lines together).
MAX_EVENT = 8 * 1024 * 1024

_EOL = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class SSEEvent:
    data: str
    event: str = "message"


def _too_big(line: bool, cap: int) -> ChatError:
    """A line (``line``) or an event longer than ``cap`` characters."""
    size = number(cap // (1024 * 1024))
    if line:
        text = tr(
            "The server sent a line longer than {size} MiB, which no chat stream needs; the "
            "reply was stopped there. Check that the base URL points at an OpenAI-compatible "
            "API."
        )
    else:
        text = tr(
            "The server sent an event longer than {size} MiB, which no chat stream needs; the "
            "reply was stopped there. Check that the base URL points at an OpenAI-compatible "
            "API."
        )
    return ChatError(ErrorKind.MALFORMED, text.format(size=size))


class SSEDecoder:
    def __init__(self, max_line: int = MAX_LINE, max_event: int = MAX_EVENT) -> None:
        self._utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._max_line = max_line
        self._max_event = max_event
        self._partial: list[str] = []  # the unfinished line, in the pieces it arrived in
        self._partial_len = 0
        self._data: list[str] = []
        self._data_len = 0
        self._event = ""
        self._skip_lf = False
        self._seen_field = False

    @property
    def seen_any_field(self) -> bool:
        """Whether anything SSE-shaped (a field or comment line) has been read."""
        return self._seen_field

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        """The events ``chunk`` completes; raises ``ChatError`` when a cap is passed."""
        text = self._utf8.decode(chunk)
        if not text:
            return []
        if self._skip_lf and text.startswith("\n"):
            text = text[1:]
        self._skip_lf = False
        events: list[SSEEvent] = []
        start = 0
        for match in _EOL.finditer(text):
            if match.group() == "\r" and match.end() == len(text):
                self._skip_lf = True  # its LF may come with the next chunk
            piece = text[start : match.start()]
            if self._partial:
                self._keep(piece)
                piece = "".join(self._partial)
                self._partial, self._partial_len = [], 0
            elif len(piece) > self._max_line:
                raise _too_big(True, self._max_line)
            event = self._line(piece)
            if event is not None:
                events.append(event)
            start = match.end()
        if start < len(text):
            self._keep(text[start:])
        return events

    def _keep(self, piece: str) -> None:
        self._partial_len += len(piece)
        if self._partial_len > self._max_line:
            raise _too_big(True, self._max_line)
        self._partial.append(piece)

    def finish(self) -> list[SSEEvent]:
        """Flush at end of stream.

        The spec drops an event that lacks its closing blank line; servers that
        simply close after their last ``data:`` line are common, so a pending
        event is delivered instead of being lost.
        """
        tail = self._utf8.decode(b"", final=True)
        if tail:
            self._keep(tail)
        events: list[SSEEvent] = []
        if self._partial:
            line = "".join(self._partial)
            self._partial, self._partial_len = [], 0
            event = self._line(line)
            if event is not None:
                events.append(event)
        if self._data:
            events.append(self._dispatch_pending())
        return events

    def _line(self, line: str) -> SSEEvent | None:
        if not line:
            if not self._data:
                self._event = ""
                return None
            return self._dispatch_pending()
        if line.startswith(":"):
            self._seen_field = True
            return None
        name, sep, value = line.partition(":")
        if sep and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data_len += len(value) + 1
            if self._data_len > self._max_event:
                raise _too_big(False, self._max_event)
            self._data.append(value)
            self._seen_field = True
        elif name == "event":
            self._event = value
            self._seen_field = True
        elif name in ("id", "retry"):
            self._seen_field = True
        return None

    def _dispatch_pending(self) -> SSEEvent:
        event = SSEEvent("\n".join(self._data), self._event or "message")
        self._data = []
        self._data_len = 0
        self._event = ""
        return event
