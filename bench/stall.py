"""Main-thread responsiveness while a reply streams into the real main window.

A loopback server in another process streams N tokens at ~1,000 tokens/s; a 1 ms
precise QTimer on the UI thread records every gap in the event loop. The same probe
runs on the idle window first, in the same run, as the baseline.
Run: ``.venv/bin/python -m bench.stall [tokens]``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from bench.render import probe, start_server, summary

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]

SERVER = """
import sys
from tests.support.fake_server import FakeOpenAI, Stream
srv = FakeOpenAI()
srv.default = Stream(chunks=["tok "] * int(sys.argv[1]), delay=0.001)
print(srv.base_url, flush=True)
srv.httpd.serve_forever()
"""


def main() -> None:
    tokens = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    home = tempfile.mkdtemp(prefix="chatdesk-bench-")
    os.environ["CHATDESK_HOME"] = home
    os.environ["OPENAI_API_KEY"] = "fake-bench"
    server, base_url = start_server(SERVER, str(tokens))
    try:
        Path(home, "settings.json").write_text(f'{{"base_url": "{base_url}", "model": "m"}}')
        from chatdesk.app import create_window

        app, window = create_window(["chatdesk"])
        controller = window.controller
        probe(app, lambda: controller.ready, 10)  # start-up settles
        idle = probe(app, lambda: False, 2.0)
        window.prompt.setPlainText("Stream please")
        started = time.perf_counter()
        window.send()
        streaming = probe(app, lambda: not controller.busy, 60)
        elapsed = time.perf_counter() - started
        received = len(window.view.message_texts[-1].split())
        print(f"streamed {received} tokens in {elapsed:.2f} s ({received / elapsed:,.0f} tokens/s)")
        print(f"idle window      {summary(idle)}")
        print(f"while streaming  {summary(streaming)}   (target: longest <= 16 ms)")
        window.close()
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
