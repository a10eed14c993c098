"""The FTS5 index over normalised names (both scripts), CIN, number and phone.

The index holds only tokens made by :mod:`registry.indexing`; queries are made by the
same module, so a spelling variant typed at the counter finds the record.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, FromClause, Join, column, table, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler

from desktop_app.storage.driver import driver

INDEX = table("artisan_fts", column("rowid"))


class _IndexFirst(Join):
    """A join that SQLite runs with the index as the outer loop (``CROSS JOIN``).

    Left to itself, the planner may start from a filter's index (all the records
    waiting for review, say) and then ask FTS5 for each of them whether it matches:
    every such probe evaluates the whole text query again, and a broad prefix with a
    filter took minutes at 1M. Driven by the index, the work is bounded by the number
    of matches, and the matches come in row-id order, which the default page order uses.
    """

    inherit_cache = True


@compiles(_IndexFirst)
def _compile_index_first(join: _IndexFirst, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLAlchemy's own join, with its keyword made CROSS: the left side is the index's
    # bare name, so the first " JOIN " is the join's own.
    joined: str = compiler.visit_join(join, **kw)  # type: ignore[no-untyped-call]
    index, _, rest = joined.partition(" JOIN ")
    return f"{index} CROSS JOIN {rest}"


def matches_first(records: FromClause, on: ColumnElement[bool]) -> Join:
    """The index joined to ``records`` on ``on``, the index's matches driving."""
    return _IndexFirst(INDEX, records, on)


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
