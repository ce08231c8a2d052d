"""The shipped languages are complete and in step with the code, and every translatable
string is one lupdate can find and that is translated when it is shown."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from devkit import translations

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "chatdesk"


def _entries(ts: Path) -> set[tuple[str, str]]:
    return {
        (m.findtext("source") or "", m.findtext("comment") or "")
        for m in ET.parse(ts).getroot().iter("message")
    }


@pytest.mark.parametrize("lang", translations.SHIPPED)
def test_every_string_is_translated_with_the_same_placeholders(lang: str) -> None:
    problems = translations.problems(lang)
    assert not problems, f"{len(problems)} problems, first: " + "\n".join(problems[:20])


def test_the_translation_sources_hold_exactly_the_strings_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pyside6-lupdate"),
            "-tr-function-alias",
            "QT_TR_NOOP+=noop",
            "-locations",
            "none",
            *translations.sources(),
            "-ts",
            str(fresh),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )
    in_code = _entries(fresh)
    assert len(in_code) > 300  # the scan found the code's strings at all
    for lang in translations.SHIPPED:
        shipped = _entries(translations.ts_path(lang))
        assert not in_code - shipped, (
            f"{lang}: strings missing (python -m devkit.translations update): "
            f"{sorted(in_code - shipped)[:10]}"
        )
        assert not shipped - in_code, f"{lang}: stale strings: {sorted(shipped - in_code)[:10]}"


def _calls(tree: ast.AST, name: str) -> list[tuple[ast.Call, bool]]:
    """Each call of ``name`` with whether it runs inside a function (not at import time)."""
    found: list[tuple[ast.Call, bool]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name:
            found.append((node, in_function))
        inside = in_function or isinstance(
            node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
        )
        for child in ast.iter_child_nodes(node):
            # Default values are evaluated at definition time, outside the function.
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and child is node.args:
                visit(child, in_function)
            else:
                visit(child, inside)

    visit(tree, False)
    return found


def test_tr_runs_when_text_is_shown_and_gets_text_lupdate_can_read() -> None:
    problems = []
    count = 0
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(ROOT)
        for call, in_function in _calls(tree, "tr"):
            count += 1
            if not in_function:
                problems.append(f"{where}:{call.lineno} tr() at import time: use noop()")
            if call.args and isinstance(call.args[0], ast.JoinedStr | ast.BinOp):
                problems.append(f"{where}:{call.lineno} tr() of an f-string or a concatenation")
        for call, _ in _calls(tree, "noop"):
            if not (call.args and isinstance(call.args[0], ast.Constant)):
                problems.append(f"{where}:{call.lineno} noop() needs a literal string")
    assert count > 300
    assert not problems, "\n".join(problems)


def test_filling_translations_keeps_lupdates_layout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``fill`` rewrites a file as lupdate lays it out: a commit that adds translations
    changes only their lines."""
    for lang in translations.SHIPPED:
        (tmp_path / translations.ts_path(lang).name).write_bytes(
            translations.ts_path(lang).read_bytes()
        )
    monkeypatch.setattr(translations, "TS_DIR", tmp_path)
    translations.update(translations.SHIPPED)  # as lupdate writes them
    for lang in translations.SHIPPED:
        before = translations.ts_path(lang).read_text(encoding="utf-8")
        assert translations.fill(lang, {}) == 0
        assert translations.ts_path(lang).read_text(encoding="utf-8") == before, lang
