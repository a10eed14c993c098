"""Importing artisans from a spreadsheet (``hirfa import``).

What belongs to the file is handled here: column names in French or Arabic, cells as
spreadsheets change them, category labels. The rules are not: each row becomes an
:class:`~registry.artisan.ArtisanDraft` and goes through
:func:`~desktop_app.services.batch.register_chunks`, the validation the counter's form
uses. Rows are saved in chunks of one transaction each, so a row is saved whole or not
at all and an import killed half-way leaves a consistent register; importing the same
file again skips the people already registered and saves the rest.

A file ``hirfa export`` wrote also says what each record already is, its registration
number and status: those are kept (:class:`~desktop_app.services.batch.KeptAs`), so
that the register moves from one desk to another as it is.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any

from desktop_app.messages import describe
from desktop_app.services.batch import BatchOutcome, Chunk, KeptAs, register_chunks
from desktop_app.services.desk import Desk
from desktop_app.services.import_columns import (
    KEPT_FIELDS,
    ColumnMap,
    category_code,
    map_columns,
    status_code,
)
from desktop_app.services.records import Actor
from desktop_app.services.spreadsheet_cells import (
    ICE_DIGITS,
    PROVINCE_DIGITS,
    Cell,
    activity_text,
    cell_text,
    date_text,
    phone_text,
    zero_padded,
)
from desktop_app.services.spreadsheet_files import (
    FileProblem,
    Table,
    WriteRow,
    csv_rows,
    open_table,
)
from registry.artisan import ArtisanDraft

CHUNK_ROWS = 1000
"""Rows per transaction: large enough to amortise a commit, small enough to lose little."""
REPORT_COLUMNS = ("line", "column", "code", "reason", "value")


@dataclass(frozen=True)
class ImportSource:
    """An opened file whose columns are known."""

    table: Table
    columns: ColumnMap

    @property
    def notes(self) -> tuple[str, ...]:
        """What the operator should know before the rows are read."""
        ignored = (
            ("columns ignored: " + ", ".join(self.columns.ignored),) if self.columns.ignored else ()
        )
        return self.table.notes + ignored


@dataclass(frozen=True)
class ImportProgress:
    rows: int
    imported: int
    skipped: int
    rejected: int
    fraction: float | None  # of the file read, when known


@dataclass(frozen=True)
class ImportSummary:
    rows: int  # non-blank data rows read
    imported: int
    skipped: int  # already in the register, or earlier in the file
    rejected: int
    report: Path | None  # written when rows were rejected


def default_report_path(source: Path) -> Path:
    """``artisans.csv`` → ``artisans.report.csv``, beside it."""
    return source.with_name(source.stem + ".report.csv")


@contextmanager
def open_import(path: Path) -> Iterator[ImportSource]:
    """Open ``path`` and map its columns; :class:`FileProblem` if it cannot be imported."""
    with open_table(path) as table:
        columns = map_columns(table.headers)
        if missing := columns.missing():
            raise FileProblem(
                f"{path.name} has no column for: {', '.join(missing)} (the first row must "
                "name the columns; 'hirfa import --template FILE.xlsx' writes a model)"
            )
        yield ImportSource(table, columns)


class _RowReader:
    """Turns the cells of a row into the draft a form would hold, and what the row says
    its record already is."""

    def __init__(self, columns: ColumnMap, epoch: datetime, activities: Collection[str]) -> None:
        self._positions = {f: p for f, p in columns.positions.items() if f not in KEPT_FIELDS}
        self._kept_positions = {f: p for f, p in columns.positions.items() if f in KEPT_FIELDS}
        date_cell = partial(date_text, epoch=epoch)
        self._convert: dict[str, Callable[[Cell], str]] = {
            "birth_date": date_cell,
            "registered_on": date_cell,
            "phone": phone_text,
            "province": partial(zero_padded, digits=PROVINCE_DIGITS),
            "ice": partial(zero_padded, digits=ICE_DIGITS),
            "activity": partial(activity_text, known=activities),
            "category": lambda cell: category_code(cell_text(cell)),
        }

    def draft(self, cells: Sequence[Cell]) -> ArtisanDraft:
        values: dict[str, Any] = {}  # text for each field the file has
        for field, position in self._positions.items():
            values[field] = self._convert.get(field, cell_text)(_cell(cells, position))
        return ArtisanDraft(**values)

    def kept(self, cells: Sequence[Cell]) -> KeptAs:
        texts = {f: cell_text(_cell(cells, p)) for f, p in self._kept_positions.items()}
        if "status" in texts:
            texts["status"] = status_code(texts["status"])
        return KeptAs(**texts)


def _cell(cells: Sequence[Cell], position: int) -> Cell:
    return cells[position] if position < len(cells) else None


class _Report:
    """The rejected rows, written to a CSV opened only when the first one comes."""

    def __init__(self, path: Path, columns: ColumnMap, stack: ExitStack) -> None:
        self.path = path
        self._columns = columns
        self._stack = stack
        self._write: WriteRow | None = None

    @property
    def written(self) -> bool:
        return self._write is not None

    def add(self, line: int, draft: ArtisanDraft, kept: KeptAs, outcome: BatchOutcome) -> None:
        if self._write is None:
            self._write = self._stack.enter_context(csv_rows(self.path))
            self._write(REPORT_COLUMNS)
        for issue in outcome.issues:
            if issue.is_error:
                value = getattr(kept if issue.field in KEPT_FIELDS else draft, issue.field, "")
                self._write(
                    (
                        str(line),
                        self._columns.header(issue.field),
                        issue.code.value,
                        describe(issue),
                        value if isinstance(value, str) else "",
                    )
                )


def _chunks(
    rows: Iterator[tuple[int, Sequence[Cell]]], size: int
) -> Iterable[list[tuple[int, Sequence[Cell]]]]:
    while chunk := list(islice(rows, size)):
        yield chunk


def import_rows(
    desk: Desk,
    actor: Actor,
    source: ImportSource,
    report_path: Path,
    *,
    progress: Callable[[ImportProgress], None] | None = None,
    chunk_rows: int = CHUNK_ROWS,
    workers: int | None = None,
) -> ImportSummary:
    """Register every good row of ``source``; rejected rows go to the report at ``report_path``.

    ``workers`` as for :func:`~desktop_app.services.batch.register_chunks`: by default a
    long file is validated in worker processes while this one saves.
    """
    reader = _RowReader(source.columns, source.table.epoch, desk.activities.active.activities)
    # Chunks are read a few ahead of the one being saved: their rows wait here.
    read_ahead: deque[tuple[list[tuple[int, Sequence[Cell]]], Chunk]] = deque()

    def chunks() -> Iterator[Chunk]:
        for rows in _chunks(source.table.rows, chunk_rows):
            chunk = Chunk(
                [reader.draft(cells) for _, cells in rows],
                kept=[reader.kept(cells) for _, cells in rows],
            )
            read_ahead.append((rows, chunk))
            yield chunk

    rows = imported = skipped = rejected = 0
    with ExitStack() as stack:
        report = _Report(report_path, source.columns, stack)
        for outcomes in register_chunks(desk, actor, chunks(), action="import", workers=workers):
            lines, chunk = read_ahead.popleft()
            for (line, _), draft, kept, outcome in zip(
                lines, chunk.drafts, chunk.kept, outcomes, strict=True
            ):
                if outcome.record is not None:
                    imported += 1
                elif outcome.skipped:
                    skipped += 1
                else:
                    rejected += 1
                    report.add(line, draft, kept, outcome)
            rows += len(lines)
            if progress is not None:
                fraction = source.table.progress()
                progress(ImportProgress(rows, imported, skipped, rejected, fraction))
    return ImportSummary(rows, imported, skipped, rejected, report_path if report.written else None)
