"""Client throughput and time to first token: chatdesk's client against the official SDK.

One loopback server serves the same pre-rendered stream to both clients, alternating,
in the same run. Run: ``.venv/bin/python -m bench.stream [tokens] [rounds]``.
"""

from __future__ import annotations

import json
import statistics
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from chatdesk.core.stream import TextDelta
from chatdesk.services.http_client import ChatClient


def render_stream(tokens: int) -> bytes:
    """An OpenAI-shaped SSE body, one HTTP chunk per event, as OpenAI sends it."""
    parts = []
    for i in range(tokens):
        chunk = {
            "id": "chatcmpl-bench",
            "object": "chat.completion.chunk",
            "created": 1700000000,
            "model": "bench-model",
            "choices": [
                {"index": 0, "delta": {"content": f" tok{i % 100}"}, "finish_reason": None}
            ],
        }
        parts.append(f"data: {json.dumps(chunk)}\n\n".encode())
    final = {
        "id": "chatcmpl-bench",
        "object": "chat.completion.chunk",
        "created": 1700000000,
        "model": "bench-model",
        "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
    }
    parts.append(f"data: {json.dumps(final)}\n\n".encode())
    parts.append(b"data: [DONE]\n\n")
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"


class Server:
    def __init__(self, body: bytes) -> None:
        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Transfer-Encoding", "chunked")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


PAYLOAD = {"model": "bench-model", "messages": [{"role": "user", "content": "go"}]}


def run_chatdesk(base_url: str) -> tuple[float, float, int]:
    client = ChatClient(base_url, "fake-bench")
    payload = {**PAYLOAD, "stream": True, "stream_options": {"include_usage": True}}
    start = time.perf_counter()
    first = 0.0
    count = 0
    for event in client.stream_chat(payload):
        if isinstance(event, TextDelta):
            if not count:
                first = time.perf_counter()
            count += 1
    end = time.perf_counter()
    client.close()
    return first - start, end - start, count


def run_sdk(base_url: str) -> tuple[float, float, int]:
    import openai

    client = openai.OpenAI(base_url=base_url, api_key="fake-bench", max_retries=0)
    start = time.perf_counter()
    first = 0.0
    count = 0
    stream = client.chat.completions.create(
        stream=True,
        stream_options={"include_usage": True},
        **PAYLOAD,  # type: ignore[arg-type]
    )
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            if not count:
                first = time.perf_counter()
            count += 1
    end = time.perf_counter()
    client.close()
    return first - start, end - start, count


def main() -> None:
    tokens = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    server = Server(render_stream(tokens))
    results: dict[str, list[tuple[float, float, int]]] = {"chatdesk": [], "openai SDK": []}
    run_chatdesk(server.base_url)  # warm up imports and the loopback path for both
    run_sdk(server.base_url)
    for _ in range(rounds):
        results["chatdesk"].append(run_chatdesk(server.base_url))
        results["openai SDK"].append(run_sdk(server.base_url))
    summary = {}
    for name, runs in results.items():
        assert all(c == tokens for _, _, c in runs), f"{name} lost chunks"
        ttft = statistics.median(r[0] for r in runs) * 1000
        rate = statistics.median(tokens / r[1] for r in runs)
        summary[name] = (ttft, rate)
        print(f"{name:11s} {rate:10,.0f} chunks/s   time to first token {ttft:6.2f} ms")
    ours, sdk = summary["chatdesk"], summary["openai SDK"]
    print(
        f"throughput {ours[1] / sdk[1]:.2f}x the SDK (target >= 1.5x); "
        f"first token {ours[0] - sdk[0]:+.2f} ms vs the SDK (target <= +2 ms)"
    )


if __name__ == "__main__":
    main()
