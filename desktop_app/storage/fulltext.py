"""The FTS5 index over normalised names (both scripts), CIN, number and phone.

The index holds only tokens made by :mod:`registry.indexing`; queries are made by the
same module, so a spelling variant typed at the counter finds the record.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.storage.driver import driver


def index_rows(session: Session, rows: Iterable[tuple[int, Sequence[str]]]) -> None:
    """(Re)index records given as (pk, terms)."""
    params = [{"pk": pk, "terms": " ".join(terms)} for pk, terms in rows]
    if not params:
        return
    session.execute(text("DELETE FROM artisan_fts WHERE rowid = :pk"), params)
    session.execute(text("INSERT INTO artisan_fts(rowid, terms) VALUES (:pk, :terms)"), params)


def insert_rows(session: Session, rows: Iterable[tuple[int, Sequence[str]]]) -> None:
    """Index records that are new (no delete needed)."""
    params = [(pk, " ".join(terms)) for pk, terms in rows]
    if params:
        driver(session).executemany("INSERT INTO artisan_fts(rowid, terms) VALUES (?, ?)", params)


def match_expression(terms: Sequence[str]) -> str:
    """An FTS5 query: every term as a quoted prefix, all required."""
    return " ".join('"' + t.replace('"', '""') + '"*' for t in terms)
