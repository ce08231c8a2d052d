"""Text files in any encoding that can be detected, and which one that was.

In order: a byte-order mark; strict UTF-8; UTF-16 without a mark, told by NUL bytes that sit
at odd (little-endian) or even (big-endian) positions, as ASCII letters' high bytes do; then
``charset-normalizer`` (already installed: ``requests`` depends on it), which scores candidate
code pages by how plausible the decoded text is. Its first pass stops at the first code page
that reads like *some* language (Greek ISO-8859-7 reads as Bulgarian in Windows-1251), so
single-byte results are checked against the common single-byte code pages side by side; and
where it cannot tell (a few words), Windows-1252 wins when it reads as Western text.

Binary files are refused rather than "detected": a NUL byte that is not UTF-16, or text that
decodes to more than a few control characters, is not text.

When detection guessed wrong, the user names the encoding and ``decode_as`` reads the bytes
strictly in it: a byte that is not valid there is refused with where it is, and text that
comes out binary-looking is refused as binary files are.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import TYPE_CHECKING

from chatdesk.core.i18n import number, tr
from chatdesk.services.documents.model import DocumentError

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatch

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
SINGLE_BYTE = (
    "cp1252",
    "cp1250",
    "cp1251",
    "koi8_r",
    "koi8_u",
    "iso8859_7",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "iso8859_2",
    "iso8859_5",
    "iso8859_15",
    "cp874",
)
"""The code pages compared side by side when the first pass finds a single-byte one."""
MARGIN = 0.1
"""How much worse a mess score may be and still count as a tie."""
UNSURE_COHERENCE = 0.2
"""Below this, charset-normalizer recognised no language in the text: it was guessing."""
UTF16_NULS = 0.1
"""The least share of NUL bytes at one parity (the high bytes) that makes text UTF-16."""
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1b")
MAX_CONTROL_SHARE = 0.01


def decode_text(name: str, data: bytes) -> tuple[str, str]:
    """(text, Python codec name); ``DocumentError`` when it is not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(name, data.decode(encoding)), encoding.removesuffix("-sig")
            except UnicodeDecodeError:
                break
    try:
        utf8: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    if utf8 is not None and utf8.count("\x00") <= len(utf8) * MAX_CONTROL_SHARE:
        return _checked(name, utf8), "utf-8"
    if b"\x00" in data:
        return _utf16(name, data)
    best = _detected(data)
    if best is None:
        raise _not_text(name)
    text, encoding = str(best), best.encoding
    if encoding == "cp1253" and text == data.decode("iso8859_7", "replace"):
        encoding = "iso8859_7"  # the standard Greek code page, where the two agree
    from charset_normalizer.utils import is_multi_byte_encoding

    if (
        best.coherence < UNSURE_COHERENCE
        and encoding != "cp1252"
        and not is_multi_byte_encoding(encoding)  # CJK mixed with ASCII reads low, and is right
        and _western(data)
    ):
        text, encoding = data.decode("cp1252"), "cp1252"
    return _checked(name, text), encoding


def decode_as(name: str, data: bytes, encoding: str) -> str:
    """``data`` read strictly as ``encoding`` (a Python codec name); ``DocumentError`` when a
    byte is not valid in it (saying which, and where: counted from 1, as people count) or
    the text that comes out is not text."""
    shown = label(encoding)
    codec = "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        bad = exc.object[exc.start : exc.start + 1]
        raise DocumentError(
            tr(
                "{name} is not valid {encoding} (byte 0x{byte} at position {position}); "
                "pick another encoding"
            ).format(
                name=name, encoding=shown, byte=bad.hex().upper(), position=number(exc.start + 1)
            )
        ) from None
    if _binary(text):
        raise DocumentError(
            tr(
                "{name} read as {encoding} is not text but binary data; pick another encoding"
            ).format(name=name, encoding=shown)
        )
    return text


def _utf16(name: str, data: bytes) -> tuple[str, str]:
    """UTF-16 without a byte-order mark: the high bytes of ASCII letters, spaces and line
    ends are NULs at one parity and almost never at the other."""
    sample = data[:65536]
    pairs = len(sample) // 2
    if len(data) % 2 or pairs == 0:
        raise _not_text(name)
    even = sample[0::2].count(0) / pairs
    odd = sample[1::2].count(0) / pairs
    if odd >= UTF16_NULS and even <= MAX_CONTROL_SHARE:
        encoding = "utf-16-le"
    elif even >= UTF16_NULS and odd <= MAX_CONTROL_SHARE:
        encoding = "utf-16-be"
    else:
        raise _not_text(name)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise _not_text(name) from None
    head = text[:200_000]
    if sum(1 for c in head if unicodedata.category(c) == "Cn") > len(head) * MAX_CONTROL_SHARE:
        raise _not_text(name)  # code points no character has: not text after all
    return _checked(name, text), encoding


def _detected(data: bytes) -> CharsetMatch | None:
    from charset_normalizer import from_bytes
    from charset_normalizer.utils import is_multi_byte_encoding

    found = list(from_bytes(data))  # best first
    if not found:
        return None
    if not is_multi_byte_encoding(found[0].encoding):
        seen = {str(m) for m in found}
        found += [m for m in from_bytes(data, cp_isolation=list(SINGLE_BYTE)) if str(m) not in seen]
        found.sort(key=lambda m: m.chaos)
    # Near-ties in the mess score are common on short files; among the candidates that
    # tie, the one whose letters read most like a language (coherence) wins, and Mac and
    # DOS code pages, all but extinct, only when nothing else is close (Mac Cyrillic
    # otherwise wins over Windows-1251 Russian, Shift-JIS half-width katakana over KOI8-R,
    # DOS Baltic over Windows-1252 German).
    close = [m for m in found if m.chaos <= found[0].chaos + MARGIN]
    modern = [m for m in close if not _EXTINCT.match(m.encoding)] or close
    best = max(modern, key=lambda m: m.coherence)
    if best.encoding in _LATIN:
        # Windows-1252 is what legacy Western text almost always is (browsers default to
        # it), but its mess score loses ties to rarer Latin code pages: prefer it unless
        # it reads clearly worse.
        western = from_bytes(data, cp_isolation=["cp1252"]).best()
        if western is not None and western.chaos <= best.chaos + MARGIN:
            best = western
    return best


_EXTINCT = re.compile(r"mac_|cp(?:437|7\d\d|8[56]\d)$")
_LETTERS = re.compile(r"[^\W\d_]")


def _western(data: bytes) -> bool:
    """Whether the bytes read cleanly as Windows-1252 text in a Western language: Latin
    letters, mostly plain ASCII ones (Cyrillic or Greek bytes read as Windows-1252 give
    words of nothing but accented letters)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    letters = _LETTERS.findall(text)
    if not letters or any("LATIN" not in unicodedata.name(c, "") for c in letters):
        return False
    return sum(1 for c in letters if not c.isascii()) * 2 <= len(letters)


def label(encoding: str) -> str:
    """A codec name as people write it: "ISO-8859-7", "Windows-1252", "Shift_JIS"."""
    key = codecs.lookup(encoding).name
    if key in _LABELS:
        return _LABELS[key]
    if key.startswith("iso8859-"):
        return "ISO-" + key.removeprefix("iso")
    if re.fullmatch(r"cp125\d", key):
        return "Windows-" + key.removeprefix("cp")
    return key.upper().replace("_", "-")


_LABELS = {
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16LE",
    "utf-16-be": "UTF-16BE",
    "utf-32": "UTF-32",
    "shift_jis": "Shift_JIS",
    "cp932": "Shift_JIS (Windows-31J)",
    "euc_jp": "EUC-JP",
    "gb18030": "GB18030",
    "gbk": "GBK",
    "big5": "Big5",
    "cp949": "EUC-KR (Windows-949)",
    "euc_kr": "EUC-KR",
    "koi8-r": "KOI8-R",
    "koi8-u": "KOI8-U",
    "cp874": "Windows-874",
}


def _checked(name: str, text: str) -> str:
    if _odd_share(text, ("Cc", "Cs", "Co")) > MAX_CONTROL_SHARE:
        raise _not_text(name)
    return text


def _binary(text: str) -> bool:
    """Whether text read in an encoding the user chose looks like binary data: control
    characters, or code points no character has (a UTF-16 reading of 8-bit text)."""
    return _odd_share(text, ("Cc", "Cs", "Co", "Cn")) > MAX_CONTROL_SHARE


def _odd_share(text: str, categories: tuple[str, ...]) -> float:
    """The share of the text's first 200,000 characters that are in ``categories`` (other
    than tab, line ends and the like)."""
    sample = text[:200_000]
    odd = sum(
        1 for c in sample if c not in _ALLOWED_CONTROLS and unicodedata.category(c) in categories
    )
    return odd / len(sample) if sample else 0.0


def _not_text(name: str) -> DocumentError:
    return DocumentError(
        tr(
            "{name} is neither an image, a document chatdesk reads, nor text in an encoding "
            "that could be detected"
        ).format(name=name)
    )
