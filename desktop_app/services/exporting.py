"""Exporting the register to CSV or XLSX (``hirfa export``).

Rows are read in keyset pages of :mod:`desktop_app.services.search` inside one read
transaction: a million records never sit in memory, and the file is one consistent
snapshot even while clerks keep registering. The columns are the registration number,
the status, then every field of a draft under its canonical name, so an exported file
imports again as it is.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from desktop_app.services.desk import Desk
from desktop_app.services.output_files import OutputFile
from desktop_app.services.search import MAX_PAGE, SearchQuery, SortKey, count, search_in
from desktop_app.services.spreadsheet_cells import national_phone
from desktop_app.services.spreadsheet_files import XLSX_MAX_ROWS, FileProblem, table_rows
from desktop_app.storage.models import Artisan
from registry.artisan import DRAFT_FIELDS

EXPORT_COLUMNS: tuple[str, ...] = ("registration_number", "status", *DRAFT_FIELDS)
_SELECTED = [getattr(Artisan, name) for name in EXPORT_COLUMNS]
_PHONE = EXPORT_COLUMNS.index("phone")


@dataclass(frozen=True)
class ExportSummary:
    rows: int
    path: Path


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _cells(row: Row[Any]) -> list[str]:
    cells = [_text(value) for value in row]
    if cells[_PHONE]:
        cells[_PHONE] = national_phone(cells[_PHONE])
    return cells


def _pages(session: Session, query: SearchQuery) -> Iterator[Sequence[Row[Any]]]:
    # NEWEST, reversed, is the order of registration: pages by row id, without sorting.
    paged = dataclasses.replace(
        query, sort=SortKey.NEWEST, descending=True, limit=MAX_PAGE, after=None
    )
    while True:
        page = search_in(session, paged)
        if page.rows:
            keys = [r.pk for r in page.rows]
            yield session.execute(
                select(*_SELECTED).where(Artisan.pk.in_(keys)).order_by(Artisan.pk)
            ).all()
        if page.next_cursor is None:
            return
        paged = dataclasses.replace(paged, after=page.next_cursor)


def export_artisans(
    desk: Desk,
    output: OutputFile,
    query: SearchQuery | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> ExportSummary:
    """Write the records matching ``query`` (all by default) to ``output`` (.csv or .xlsx).

    ``progress`` gets (rows written, rows expected) after each page.
    """
    query = query or SearchQuery()
    total = count(desk, query)
    if output.path.suffix.lower() == ".xlsx" and total >= XLSX_MAX_ROWS:
        raise FileProblem(
            f"{total} artisans do not fit in one XLSX sheet ({XLSX_MAX_ROWS - 1} at most): "
            "export to a .csv file"
        )
    written = 0
    with table_rows(output, "artisans") as write, desk.store.read() as session:
        write(EXPORT_COLUMNS)
        for rows in _pages(session, query):
            for row in rows:
                write(_cells(row))
            written += len(rows)
            if progress is not None:
                progress(written, total)
    return ExportSummary(written, output.path)
