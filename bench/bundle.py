"""The packaged app against the source install: time to first paint, bundle size.

Both start as child processes, alternating, in the same run; each reports its first
paint (``CHATDESK_REPORT_FIRST_PAINT``) and quits. Build first: ``bash scripts/build.sh``.
Run: ``.venv/bin/python -m bench.bundle [rounds]``.

``--share PACKAGE`` (``--share mcp``) builds the bundle once more, into a temporary folder,
with that package excluded (``CHATDESK_BUNDLE_WITHOUT``, read by ``build.spec``; what only
it pulls in goes with it), and prints what the package adds: the built bundle's size less
that one's.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "chatdesk" / "chatdesk"


def first_paint(command: list[str], env: dict[str, str]) -> float:
    started = time.time()
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60).stdout
    line = next(ln for ln in out.splitlines() if ln.startswith("first-paint "))
    return float(line.split()[1]) - started


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return (
        sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    )


def share(package: str) -> None:
    """What ``package`` adds to the bundle: dist/chatdesk/ against a build without it."""
    with tempfile.TemporaryDirectory(prefix="chatdesk-share-") as tmp:
        env = {**os.environ, "CHATDESK_BUNDLE_WITHOUT": package}
        command = [str(ROOT / ".venv" / "bin" / "pyinstaller"), "--noconfirm", "--log-level"]
        command += ["WARN", "--distpath", f"{tmp}/dist", "--workpath", f"{tmp}/build"]
        subprocess.run([*command, str(ROOT / "build.spec")], env=env, cwd=ROOT, check=True)
        whole, without = size_mb(BUNDLE.parent), size_mb(Path(tmp) / "dist" / "chatdesk")
    print(f"dist/chatdesk/ {whole:.1f} MB; built without {package} {without:.1f} MB: "
          f"{package} adds {whole - without:.1f} MB")  # fmt: skip


def main() -> None:
    if sys.argv[1:2] == ["--share"]:
        share(sys.argv[2])
        return
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    home = tempfile.mkdtemp(prefix="chatdesk-bundle-")
    env = {
        **os.environ,
        "CHATDESK_HOME": home,
        "OPENAI_API_KEY": "fake-bench",
        "CHATDESK_REPORT_FIRST_PAINT": "1",
    }
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    source = [str(ROOT / ".venv" / "bin" / "python"), "-m", "chatdesk"]
    first_paint(source, env)
    first_paint([str(BUNDLE)], env)
    times: dict[str, list[float]] = {"source": [], "bundle": []}
    for _ in range(rounds):
        times["source"].append(first_paint(source, env))
        times["bundle"].append(first_paint([str(BUNDLE)], env))
    src, bun = statistics.median(times["source"]), statistics.median(times["bundle"])
    print(f"platform={env['QT_QPA_PLATFORM']} rounds={rounds}")
    print(f"source install first paint {src * 1000:.1f} ms, bundle {bun * 1000:.1f} ms: "
          f"{bun / src:.2f}x (target <= 1.1x)")  # fmt: skip
    archives = sorted((ROOT / "dist").glob("chatdesk-*.tar.gz"))
    print(f"dist/chatdesk/ {size_mb(BUNDLE.parent):.0f} MB unpacked (target <= 120 MB)")
    if archives:
        print(f"{archives[-1].name} {size_mb(archives[-1]):.0f} MB (target <= 50 MB)")


if __name__ == "__main__":
    main()
