"""The theme rule: colours are written down in one module, and every text is readable.

``chatdesk/core/theme_tokens.py`` holds one palette per theme; widgets and the Markdown
renderer ask it for a role. Here: no colour literal anywhere else in the UI or the
renderer, and every text/background pair reaches WCAG 2's contrast (4.5:1, 7:1 for the
high-contrast palette), by its relative-luminance formula.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import pytest

from chatdesk.core.theme_tokens import (
    HIGH_CONTRAST,
    MIN_CONTRAST,
    MIN_CONTRAST_HIGH,
    NOT_TEXT,
    PALETTES,
    TEXT_PAIRS,
    Palette,
    colour_roles,
    contrast,
    relative_luminance,
)

PACKAGE = Path(__file__).resolve().parents[1] / "chatdesk"
#: Where colours used to be hard-coded; only the palette module may hold them.
CHECKED = [*sorted((PACKAGE / "ui").rglob("*.py")), PACKAGE / "core" / "markdown.py"]

_HEX = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3}(?:[0-9a-fA-F]{2})?)?(?![0-9a-zA-Z_])")
_CSS_FUNCTION = re.compile(r"\b(?:rgba?|hsla?)\s*\(", re.IGNORECASE)
_CSS_NAMED = re.compile(r"\b(?:color|background(?:-color)?)\s*:\s*[a-zA-Z]", re.IGNORECASE)
_QT_COLOURS = {"red", "green", "blue", "black", "white", "gray", "darkGray", "lightGray"}
_QT_COLOURS |= {"yellow", "cyan", "magenta", "darkRed", "darkGreen", "darkBlue", "GlobalColor"}


def colour_literals(source: str) -> list[str]:
    """Colours written into ``source``: hex, CSS rgb()/named colours, QColor("…"), Qt.red."""
    found = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if tokenize.tok_name[token.type] not in ("STRING", "FSTRING_MIDDLE"):
            continue
        for pattern in (_HEX, _CSS_FUNCTION, _CSS_NAMED):
            found += [f"{token.start[0]}: {m.group()}" for m in pattern.finditer(token.string)]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "QColor" and any(isinstance(arg, ast.Constant) for arg in node.args):
                found.append(f"{node.lineno}: QColor({ast.unparse(node.args[0])})")
        elif (
            isinstance(node, ast.Attribute)
            and node.attr in _QT_COLOURS
            and isinstance(node.value, ast.Name | ast.Attribute)
            and ast.unparse(node.value).split(".")[-1] == "Qt"
        ):
            found.append(f"{node.lineno}: {ast.unparse(node)}")
    return found


def test_the_scanner_finds_each_kind_of_colour() -> None:
    source = (
        'a = "color: #b00020;"\n'
        'b = f"border: 1px solid #abc; {x}"\n'
        'c = "background: rgba(0, 0, 0, 0.5)"\n'
        'd = "color: red"\n'
        'e = QtGui.QColor("navy")\n'
        "f = QColor(255, 0, 0)\n"
        "g = Qt.GlobalColor.red\n"
        "h = Qt.red\n"
    )
    lines = {int(found.split(":")[0]) for found in colour_literals(source)}
    assert lines == set(range(1, 9))
    harmless = (
        '"#errorBanner { color: " + x\n'
        'f"color: {p.error}; font-weight: bold;"\n'
        'QColor(f"#{span.color}")\n'
        "QColor(palette.muted)\n"
        "# a comment may say #b00020\n"
    )
    assert colour_literals(harmless) == []


@pytest.mark.parametrize("path", CHECKED, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_colour_is_written_outside_the_palette(path: Path) -> None:
    found = colour_literals(path.read_text(encoding="utf-8"))
    assert not found, f"{path.name}: take these from chatdesk.core.theme_tokens: {found}"


@pytest.mark.parametrize("palette", PALETTES.values(), ids=lambda p: p.name)
def test_every_text_pair_reaches_the_contrast_minimum(palette: Palette) -> None:
    minimum = MIN_CONTRAST_HIGH if palette is HIGH_CONTRAST else MIN_CONTRAST
    low = {
        f"{fg} on {bg}": round(ratio, 2)
        for fg, bg in TEXT_PAIRS
        if (ratio := contrast(getattr(palette, fg), getattr(palette, bg))) < minimum
    }
    assert not low, f"{palette.name}: below {minimum}:1: {low}"


def test_every_role_is_checked_or_declared_not_text() -> None:
    roles = set(colour_roles())
    foregrounds = {fg for fg, _ in TEXT_PAIRS}
    assert {role for pair in TEXT_PAIRS for role in pair} <= roles
    assert roles >= NOT_TEXT
    assert roles - NOT_TEXT == foregrounds, "a text role without a pair goes unchecked"


@pytest.mark.parametrize("palette", PALETTES.values(), ids=lambda p: p.name)
def test_every_colour_is_rgb_hex(palette: Palette) -> None:
    for role in colour_roles():
        assert re.fullmatch(r"#[0-9a-f]{6}", getattr(palette, role)), (palette.name, role)


def test_palettes_are_named_and_dark_matches_the_page() -> None:
    for name, palette in PALETTES.items():
        assert palette.name == name
        assert palette.dark == (relative_luminance(palette.base) < 0.18), name


def test_the_wcag_formula() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#ffffff", "#000000") == pytest.approx(21)
    assert contrast("#777777", "#777777") == pytest.approx(1)
    # WebAIM's checker: #767676 on white is the lightest grey that passes AA (4.54:1).
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert relative_luminance("#808080") == pytest.approx(0.2159, abs=1e-4)
