"""Typeset math: time per formula, UI stalls while a reply with 200 formulas streams, and
opening a conversation with 1,000 formulas.

1. ``typeset``: each formula of a corpus shaped after real model output, typeset in this
   process (ziamath alone) and end to end as the view gets it (the child process, then
   the SVG rasterised at the pixel ratio): median and p99. With ``--compare`` (and
   matplotlib installed) also matplotlib's mathtext on the same corpus.
2. ``stream``: a reply with 200 formulas streamed at 1,000 tokens/s from the loopback
   server into the real main window: UI-thread stalls, with the idle window's baseline
   from the same run.
3. ``open``: a conversation of 100 replies holding 1,000 formulas, opened to its first
   paint (typesetting not yet done: formulas show as source and turn into images), then
   scrolled to its start; opened again to its first paint with the cached images, and
   scrolled through again: how many formulas had to be typeset again (none should).

Run on a real display: ``QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24"
.venv/bin/python -m bench.math [typeset|stream|open] [--compare]``.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.render import probe, start_server, summary

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]

CORPUS = [
    r"x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}",
    r"\sum_{i=1}^{n} i = \frac{n(n+1)}{2}",
    r"\int_0^\infty e^{-x^2}\,dx = \frac{\sqrt{\pi}}{2}",
    r"\int_{a}^{b} f(x)\,dx = F(b) - F(a)",
    r"\alpha + \beta = \gamma, \quad \Delta \Omega \theta \lambda \mu \sigma \phi \psi \omega",
    r"A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}",
    r"\det(A) = \begin{vmatrix} a & b \\ c & d \end{vmatrix} = ad - bc",
    r"M = \begin{bmatrix} 1 & 0 & 0 \\ 0 & \cos\theta & -\sin\theta \\"
    r" 0 & \sin\theta & \cos\theta \end{bmatrix}",
    r"\begin{aligned} f(x) &= (x+1)^2 \\ &= x^2 + 2x + 1 \end{aligned}",
    r"\begin{aligned} &\textbf{Closure: } \forall a,b \in G, \quad ab \in G \\"
    r" &\textbf{Identity: } \exists e \in G \text{ such that } ae = ea = a \end{aligned}",
    r"\text{ord}(a) = \min\{n \in \mathbb{Z}^+ : a^n = e \}",
    r"N \trianglelefteq G \iff \forall g \in G, \quad gNg^{-1} = N",
    r"\begin{aligned} \text{Predict:} & x_{k} = f(x_{k-1}) + w_k \\"
    r" \text{Update:} & y_{k} = h(x_{k}) + v_k \end{aligned}",
    r"A = P \left(1 + \frac{r}{n}\right)^{nt}",
    r"f(x) = \begin{cases} x^2 & \text{if } x \ge 0 \\ -x & \text{otherwise} \end{cases}",
    r"\lim_{x \to 0} \frac{\sin x}{x} = 1",
    r"\nabla \cdot \mathbf{E} = \frac{\rho}{\varepsilon_0}",
    r"\frac{\partial^2 u}{\partial t^2} = c^2 \nabla^2 u",
    r"e^{i\pi} + 1 = 0",
    r"\mathbb{E}[X] = \sum_{x} x\, P(X = x)",
    r"\boxed{x = 3}",
    r"P(A \mid B) = \frac{P(B \mid A)\,P(A)}{P(B)}",
    r"\hat{\beta} = (X^\top X)^{-1} X^\top y",
    r"\vec{F} = m\vec{a}",
    r"\binom{n}{k} = \frac{n!}{k!(n-k)!}",
    r"\sigma = \sqrt{\frac{1}{N}\sum_{i=1}^{N}(x_i - \mu)^2}",
    r"\operatorname{softmax}(z)_i = \frac{e^{z_i}}{\sum_{j} e^{z_j}}",
    r"\|x\|_2 = \sqrt{x_1^2 + \cdots + x_n^2}",
    r"\mathcal{L}(\theta) = -\sum_{i} y_i \log \hat{y}_i",
    r"a \equiv b \pmod{n}",
    r"\underbrace{1 + 1 + \cdots + 1}_{n \text{ times}} = n",
    r"\overline{z} = a - bi",
    r"\dfrac{1}{2} + \tfrac{1}{3}",
    r"x \in \mathbb{R}^n, \; \forall \epsilon > 0 \; \exists \delta > 0",
    r"\prod_{p \text{ prime}} \frac{1}{1 - p^{-s}} = \zeta(s)",
    r"\oint_C \mathbf{B} \cdot d\mathbf{l} = \mu_0 I",
    r"\xrightarrow{\text{heat}}",
    r"\begin{array}{c|c} x & f(x) \\ \hline 0 & 1 \end{array}",
    r"\frac{d}{dx}\left[\ln x\right] = \frac{1}{x}",
    r"\left\lfloor \frac{n}{2} \right\rfloor",
    r"a^2 + b^2 = c^2",
    r"O(n \log n)",
    r"\begin{align} a &= b \\ c &= d \end{align}",
    r"\color{red}{x}",
    r"E = mc^2 \tag{1}",
    r"\unknowncommand{x} + 1",
    r"\frac{1}{2",
]
#: Formulas matplotlib's mathtext cannot parse but that are well-formed LaTeX.
WELL_FORMED = len(CORPUS) - 2


def _percentiles(times: list[float]) -> str:
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"median {statistics.median(ordered):6.2f} ms   p99 {p99:6.2f} ms"


def typeset_case(compare: bool) -> None:
    from PySide6.QtWidgets import QApplication

    from chatdesk.services import typeset
    from chatdesk.ui.math_images import MathKey, render

    _app = QApplication.instance() or QApplication([])
    rounds = 5
    for display in (False, True):
        typeset.typeset("x", display, 16.0, "#000000")  # the font loads once
        alone = []
        for _ in range(rounds):
            for source in CORPUS:
                started = time.perf_counter()
                typeset.typeset(source, display, 16.0, "#000000")
                alone.append((time.perf_counter() - started) * 1000)
        mode = "display" if display else "inline "
        print(f"ziamath {mode}, in process   {_percentiles(alone)}   ({len(alone)} formulas)")
    render(MathKey("x", False, "#000000", 16.0, 7, 2.0))  # the child starts
    whole = []
    for n in range(rounds):
        for source in CORPUS:
            key = MathKey(source, n % 2 == 1, "#000000", 16.0 + n, 7, 2.0)
            started = time.perf_counter()
            render(key)
            whole.append((time.perf_counter() - started) * 1000)
    print(f"end to end (child + SVG to 2x image)  {_percentiles(whole)}   ({len(whole)} formulas)")
    failed = sum(isinstance(typeset.typeset(s, True, 16.0, "#000000"), typeset.Unsupported)
                 for s in CORPUS)  # fmt: skip
    print(f"ziamath: {len(CORPUS) - failed} of {len(CORPUS)} typeset; "
          f"{WELL_FORMED} are well-formed LaTeX")  # fmt: skip
    if compare:
        _matplotlib(rounds)


def _matplotlib(rounds: int) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib import font_manager
        from matplotlib.mathtext import MathTextParser
    except ImportError:
        print("matplotlib is not installed: no comparison")
        return
    parser = MathTextParser("agg")
    prop = font_manager.FontProperties(size=12)
    parser.parse("$x$", dpi=144, prop=prop)
    times, failed = [], set()
    for _ in range(rounds):
        for source in CORPUS:
            started = time.perf_counter()
            try:
                parser.parse(f"${source}$", dpi=144, prop=prop)
            except ValueError:
                failed.add(source)
            times.append((time.perf_counter() - started) * 1000)
    print(f"matplotlib mathtext (Agg, 2x)  {_percentiles(times)}   "
          f"{len(CORPUS) - len(failed)} of {len(CORPUS)} typeset")  # fmt: skip
    for source in sorted(failed):
        print(f"   fails: {source[:70]}")


# -- streaming ----------------------------------------------------------------------------


def math_reply(formulas: int, rng: random.Random) -> list[str]:
    """Stream chunks (about a token each): paragraphs with inline formulas, a display
    formula every few paragraphs."""
    words = ["so", "the", "value", "of", "the", "sum", "is", "given", "by", "where", "we"]
    out: list[str] = []
    for n in range(formulas):
        source = CORPUS[n % WELL_FORMED] + f" + {n}"
        out += [rng.choice(words) + " " for _ in range(rng.randint(4, 10))]
        pieces = [source[i : i + 4] for i in range(0, len(source), 4)]
        if n % 5 == 4:
            out += ["\n\n$$\n", *pieces, "\n$$\n\n"]
        else:
            out += [" $", *pieces, "$ "]
            if n % 5 == 3:
                out += [".\n\n"]
    return [*out, "\n"]


SERVER = """
import json, sys
from devkit.fake_server import FakeOpenAI, Stream
srv = FakeOpenAI()
srv.default = Stream(chunks=json.load(open(sys.argv[1])), rate=1000.0)
print(srv.base_url, flush=True)
srv.httpd.serve_forever()
"""


def stream_case() -> None:
    home = Path(tempfile.mkdtemp(prefix="chatdesk-math-"))
    chunks = math_reply(200, random.Random(5))
    spec = home / "chunks.json"
    spec.write_text(json.dumps(chunks))
    server, base_url = start_server(SERVER, str(spec))
    os.environ["CHATDESK_HOME"] = str(home)
    os.environ["OPENAI_API_KEY"] = "fake-bench"
    os.environ["OPENAI_BASE_URL"] = base_url  # the key is for this server: no key dialog
    try:
        (home / "settings.json").write_text(json.dumps({"base_url": base_url, "model": "m"}))
        from chatdesk.app import create_window

        app, window = create_window(["chatdesk"])
        window.resize(1000, 700)
        controller, view = window.controller, window.view
        probe(app, lambda: controller.ready, 10)
        idle = probe(app, lambda: False, 2.0)
        window.prompt.setPlainText("Math please")
        started = time.perf_counter()
        window.send()
        streaming = probe(app, lambda: not controller.busy, 120)
        elapsed = time.perf_counter() - started
        settle = probe(app, lambda: not view.math.pending, 60)
        print(f"[{app.platformName()}] {len(chunks)} chunks with 200 formulas in {elapsed:.2f} s "
              f"({len(chunks) / elapsed:,.0f} tokens/s); {view.math.replaced} typeset, "
              f"{view.math.images.typeset_count} typesettings")  # fmt: skip
        print(f"idle window      {summary(idle)}")
        print(f"while streaming  {summary(streaming)}   (target: longest <= 16 ms, p99 <= 8 ms)")
        print(f"after the end    {summary(settle)}   (the last formulas going in)")
        window.close()
    finally:
        server.terminate()


# -- opening -----------------------------------------------------------------------------


def seed(home: Path, replies: int, per_reply: int) -> str:
    from chatdesk.core.messages import Conversation, Message, Role
    from chatdesk.services.paths import AppPaths
    from chatdesk.services.storage import HistoryStore

    store = HistoryStore(AppPaths(home, home).history_file)
    store.open()
    conv = Conversation(title="1,000 formulas")
    batch = []
    n = 0
    for r in range(replies):
        batch.append(conv.add(Message(Role.USER, f"Question {r}: show me some formulas")))
        parts = []
        for i in range(per_reply):
            source = CORPUS[n % WELL_FORMED] + f" + {n}"
            n += 1
            shown = f"$$\n{source}\n$$" if i % 4 == 3 else f"${source}$."
            parts.append(f"Step {i}: {shown}")
        batch.append(conv.add(Message(Role.ASSISTANT, "\n\n".join(parts))))
    conv.messages = batch
    store.import_conversations([conv])
    other = Conversation(title="other")
    other.messages = [other.add(Message(Role.USER, "hello"))]
    store.import_conversations([other])
    store.set_state("last_conversation", other.uid)
    store.close()
    return conv.uid


OPEN = """
import json, sys, time
from PySide6.QtCore import QEventLoop, QObject, QEvent
from chatdesk.app import create_window
from bench.render import probe, summary
uid, total = sys.argv[1], int(sys.argv[2])
app, w = create_window(["chatdesk"])
w.resize(1000, 700)
def spin(until, limit=120):
    end = time.perf_counter() + limit
    while not until() and time.perf_counter() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
spin(lambda: w.library.available and w.controller.ready)
spin(lambda: w.view.built_count > 0)
view = w.view
painted = []
class Watch(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and obj is view.viewport() and view.built_count > 2:
            painted.append(time.perf_counter())
        return False
watch = Watch(); view.viewport().installEventFilter(watch)
out = {}
def open_and_scroll(label):
    painted.clear()
    t = time.perf_counter()
    w.library.open_conversation(uid)
    spin(lambda: bool(painted))
    out[label + "_paint"] = (painted[0] - t) * 1000
    out[label + "_images_at_paint"] = view.document().toPlainText().count(chr(0xFFFC))
    typeset_before = view.math.images.typeset_count
    t = time.perf_counter()
    spin(lambda: not view.math.pending)
    out[label + "_latest_done"] = (time.perf_counter() - t) * 1000
    bar = view.verticalScrollBar()
    def step():
        bar.setValue(max(0, bar.value() - view.viewport().height()))
        return len(view.message_texts) >= total and bar.value() == 0 and not view.math.pending
    gaps = []
    end = time.perf_counter() + 300
    while time.perf_counter() < end:
        gaps += probe(app, lambda: True, 0.03)
        if step():
            break
    out[label + "_scroll"] = summary(gaps)
    out[label + "_typeset"] = view.math.images.typeset_count - typeset_before
    out[label + "_images"] = view.document().toPlainText().count(chr(0xFFFC))
    w.controller.new_conversation(); spin(lambda: view.built_count <= 1, 5)
open_and_scroll("cold")
open_and_scroll("warm")
print(json.dumps(out))
"""


def open_case() -> None:
    home = Path(tempfile.mkdtemp(prefix="chatdesk-math-open-"))
    uid = seed(home, 100, 10)
    env = {**os.environ, "CHATDESK_HOME": str(home), "OPENAI_API_KEY": "sk"}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-c", OPEN, uid, "200"], env=env, capture_output=True, text=True, cwd=ROOT
    )
    if done.returncode:
        print(done.stderr[-3000:])
        return
    data = json.loads(done.stdout.strip().splitlines()[-1])
    for label, what in (("cold", "first open"), ("warm", "opened again (images cached)")):
        print(f"{what}: first paint {data[label + '_paint']:.1f} ms (target <= 150 ms) with "
              f"{data[label + '_images_at_paint']} images; the latest page's formulas typeset "
              f"{data[label + '_latest_done']:.0f} ms later")  # fmt: skip
        print(f"   scrolled to the start: {data[label + '_images']} formulas shown as images, "
              f"{data[label + '_typeset']} typeset on the way")  # fmt: skip
        print(f"   stalls while scrolling {data[label + '_scroll']}")


def main() -> None:
    cases = [a for a in sys.argv[1:] if not a.startswith("--")] or ["typeset", "stream", "open"]
    if "typeset" in cases:
        typeset_case("--compare" in sys.argv)
    if "stream" in cases:
        code = "from bench.math import stream_case; stream_case()"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        subprocess.run([sys.executable, "-c", code], env=env, check=True, cwd=ROOT)
    if "open" in cases:
        open_case()


if __name__ == "__main__":
    main()
