"""Comparing four models at once: UI-thread stalls and each column's time to first token.

A loopback server in another process streams N tokens at ~1,000 tokens/s to each of four
columns at once (four concurrent requests). The same probe runs on the idle window first,
and a single conversation's time to first token is measured in the same run, as the
baselines. Run on a real display: ``QT_QPA_PLATFORM=xcb xvfb-run -a .venv/bin/python -m
bench.compare [tokens]``.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.render import probe, start_server, summary

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SERVER = """
import sys
from devkit.fake_server import FakeOpenAI, Stream
tokens = int(sys.argv[1])
srv = FakeOpenAI()
srv.default = Stream(chunks=["tok\\n\\n" if i % 50 == 49 else "tok " for i in range(tokens)],
                     delay=0.001)
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
        from chatdesk.ui.compare_dialog import CompareDialog

        app, window = create_window(["chatdesk"])
        window.resize(1000, 700)
        controller = window.controller
        probe(app, lambda: controller.ready, 10)
        idle = probe(app, lambda: False, 2.0)
        # A single conversation's time to first token, as the baseline.
        single = []
        for _ in range(3):
            window.prompt.setPlainText("One please")
            window.send()
            probe(app, lambda: controller.run is not None and controller.run.first_token_at, 30)
            run = controller.run
            if run is not None:
                single.append((run.first_token_at - run.started_at) * 1000)
            controller.stop()
            probe(app, lambda: not controller.busy, 30)
        dialog = CompareDialog(controller, "Four at once", window)
        dialog.show()
        for box, model in dialog.pickers:
            box.setCurrentIndex(1)
            model.setText("m")
        started = time.perf_counter()
        dialog.start()
        comparison = dialog.comparison
        assert comparison is not None
        gaps = probe(app, lambda: all(r is not None for r in comparison.results), 300)
        elapsed = time.perf_counter() - started
        firsts = [(r.first_token_at - r.started_at) * 1000 for r in comparison.runs]
        print(f"[{app.platformName()}] 4 columns x {tokens} tokens in {elapsed:.1f} s")
        print(f"idle window        {summary(idle)}")
        print(f"4 columns stream   {summary(gaps)}   (target: longest <= 16 ms)")
        base = statistics.median(single) if single else 0.0
        each = " ".join(f"{f:.1f}" for f in firsts)
        print(f"first token        single conversation {base:.1f} ms; columns {each} ms")
        print(f"worst column       +{max(firsts) - base:.1f} ms   (target <= +5 ms)")
        dialog.done(0)
        window.close()
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
