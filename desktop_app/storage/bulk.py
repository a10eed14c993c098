"""Fast multi-row inserts: straight to the driver's ``executemany``.

SQLAlchemy's per-row parameter handling costs more than SQLite's insert itself when
an import writes tens of thousands of rows a second. Values are converted with the
same bind processors SQLAlchemy would use, so what is read back is identical.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any, cast

from sqlalchemy import Dialect, Table
from sqlalchemy.orm import DeclarativeBase, Session

from desktop_app.storage.driver import driver


@cache
def _statement(table: Table, columns: tuple[str, ...]) -> str:
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table.name} ({names}) VALUES ({marks})"


Converter = tuple[int, Callable[[Any], Any]]


@cache
def _converters(table: Table, columns: tuple[str, ...], dialect: Dialect) -> list[Converter]:
    """The bind processors SQLAlchemy would apply to ``columns`` (dates to text...)."""
    return [
        (index, process)
        for index, name in enumerate(columns)
        if (process := table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
    ]


def insert_rows(
    session: Session, model: type[DeclarativeBase], rows: Sequence[dict[str, Any]]
) -> None:
    """Insert ``rows`` (all with the same keys, in the same order) in one ``executemany``."""
    if not rows:
        return
    table = cast(Table, model.__table__)
    columns = tuple(rows[0])
    converters = _converters(table, columns, session.connection().dialect)
    params: list[tuple[Any, ...]] = []
    last: dict[int, tuple[Any, Any]] = {}  # a batch repeats its timestamp on every row
    for row in rows:
        values = list(row.values())
        for index, process in converters:
            value = values[index]
            if value is None:
                continue
            seen = last.get(index)
            if seen is None or seen[0] is not value:
                seen = last[index] = (value, process(value))
            values[index] = seen[1]
        params.append(tuple(values))
    driver(session).executemany(_statement(table, columns), params)
