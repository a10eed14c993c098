"""CSV and XLSX files as clerks exchange them with spreadsheets.

Reading yields the header row, then each non-blank row with the line number a
spreadsheet shows for it (the first row is line 1). A CSV may be UTF-8 with or without
a BOM, or what an older Excel saves (Windows-1252 for French, Windows-1256 for Arabic),
separated by ``;``, ``,`` or tabs. Writing produces what Excel opens as it is: CSV in
UTF-8 with a BOM and ``;`` separators, XLSX streamed row by row; no cell starts a live
formula, and a file appears under its name only once complete.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zipfile import BadZipFile

from openpyxl import Workbook, load_workbook  # type: ignore[import-untyped]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.utils.exceptions import InvalidFileException  # type: ignore[import-untyped]

from desktop_app.services.output_files import OutputFile
from desktop_app.services.spreadsheet_cells import EXCEL_EPOCH, Cell, defuse, is_formula_like

READABLE = {".csv": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx"}
WRITABLE = (".csv", ".xlsx")
XLSX_MAX_ROWS = 1_048_576
_DELIMITERS = (";", ",", "\t")
_SAMPLE_BYTES = 1 << 20
CSV_CELL_MAX_CHARS = 64 << 20
"""The csv module stops a whole file at a cell over 128 kB; cells are bounded by the
rules instead (a 10 MB name is a rejected row, not a stopped import)."""
# Three letters in a row in 0xC1-0xFF: an Arabic word in Windows-1256. French text in
# Windows-1252 has its accented letters one at a time between ASCII letters.
_ARABIC_RUN = re.compile(rb"[\xc1-\xff]{3}")
_LEGACY_NAMES = {"cp1256": "Windows-1256 (Arabic)", "cp1252": "Windows-1252 (French)"}
_XLSX_ERRORS = (InvalidFileException, BadZipFile, KeyError, ValueError, TypeError, SyntaxError)

WriteRow = Callable[[Sequence[str]], None]


class FileProblem(Exception):
    """A file cannot be read or written as asked; the message says why, for the operator."""


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: Iterator[tuple[int, Sequence[Cell]]]  # (line, cells) of each non-blank data row
    epoch: datetime  # day 0 of the file's date serial numbers
    notes: tuple[str, ...]  # what the operator should know (an encoding guessed)
    progress: Callable[[], float | None]  # fraction of the file read so far, if known


def _blank(cells: Sequence[Cell]) -> bool:
    return all(c is None or isinstance(c, str) and not c.strip() for c in cells)


@contextmanager
def open_table(path: Path) -> Iterator[Table]:
    """The table in a CSV file or the first sheet of an XLSX workbook."""
    kind = READABLE.get(path.suffix.lower())
    if kind is None:
        hint = ": save it as .xlsx or CSV" if path.suffix.lower() == ".xls" else ""
        raise FileProblem(f"{path.name} is not a CSV or XLSX file{hint}")
    if not path.is_file():
        raise FileProblem(f"{path}: no such file")
    with ExitStack() as stack:
        try:
            if kind == "csv":
                records, notes, progress = _csv_records(path, stack)
                epoch = EXCEL_EPOCH
            else:
                records, epoch, progress = _xlsx_records(path, stack)
                notes = ()
            header = next((cells for _, cells in records if not _blank(cells)), None)
        except OSError as exc:
            raise FileProblem(f"{path}: {exc.strerror or exc}") from exc
        if header is None:
            raise FileProblem(f"{path.name} has no header row (the file holds no data)")
        headers = tuple("" if c is None else str(c) for c in header)
        rows = ((line, cells) for line, cells in records if not _blank(cells))
        yield Table(headers, rows, epoch, notes, progress)


def _decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_SAMPLE_BYTES):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _encoding(path: Path) -> tuple[str, tuple[str, ...]]:
    """The file's encoding, and a note when it had to be guessed."""
    with path.open("rb") as handle:
        head = handle.read(_SAMPLE_BYTES)
    if not head:
        raise FileProblem(f"{path.name} is empty")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", ()
    if b"\x00" in head:
        raise FileProblem(f"{path.name} is not a text file")
    if _decodes(path, "utf-8"):
        return "utf-8-sig", ()
    arabic = _ARABIC_RUN.search(head) is not None
    legacy = "cp1256" if arabic or not _decodes(path, "cp1252") else "cp1252"
    return legacy, (
        f"{path.name} is not in UTF-8; it was read as {_LEGACY_NAMES[legacy]}. "
        "Check the names it gives, or save the file as 'CSV UTF-8' and import it again",
    )


def _delimiter(path: Path, encoding: str) -> str:
    """The separator that splits the header line into the most columns."""
    with path.open(encoding=encoding, newline="") as handle:
        sample = handle.read(64 * 1024)
    line = next((text for text in sample.splitlines() if text.strip()), "")
    return max(_DELIMITERS, key=lambda d: len(next(csv.reader([line], delimiter=d))))


def _csv_records(
    path: Path, stack: ExitStack
) -> tuple[Iterator[tuple[int, Sequence[Cell]]], tuple[str, ...], Callable[[], float | None]]:
    encoding, notes = _encoding(path)
    delimiter = _delimiter(path, encoding)
    size = path.stat().st_size
    raw = stack.enter_context(path.open("rb"))
    text = stack.enter_context(io.TextIOWrapper(raw, encoding=encoding, newline=""))
    csv.field_size_limit(CSV_CELL_MAX_CHARS)
    reader = csv.reader(text, delimiter=delimiter)

    def records() -> Iterator[tuple[int, Sequence[Cell]]]:
        # A spreadsheet shows a quoted multi-line cell in one row: count records, not lines.
        try:
            yield from enumerate(reader, start=1)
        except csv.Error as exc:
            raise FileProblem(f"{path.name}, line {reader.line_num}: {exc}") from exc

    return records(), notes, lambda: raw.tell() / size


def _xlsx_records(
    path: Path, stack: ExitStack
) -> tuple[Iterator[tuple[int, Sequence[Cell]]], datetime, Callable[[], float | None]]:
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except _XLSX_ERRORS as exc:
        raise FileProblem(f"{path.name} is not a readable XLSX workbook ({exc})") from exc
    stack.callback(workbook.close)
    sheet = workbook.worksheets[0]
    total: int = sheet.max_row or 0
    sheet.reset_dimensions()  # read every cell, whatever size the file claims
    read = 0

    def records() -> Iterator[tuple[int, Sequence[Cell]]]:
        nonlocal read
        try:
            for read, cells in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
                yield read, cells
        except _XLSX_ERRORS as exc:
            raise FileProblem(f"{path.name}, row {read + 1}: cannot be read ({exc})") from exc

    return records(), workbook.epoch, lambda: min(1.0, read / total) if total else None


@contextmanager
def csv_rows(output: OutputFile) -> Iterator[WriteRow]:
    """Write rows to a CSV Excel opens as is: UTF-8 with BOM, ``;``, formulas defused."""
    with (
        output.writing() as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle, delimiter=";")
        yield lambda cells: writer.writerow([defuse(c) for c in cells])


@contextmanager
def xlsx_rows(output: OutputFile, title: str) -> Iterator[WriteRow]:
    """Write rows to a one-sheet XLSX, streamed; formula-like text stored as text."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)

    def cell(text: str) -> object:
        if not text:
            return None
        if not is_formula_like(text):
            return text
        explicit = WriteOnlyCell(sheet, value=text)
        explicit.data_type = "s"  # openpyxl would otherwise store "=..." as a formula
        return explicit

    try:
        yield lambda cells: sheet.append([cell(c) for c in cells])
    except BaseException:
        sheet.close()  # ends openpyxl's writer, which would complain once collected
        raise
    with output.writing() as temporary:
        workbook.save(temporary)


@contextmanager
def table_rows(output: OutputFile, title: str) -> Iterator[WriteRow]:
    """Write rows to ``output`` as CSV or XLSX, by its extension."""
    suffix = output.path.suffix.lower()
    if suffix not in WRITABLE:
        raise FileProblem(f"{output.path.name}: the file name must end in .csv or .xlsx")
    with csv_rows(output) if suffix == ".csv" else xlsx_rows(output, title) as write:
        yield write
