"""Build a slim ICU data library for the bundle (Linux): 2 MB instead of Qt's 31 MB.

Qt Core links ICU, whose data library carries every locale, collation, converter and
time zone name. chatdesk needs none of that (Qt formats and breaks text itself, and the
UI is English), so this keeps the core tables, the English locales and the normalisation
and IDNA data, repackages them with ``icupkg`` and assembles a drop-in
``libicudata.so.NN`` exporting the same ``icudtNN_dat`` symbol. build.spec uses the
result when it exists; without ``icupkg`` (Debian: icu-devtools) or a C compiler the
bundle keeps the full library.

Usage: ``.venv/bin/python scripts/slim_icu.py`` (writes build/icu/).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "icu"
KEEP_LOCALES = {"en.res", "en_US.res", "en_001.res", "en_GB.res", "res_index.res"}
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$")


def find_icudata() -> Path:
    import PySide6

    libs = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not libs:
        raise SystemExit("no libicudata in this PySide6")
    return libs[0]


def extract(so: Path, symbol: str) -> bytes:
    """The bytes of ``symbol`` (ICU's data package) from the shared library file."""
    nm = subprocess.run(["nm", "-S", "-D", "--defined-only", str(so)], capture_output=True,
                        text=True, check=True).stdout  # fmt: skip
    line = next(ln for ln in nm.splitlines() if ln.endswith(f" {symbol}"))
    address, size = (int(x, 16) for x in line.split()[:2])
    sections = subprocess.run(["readelf", "-SW", str(so)], capture_output=True, text=True,
                              check=True).stdout  # fmt: skip
    for row in sections.splitlines():
        if "]" not in row:
            continue
        fields = row.split("]", 1)[1].split()
        if len(fields) > 3 and fields[1] in ("PROGBITS",):
            vaddr, offset, length = int(fields[2], 16), int(fields[3], 16), int(fields[4], 16)
            if vaddr <= address < vaddr + length:
                data = so.read_bytes()
                start = address - vaddr + offset
                return data[start : start + size]
    raise SystemExit(f"{symbol} not found in a data section of {so}")


#: Character names and spoofing checks: ICU services Qt never calls.
DROP = {"unames.icu", "confusables.cfu", "confusablesWholeScript.cfu"}


def wanted(item: str) -> bool:
    if "/" in item or item.endswith(".cnv") or item in DROP:
        return False  # locale subtrees, collation, break rules, converters
    return not (LOCALE.match(item) and item not in KEEP_LOCALES)


def main() -> int:
    if sys.platform != "linux":
        print("slim ICU: Linux only; the bundle keeps the full ICU data")
        return 0
    missing = [t for t in ("icupkg", "nm", "readelf", "cc") if shutil.which(t) is None]
    if missing:
        print(f"slim ICU: {', '.join(missing)} missing; the bundle keeps the full ICU data")
        return 0
    so = find_icudata()
    version = so.name.rsplit(".", 1)[-1]
    symbol, package = f"icudt{version}_dat", f"icudt{version}l"
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        full = tmp / f"{package}.dat"
        full.write_bytes(extract(so, symbol))
        items = subprocess.run(["icupkg", "-l", str(full)], capture_output=True, text=True,
                               check=True).stdout.split()  # fmt: skip
        keep = [i for i in items if wanted(i)]
        (tmp / "keep.txt").write_text("\n".join(keep) + "\n")
        (tmp / "items").mkdir()
        subprocess.run(["icupkg", "-x", str(tmp / "keep.txt"), "-d", str(tmp / "items"),
                        str(full)], check=True)  # fmt: skip
        slim = tmp / "slim.dat"
        subprocess.run(["icupkg", "-a", str(tmp / "keep.txt"), "-s", str(tmp / "items"), "new",
                        str(slim)], check=True)  # fmt: skip
        asm = tmp / "data.S"
        asm.write_text(
            f"    .section .rodata\n    .globl {symbol}\n    .type {symbol}, @object\n"
            f'    .balign 16\n{symbol}:\n    .incbin "{slim}"\n'
            f"    .size {symbol}, . - {symbol}\n"
            '    .section .note.GNU-stack,"",@progbits\n'
        )
        target = OUT / so.name
        subprocess.run(["cc", "-shared", "-nostdlib", "-o", str(target),
                        f"-Wl,-soname,{so.name}", str(asm)], check=True)  # fmt: skip
    print(
        f"slim ICU: kept {len(keep)} of {len(items)} data items; "
        f"{so.stat().st_size / 1e6:.1f} MB -> {target.stat().st_size / 1e6:.1f} MB ({target})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
