"""Spreadsheets: Excel (XLSX), OpenDocument (ODS) and CSV, each sheet as a GFM table under
``--- Sheet N: name ---``.

Only filled cells are kept, and sheets are bounded: past ``MAX_COLUMNS`` columns the rest of
a row is left out (and the text says so), and a workbook with more than ``MAX_CELLS`` filled
cells is refused (it could never fit a model's context). ODS rows and cells carry repeat
counts (a million empty rows is normal at the end of an ODS sheet); empty repeats are
counted, never expanded, and filled ones are capped. XLSX numbers formatted as dates are
shown as dates.
"""

from __future__ import annotations

import csv
import datetime as dt
import re

from chatdesk.core.i18n import noop, tr
from chatdesk.services.documents.flow import table_markdown
from chatdesk.services.documents.model import MAX_PARTS, Control, DocumentError, Extraction, Part
from chatdesk.services.documents.safe_xml import parse
from chatdesk.services.documents.safe_zip import SafeZip
from chatdesk.services.documents.shared import Collect, main_part, relationships

MAX_COLUMNS = 100
MAX_CELLS = 300_000
MAX_REPEAT = 1000
"""A filled ODS row or cell repeated more often than this is shown this often."""
_DATE_IDS = {*range(14, 23), *range(27, 37), 45, 46, 47, *range(50, 59)}
_CELL = re.compile(r"([A-Z]{1,3})(\d+)$")


class _Sheet:
    """Rows of one sheet as they are read, within the column and cell limits."""

    def __init__(self, name: str, book: _Book) -> None:
        self.name = name
        self.rows: list[list[str]] = []
        self.book = book

    def add_row(self, cells: list[str], times: int = 1) -> None:
        while cells and not cells[-1].strip():
            cells.pop()
        if not cells:
            return
        if len(cells) > MAX_COLUMNS:
            self.book.wide = True
            del cells[MAX_COLUMNS:]
        for _ in range(min(times, MAX_REPEAT)):
            self.book.cells += sum(1 for c in cells if c)
            if self.book.cells > MAX_CELLS:
                raise DocumentError(
                    tr(
                        "{name} has more than %Ln filled cell(s), "
                        "too many to attach: save the part that matters as CSV",
                        "",
                        MAX_CELLS,
                    ).format(name=self.book.control.name)
                )
            self.rows.append(list(cells))


class _Book:
    def __init__(self, control: Control) -> None:
        self.control = control
        self.sheets: list[_Sheet] = []
        self.cells = 0
        self.wide = False

    def extraction(self, kind: str) -> Extraction:
        parts = []
        for number, sheet in enumerate(self.sheets, 1):
            label = f"Sheet {number}: {sheet.name}" if sheet.name else f"Sheet {number}"
            parts.append(Part(label, self.control.count(table_markdown(sheet.rows))))
        if not parts:
            raise DocumentError(tr("{name} has no sheets").format(name=self.control.name))
        notes = (f"(Columns past the {MAX_COLUMNS}th are left out.)",) if self.wide else ()
        return Extraction(self.control.name, kind, "sheet", tuple(parts), notes)


# -- XLSX -------------------------------------------------------------------------------


class _Workbook(Collect):
    def __init__(self) -> None:
        super().__init__()
        self.sheets: list[tuple[str, str]] = []  # (name, relationship id)
        self.date1904 = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "sheet":
            self.sheets.append((attrs.get("name", ""), attrs.get("id", "")))
        elif tag == "workbookPr":
            self.date1904 = attrs.get("date1904", "0") in ("1", "true")


class _Strings(Collect):
    def __init__(self, control: Control) -> None:
        super().__init__()
        self.control = control
        self.strings: list[str] = []
        self._parts: list[str] = []
        self._in_text = False
        self._phonetic = 0

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "si":
            self._parts = []
        elif tag == "rPh":
            self._phonetic += 1
        elif tag == "t" and not self._phonetic:
            self._in_text = True

    def end(self, tag: str) -> None:
        if tag == "si":
            self.strings.append(self.control.count("".join(self._parts)))
        elif tag == "rPh":
            self._phonetic -= 1
        elif tag == "t":
            self._in_text = False

    def data(self, text: str) -> None:
        if self._in_text:
            self._parts.append(text)


class _Styles(Collect):
    """Which cell formats (``s`` indexes into ``cellXfs``) show dates."""

    def __init__(self) -> None:
        super().__init__()
        self.custom_dates: set[str] = set()
        self.dates: list[bool] = []
        self._in_xfs = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "numFmt" and _is_date_code(attrs.get("formatCode", "")):
            self.custom_dates.add(attrs.get("numFmtId", ""))
        elif tag == "cellXfs":
            self._in_xfs = True
        elif tag == "xf" and self._in_xfs:
            fmt = attrs.get("numFmtId", "0")
            self.dates.append(fmt in self.custom_dates or (fmt.isdigit() and int(fmt) in _DATE_IDS))

    def end(self, tag: str) -> None:
        if tag == "cellXfs":
            self._in_xfs = False

    def is_date(self, style: str) -> bool:
        index = int(style) if style.isdigit() else 0
        return index < len(self.dates) and self.dates[index]


def _is_date_code(code: str) -> bool:
    bare = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", code).lower()
    return any(c in bare for c in "ydhs")


def _excel_date(value: str, date1904: bool) -> str:
    try:
        serial = float(value)
    except ValueError:
        return value
    epoch = dt.datetime(1904, 1, 1) if date1904 else dt.datetime(1899, 12, 30)
    try:
        when = epoch + dt.timedelta(days=serial)
    except OverflowError:
        return value
    if serial == int(serial):
        return when.date().isoformat()
    return when.isoformat(sep=" ", timespec="minutes")


def _number(value: str) -> str:
    try:
        number = float(value)
    except ValueError:
        return value
    return f"{number:.15g}" if number == number and abs(number) != float("inf") else value


class _Cells(Collect):
    def __init__(self, sheet: _Sheet, strings: list[str], styles: _Styles, date1904: bool) -> None:
        super().__init__()
        self.sheet, self.strings, self.styles, self.date1904 = sheet, strings, styles, date1904
        self._row: list[str] = []
        self._type = self._style = ""
        self._column = 0
        self._value: list[str] = []
        self._reading = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "row":
            self._row, self._column = [], 0
        elif tag == "c":
            found = _CELL.match(attrs.get("r", ""))
            self._column = _column_index(found.group(1)) if found else self._column + 1
            self._type, self._style, self._value = attrs.get("t", "n"), attrs.get("s", ""), []
        elif tag in ("v", "t"):
            self._reading = True

    def end(self, tag: str) -> None:
        if tag in ("v", "t"):
            self._reading = False
        elif tag == "c":
            value = self._cell("".join(self._value))
            if value and self._column <= MAX_COLUMNS + 1:
                self._row.extend([""] * (self._column - 1 - len(self._row)))
                self._row.append(value)
            elif value:
                self.sheet.book.wide = True
        elif tag == "row":
            self.sheet.add_row(self._row)

    def _cell(self, raw: str) -> str:
        kind = self._type
        if kind == "s":
            index = int(raw) if raw.isdigit() else -1
            return self.strings[index] if 0 <= index < len(self.strings) else ""
        if kind == "b":
            return "TRUE" if raw == "1" else "FALSE"
        if kind in ("str", "inlineStr", "e"):
            return raw
        if raw and self.styles.is_date(self._style):
            return _excel_date(raw, self.date1904)
        return _number(raw) if raw else ""

    def data(self, text: str) -> None:
        if self._reading:
            self._value.append(text)


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index


def extract_xlsx(data: bytes, control: Control) -> Extraction:
    archive = SafeZip(data, control)
    workbook_part = main_part(archive, "xl/workbook.xml")
    rels = relationships(archive, workbook_part)
    workbook = _Workbook()
    parse(archive.chunks(workbook_part), workbook, control, workbook_part)
    if len(workbook.sheets) > MAX_PARTS:
        raise DocumentError(
            tr("{name} has more than %Ln sheet(s); not read", "", MAX_PARTS).format(
                name=control.name
            )
        )
    strings, styles = _Strings(control), _Styles()
    for target, kind in rels.values():
        if kind == "sharedStrings" and archive.has(target):
            parse(archive.chunks(target), strings, control, target)
        elif kind == "styles" and archive.has(target):
            parse(archive.chunks(target), styles, control, target)
    book = _Book(control)
    for number, (name, rid) in enumerate(workbook.sheets):
        control.progress(number, len(workbook.sheets))
        target, kind = rels.get(rid, ("", ""))
        sheet = _Sheet(name, book)
        book.sheets.append(sheet)
        if kind == "worksheet" and archive.has(target):
            parse(
                archive.chunks(target),
                _Cells(sheet, strings.strings, styles, workbook.date1904),
                control,
                target,
            )
    return book.extraction(noop("Excel workbook"))


# -- ODS --------------------------------------------------------------------------------


class _OdsContent(Collect):
    def __init__(self, book: _Book) -> None:
        super().__init__()
        self.book = book
        self._sheet: _Sheet | None = None
        self._row: list[str] = []
        self._row_times = 1
        self._empty_run = 0  # empty cells waiting for a filled one after them
        self._cell: list[str] | None = None
        self._cell_times = 1
        self._value = ""
        self._skip = 0
        self._paragraphs = 0

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if self._skip or tag == "annotation":
            self._skip += 1
            return
        if tag == "table" and self._sheet is None:
            self._sheet = _Sheet(attrs.get("name", ""), self.book)
            self.book.sheets.append(self._sheet)
        elif tag == "table-row":
            self._row, self._empty_run = [], 0
            self._row_times = _repeat(attrs.get("number-rows-repeated"))
        elif tag in ("table-cell", "covered-table-cell"):
            self._cell, self._paragraphs = [], 0
            self._cell_times = _repeat(attrs.get("number-columns-repeated"))
            self._value = attrs.get("value") or attrs.get("date-value") or ""
            if attrs.get("value-type") == "boolean":
                self._value = attrs.get("boolean-value", "").upper()
        elif self._cell is not None and tag == "p":
            self._paragraphs += 1
            if self._paragraphs > 1:
                self._cell.append(" ")
        elif self._cell is not None and tag == "s":
            self._cell.append(" " * min(_repeat(attrs.get("c")), 100))
        elif self._cell is not None and tag in ("tab", "line-break"):
            self._cell.append(" ")

    def end(self, tag: str) -> None:
        if self._skip:
            self._skip -= 1
            return
        if tag in ("table-cell", "covered-table-cell") and self._cell is not None:
            text = self.book.control.count("".join(self._cell).strip() or self._value)
            self._cell = None
            if not text:
                self._empty_run += self._cell_times
                return
            room = MAX_COLUMNS + 1 - len(self._row)
            self._row.extend([""] * min(self._empty_run, max(room, 0)))
            self._empty_run = 0
            times = min(self._cell_times, MAX_COLUMNS + 1 - len(self._row))
            self._row.extend([text] * max(times, 0))
        elif tag == "table-row" and self._sheet is not None:
            self._sheet.add_row(self._row, self._row_times)
        elif tag == "table":
            self._sheet = None

    def data(self, text: str) -> None:
        if self._cell is not None and not self._skip:
            self._cell.append(text)


def _repeat(value: str | None) -> int:
    return int(value) if value and value.isdigit() else 1


def extract_ods(data: bytes, control: Control) -> Extraction:
    archive = SafeZip(data, control)
    book = _Book(control)
    parse(archive.chunks("content.xml"), _OdsContent(book), control, "content.xml")
    return book.extraction(noop("OpenDocument spreadsheet"))


# -- CSV --------------------------------------------------------------------------------


def extract_csv(text: str, control: Control, *, tab: bool = False) -> Extraction:
    """A CSV (or tab-separated) text as one table; the delimiter is sniffed."""
    sample = text[: 64 * 1024]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",;\t|")
    except csv.Error:
        dialect = csv.excel_tab if tab else csv.excel
    book = _Book(control)
    sheet = _Sheet("", book)
    try:
        for number, row in enumerate(csv.reader(text.splitlines(), dialect)):
            if number % 1000 == 0:
                control.check()
            sheet.add_row([control.count(c) for c in row])
    except csv.Error as exc:
        raise DocumentError(
            tr("{name} is not valid CSV ({error})").format(name=control.name, error=exc)
        ) from None
    table = table_markdown(sheet.rows)
    if not table:
        raise DocumentError(tr("{name} has no cells with text").format(name=control.name))
    notes = (f"(Columns past the {MAX_COLUMNS}th are left out.)",) if book.wide else ()
    return Extraction(control.name, noop("CSV table"), "", (Part("", table),), notes)
