"""Formulas typeset to SVG by ziamath (LaTeX to MathML by latex2mathml), in a child process.

ziamath is pure Python: a formula costs 2–40 ms of interpreter time, and a thread doing
that holds the GIL long enough to stall the UI thread (measured: 27 ms gaps in a 1 ms
timer while a pool thread typeset). So, like the highlighter, it runs in a child process,
one formula at a time, within a time budget; a formula that overruns is answered as
unsupported and the child is started again. The answer is the SVG and the formula's
metrics, so the UI can rasterise it at the screen's pixel ratio and sit it on the text's
baseline.

A formula that is not well-formed LaTeX, or uses what the typesetter does not know,
is answered ``Unsupported`` with the reason: latex2mathml passes unknown commands through
as text (``\\foo``), drops unknown environments and tolerates unbalanced braces, so those
are checked here rather than shown half-typeset.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field

from chatdesk.core.i18n import noop, number, tr
from chatdesk.services.child_worker import ChildWorker, Overran, Unavailable, child_pipes

log = logging.getLogger(__name__)

#: Seconds one formula may take (the slowest of a 50-formula corpus takes ~40 ms on an idle
#: machine; the child runs at a lower priority, so a busy one stretches that a lot).
BUDGET_S = 5.0
#: A longer source is not typeset (a model that writes 4,000 characters of one formula
#: has usually lost its way; it stays readable as source).
MAX_SOURCE = 4000
WORKER_FLAG = "--typeset-worker"


@dataclass(frozen=True)
class Typeset:
    """A typeset formula: an SVG whose user unit is one pixel at the requested size."""

    svg: str
    width: float
    ascent: float
    """Pixels above the baseline (the SVG's top edge to the baseline)."""
    descent: float
    """Pixels below the baseline."""


@dataclass(frozen=True)
class Unsupported:
    """A formula that stays source: why, in words for a tooltip."""

    reason: str
    template: str = field(default="", compare=False, repr=False)
    """``reason`` before its values went in (marked with ``noop``), to translate it: the
    child process that words it has no translator. Empty: a library's own words."""
    values: tuple[tuple[str, str], ...] = field(default=(), compare=False, repr=False)

    def translated(self) -> Unsupported:
        """This reason in the user's language (in the UI's process)."""
        if not self.template:
            return self
        text = tr(self.template).format(**dict(self.values))
        return Unsupported(text, self.template, self.values)


def _unsupported(template: str, **values: str) -> Unsupported:
    """``template`` (marked with ``noop``) with ``values``, in English until translated."""
    return Unsupported(template.format(**values), template, tuple(values.items()))


class _Refused(ValueError):
    """What ``prepare`` cannot take, as a template and its values (see ``Unsupported``)."""

    def __init__(self, template: str, **values: str) -> None:
        super().__init__(template.format(**values))
        self.unsupported = _unsupported(template, **values)


OVERRUN = Unsupported("typesetting took too long")
"""Told apart by its English ``reason`` (``ui.math_images`` does not cache it): not translated."""
UNAVAILABLE = Unsupported(
    "the typesetter could not be started", noop("the typesetter could not be started")
)
"""Not the formula's fault, maybe: not cached, so it is tried again when shown again."""

# -- LaTeX as models write it, made into what latex2mathml reads -------------------------

_ENVIRONMENTS = {
    # latex2mathml's own (ziamath turns aligned into align*)
    "matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix", "smallmatrix",
    "matrix*", "pmatrix*", "bmatrix*", "Bmatrix*", "vmatrix*", "Vmatrix*",
    "array", "cases", "split", "align", "align*", "aligned", "substack",
}  # fmt: skip
_RENAMED = {
    # numbered or unknown environments, as the unnumbered one that looks the same
    "align": "align*",
    "alignat": "align*",
    "alignat*": "align*",
    "alignedat": "align*",
    "flalign": "align*",
    "flalign*": "align*",
    "dcases": "cases",
    "gathered": "array}{c",
    "gather": "array}{c",
    "gather*": "array}{c",
    "multline": "array}{c",
    "multline*": "array}{c",
}
_DROPPED_ENVIRONMENTS = ("equation", "equation*", "displaymath", "math")
_BEGIN_END = re.compile(r"\\(begin|end)\s*\{([A-Za-z]+\*?)\}")
_ALIGNAT_ARGUMENT = re.compile(r"(\\begin\{(?:alignat|alignedat)\*?\})\{\d+\}")
_TAG = re.compile(r"\\tag\*?\{([^{}]*)\}")
_DROPPED = re.compile(r"\\(?:label\{[^{}]*\}|nonumber\b|notag\b)")
_UNKNOWN = re.compile(r"<(mi|mo|mtext)[^>]*>\s*(\\[A-Za-z]+|&amp;|&)\s*</\1>")


def prepare(source: str) -> str:
    """The source as latex2mathml reads it; ``ValueError`` says why it cannot be."""
    if len(source) > MAX_SOURCE:
        raise _Refused(noop("longer than {count} characters"), count=number(MAX_SOURCE))
    if not source.strip():
        raise _Refused(noop("empty"))
    _check_braces(source)
    tags = _TAG.findall(source)
    tex = _DROPPED.sub("", _TAG.sub("", source))
    tex = _ALIGNAT_ARGUMENT.sub(r"\1", tex)
    opened: list[str] = []

    def environment(match: re.Match[str]) -> str:
        verb, name = match.group(1), match.group(2)
        if verb == "begin":
            opened.append(name)
        elif not opened or opened.pop() != name:
            raise _Refused(noop("\\end{{{name}}} does not close what was begun"), name=name)
        if name in _DROPPED_ENVIRONMENTS:
            return " "
        if name in _RENAMED:
            new = _RENAMED[name]
            if verb == "end":
                new = new.split("}")[0]
            return f"\\{verb}{{{new}}}"
        if name not in _ENVIRONMENTS:
            raise _Refused(noop("the {name} environment is not supported"), name=name)
        return match.group(0)

    tex = _BEGIN_END.sub(environment, tex)
    if opened:
        raise _Refused(noop("\\begin{{{name}}} is never ended"), name=opened[-1])
    if tags:
        tex += r"\qquad" + "".join(f"\\text{{({tag})}}" for tag in tags)
    return tex


def _check_braces(source: str) -> None:
    depth = 0
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth < 0:
                raise _Refused(noop("a closing brace without an opening one"))
        i += 1
    if depth:
        raise _Refused(noop("a brace is never closed"))


def typeset(source: str, display: bool, size: float, colour: str) -> Typeset | Unsupported:
    """Typeset ``source`` at ``size`` pixels in ``colour`` (runs in the child; callable
    directly in tests and benchmarks)."""
    import xml.etree.ElementTree as ET

    from ziamath.config import config
    from ziamath.tex import tex2mml
    from ziamath.zmath import Math

    config.svg2 = False  # glyphs as paths: Qt's SVG renderer draws no <symbol>
    try:
        tex = prepare(source)
        mathml = tex2mml(tex, inline=not display)
    except _Refused as exc:
        return exc.unsupported
    except Exception as exc:  # noqa: BLE001 - latex2mathml raises its own, and IndexError
        return Unsupported(_reason(exc))
    unknown = _UNKNOWN.search(mathml)
    if unknown:
        what = unknown.group(2)
        if what.startswith("\\"):
            return _unsupported(noop("{command} is not supported"), command=what)
        return _unsupported(noop("& outside an environment that aligns"))
    try:
        element = ET.fromstring(mathml)
        element.attrib["mathcolor"] = colour
        math = Math(element, size=size, margin=0)
        svg = math.svg()
        box = math.node.bbox
    except Exception as exc:  # noqa: BLE001 - a typesetter bug means source, not a dead child
        return Unsupported(_reason(exc))
    width = box.xmax - box.xmin
    if width <= 0 or box.ymax - box.ymin <= 0:
        return _unsupported(noop("nothing to draw"))
    return Typeset(svg, width, box.ymax, -box.ymin)


def _reason(exc: Exception) -> str:
    text = str(exc).strip()
    name = re.sub(r"(?<!^)(?=[A-Z])", " ", type(exc).__name__).lower()
    if isinstance(exc, ValueError) and text:
        return text
    return f"{name}: {text}" if text else name


# -- the child process -------------------------------------------------------------------


def serve() -> int:
    """The child's loop on stdin/stdout: one formula in, one answer out, until the parent
    goes away. Anything a library prints goes to stderr, never into the answers."""
    if hasattr(os, "nice"):
        os.nice(10)  # background work: the UI's process goes first on a busy machine
    typeset("x", False, 16, "#000000")  # loads the font before "ready": budgets are formulas'
    requests, answers = child_pipes()
    while True:
        try:
            source, display, size, colour = requests.recv()
        except (EOFError, OSError):
            return 0
        answers.send(typeset(source, display, size, colour))


class Typesetter:
    """Typesetting in its child process, one formula at a time; thread-safe."""

    def __init__(self) -> None:
        self._child = ChildWorker("chatdesk.services.typeset", WORKER_FLAG, "typesetting")

    @property
    def restarts(self) -> int:
        """Children killed for overrunning their budget (for tests and logs)."""
        return self._child.restarts

    def typeset(
        self, source: str, display: bool, size: float, colour: str
    ) -> Typeset | Unsupported:
        """The typeset formula, or why it stays source (also when it overran its budget), in
        the user's language."""
        if len(source) > MAX_SOURCE:
            return _unsupported(
                noop("longer than {count} characters"), count=number(MAX_SOURCE)
            ).translated()
        try:
            answer: Typeset | Unsupported = self._child.ask(
                (source, display, size, colour), BUDGET_S
            )
        except Overran:
            log.warning("Typesetting a formula (%d chars) overran its budget", len(source))
            return OVERRUN
        except Unavailable as exc:
            log.warning("%s", exc)
            return UNAVAILABLE.translated()
        return answer.translated() if isinstance(answer, Unsupported) else answer

    def close(self) -> None:
        self._child.close()


_shared: Typesetter | None = None


def shared() -> Typesetter:
    """The app's one typesetter (its child process is started on first use only)."""
    global _shared
    if _shared is None:
        _shared = Typesetter()
    return _shared
