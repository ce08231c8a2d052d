"""Resident memory of one long conversation: 300 replies of ~2.7 KB through the real window.

Each reply is asked for with the prompt and Enter path (``window.send``) and streamed by
a loopback server in another process. Resident memory (``/proc/self/statm``) is read
once the fresh window has settled, after the first reply, after every 100, and after
leaving the conversation for a new one. The figure that matters is growth per 100
replies (target: <= 5 MiB): from the first reply on, because the first one also pays
once for what any reply needs (the HTTP and TLS modules, fonts, the Markdown renderer);
the growth against the fresh window of the same run is printed too.
Run on a real display: ``QT_QPA_PLATFORM=xcb xvfb-run -a .venv/bin/python -m bench.memory
[replies]``.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from pathlib import Path

from bench.render import probe, start_server

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SERVER = """
import sys
from devkit.fake_server import FakeOpenAI, Stream
para = ("The function returns the sorted list, and the caller keeps the index of each "
        "key so that a later lookup costs one step. ")
reply = (
    "## Sorting by key\\n\\n" + para * 4 + "\\n\\n"
    + "".join(f"- item {i}: **{i * 3}** with `key_{i}` kept\\n" for i in range(8)) + "\\n"
    + "```python\\n" + "".join(f"rows.sort(key=lambda r: r[{i}])  # pass {i}\\n" for i in range(12))
    + "```\\n\\n" + para * 10
)
words = reply.split(" ")
chunks = [w + " " for w in words[:-1]] + [words[-1]]
srv = FakeOpenAI()
srv.default = Stream(chunks=chunks)
print(len(reply), flush=True)
print(srv.base_url, flush=True)
srv.httpd.serve_forever()
"""


def rss_mib() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def settle(app: object) -> float:
    """Let layout and highlighting finish, collect garbage, then read resident memory."""
    probe(app, lambda: False, 0.5)
    gc.collect()
    return rss_mib()


def main() -> None:
    replies = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    home = tempfile.mkdtemp(prefix="chatdesk-bench-")
    os.environ["CHATDESK_HOME"] = home
    os.environ["OPENAI_API_KEY"] = "fake-bench"
    server, size_line = start_server(SERVER)
    assert server.stdout is not None
    base_url = server.stdout.readline().decode().strip()
    os.environ["OPENAI_BASE_URL"] = base_url  # the key is for this server: no key dialog
    try:
        Path(home, "settings.json").write_text(f'{{"base_url": "{base_url}", "model": "m"}}')
        from chatdesk.app import create_window

        app, window = create_window(["chatdesk"])
        window.resize(1000, 700)
        controller = window.controller
        probe(app, lambda: controller.ready, 10)
        fresh = settle(app)
        marks = []
        started = time.perf_counter()
        for n in range(1, replies + 1):
            window.prompt.setPlainText(f"Question {n}: how do I sort by key?")
            window.send()
            probe(app, lambda: not controller.busy, 60)
            if n % 100 == 0 or n in (1, 10, replies):
                marks.append((n, settle(app)))
        elapsed = time.perf_counter() - started
        built = window.view.built_count
        controller.new_conversation()
        left = settle(app)
        platform = app.platformName()
        print(f"[{platform}] {replies} replies of {size_line} characters in {elapsed:.1f} s")
        print(f"fresh window            {fresh:7.1f} MiB")
        for n, rss in marks:
            print(f"after {n:4} replies       {rss:7.1f} MiB  (+{rss - fresh:.1f})")
        last_n, last = marks[-1]
        first = marks[0][1]
        print(f"per 100 replies, all in {(last - fresh) * 100 / last_n:7.2f} MiB")
        slope = (last - first) * 100 / (last_n - 1)
        print(f"per 100 replies, after the first {slope:7.2f} MiB  (target <= 5)")
        print(f"after leaving it        {left:7.1f} MiB  (+{left - fresh:.1f})")
        print(f"messages built in the view at the end: {built}")
        window.close()
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
