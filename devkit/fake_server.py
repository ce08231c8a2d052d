"""A real HTTP server on 127.0.0.1 that speaks the Chat Completions protocol.

Tests queue scripted replies (streams, stalls, drops, errors, odd bodies) and
read back what the client sent. Used by the tests and the benchmarks (hence here, not in
``tests/``); it is plain ``http.server`` so nothing about the client is mocked.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

DEFAULT_WORDS = ["Hello", " from", " the", " test", " server", "."]


@dataclass
class Stream:
    """A streamed reply (or, when the request has ``stream: false``, the same text as JSON)."""

    chunks: list[str] = field(default_factory=lambda: list(DEFAULT_WORDS))
    usage: dict[str, int] | None = field(
        default_factory=lambda: {"prompt_tokens": 11, "completion_tokens": 6, "total_tokens": 17}
    )
    finish_reason: str | None = "stop"
    done: bool = True
    delay: float = 0.0
    """Seconds between chunks."""
    rate: float = 0.0
    """Chunks per second on an absolute schedule (chunk i at start + i / rate), so time
    spent sending does not slow the stream down as a sleep between chunks does."""
    first_delay: float = 0.0
    """Seconds before the first chunk (after the headers)."""
    stall_after: int | None = None
    """Stop sending (but keep the connection open) after this many chunks."""
    drop_after: int | None = None
    """Cut the TCP connection after this many chunks."""
    crlf: bool = False
    comments: bool = False
    """Send ``: ping`` comment lines between events."""
    piece_size: int | None = None
    """Write the body in pieces of this many bytes, splitting lines and UTF-8 characters."""
    extra_events: list[str] = field(default_factory=list)
    """Raw ``data`` payloads sent after the chunks (e.g. an error object)."""
    content_type: str = "text/event-stream"
    empty_body: bool = False
    reasoning: list[str] = field(default_factory=list)
    """``reasoning_content`` deltas sent before the reply's text (as DeepSeek does)."""
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    """Streamed ``delta.tool_calls`` entries, one chunk each, sent after the text (split a
    call's ``arguments`` across entries as servers do); joined per ``index`` when the
    request is not streamed."""
    escape_unicode: bool = False
    """Send non-ASCII text as ``\\uXXXX`` escapes: lone UTF-16 surrogates in ``chunks`` then
    go out as the escapes a server would send (they cannot be written as UTF-8)."""


@dataclass
class Raw:
    """Any status, headers and body."""

    status: int = 200
    body: bytes | str | dict[str, Any] = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


@dataclass
class Drip:
    """A reply that never finishes: ``prefix``, then one space every ``interval`` seconds,
    each its own chunk, until the client hangs up. With ``in_headers`` the status line is
    sent and then one header drips instead, so the client never even gets the headers."""

    status: int = 200
    prefix: bytes = b'{"data": ['
    interval: float = 0.2
    in_headers: bool = False


@dataclass
class Endless:
    """A chunked body of ``piece`` repeated until the client hangs up (a size-cap probe)."""

    status: int = 200
    content_type: str = "application/json"
    piece: bytes = b'{"error": {"message": "' + b"x" * 65500


Reply = Stream | Raw | Drip | Endless


class FakeOpenAI:
    def __init__(self, host: str = "127.0.0.1", tls: tuple[str, str] | None = None) -> None:
        self.replies: deque[Reply] = deque()
        self.requests: list[Recorded] = []
        self.models: list[str] = ["test-model", "other-model"]
        self.stop_event = threading.Event()
        self.default: Reply = Stream()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib name
                pass

            def do_GET(self) -> None:
                server._record(self, None)
                if self.path.split("?")[0].rstrip("/").endswith("/models"):
                    reply = server._next(None)
                    if isinstance(reply, Raw):
                        server._send_raw(self, reply)
                        return
                    if isinstance(reply, Drip | Endless):
                        server._send_unending(self, reply)
                        return
                    data = {"object": "list", "data": [{"id": m} for m in server.models]}
                    server._send_raw(self, Raw(body=data))
                    return
                server._send_raw(self, Raw(404, {"detail": "Not Found"}))

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                try:
                    body = json.loads(raw)
                except ValueError:
                    body = raw
                server._record(self, body)
                if not self.path.split("?")[0].rstrip("/").endswith("/chat/completions"):
                    server._send_raw(self, Raw(404, {"detail": "Not Found"}))
                    return
                reply = server._next(self.default_reply())
                if isinstance(reply, Raw):
                    server._send_raw(self, reply)
                elif isinstance(reply, Drip | Endless):
                    server._send_unending(self, reply)
                elif isinstance(body, dict) and body.get("stream"):
                    server._send_stream(self, reply, body)
                else:
                    server._send_completion(self, reply, body)

            def default_reply(self) -> Reply:
                return server.default

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        scheme = "http"
        if tls is not None:  # (certificate, key) paths: serve HTTPS
            import ssl

            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
            scheme = "https"
        self.base_url = f"{scheme}://{host}:{self.port}/v1"
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    # -- lifecycle ----------------------------------------------------------

    def start(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def close(self) -> None:
        self.stop_event.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def enqueue(self, *replies: Reply) -> None:
        self.replies.extend(replies)

    @property
    def chat_requests(self) -> list[Recorded]:
        return [r for r in self.requests if r.method == "POST"]

    # -- internals ------------------------------------------------------------

    def _next(self, fallback: Reply | None) -> Reply | None:
        try:
            return self.replies.popleft()
        except IndexError:
            return fallback

    def _record(self, handler: BaseHTTPRequestHandler, body: Any) -> None:
        self.requests.append(
            Recorded(handler.command, handler.path, dict(handler.headers.items()), body)
        )

    def _send_raw(self, h: BaseHTTPRequestHandler, reply: Raw) -> None:
        if reply.delay:
            self.stop_event.wait(reply.delay)
        body = reply.body
        data = (
            json.dumps(body).encode()
            if isinstance(body, dict)
            else body.encode()
            if isinstance(body, str)
            else body
        )
        h.send_response(reply.status)
        h.send_header("Content-Type", reply.content_type)
        h.send_header("Content-Length", str(len(data)))
        for name, value in reply.headers.items():
            h.send_header(name, value)
        h.end_headers()
        h.wfile.write(data)

    def _send_unending(self, h: BaseHTTPRequestHandler, reply: Drip | Endless) -> None:
        """Send ``reply`` until the client hangs up or the server closes."""
        h.close_connection = True
        try:
            if isinstance(reply, Drip) and reply.in_headers:
                h.wfile.write(b"HTTP/1.1 %d Slow\r\nX-Slow: " % reply.status)
                while not self.stop_event.wait(reply.interval):
                    h.wfile.write(b"a")
                    h.wfile.flush()
                return
            h.send_response(reply.status)
            kind = reply.content_type if isinstance(reply, Endless) else "application/json"
            h.send_header("Content-Type", kind)
            h.send_header("Transfer-Encoding", "chunked")
            h.send_header("Connection", "close")
            h.end_headers()

            def chunk(data: bytes) -> None:
                h.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
                h.wfile.flush()

            if isinstance(reply, Endless):
                while not self.stop_event.is_set():
                    chunk(reply.piece)
                return
            chunk(reply.prefix)
            while not self.stop_event.wait(reply.interval):
                chunk(b" ")
        except OSError:
            pass

    def _send_completion(self, h: BaseHTTPRequestHandler, reply: Stream, body: Any) -> None:
        data: dict[str, Any] = {
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", "test-model") if isinstance(body, dict) else "test-model",
            "choices": [
                {
                    "index": 0,
                    "message": _whole_message(reply),
                    "finish_reason": reply.finish_reason,
                }
            ],
        }
        if reply.usage is not None:
            data["usage"] = reply.usage
        self._send_raw(h, Raw(200, data))

    def _send_stream(self, h: BaseHTTPRequestHandler, reply: Stream, body: dict[str, Any]) -> None:
        h.send_response(200)
        h.send_header("Content-Type", reply.content_type)
        h.send_header("Transfer-Encoding", "chunked")
        h.send_header("Connection", "close")
        h.end_headers()
        h.close_connection = True
        eol = "\r\n" if reply.crlf else "\n"
        model = body.get("model", "test-model")

        def write(text: str) -> None:
            data = text.encode()
            size = reply.piece_size or len(data)
            for i in range(0, len(data), size):
                piece = data[i : i + size]
                h.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                h.wfile.flush()

        def event(payload: str) -> None:
            write(f"data: {payload}{eol}{eol}")

        try:
            if reply.empty_body:
                h.wfile.write(b"0\r\n\r\n")
                return
            if reply.first_delay:
                self.stop_event.wait(reply.first_delay)
            if reply.comments:
                write(f": ping{eol}{eol}")
            for thought in reply.reasoning:
                event(
                    json.dumps({"choices": [{"index": 0, "delta": {"reasoning_content": thought}}]})
                )
            started = time.perf_counter()
            for i, text in enumerate(reply.chunks):
                if reply.stall_after is not None and i >= reply.stall_after:
                    self.stop_event.wait(60)
                    return
                if reply.drop_after is not None and i >= reply.drop_after:
                    h.connection.shutdown(socket.SHUT_RDWR)
                    return
                if i and reply.delay:
                    time.sleep(reply.delay)
                if reply.rate:
                    wait = started + i / reply.rate - time.perf_counter()
                    if wait > 0:
                        time.sleep(wait)
                chunk = {
                    "id": "chatcmpl-test",
                    "object": "chat.completion.chunk",
                    "model": model,
                    "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}],
                }
                event(json.dumps(chunk, ensure_ascii=reply.escape_unicode))
                if reply.comments:
                    write(f": ping{eol}")
            if reply.stall_after is not None and reply.stall_after >= len(reply.chunks):
                self.stop_event.wait(60)
                return
            for call in reply.tool_calls:
                delta = {"tool_calls": [call]}
                event(json.dumps({"choices": [{"index": 0, "delta": delta}]}))
            for payload in reply.extra_events:
                event(payload)
            if reply.finish_reason:
                final = {
                    "id": "chatcmpl-test",
                    "object": "chat.completion.chunk",
                    "model": model,
                    "choices": [{"index": 0, "delta": {}, "finish_reason": reply.finish_reason}],
                }
                event(json.dumps(final))
            if reply.usage is not None:
                event(json.dumps({"id": "chatcmpl-test", "choices": [], "usage": reply.usage}))
            if reply.done:
                event("[DONE]")
            h.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass


def _whole_message(reply: Stream) -> dict[str, Any]:
    """The non-streamed message: the text, and the tool calls joined per index."""
    message: dict[str, Any] = {"role": "assistant", "content": "".join(reply.chunks)}
    calls: dict[int, dict[str, Any]] = {}
    for part in reply.tool_calls:
        call = calls.setdefault(
            int(part.get("index", 0)),
            {"id": "", "type": "function", "function": {"name": "", "arguments": ""}},
        )
        call["id"] = call["id"] or part.get("id", "")
        function = part.get("function", {})
        call["function"]["name"] = call["function"]["name"] or function.get("name", "")
        call["function"]["arguments"] += function.get("arguments", "")
    if calls:
        message["tool_calls"] = [calls[i] for i in sorted(calls)]
    return message


def refused_port() -> int:
    """A loopback port with nothing listening on it."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    """Serve on a fixed port for manual runs: ``python -m devkit.fake_server 8765``."""
    import sys

    srv = FakeOpenAI()
    if len(sys.argv) > 1:
        srv.httpd.server_close()
        srv.httpd = ThreadingHTTPServer(
            ("127.0.0.1", int(sys.argv[1])), srv.httpd.RequestHandlerClass
        )
        srv.base_url = f"http://127.0.0.1:{sys.argv[1]}/v1"
    srv.default = Stream(
        chunks=[
            w + " "
            for w in [
                "This",
                "is",
                "a",
                "streamed",
                "reply",
                "from",
                "the",
                "local",
                "test",
                "server.",
            ]
        ],
        delay=0.05,
    )
    print(srv.base_url, flush=True)
    srv.httpd.serve_forever()


if __name__ == "__main__":
    main()
