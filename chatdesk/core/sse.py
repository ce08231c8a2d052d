"""An incremental Server-Sent Events decoder.

Network chunks arrive cut anywhere: inside a line, between CR and LF, or in the
middle of a multi-byte UTF-8 character. ``SSEDecoder.feed`` keeps what it cannot
finish yet and returns only whole events, following the WHATWG rules for line
endings, comments and multi-line ``data``.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass


@dataclass(frozen=True)
class SSEEvent:
    data: str
    event: str = "message"


class SSEDecoder:
    def __init__(self) -> None:
        self._utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._buffer = ""
        self._data: list[str] = []
        self._event = ""
        self._skip_lf = False
        self._seen_field = False

    @property
    def seen_any_field(self) -> bool:
        """Whether anything SSE-shaped (a field or comment line) has been read."""
        return self._seen_field

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        text = self._utf8.decode(chunk)
        if not text:
            return []
        if self._skip_lf and text.startswith("\n"):
            text = text[1:]
        self._skip_lf = False
        self._buffer += text
        events: list[SSEEvent] = []
        start = 0
        buf = self._buffer
        length = len(buf)
        while True:
            cr = buf.find("\r", start)
            lf = buf.find("\n", start)
            if cr == -1 and lf == -1:
                break
            if cr == -1 or (lf != -1 and lf < cr):
                end, nxt = lf, lf + 1
            elif cr + 1 < length:
                end, nxt = cr, cr + 2 if buf[cr + 1] == "\n" else cr + 1
            else:
                end, nxt = cr, cr + 1
                self._skip_lf = True
            event = self._line(buf[start:end])
            if event is not None:
                events.append(event)
            start = nxt
        self._buffer = buf[start:]
        return events

    def finish(self) -> list[SSEEvent]:
        """Flush at end of stream.

        The spec drops an event that lacks its closing blank line; servers that
        simply close after their last ``data:`` line are common, so a pending
        event is delivered instead of being lost.
        """
        tail = self._utf8.decode(b"", final=True)
        self._buffer += tail
        events: list[SSEEvent] = []
        if self._buffer:
            line, self._buffer = self._buffer, ""
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
        self._event = ""
        return event
