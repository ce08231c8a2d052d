"""Rendering at scale: streaming Markdown into a long conversation, opening a huge one.

1. 5,000 tokens at 1,000 tokens/s (chunk i sent at start + i/1000 s) into a conversation
   already holding 500 messages (~250k tokens, with code blocks and tables): UI-thread stalls.
2. Opening a 5,000-message conversation: time to first paint and resident memory growth.
3. One 30,000-token reply with 50 code blocks: UI-thread stalls to the end.

Each stall figure is paired with the same probe on the idle window in the same run.
Run: ``.venv/bin/python -m bench.render [--quick]`` (``--quick`` shortens case 3).
"""

from __future__ import annotations

import itertools
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]

SERVER = """
import json, sys
from devkit.fake_server import FakeOpenAI, Stream
srv = FakeOpenAI()
chunks = json.load(open(sys.argv[1]))
for c in chunks:
    srv.enqueue(Stream(chunks=c, rate=1000.0, usage=None))
print(srv.base_url, flush=True)
srv.httpd.serve_forever()
"""


def start_server(code: str, *args: str) -> tuple[subprocess.Popen[bytes], str]:
    """Run a loopback test server in its own process (no GIL shared with the app)."""
    server = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        cwd=str(ROOT),
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert server.stdout is not None
    return server, server.stdout.readline().decode().strip()


def markdown_reply(rng: random.Random, tokens: int, code_blocks: int) -> list[str]:
    """A reply as stream chunks (about one token each) with paragraphs, code and a table."""
    words = "the model returns a value when the list is sorted by key and index".split()  # noqa: SIM905
    out: list[str] = []
    per_block = max(1, tokens // (code_blocks + 1))
    for block in range(code_blocks + 1):
        budget = per_block
        while budget > 40:
            sentence = [rng.choice(words) + " " for _ in range(rng.randint(12, 30))]
            out += [*sentence, "\n\n"]
            budget -= len(sentence) + 1
        if block < code_blocks:
            out += ["```python\n"]
            for i in range(6):
                out += ["def ", f"f{i}", "(x", "):\n", "    return ", "x * ", f"{i}\n"]
            out += ["```\n\n", "| a | b |\n", "|---|---|\n", "| 1 | 2 |\n\n"]
    return [*out[:tokens], "\n"]


def seed_history(home: Path, rng: random.Random, messages: int, per_message_tokens: int) -> str:
    from chatdesk.core.messages import Conversation, Message, Role
    from chatdesk.services.paths import AppPaths
    from chatdesk.services.storage import HistoryStore

    store = HistoryStore(AppPaths(home, home).history_file)
    store.open()
    conv = Conversation(title=f"{messages} messages")
    batch = []
    for i in range(messages):
        role = Role.USER if i % 2 == 0 else Role.ASSISTANT
        if role is Role.USER:
            text = "Please explain sorting with an example and a table."
        else:
            text = "".join(markdown_reply(rng, per_message_tokens, 1))
        batch.append(conv.add(Message(role, text)))
    conv.messages = batch
    store.import_conversations([conv])
    store.set_state("last_conversation", conv.uid)
    store.close()
    return conv.uid


def probe(app, until, limit: float = 120.0, period: int = 1) -> list[float]:  # type: ignore[no-untyped-def]
    """Gaps (ms) beyond a precise timer's period (``period`` ms) while the event loop runs."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(period)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    deadline = time.perf_counter() + limit
    checker = QTimer()
    checker.setInterval(5)
    checker.timeout.connect(lambda: (until() or time.perf_counter() > deadline) and loop.quit())
    timer.start()
    checker.start()
    loop.exec()
    timer.stop()
    checker.stop()
    return [max(0.0, (b - a) * 1000 - period) for a, b in itertools.pairwise(ticks)]


def p99(gaps: list[float]) -> float:
    ordered = sorted(gaps)
    return ordered[int(len(ordered) * 0.99) - 1] if ordered else 0.0


def summary(gaps: list[float]) -> str:
    return f"longest {max(gaps, default=0):6.2f} ms   p99 {p99(gaps):5.2f} ms   ({len(gaps)} ticks)"


def stream_case(label: str, home: Path, base_url: str) -> None:
    from chatdesk.app import create_window

    (home / "settings.json").write_text(json.dumps({"base_url": base_url, "model": "m"}))
    app, window = create_window(["chatdesk"])
    controller, view = window.controller, window.view
    probe(app, lambda: controller.ready and view.built_count > 0, 30)
    idle = probe(app, lambda: False, 2.0)
    window.prompt.setPlainText("Go")
    started = time.perf_counter()
    window.send()
    gaps = probe(app, lambda: not controller.busy, 600)
    elapsed = time.perf_counter() - started
    tokens = len(controller.conversation.messages[-1].content.split())
    print(f"{label}: {elapsed:.1f} s")
    print(f"  idle window      {summary(idle)}")
    print(f"  while streaming  {summary(gaps)}   (targets: longest <= 16 ms, p99 <= 8 ms)")
    print(f"  (~{tokens:,} words streamed)")
    window.close()


def open_case(home: Path) -> None:
    code = """
import json, resource, time
from PySide6.QtCore import QEventLoop, QObject, QEvent
from chatdesk.app import create_window
app, w = create_window(["chatdesk"])
def rss(): return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
def spin(until, limit=60):
    end = time.perf_counter() + limit
    while not until() and time.perf_counter() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
spin(lambda: w.library.available and w.controller.ready)
spin(lambda: w.view.built_count > 0)
uid = w.controller.conversation.uid
w.controller.new_conversation(); app.processEvents()
time.sleep(0.2); app.processEvents()
before = rss()
painted = []
class Watch(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and obj is w.view.viewport() and w.view.built_count:
            painted.append(time.perf_counter())
        return False
watch = Watch(); w.view.viewport().installEventFilter(watch)
t = time.perf_counter()
w.library.open_conversation(uid)
spin(lambda: bool(painted))
first_paint = (painted[0] - t) * 1000
spin(lambda: False, 1.0)
print(json.dumps({"paint": first_paint, "rss_growth": rss() - before}))
"""
    env = {
        **os.environ,
        "CHATDESK_HOME": str(home),
        "OPENAI_API_KEY": "sk",
        "PYTHONPATH": str(ROOT),
    }
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    data = json.loads(out.strip().splitlines()[-1])
    print(
        f"open 5,000-message conversation: first paint {data['paint']:.1f} ms (target <= 150 ms), "
        f"resident memory +{data['rss_growth']:.1f} MiB (target <= 50 MB)"
    )


def run_stream_case(label: str, history: tuple[int, int], chunks: list[str]) -> None:
    rng = random.Random(3)
    home = Path(tempfile.mkdtemp(prefix="chatdesk-render-"))
    seed_history(home, rng, *history)
    spec = home / "chunks.json"
    spec.write_text(json.dumps([chunks]))
    server, base_url = start_server(SERVER, str(spec))
    try:
        code = (
            "import sys; from pathlib import Path; from bench.render import stream_case; "
            f"stream_case({label!r}, Path({str(home)!r}), {base_url!r})"
        )
        env = {**os.environ, "CHATDESK_HOME": str(home), "OPENAI_API_KEY": "sk"}
        env["OPENAI_BASE_URL"] = base_url  # the key is for this server: no key dialog
        env["PYTHONPATH"] = str(ROOT)
        subprocess.run([sys.executable, "-c", code], env=env, check=True, cwd=str(ROOT))
    finally:
        server.terminate()


def main() -> None:
    quick = "--quick" in sys.argv
    rng = random.Random(1)
    run_stream_case(
        "5,000 tokens into a 500-message conversation",
        (500, 500),
        markdown_reply(rng, 5000, 10),
    )
    home = Path(tempfile.mkdtemp(prefix="chatdesk-render-open-"))
    seed_history(home, random.Random(2), 5000, 60)
    open_case(home)
    tokens = 6000 if quick else 30000
    run_stream_case(
        f"one {tokens:,}-token reply with 50 code blocks",
        (2, 50),
        markdown_reply(rng, tokens, 50),
    )
    _ = resource  # peak RSS is read in the child processes


if __name__ == "__main__":
    main()
