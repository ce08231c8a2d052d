"""Comparing four models at once: UI-thread stalls and each column's time to first token.

A loopback server in another process streams N tokens at ~1,000 tokens/s to each of four
columns at once (four concurrent requests). The same probe runs on the idle window (with
the dialog on screen, before Compare is pressed), and a single conversation's time to
first token is measured in the same run against the same server, as the baseline.

Time to first token is measured the same way for both: from the user's send (the
window's ``send``, the dialog's Compare) to the first text reaching the UI thread. A
single sample of a few milliseconds is at the mercy of the scheduler, so the run takes
several rounds, each a single conversation's reply followed by a four-column comparison
(each round in a new conversation), and reports medians and the spread. The first
single conversation (which loads the HTTP stack) is a warm-up and not counted. Run on a
real display: ``QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24"
.venv/bin/python -m bench.compare [tokens] [rounds]``.

(Giving each column a server process of its own, as when comparing providers, measured
no better on two cores: the test server's own interpreter lock is not what costs. Nor
did a minimal asyncio server, nor a shorter interpreter switch interval, nor one
``requests`` session kept per server so its connections are reused, nor letting each
column's request go as soon as it is set up: that measured worse.)

Where the slowest column's extra milliseconds go, measured on a 2-core machine: from
the send to the first token the app's process is busy the whole time (its CPU time,
summed over threads from ``/proc/self/task/*/schedstat``, about equals the wall time:
~10 ms for a single reply, ~17 ms for four columns). The UI thread's share is about the
same in both (6–7 ms); the request threads' is not (under 1 ms for one request, ~7 ms
for four). PySide6 lets go of the interpreter lock in every signal ``emit`` and
``connect``; with request threads running, each of those calls on the UI thread costs
~0.3–0.6 ms instead of ~2 µs, so the UI thread's work stretches too (which is why a
turn's reply rows are stored without a signal: ``HistorySync.add_replies``).

A timeline of a round (each thread's steps stamped with ``time.monotonic``) showed the
history's thread writing the question and the reply rows while the requests started,
for 2–4 ms each time: the writes now wait for the first tokens (``StorageRunner.hold``),
which took ~2 ms off the slowest column and ~1 ms off a single conversation. A timeline
of the UI thread's events (an application event filter) then showed it painting the
window behind the dialog (the question just added, ~2.5 ms) and the greyed Compare
button while the requests started: the question now reaches that window when a column
is chosen (it reloads the conversation then), and Compare greys out once every column
has begun, which took ~1.5 ms more off. (Holding the whole window's painting instead
cost a full repaint mid-stream: +2 ms on the stall.) The log's writer thread now
writes a burst of records together, 50 ms after the first, not as each request logs.
What is left is the four requests going out ~0.8 ms apart (each one's Python work in
``requests`` before it waits on the network), the server answering them one after
another, and the UI thread waiting for the interpreter lock to take in each first token.
(Opening connections ahead of the requests, as browsers preconnect, measured no better
against this loopback server.)
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.render import p99, probe, start_server, summary

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SERVER = """
import sys
from devkit.fake_server import FakeOpenAI, Stream
tokens = int(sys.argv[1])
srv = FakeOpenAI()
srv.default = Stream(chunks=["tok\\n\\n" if i % 50 == 49 else "tok " for i in range(tokens)],
                     rate=1000)  # chunk i at start + i/1000 s: a true 1,000 tokens/s
print(srv.base_url, flush=True)
srv.httpd.serve_forever()
"""


def done(dialog) -> bool:  # type: ignore[no-untyped-def]
    comparison = dialog.comparison
    return comparison is not None and all(r is not None for r in comparison.results)


def single_first_token(app, window) -> float:  # type: ignore[no-untyped-def]
    """One single-conversation reply's time to first token (ms), stopped once it came."""
    controller = window.controller
    window.prompt.setPlainText("One please")
    probe(app, lambda: False, 0.2)
    sent = time.monotonic()
    window.send()
    probe(app, lambda: controller.run is not None and controller.run.first_token_at, 30)
    run = controller.run
    first = (run.first_token_at - sent) * 1000 if run is not None else float("nan")
    controller.stop()
    probe(app, lambda: not controller.busy, 30)
    return first


def compare_round(app, window):  # type: ignore[no-untyped-def]
    """One four-column comparison: the UI thread's gaps, each column's first token (ms)."""
    from PySide6.QtCore import QTimer

    from chatdesk.ui.compare_dialog import CompareDialog

    dialog = CompareDialog(window.controller, "Four at once", window)
    dialog.show()
    for box, model in dialog.pickers:
        box.setCurrentIndex(1)
        model.setText("m")
    probe(app, lambda: False, 0.5)  # the dialog shown and settled
    idle = probe(app, lambda: False, 1.0)  # the dialog on screen, before Compare
    sent = 0.0

    def press() -> None:
        nonlocal sent
        sent = time.monotonic()
        dialog.start()

    # Compare is pressed inside the probe, so the stall of starting counts too.
    QTimer.singleShot(20, press)
    gaps = probe(app, lambda: done(dialog), 300)
    comparison = dialog.comparison
    assert comparison is not None
    firsts = [(r.first_token_at - sent) * 1000 for r in comparison.runs]
    dialog.done(0)
    probe(app, lambda: False, 0.2)
    return idle, gaps, firsts


def measure(app, window, rounds: int) -> None:  # type: ignore[no-untyped-def]
    controller = window.controller
    singles: list[float] = []
    worst: list[float] = []
    longest: list[float] = []
    p99s: list[float] = []
    idles: list[float] = []
    for _ in range(rounds):
        # Each round in a new conversation, so rounds do not grow the one shown.
        controller.new_conversation()
        probe(app, lambda: False, 0.2)
        singles.append(single_first_token(app, window))
        idle, gaps, firsts = compare_round(app, window)
        idles += idle
        longest.append(max(gaps, default=0.0))
        p99s.append(p99(gaps))
        worst.append(max(firsts) - singles[-1])
        print(
            f"  round {len(worst)}: single {singles[-1]:.1f} ms; columns "
            + " ".join(f"{f:.1f}" for f in firsts)
            + f" ms; stall longest {longest[-1]:.1f} ms, p99 {p99s[-1]:.1f} ms"
        )
    median = statistics.median
    print(f"[{app.platformName()}] {rounds} rounds of 4 columns")
    print(f"  idle window        {summary(idles)}")
    print(
        f"  4 columns stream   longest {median(longest):.1f} ms (median of rounds; worst "
        f"{max(longest):.1f})   p99 {median(p99s):.1f} ms   (target: longest <= 16 ms)"
    )
    print(f"  first token        single conversation {median(singles):.1f} ms (median)")
    print(
        f"  worst column       +{median(worst):.1f} ms over the single conversation "
        f"(median of rounds; rounds {min(worst):+.1f} to {max(worst):+.1f})"
        "   (target <= +5 ms)"
    )


def main() -> None:
    tokens = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    home = tempfile.mkdtemp(prefix="chatdesk-bench-")
    os.environ["CHATDESK_HOME"] = home
    os.environ["OPENAI_API_KEY"] = "fake-bench"
    server, base_url = start_server(SERVER, str(tokens))
    # The key is for this server (else it goes only to OpenAI): no key dialog open.
    os.environ["OPENAI_BASE_URL"] = base_url
    try:
        Path(home, "settings.json").write_text(json.dumps({"base_url": base_url, "model": "m"}))
        from chatdesk.app import create_window

        app, window = create_window(["chatdesk"])
        window.resize(1000, 700)
        controller = window.controller
        probe(app, lambda: controller.ready, 10)
        single_first_token(app, window)  # warm-up: loads the HTTP stack
        print(f"{tokens} tokens a column")
        measure(app, window, rounds)
        window.close()
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
