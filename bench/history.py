"""History at scale: 1,000 conversations, 100,000 messages (~50 MB of text), 50 projects
holding two thirds of the conversations.

Measures, in one run: start-up with that history against a bare PySide6 window,
full-text search from query to rendered results (median), everywhere and in one project,
filling the sidebar with every project and conversation (the UI thread's stall each time
the list is read again), opening a 5,000-message conversation to painted, and
``chatdesk export --format json`` throughput.
Run: ``.venv/bin/python -m bench.history [projects]`` (default 50; 0 for none).
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]

WORDS = (  # noqa: SIM905 - a paragraph reads better than a list of 150 strings
    "the of and to in is you that it he was for on are as with his they at be this have from "
    "or one had by word but not what all were we when your can said there use an each which "
    "she do how their if will up other about out many then them these so some her would make "
    "like him into time has look two more write go see number no way could people my than "
    "first water been call who oil its now find long down day did get come made may part "
    "python rust kernel socket thread mutex compiler lambda tensor gradient matrix vector "
    "database index query transaction volcano glacier astronomy nebula quantum photon recipe "
    "risotto saffron garden tomato bicycle marathon violin sonata history empire treaty"
).split()


def text(rng: random.Random, words: int) -> str:
    body = " ".join(rng.choice(WORDS) for _ in range(words))
    if rng.random() < 0.1:
        body += "\n\n```python\ndef f(x):\n    return x * 2\n```\n"
    return body


def generate(
    path: Path, conversations: int = 1000, messages: int = 100_000, projects: int = 50
) -> str:
    """Write the history; returns the uid of the 5,000-message conversation. Two of every
    three conversations go into ``projects`` projects, in turn."""
    from chatdesk.core.messages import Conversation, Message, Role
    from chatdesk.core.projects import Project
    from chatdesk.core.usage import Usage
    from chatdesk.services.storage import HistoryStore

    rng = random.Random(7)
    store = HistoryStore(path)
    store.open()
    groups = [Project(name=f"{text(rng, 2).title()} {n}") for n in range(projects)]
    sizes = [5000] + [(messages - 5000) // (conversations - 1)] * (conversations - 1)
    sizes[-1] += messages - sum(sizes)
    start = time.time() - 365 * 86400
    big_uid = ""
    batch: list[Conversation] = []
    for c, size in enumerate(sizes):
        t = start + c * 30000
        conv = Conversation(title=text(rng, 5), created=t, updated=t + size, model="gpt-4o-mini")
        if groups and c % 3:
            conv.project = groups[c % len(groups)].uid
        for i in range(size):
            role = Role.USER if i % 2 == 0 else Role.ASSISTANT
            words = rng.randint(20, 60) if role is Role.USER else rng.randint(80, 160)
            usage = Usage(rng.randint(100, 2000), words) if role is Role.ASSISTANT else None
            conv.add(Message(role, text(rng, words), usage=usage, model="gpt-4o-mini",
                             created=t + i))  # fmt: skip
        if c == 0:
            big_uid = conv.uid
        batch.append(conv)
        if len(batch) == 50:
            store.import_conversations(batch, groups)
            batch = []
    if batch:
        store.import_conversations(batch, groups)
    store.set_state("last_conversation", big_uid)
    store.close()
    return big_uid


def measure_in_window(home: Path, big_uid: str) -> dict[str, list[float]]:
    """Search-to-rendered (everywhere and in a project), list-to-filled and open-to-painted
    times, from ``bench.history_probe``."""
    import json

    env = {**os.environ, "CHATDESK_HOME": str(home), "OPENAI_API_KEY": "fake-bench"}
    env["PYTHONPATH"] = str(ROOT)
    out = subprocess.run(
        [sys.executable, "-m", "bench.history_probe", big_uid],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=str(ROOT),
    ).stdout
    data: dict[str, list[float]] = json.loads(out.strip().splitlines()[-1])
    return data


def main() -> None:
    from bench.startup import BARE, CHATDESK, run_child
    from chatdesk.services.paths import AppPaths

    projects = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    home = Path(tempfile.mkdtemp(prefix="chatdesk-history-"))
    started = time.perf_counter()
    db = AppPaths(home, home).history_file  # where CHATDESK_HOME=home puts it
    big_uid = generate(db, projects=projects)
    size_mb = db.stat().st_size / 1e6
    print(f"generated 1,000 conversations / 100,000 messages in {projects} projects "
          f"({size_mb:.0f} MB database) in {time.perf_counter() - started:.0f} s")  # fmt: skip

    env = {**os.environ, "CHATDESK_HOME": str(home), "OPENAI_API_KEY": "fake-bench",
           "PYTHONPATH": str(ROOT)}  # fmt: skip
    run_child(BARE, env)
    run_child(CHATDESK, env)
    bare, ours = [], []
    for _ in range(7):
        bare.append(run_child(BARE, env))
        ours.append(run_child(CHATDESK, env))
    bt, bm = statistics.median(t for t, _ in bare), statistics.median(m for _, m in bare)
    ot, om = statistics.median(t for t, _ in ours), statistics.median(m for _, m in ours)
    print(
        f"start-up     bare {bt * 1000:.1f} ms / {bm:.1f} MiB   chatdesk {ot * 1000:.1f} ms / "
        f"{om:.1f} MiB   ratio {ot / bt:.2f}x time, {om / bm:.2f}x RSS (target <= 1.5x)"
    )

    figures = measure_in_window(home, big_uid)
    search, opens = figures["search"], figures["open"]
    print(
        f"search       median {statistics.median(search):.1f} ms, max {max(search):.1f} ms over "
        f"{len(search)} queries, query to rendered results (target <= 30 ms median)"
    )
    if figures["project_search"]:
        scoped = figures["project_search"]
        print(
            f"  in project median {statistics.median(scoped):.1f} ms, max {max(scoped):.1f} ms "
            f"over {len(scoped)} queries, search limited to one project (target <= 30 ms)"
        )
    fills = figures["fill"]
    print(
        f"sidebar      {projects} projects + 1,000 conversations, refresh after a reply (one "
        f"conversation changed and moved up) to painted, UI thread: median "
        f"{statistics.median(fills):.1f} ms, max {max(fills):.1f} ms (target <= 16 ms)"
    )
    print(f"open         5,000-message conversation to painted: median "
          f"{statistics.median(opens):.1f} ms (target <= 150 ms)")  # fmt: skip

    out = home / "export.json"
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "chatdesk", "export", "--format", "json", "-o", str(out)],
        env=env, check=True, capture_output=True,
    )  # fmt: skip
    elapsed = time.perf_counter() - t
    mb = out.stat().st_size / 1e6
    print(f"export json  {mb:.0f} MB in {elapsed:.2f} s = {mb / elapsed:.0f} MB/s, whole command "
          f"including interpreter start (target >= 50 MB/s)")  # fmt: skip


if __name__ == "__main__":
    main()
