"""Text files in legacy encodings arrive as the text their author wrote, and say which
encoding they were read in: Greek ISO-8859-7 is not taken for Cyrillic, a few German words
in Windows-1252 not for CJK, UTF-16 without a byte-order mark is read rather than refused,
and the East Asian encodings keep coming out right. When detection guesses wrong, the user
names the encoding and the bytes are read strictly in it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chatdesk.core.attachments import TEXT, Attachment
from chatdesk.core.export import parse_chatdesk, to_json
from chatdesk.core.messages import Conversation, Message, Role
from chatdesk.services.documents import Control, DocumentError, Extraction, prepare
from chatdesk.services.documents.text import decode_as
from chatdesk.services.storage import DB_NAME, HistoryStore

GREEK = (
    "Η Αθήνα είναι η πρωτεύουσα και η μεγαλύτερη πόλη της Ελλάδας. Είναι μία από τις "
    "αρχαιότερες πόλεις του κόσμου, με καταγεγραμμένη ιστορία που ξεπερνά τις τρεις "
    "χιλιάδες χρόνια.\n"
)


def attached(name: str, data: bytes) -> Attachment:
    result = prepare(name, data, Control(name))
    assert isinstance(result, Attachment) and result.kind == TEXT, result
    return result


def test_greek_in_iso_8859_7_is_read_as_greek() -> None:
    note = attached("athens.txt", GREEK.encode("iso-8859-7"))
    assert note.text == GREEK
    assert note.encoding == "ISO-8859-7"


@pytest.mark.parametrize(
    "text",
    [
        "Grüße",
        "Viele Grüße aus Köln!\nDas Frühstück für zwei kostet 12,50 €.\n",
        "# Größe prüfen\nPREIS = '9,99 €'  # Übergrößen kosten mehr\n",
    ],
)
def test_german_in_windows_1252_keeps_its_umlauts_and_euro_sign(text: str) -> None:
    note = attached("gruss.txt", text.encode("cp1252"))
    assert note.text == text
    assert note.encoding == "Windows-1252"


def test_utf16_without_a_byte_order_mark_is_read() -> None:
    code = "def main():\n    print('Grüße, Αθήνα')  # ünïcödé\n\nmain()\n"
    for encoding, shown in (("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE")):
        source = attached("main.py", code.encode(encoding))
        assert source.text == code and source.encoding == shown, encoding


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("shift_jis", "日本語のテキストファイルです。文字コードの判定を確認します。\n"),
        ("gbk", "这是一个中文文本文件，用于测试字符编码的检测功能。\n"),
        ("big5", "這是一個繁體中文文字檔案，用來測試字元編碼的偵測。\n"),
        ("euc-kr", "이것은 한국어 텍스트 파일입니다. 문자 인코딩 감지를 테스트합니다.\n"),
        # Mostly ASCII with a little CJK: charset-normalizer is unsure of these, and they
        # read as plausible Latin in Windows-1252 (ƒeƒXƒg): they must stay CJK.
        ("shift_jis", "title: テスト\nauthor: 山田\n"),
        ("euc-kr", "Notes for the meeting: 회의 agenda and minutes\n"),
    ],
)
def test_east_asian_encodings_stay_right(encoding: str, text: str) -> None:
    note = attached("note.txt", text.encode(encoding))
    assert note.text == text
    assert note.encoding  # named, whichever superset of the encoding it was read as


def test_utf8_files_name_no_encoding_and_binary_is_still_refused() -> None:
    assert attached("plain.txt", "Grüße €\n".encode()).encoding == ""
    from chatdesk.services.documents import DocumentError

    for blob in (bytes(range(256)) * 8, b"\x00\x01" * 200, b"\x00" * 64 + b"MZ" * 10):
        with pytest.raises(DocumentError, match="nor text in an encoding"):
            prepare("blob.bin", blob, Control("blob.bin"))


def test_a_legacy_csv_says_which_encoding_it_was_read_in() -> None:
    rows = "Name;Stadt\n" + "".join(f"Müller {i};Köln\n" for i in range(5))
    table = prepare("export.csv", rows.encode("cp1252"), Control("export.csv"))
    assert isinstance(table, Extraction)
    assert "| Müller 0 | Köln |" in table.text() and table.encoding == "Windows-1252"


def test_a_file_read_as_greek_round_trips_through_history_and_export(tmp_path: Path) -> None:
    """The encoding is for the tray only: what is stored and exported is the UTF-8 text,
    and it comes back equal to what was sent."""
    note = attached("athens.txt", GREEK.encode("iso-8859-7"))
    question = Message(Role.USER, "Translate", attachments=(note,))
    conv = Conversation(title="Greek", messages=[question])
    store = HistoryStore(tmp_path / DB_NAME)
    store.open()
    try:
        store.save_conversation(conv)
        store.add_message(conv.uid, question, 1.0)
        loaded = store.load_conversation(conv.uid)
    finally:
        store.close()
    assert loaded is not None
    assert loaded.messages[0].attachments == (note,)
    assert loaded.messages[0].attachments[0].text == GREEK
    (imported,) = parse_chatdesk(json.loads(to_json([conv])))
    assert imported.messages[0].attachments == (note,)
    assert imported.messages[0].attachments[0].text == GREEK


BOM = b"\xef\xbb\xbf"
POLISH = "Dzień dobry, jak się masz? Łódź jest ładna.\n"


def test_a_file_detection_misreads_is_read_right_in_the_encoding_named() -> None:
    data = POLISH.encode("cp1250")
    assert attached("notes.txt", data).encoding == "Windows-1252"  # the guess, wrong
    assert decode_as("notes.txt", data, "cp1250") == POLISH
    note = prepare("notes.txt", data, Control("notes.txt"), encoding="cp1250")
    assert isinstance(note, Attachment)
    assert note.text == POLISH and note.encoding == "Windows-1250"
    plain = prepare("plain.txt", POLISH.encode(), Control("plain.txt"), encoding="utf-8")
    assert isinstance(plain, Attachment) and plain.encoding == "UTF-8"  # chosen: said
    marked = BOM + POLISH.encode()
    assert decode_as("marked.txt", marked, "utf-8") == POLISH  # the mark is not text


def test_bytes_not_valid_in_the_encoding_named_are_refused_saying_where() -> None:
    with pytest.raises(DocumentError) as refused:
        decode_as("gruss.txt", "Grüße aus Köln\n".encode("cp1252"), "utf-8")
    assert str(refused.value) == (
        "gruss.txt is not valid UTF-8 (byte 0xFC at position 3); pick another encoding"
    )
    with pytest.raises(DocumentError, match=r"not valid Shift_JIS \(byte 0x81 at position 13\)"):
        decode_as("notes.txt", b"plain ascii " + b"\x81\x20", "shift_jis")
    with pytest.raises(DocumentError, match="not valid UTF-16"):
        decode_as("odd.txt", b"abc", "utf-16")  # half a character at the end


def test_text_in_the_encoding_named_that_is_binary_is_refused() -> None:
    blob = bytes(range(32)) * 20
    with pytest.raises(DocumentError, match="read as Windows-1252 is not text but binary"):
        decode_as("blob.bin", blob, "cp1252")
    with pytest.raises(DocumentError, match="read as Windows-1252 is not text"):
        prepare("blob.txt", blob, Control("blob.txt"), encoding="cp1252")


def test_a_csv_is_extracted_again_in_the_encoding_named() -> None:
    rows = "Imię;Miasto\n" + "".join(f"Łukasz {i};Łódź\n" for i in range(5))
    table = prepare("export.csv", rows.encode("cp1250"), Control("export.csv"), encoding="cp1250")
    assert isinstance(table, Extraction)
    assert "| Łukasz 0 | Łódź |" in table.text() and table.encoding == "Windows-1250"
