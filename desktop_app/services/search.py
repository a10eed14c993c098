"""Searching the register: text, filters, sort and keyset paging.

Text goes through the FTS5 index (normalised names in both scripts, CIN, number,
phone). Pages are keyset pages — "the 50 after this row" — so the thousandth page
costs what the first does. The default order is newest first, which the FTS index
delivers without sorting; other orders sort the matching rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select, text, tuple_
from sqlalchemy.orm import Session

from desktop_app.services.desk import Desk
from desktop_app.services.records import ArtisanRow
from desktop_app.storage.fulltext import INDEX, match_expression, matches_first
from desktop_app.storage.models import Artisan
from registry.artisan import Category, Sex, Status
from registry.indexing import parse_query

MAX_PAGE = 500


class SortKey(StrEnum):
    NEWEST = "newest"
    NAME_FR = "name_fr"
    NAME_AR = "name_ar"
    REGISTERED_ON = "registered_on"
    NUMBER = "number"


_SORT_COLUMNS: dict[SortKey, Any] = {
    SortKey.NAME_FR: Artisan.sort_name_fr,
    SortKey.NAME_AR: Artisan.sort_name_ar,
    SortKey.REGISTERED_ON: Artisan.registered_on,
    SortKey.NUMBER: Artisan.registration_number,
}


@dataclass(frozen=True)
class SearchFilters:
    owner_office: str | None = None  # region + office: the records an office owns
    region: str | None = None
    province: str | None = None
    branch: str | None = None
    activity: str | None = None
    category: Category | None = None
    status: Status | None = None
    sex: Sex | None = None
    registered_from: date | None = None
    registered_to: date | None = None


@dataclass(frozen=True)
class Cursor:
    """Where a page ended: the sort value and the row of its last line."""

    value: str | date | None
    pk: int


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    filters: SearchFilters = field(default_factory=SearchFilters)
    sort: SortKey = SortKey.NEWEST
    descending: bool = False
    limit: int = 50
    after: Cursor | None = None


@dataclass(frozen=True)
class SearchPage:
    rows: tuple[ArtisanRow, ...]
    next_cursor: Cursor | None


ROW_COLUMNS = (
    Artisan.pk,
    Artisan.id,
    Artisan.registration_number,
    Artisan.cin,
    Artisan.last_name_fr,
    Artisan.first_name_fr,
    Artisan.last_name_ar,
    Artisan.first_name_ar,
    Artisan.sex,
    Artisan.birth_date,
    Artisan.province,
    Artisan.category,
    Artisan.activity,
    Artisan.status,
    Artisan.registered_on,
    Artisan.phone,
)


def _conditions(filters: SearchFilters) -> list[ColumnElement[bool]]:
    f = filters
    equal = (
        (Artisan.owner_office, f.owner_office),
        (Artisan.region, f.region),
        (Artisan.province, f.province),
        (Artisan.branch, f.branch),
        (Artisan.activity, f.activity),
        (Artisan.category, f.category.value if f.category else None),
        (Artisan.status, f.status.value if f.status else None),
        (Artisan.sex, f.sex.value if f.sex else None),
    )
    conditions: list[ColumnElement[bool]] = [col == value for col, value in equal if value]
    if f.registered_from:
        conditions.append(Artisan.registered_on >= f.registered_from)
    if f.registered_to:
        conditions.append(Artisan.registered_on <= f.registered_to)
    return conditions


def _base(columns: Sequence[Any], query: SearchQuery) -> Select[Any] | None:
    """The matching rows, unordered; ``None`` when the text cannot match anything."""
    stmt = select(*columns).select_from(Artisan).where(*_conditions(query.filters))
    if query.text.strip():
        terms = parse_query(query.text)
        if not terms:
            return None
        on = Artisan.pk == INDEX.c.rowid
        stmt = stmt.select_from(matches_first(Artisan.__table__, on)).where(
            text("artisan_fts MATCH :match").bindparams(match=match_expression(terms))
        )
    return stmt


def row_from(r: Any) -> ArtisanRow:
    return ArtisanRow(
        pk=r.pk,
        id=r.id,
        registration_number=r.registration_number,
        cin=r.cin,
        last_name_fr=r.last_name_fr,
        first_name_fr=r.first_name_fr,
        last_name_ar=r.last_name_ar,
        first_name_ar=r.first_name_ar,
        sex=Sex(r.sex),
        birth_date=r.birth_date,
        province=r.province,
        category=Category(r.category),
        activity=r.activity,
        status=Status(r.status),
        registered_on=r.registered_on,
        phone=r.phone,
    )


def review_queue(desk: Desk) -> SearchQuery:
    """The records of this office waiting for a supervisor's review, the oldest first
    (NEWEST reversed is the order of registration). Records of other offices, pulled
    from the server, are reviewed there."""
    mine = SearchFilters(owner_office=desk.identity.office_code, status=Status.PENDING_REVIEW)
    return SearchQuery(filters=mine, sort=SortKey.NEWEST, descending=True)


def search_in(session: Session, query: SearchQuery) -> SearchPage:
    limit = max(1, min(query.limit, MAX_PAGE))
    sort_column = _SORT_COLUMNS.get(query.sort)
    columns = [*ROW_COLUMNS] + (
        [sort_column.label("sort_value")] if sort_column is not None else []
    )
    stmt = _base(columns, query)
    if stmt is None:
        return SearchPage((), None)
    # NEWEST is the row order itself: newest first unless asked otherwise.
    descending = not query.descending if query.sort is SortKey.NEWEST else query.descending
    after = query.after
    if sort_column is None:
        # With text, order by the index's own row ids (the same numbers as the records'):
        # FTS5 then hands the matches over in that order and stops at the page's end,
        # where ordering by the record would first collect and sort every match.
        row_id = INDEX.c.rowid if query.text.strip() else Artisan.pk
        if after is not None:
            stmt = stmt.where(row_id < after.pk if descending else row_id > after.pk)
        stmt = stmt.order_by(row_id.desc() if descending else row_id.asc())
    else:
        if after is not None:
            key, bound = tuple_(sort_column, Artisan.pk), tuple_(after.value, after.pk)
            stmt = stmt.where(key < bound if descending else key > bound)
        order = (sort_column.desc(), Artisan.pk.desc()) if descending else (sort_column, Artisan.pk)
        stmt = stmt.order_by(*order)
    rows = session.execute(stmt.limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = None
    if more and rows:
        last = rows[-1]
        cursor = Cursor(last.sort_value if sort_column is not None else None, last.pk)
    return SearchPage(tuple(row_from(r) for r in rows), cursor)


def search(desk: Desk, query: SearchQuery) -> SearchPage:
    """One page of the records matching ``query``."""
    with desk.store.read() as session:
        return search_in(session, query)


def count(desk: Desk, query: SearchQuery) -> int:
    """How many records match (slower than a page on broad queries: run it off the UI)."""
    stmt = _base([func.count()], query)
    if stmt is None:
        return 0
    with desk.store.read() as session:
        return int(session.execute(stmt).scalar_one())
