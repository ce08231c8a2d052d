"""Comparing four models at once: UI-thread stalls and each column's time to first token.

A loopback server in another process streams N tokens at ~1,000 tokens/s to each of four
columns at once (four concurrent requests). The same probe runs on the idle window (with
the dialog on screen, before Compare is pressed), and a single conversation's time to
first token is measured in the same run against the same server, as the baselines.

Time to first token is measured the same way for both: from the user's send (the
window's ``send``, the dialog's Compare) to the first text reaching the UI thread. The
first single conversation (which loads the HTTP stack) is a warm-up and not counted. Run
on a real display: ``QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24"
.venv/bin/python -m bench.compare [tokens]``.
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


def done(dialog) -> bool:  # type: ignore[no-untyped-def]
    comparison = dialog.comparison
    return comparison is not None and all(r is not None for r in comparison.results)


def main() -> None:
    tokens = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    home = tempfile.mkdtemp(prefix="chatdesk-bench-")
    os.environ["CHATDESK_HOME"] = home
    os.environ["OPENAI_API_KEY"] = "fake-bench"
    server, base_url = start_server(SERVER, str(tokens))
    try:
        Path(home, "settings.json").write_text(f'{{"base_url": "{base_url}", "model": "m"}}')
        from PySide6.QtCore import QTimer

        from chatdesk.app import create_window
        from chatdesk.ui.compare_dialog import CompareDialog

        app, window = create_window(["chatdesk"])
        window.resize(1000, 700)
        controller = window.controller
        probe(app, lambda: controller.ready, 10)
        # A single conversation's time to first token, as the baseline (the first is a
        # warm-up: it loads the HTTP stack).
        single = []
        for attempt in range(6):
            window.prompt.setPlainText("One please")
            probe(app, lambda: False, 0.2)
            sent = time.monotonic()
            window.send()
            probe(app, lambda: controller.run is not None and controller.run.first_token_at, 30)
            run = controller.run
            if run is not None and attempt:
                single.append((run.first_token_at - sent) * 1000)
            controller.stop()
            probe(app, lambda: not controller.busy, 30)
        dialog = CompareDialog(controller, "Four at once", window)
        dialog.show()
        for box, model in dialog.pickers:
            box.setCurrentIndex(1)
            model.setText("m")
        probe(app, lambda: False, 0.5)  # the dialog shown and settled
        idle = probe(app, lambda: False, 2.0)  # the dialog on screen, before Compare
        # Compare is pressed inside the probe, so the stall of starting counts too.
        sent = 0.0

        def press() -> None:
            nonlocal sent
            sent = time.monotonic()
            dialog.start()

        QTimer.singleShot(20, press)
        gaps = probe(app, lambda: done(dialog), 300)
        elapsed = time.monotonic() - sent
        comparison = dialog.comparison
        assert comparison is not None
        firsts = [(r.first_token_at - sent) * 1000 for r in comparison.runs]
        print(f"[{app.platformName()}] 4 columns x {tokens} tokens in {elapsed:.1f} s")
        print(f"idle window        {summary(idle)}")
        print(f"4 columns stream   {summary(gaps)}   (target: longest <= 16 ms)")
        base = statistics.median(single) if single else 0.0
        each = " ".join(f"{f:.1f}" for f in firsts)
        print(
            f"first token        single conversation {base:.1f} ms; columns {each} ms"
            "   (from the send)"
        )
        print(f"worst column       +{max(firsts) - base:.1f} ms   (target <= +5 ms)")
        dialog.done(0)
        window.close()
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
