"""Searching the register: text in both scripts, identifiers, filters, sort, paging."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event

from desktop_app.services.batch import Chunk, register_batch
from desktop_app.services.desk import Desk
from desktop_app.services.records import Actor, ArtisanRecord
from desktop_app.services.registration import register_artisan
from desktop_app.services.search import (
    SearchFilters,
    SearchQuery,
    SortKey,
    count,
    search,
)
from registry.artisan import Category, Sex, Status
from tests.factories import make_draft


@pytest.fixture
def fatima(desk: Desk, clerk: Actor) -> ArtisanRecord:
    return register_artisan(
        desk,
        clerk,
        make_draft(
            cin="K123456",
            last_name_fr="El Amrani",
            first_name_fr="Fatima-Zahra",
            last_name_ar="العمراني",
            first_name_ar="فاطمة الزهراء",
            phone="06 12 34 56 78",
        ),
    ).record


@pytest.mark.parametrize(
    "typed",
    [
        "amrani",
        "El Amrani",
        "elamrani",
        "fatima zahra",
        "FATIMA-ZAHRA",
        "Fatma",  # prefix of a spelling variant is not enough...
        "العمراني",
        "فاطمه",  # ة typed as ه
        "فَاطِمَة",  # with vowel marks
        "k123456",
        "K 123456",
        "0612345678",
        "+212 6 12 34 56 78",
        "06 12",
    ],
)
def test_found_however_it_is_typed(desk: Desk, fatima: ArtisanRecord, typed: str) -> None:
    rows = search(desk, SearchQuery(text=typed)).rows
    if typed == "Fatma":
        assert rows == ()
    else:
        assert [r.id for r in rows] == [fatima.id], typed


def test_found_by_registration_number_with_or_without_dashes(
    desk: Desk, fatima: ArtisanRecord
) -> None:
    number = fatima.registration_number
    for typed in (number, number.replace("-", ""), number.replace("-", " ")):
        assert [r.id for r in search(desk, SearchQuery(text=typed)).rows] == [fatima.id]


def test_compound_names_match_joined_or_apart(desk: Desk, clerk: Actor) -> None:
    joined = register_artisan(
        desk, clerk, make_draft(cin="K1", first_name_ar="عبدالله", first_name_fr="Abdellah")
    ).record
    apart = register_artisan(
        desk, clerk, make_draft(cin="K2", first_name_ar="عبد الله", first_name_fr="Abd Ellah")
    ).record
    for typed in ("عبد الله", "عبدالله", "abdellah"):
        found = {r.id for r in search(desk, SearchQuery(text=typed)).rows}
        assert found == {joined.id, apart.id}, typed


def test_nothing_matches_punctuation_only(desk: Desk, fatima: ArtisanRecord) -> None:
    assert search(desk, SearchQuery(text=" - ' ")).rows == ()


@pytest.fixture
def register(desk: Desk, admin: Actor) -> list[str]:
    drafts = [
        make_draft(
            cin=f"K{i}",
            last_name_fr=name,
            first_name_fr="Ali" if i % 2 else "Amina",
            last_name_ar="",
            first_name_ar="",
            sex="M" if i % 2 else "F",
            province="511" if i < 6 else "401",
            category="master_artisan" if i % 3 == 0 else "artisan_experience",
            activity_since="2000",
            registered_on=f"2024-01-{i + 1:02d}",
        )
        for i, name in enumerate(
            ["Tazi", "Alaoui", "Bennani", "Chraibi", "Fassi", "Zerouali", "Idrissi", "Mansouri"]
        )
    ]
    outcomes = register_batch(desk, admin, Chunk(drafts))
    return [o.record.id for o in outcomes if o.record]


def test_filters(desk: Desk, register: list[str]) -> None:
    def ids(**filters: object) -> set[str]:
        page = search(desk, SearchQuery(filters=SearchFilters(**filters), limit=100))  # type: ignore[arg-type]
        return {r.id for r in page.rows}

    assert ids(sex=Sex.FEMALE) == {register[i] for i in (0, 2, 4, 6)}
    assert ids(province="401") == {register[i] for i in (6, 7)}
    assert ids(region="01", category=Category.MASTER_ARTISAN) == {register[i] for i in (0, 3)}
    assert ids(status=Status.REGISTERED) == set(register)
    assert ids(status=Status.SUSPENDED) == set()
    assert ids(registered_from=date(2024, 1, 3), registered_to=date(2024, 1, 4)) == {
        register[2],
        register[3],
    }
    assert ids(activity="01.01", branch="01") == set(register)
    assert count(desk, SearchQuery(filters=SearchFilters(province="401"))) == 2


def test_sorting_and_keyset_paging_visit_every_row_once(desk: Desk, register: list[str]) -> None:
    for sort in SortKey:
        for descending in (False, True):
            seen: list[str] = []
            query = SearchQuery(sort=sort, descending=descending, limit=3)
            while True:
                page = search(desk, query)
                seen += [r.id for r in page.rows]
                if page.next_cursor is None:
                    break
                query = SearchQuery(
                    sort=sort, descending=descending, limit=3, after=page.next_cursor
                )
            assert sorted(seen) == sorted(register), (sort, descending)
            assert len(seen) == len(set(seen))


def test_sort_orders(desk: Desk, register: list[str]) -> None:
    by_name = search(desk, SearchQuery(sort=SortKey.NAME_FR, limit=100)).rows
    assert [r.last_name_fr for r in by_name] == sorted(r.last_name_fr for r in by_name)
    newest = search(desk, SearchQuery(limit=100)).rows
    assert [r.id for r in newest] == list(reversed(register))
    by_date = search(desk, SearchQuery(sort=SortKey.REGISTERED_ON, descending=True)).rows
    assert [r.registered_on for r in by_date] == sorted(
        (r.registered_on for r in by_date), reverse=True
    )


def test_text_and_filters_combine(desk: Desk, register: list[str]) -> None:
    query = SearchQuery(text="ali", filters=SearchFilters(province="401"))
    assert [r.last_name_fr for r in search(desk, query).rows] == ["Mansouri"]
    assert count(desk, SearchQuery(text="ali")) == 4


def test_text_with_a_filter_is_driven_by_the_index_not_by_the_filter(
    desk: Desk, clerk: Actor
) -> None:
    # Started from the filter's index, SQLite would ask FTS5 about every record waiting
    # for review, evaluating a broad prefix again for each: minutes at 1M.
    register_batch(desk, clerk, Chunk([make_draft(cin=f"AB{n}") for n in range(1, 30)]))
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, sql: str, params: Any, *_: Any) -> None:
        statements.append((sql, params))

    event.listen(desk.store.engine, "before_cursor_execute", seen)
    try:
        query = SearchQuery(text="a", filters=SearchFilters(status=Status.PENDING_REVIEW))
        search(desk, query)
        count(desk, query)
    finally:
        event.remove(desk.store.engine, "before_cursor_execute", seen)

    with sqlite3.connect(desk.store.path) as connection:
        for sql, params in [s for s in statements if "MATCH" in s[0]]:
            plan = connection.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
            assert "artisan_fts" in plan[0][3], plan
    assert len([s for s in statements if "MATCH" in s[0]]) == 2
