"""Main-thread responsiveness while one growing block streams into the real main window.

A loopback server in another process streams N tokens at ~1,000 tokens/s, shaped as
words in short paragraphs (``words``), one single paragraph (``paragraph``) or one code
block (``code``). A 1 ms precise QTimer on the UI thread records every gap in the event
loop. The same probe runs on the idle window first, in the same run, as the baseline.
Run on a real display: ``QT_QPA_PLATFORM=xcb xvfb-run -a .venv/bin/python -m bench.stall
[tokens] [words|paragraph|code]``.
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
from devkit.fake_server import FakeOpenAI, Stream
tokens, shape = int(sys.argv[1]), sys.argv[2]
if shape == "paragraph":
    chunks = [("word%d. " if i % 12 == 11 else "word%d ") % i for i in range(tokens)]
elif shape == "code":
    chunks = ["```python\\n"] + [
        f"v{i} = f({i})\\n" if i % 6 == 5 else f"v{i} " for i in range(tokens)
    ] + ["\\n```\\n"]
else:
    chunks = ["tok\\n\\n" if i % 50 == 49 else "tok " for i in range(tokens)]
srv = FakeOpenAI()
srv.default = Stream(chunks=chunks, delay=0.001)
print(srv.base_url, flush=True)
srv.httpd.serve_forever()
"""


def main() -> None:
    tokens = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    shape = sys.argv[2] if len(sys.argv) > 2 else "words"
    home = tempfile.mkdtemp(prefix="chatdesk-bench-")
    os.environ["CHATDESK_HOME"] = home
    os.environ["OPENAI_API_KEY"] = "fake-bench"
    server, base_url = start_server(SERVER, str(tokens), shape)
    os.environ["OPENAI_BASE_URL"] = base_url  # the key is for this server: no key dialog
    try:
        Path(home, "settings.json").write_text(f'{{"base_url": "{base_url}", "model": "m"}}')
        from chatdesk.app import create_window

        app, window = create_window(["chatdesk"])
        window.resize(1000, 700)
        controller = window.controller
        probe(app, lambda: controller.ready, 10)  # start-up settles
        idle = probe(app, lambda: False, 2.0)
        window.prompt.setPlainText("Stream please")
        started = time.perf_counter()
        window.send()
        streaming = probe(app, lambda: not controller.busy, 120)
        settle = probe(app, lambda: False, 1.0)  # highlighting and layout that follow the end
        elapsed = time.perf_counter() - started
        texts = window.view.message_texts
        received = len(texts[-1].split()) if texts else 0
        if window.banner.isVisible():
            print("banner:", window.banner.message.text())
        platform = app.platformName()
        print(f"[{platform}] {shape}: {received} words in {elapsed:.2f} s")
        print(f"idle window      {summary(idle)}")
        print(f"while streaming  {summary(streaming)}   (target: longest <= 16 ms, p99 <= 8 ms)")
        print(f"after the end    {summary(settle)}")
        window.close()
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
