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

import codecs
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from desktop_app.messages import describe
from desktop_app.services.batch import BatchOutcome, Chunk, KeptAs, register_chunks
from desktop_app.services.desk import Desk
from desktop_app.services.errors import FileRefused
from desktop_app.services.import_columns import (
    KEPT_FIELDS,
    ColumnMap,
    category_code,
    map_columns,
    status_code,
)
from desktop_app.services.output_files import OutputFile, checked_output
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
from desktop_app.storage.engine import StoreReadOnly
from registry.artisan import ArtisanDraft
from registry.issues import Code

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
    stopped: str | None = None  # why the rest of the file could not be read, if it could not


class ImportInterrupted(Exception):
    """Saving stopped part-way (a full disk, a read-only one): every chunk before was
    saved whole, as ``summary`` counts; ``__cause__`` says why it stopped."""

    def __init__(self, summary: ImportSummary) -> None:
        super().__init__(f"stopped after {summary.rows} rows")
        self.summary = summary


def default_report_path(source: Path) -> Path:
    """``artisans.csv`` → ``artisans.report.csv``, beside it."""
    return source.with_name(source.stem + ".report.csv")


def _is_report(path: Path) -> bool:
    """Whether ``path`` holds a report this program wrote (an earlier run's)."""
    header = ";".join(REPORT_COLUMNS).encode()
    try:
        with path.open("rb") as handle:
            return handle.read(len(header) + 3).removeprefix(codecs.BOM_UTF8) == header
    except OSError:
        return False


def report_output(
    data_dir: Path, source: Path, report: Path | None = None, *, replace: bool = False
) -> OutputFile:
    """Where the rejected rows of ``source`` are listed: ``report``, else the default
    beside the file — which replaces an earlier run's report of the same file, and
    nothing else, without being asked."""
    path = report or default_report_path(source)
    if path.absolute() == source.absolute() or path.exists() and path.samefile(source):
        raise FileRefused(Code.OUTPUT_EXISTS, path)
    own = report is None and _is_report(path)
    return checked_output(data_dir, path, replace=replace or own)


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


REPORT_VALUE_MAX = 200
"""Characters of a refused value the report repeats (a 10 MB cell is not copied)."""


def _shortened(value: str) -> str:
    return value if len(value) <= REPORT_VALUE_MAX else value[:REPORT_VALUE_MAX] + "…"


class _Report:
    """The rejected rows, written to a CSV opened only when the first one comes."""

    def __init__(self, output: OutputFile, columns: ColumnMap, stack: ExitStack) -> None:
        self.output = output
        self._columns = columns
        self._stack = stack
        self._write: WriteRow | None = None

    @property
    def written(self) -> bool:
        return self._write is not None

    def add(self, line: int, draft: ArtisanDraft, kept: KeptAs, outcome: BatchOutcome) -> None:
        if self._write is None:
            self._write = self._stack.enter_context(csv_rows(self.output))
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
                        _shortened(value) if isinstance(value, str) else "",
                    )
                )


def _chunks(
    rows: Iterator[tuple[int, Sequence[Cell]]], size: int, stopped: list[str]
) -> Iterable[list[tuple[int, Sequence[Cell]]]]:
    """``rows`` in chunks of ``size``; a part of the file that cannot be read ends the
    stream after the rows before it (its reason goes to ``stopped``)."""
    chunk: list[tuple[int, Sequence[Cell]]] = []
    try:
        for row in rows:
            chunk.append(row)
            if len(chunk) == size:
                yield chunk
                chunk = []
    except FileProblem as problem:
        stopped.append(str(problem))
    if chunk:
        yield chunk


def import_rows(
    desk: Desk,
    actor: Actor,
    source: ImportSource,
    report: OutputFile,
    *,
    progress: Callable[[ImportProgress], None] | None = None,
    chunk_rows: int = CHUNK_ROWS,
    workers: int | None = None,
) -> ImportSummary:
    """Register every good row of ``source``; rejected rows are listed in ``report``.

    ``workers`` as for :func:`~desktop_app.services.batch.register_chunks`: by default a
    long file is validated in worker processes while this one saves.
    """
    reader = _RowReader(source.columns, source.table.epoch, desk.activities.active.activities)
    # Chunks are read a few ahead of the one being saved: their rows wait here.
    read_ahead: deque[tuple[list[tuple[int, Sequence[Cell]]], Chunk]] = deque()
    stopped: list[str] = []

    def chunks() -> Iterator[Chunk]:
        for rows in _chunks(source.table.rows, chunk_rows, stopped):
            chunk = Chunk(
                [reader.draft(cells) for _, cells in rows],
                kept=[reader.kept(cells) for _, cells in rows],
            )
            read_ahead.append((rows, chunk))
            yield chunk

    rows = imported = skipped = rejected = 0
    failure: Exception | None = None
    with ExitStack() as stack:
        rejections = _Report(report, source.columns, stack)
        saved = register_chunks(desk, actor, chunks(), action="import", workers=workers)
        try:
            for outcomes in saved:
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
                        rejections.add(line, draft, kept, outcome)
                rows += len(lines)
                if progress is not None:
                    fraction = source.table.progress()
                    progress(ImportProgress(rows, imported, skipped, rejected, fraction))
        except (DBAPIError, StoreReadOnly) as exc:  # the report of what was saved is kept
            failure = exc
    written = report.path if rejections.written else None
    summary = ImportSummary(
        rows, imported, skipped, rejected, written, stopped[0] if stopped else None
    )
    if failure is not None:
        raise ImportInterrupted(summary) from failure
    return summary
