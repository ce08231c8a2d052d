"""Keep the translation sources in step with the code, and check and compile them.

    python -m devkit.translations update          rescan chatdesk/ into every .ts file
    python -m devkit.translations todo de         unfinished strings of one language, JSON
    python -m devkit.translations fill de x.json  write translations: todo's list, each entry
                                                  given a "translation" (or {source: text})
    python -m devkit.translations check           missing strings, mismatched placeholders
    python -m devkit.translations compile [DIR]   .ts -> .qm (resources/translations/)
    python -m devkit.translations pseudo DIR      an accented, 40% longer pseudo-language

The ``.ts`` files in ``resources/translations/`` are the sources, kept in the repository;
``.qm`` files are built (``scripts/translations.sh``) and never committed. A plural
entry (``tr("%Ln file(s)", "", n)``) is filled with a list: one form per plural form of
the language (Japanese and Chinese 1, German 2, Arabic 6).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
SHIPPED = ["de", "fr", "es", "pt_BR", "zh_CN", "ja", "ar"]
FIELD = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%L?n|%L?\d")


def ts_path(lang: str) -> Path:
    return TS_DIR / f"chatdesk_{lang}.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "chatdesk").rglob("*.py"))


def update(langs: list[str]) -> None:
    """Rescan the code: new strings become unfinished, strings gone from it are dropped."""
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in langs:
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                "-tr-function-alias",
                "QT_TR_NOOP+=noop",
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                lang,
                *sources(),
                "-ts",
                str(ts_path(lang)),
            ],
            cwd=ROOT,
            check=True,
        )


def _messages(tree: ET.ElementTree) -> list[ET.Element]:
    return list(tree.getroot().iter("message"))


def _key(message: ET.Element) -> str:
    comment = message.findtext("comment") or ""
    source = message.findtext("source") or ""
    return f"{source}\x04{comment}" if comment else source


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.findall("numerusform")]
    return [translation.text or ""]


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return (
        translation is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not any(_forms(message))
    )


def todo(lang: str) -> list[dict[str, object]]:
    """Entries still to translate: source, comment (a disambiguation), plural form count."""
    tree = ET.parse(ts_path(lang))
    out: list[dict[str, object]] = []
    for message in _messages(tree):
        if _unfinished(message):
            entry: dict[str, object] = {"source": message.findtext("source") or ""}
            if message.findtext("comment"):
                entry["comment"] = message.findtext("comment")
            if message.get("numerus") == "yes":
                entry["plural_forms"] = len(_forms(message))
            out.append(entry)
    return out


def fill(lang: str, translations: dict[str, str | list[str]]) -> int:
    """Write translations keyed by source (``source\\x04comment`` for disambiguated ones)."""
    path = ts_path(lang)
    tree = ET.parse(path)
    done = 0
    for message in _messages(tree):
        value = translations.get(_key(message))
        if value is None:
            value = translations.get(message.findtext("source") or "")
        if value is None:
            continue
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = [value] if isinstance(value, str) else list(value)
            slots = translation.findall("numerusform")
            for i, slot in enumerate(slots):
                slot.text = forms[min(i, len(forms) - 1)]
        else:
            translation.text = value if isinstance(value, str) else value[0]
        done += 1
    _write(tree, path)
    return done


_LUPDATE_ESCAPES = str.maketrans({'"': "&quot;", "'": "&apos;", "\xa0": "&#xa0;"})


def _write(tree: ET.ElementTree, path: Path) -> None:
    """Write ``tree`` laid out as ``pyside6-lupdate`` writes it (contexts flush left, no
    self-closed elements), so filling translations changes only the lines it fills."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode", short_empty_elements=False)
    lines = body.split("\n")
    inner = [line.removeprefix("    ") for line in lines[1:-1]]
    body = re.sub(  # quotes in text escaped as lupdate does
        r">([^<]*)<",
        lambda m: ">" + m.group(1).translate(_LUPDATE_ESCAPES) + "<",
        "\n".join([lines[0], *inner, lines[-1]]),
    )
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n')


def placeholders(text: str) -> list[str]:
    return sorted(FIELD.findall(text))


def problems(lang: str) -> list[str]:
    """Each string missing from ``lang``, and each translation whose placeholders differ."""
    found: list[str] = []
    for message in _messages(ET.parse(ts_path(lang))):
        source = message.findtext("source") or ""
        if _unfinished(message):
            found.append(f"{lang}: not translated: {source!r}")
            continue
        wanted = placeholders(source)
        for form in _forms(message):
            if placeholders(form) != wanted:
                found.append(f"{lang}: placeholders {placeholders(form)} != {wanted}: {source!r}")
            if source.count("&") != form.count("&") and "&&" not in source:
                found.append(f"{lang}: mnemonic '&' count differs: {source!r} -> {form!r}")
    return found


def compile_all(out_dir: Path, langs: list[str]) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for lang in langs:
        subprocess.run(
            [
                str(BIN / "pyside6-lrelease"),
                "-silent",
                str(ts_path(lang)),
                "-qm",
                str(out_dir / f"chatdesk_{lang}.qm"),
            ],
            check=True,
        )


_ACCENTS = str.maketrans("AaCcEeIiNnOoSsUuYyZz", "ÅåÇçÉéÎîÑñÖöŠšÛûÝýŽž")
_MARKUP = re.compile(r"(\{[^{}]*\}|%L?n|%L?\d|<[^>]*>|&[a-z]+;|&&)")


def pseudo_text(source: str) -> str:
    """Accented and 40% longer, placeholders and markup kept: "⟦Šåvé···⟧"."""
    parts = _MARKUP.split(source)
    out = "".join(p if _MARKUP.fullmatch(p) else p.translate(_ACCENTS) for p in parts)
    letters = sum(1 for p in parts if not _MARKUP.fullmatch(p) for _ in p)
    return f"⟦{out}{'·' * max(1, round(letters * 0.4))}⟧"


def pseudo(out_dir: Path) -> Path:
    """Compile ``chatdesk_pseudo.qm`` from the German sources' message list."""
    tree = ET.parse(ts_path("de"))
    for message in _messages(tree):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            for slot in translation.findall("numerusform"):
                slot.text = pseudo_text(source)
        else:
            translation.text = pseudo_text(source)
    out_dir.mkdir(parents=True, exist_ok=True)
    ts = out_dir / "chatdesk_pseudo.ts"
    _write(tree, ts)
    qm = out_dir / "chatdesk_pseudo.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def main(argv: list[str]) -> int:
    command, *rest = argv or ["check"]
    if command == "update":
        update(rest or SHIPPED)
    elif command == "todo":
        print(json.dumps(todo(rest[0]), ensure_ascii=False, indent=1))
    elif command == "fill":
        data = json.loads(Path(rest[1]).read_text(encoding="utf-8"))
        if isinstance(data, list):  # todo's entries, each with a "translation" added
            data = {
                (f"{e['source']}\x04{e['comment']}" if e.get("comment") else e["source"]): e[
                    "translation"
                ]
                for e in data
                if e.get("translation")
            }
        print(f"{fill(rest[0], data)} strings written to {ts_path(rest[0])}")
    elif command == "check":
        found = [p for lang in (rest or SHIPPED) for p in problems(lang)]
        print("\n".join(found) or "every shipped language is complete")
        return 1 if found else 0
    elif command == "compile":
        compile_all(Path(rest[0]) if rest else TS_DIR, SHIPPED)
    elif command == "pseudo":
        print(pseudo(Path(rest[0])))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
