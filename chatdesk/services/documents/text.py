"""Text files in any encoding that can be detected: a byte-order mark first, then UTF-8,
then ``charset-normalizer`` (already installed: ``requests`` depends on it), which scores
candidate code pages by how plausible the decoded text is.

Binary files are refused rather than "detected": a NUL byte without a UTF-16/32 mark, or
text that decodes to more than a few control characters, is not text.
"""

from __future__ import annotations

import codecs
import unicodedata

from chatdesk.core.i18n import tr
from chatdesk.services.documents.model import DocumentError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LATIN = frozenset(
    {
        "cp1250",
        "cp1252",
        "cp1254",
        "cp1257",
        "latin_1",
        "mac_latin2",
        "mac_roman",
        "mac_iceland",
        "mac_turkish",
        "iso8859_2",
        "iso8859_3",
        "iso8859_4",
        "iso8859_9",
        "iso8859_10",
        "iso8859_13",
        "iso8859_14",
        "iso8859_15",
        "iso8859_16",
        "cp850",
        "cp437",
        "cp858",
    }
)
MARGIN = 0.1
"""How much worse a mess score may be and still count as a tie."""
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1b")
MAX_CONTROL_SHARE = 0.01


def decode_text(name: str, data: bytes) -> tuple[str, str]:
    """(text, encoding name); ``DocumentError`` when it is not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(name, data.decode(encoding)), encoding.removesuffix("-sig")
            except UnicodeDecodeError:
                break
    try:
        return _checked(name, data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise _not_text(name)
    from charset_normalizer import from_bytes

    found = list(from_bytes(data))  # best first
    if not found:
        raise _not_text(name)
    # Near-ties in the mess score are common on short files; among the candidates that
    # tie, the one whose letters read most like a language (coherence) wins, and Mac code
    # pages, all but extinct, only when nothing else is close (Mac Cyrillic otherwise wins
    # over Windows-1251 Russian, Shift-JIS half-width katakana over KOI8-R).
    close = [m for m in found if m.chaos <= found[0].chaos + MARGIN]
    modern = [m for m in close if not m.encoding.startswith("mac_")] or close
    best = max(modern, key=lambda m: m.coherence)
    if best.encoding in _LATIN:
        # Windows-1252 is what legacy Western text almost always is (browsers default to
        # it), but its mess score loses ties to rarer Latin code pages: prefer it unless
        # it reads clearly worse.
        western = from_bytes(data, cp_isolation=["cp1252"]).best()
        if western is not None and western.chaos <= best.chaos + MARGIN:
            best = western
    return _checked(name, str(best)), best.encoding


def _checked(name: str, text: str) -> str:
    sample = text[:200_000]
    odd = sum(
        1
        for c in sample
        if c not in _ALLOWED_CONTROLS and unicodedata.category(c) in ("Cc", "Cs", "Co")
    )
    if sample and odd / len(sample) > MAX_CONTROL_SHARE:
        raise _not_text(name)
    return text


def _not_text(name: str) -> DocumentError:
    return DocumentError(
        tr(
            "{name} is neither an image, a document chatdesk reads, nor text in an encoding "
            "that could be detected"
        ).format(name=name)
    )
