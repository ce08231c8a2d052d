"""Main-thread responsiveness while one growing block streams into the real main window.

A loopback server in another process streams N tokens at 1,000 tokens/s, on an absolute
schedule (chunk i leaves at start + i/1000 s, so the time spent sending does not slow it
down), shaped as words in short paragraphs (``words``), one single paragraph
(``paragraph``), one code block (``code``), one table (``table``), one tight list
(``list``) or one blockquote (``quote``). A precise QTimer on the UI thread (1 ms, or
5 ms with ``--probe 5``, the period the issue's figures used) records every gap in the
event loop. The same probe runs on the idle window first, in the same run, as the
baseline. Run on a real display: ``QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0
1280x800x24" .venv/bin/python -m bench.stall [tokens] [shape] [--probe 1|5]``.
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
RATE = 1000.0
SHAPES = ("words", "paragraph", "code", "table", "list", "quote")

SERVER = """
import sys
from devkit.fake_server import FakeOpenAI, Stream
tokens, shape, rate = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
if shape == "paragraph":
    chunks = [("word%d. " if i % 12 == 11 else "word%d ") % i for i in range(tokens)]
elif shape == "code":
    chunks = ["```python\\n"] + [
        f"v{i} = f({i})\\n" if i % 6 == 5 else f"v{i} " for i in range(tokens)
    ] + ["\\n```\\n"]
elif shape == "table":
    chunks = ["| a | b | c |\\n|---|---|---|\\n"] + [
        f"| cell {i} |\\n" if i % 3 == 2 else f"| cell {i} " for i in range(tokens)
    ] + ["\\n"]
elif shape == "list":
    chunks = [
        f"- item {i} " if i % 8 == 0 else f"w{i}\\n" if i % 8 == 7 else f"w{i} "
        for i in range(tokens)
    ] + ["\\n"]
elif shape == "quote":
    chunks = [
        f"> w{i} " if i % 10 == 0 else f"w{i}\\n" if i % 10 == 9 else f"w{i} "
        for i in range(tokens)
    ] + ["\\n"]
else:
    chunks = ["tok\\n\\n" if i % 50 == 49 else "tok " for i in range(tokens)]
srv = FakeOpenAI()
srv.default = Stream(chunks=chunks, rate=rate)
print(srv.base_url, flush=True)
srv.httpd.serve_forever()
"""


def _arguments() -> tuple[int, str, int]:
    args = sys.argv[1:]
    period = 1
    if "--probe" in args:
        at = args.index("--probe")
        period = int(args[at + 1])
        del args[at : at + 2]
    tokens = int(args[0]) if args else 2000
    shape = args[1] if len(args) > 1 else "words"
    if shape not in SHAPES:
        raise SystemExit(f"shape must be one of {', '.join(SHAPES)}")
    return tokens, shape, period


def main() -> None:
    tokens, shape, period = _arguments()
    home = tempfile.mkdtemp(prefix="chatdesk-bench-")
    os.environ["CHATDESK_HOME"] = home
    os.environ["OPENAI_API_KEY"] = "fake-bench"
    server, base_url = start_server(SERVER, str(tokens), shape, str(RATE))
    os.environ["OPENAI_BASE_URL"] = base_url  # the key is for this server: no key dialog
    try:
        Path(home, "settings.json").write_text(f'{{"base_url": "{base_url}", "model": "m"}}')
        from chatdesk.app import create_window

        app, window = create_window(["chatdesk"])
        window.resize(1000, 700)
        controller = window.controller
        probe(app, lambda: controller.ready, 10)  # start-up settles
        idle = probe(app, lambda: False, 2.0, period)
        window.prompt.setPlainText("Stream please")
        started = time.perf_counter()
        window.send()
        streaming = probe(app, lambda: not controller.busy, 120, period)
        elapsed = time.perf_counter() - started
        settle = probe(app, lambda: False, 1.0, period)  # highlighting and layout after the end
        texts = window.view.message_texts
        received = len(texts[-1].split()) if texts else 0
        if window.banner.isVisible():
            print("banner:", window.banner.message.text())
        platform = app.platformName()
        print(
            f"[{platform}] {shape}: {tokens} tokens ({received} words) in {elapsed:.2f} s, "
            f"achieved {tokens / elapsed:,.0f} tokens/s (sent at {RATE:,.0f}); "
            f"{period} ms probe"
        )
        print(f"idle window      {summary(idle)}")
        print(f"while streaming  {summary(streaming)}   (target: longest <= 16 ms, p99 <= 8 ms)")
        print(f"after the end    {summary(settle)}")
        over = sum(1 for gap in [*streaming, *settle] if gap > 100)
        print(f"stalls over 100 ms: {over}   (idle window: {sum(1 for g in idle if g > 100)})")
        window.close()
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
