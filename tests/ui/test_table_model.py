"""The register's table model, without widgets: pages, columns, stale answers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop_app.services.batch import Chunk, register_batch
from desktop_app.services.registration import register_artisan
from desktop_app.services.search import SearchFilters, SearchQuery, SortKey
from desktop_app.ui.context import AppContext
from desktop_app.ui.register.table_model import ArtisanTableModel, Column
from registry.artisan import Status
from registry.workflow import Role
from tests.factories import make_draft

MakeCtx = Callable[[Role], AppContext]


def surname(n: int) -> str:
    """Names may hold only letters: the n-th of Nomaa, Nomab, ... in alphabetical order."""
    return "Nom" + chr(ord("a") + n // 26) + chr(ord("a") + n % 26)


def register_many(ctx: AppContext, count: int) -> None:
    drafts = [
        make_draft(cin=f"BK{n:05d}", last_name_fr=surname(n), last_name_ar="بناني")
        for n in range(count)
    ]
    outcomes = register_batch(ctx.desk, ctx.actor, Chunk(drafts, Status.REGISTERED))
    assert all(o.record is not None for o in outcomes)


@pytest.fixture
def ctx(make_ctx: MakeCtx) -> AppContext:
    return make_ctx(Role.CLERK)


def text(model: ArtisanTableModel, row: int, column: Column) -> Any:
    return model.data(model.index(row, column))


def test_fetch_more_brings_the_next_pages(ctx: AppContext) -> None:
    register_many(ctx, 250)
    model = ArtisanTableModel(ctx, page_size=100)
    model.set_query(SearchQuery())
    assert model.rowCount() == 100
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 250
    assert not model.canFetchMore(QModelIndex())
    # Newest first, every record once.
    numbers = [text(model, r, Column.NAME_FR) for r in range(250)]
    assert numbers[0] == f"{surname(249)} Fatima" and numbers[-1] == f"{surname(0)} Fatima"
    assert len(set(numbers)) == 250


def test_columns_show_the_row_in_words(ctx: AppContext) -> None:
    record = register_artisan(ctx.desk, ctx.actor, make_draft()).record
    model = ArtisanTableModel(ctx)
    model.set_query(SearchQuery())
    assert model.rowCount() == 1 and model.columnCount() == len(Column)
    assert text(model, 0, Column.NUMBER) == record.registration_number
    assert text(model, 0, Column.CIN) == "K123456"
    assert text(model, 0, Column.NAME_FR) == "El Amrani Fatima"
    assert text(model, 0, Column.NAME_AR) == "العمراني فاطمة"
    assert text(model, 0, Column.BIRTH_DATE) == "17/05/1980"
    assert text(model, 0, Column.PROVINCE) == "Tanger-Asilah"
    assert text(model, 0, Column.CATEGORY) == "Artisan by experience"
    assert text(model, 0, Column.ACTIVITY) == "Tissage de tapis"
    assert text(model, 0, Column.STATUS) == "Pending review"
    assert text(model, 0, Column.REGISTERED_ON) == "29/11/2026"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == record.id
    assert model.row_at(0).id == record.id and model.row_of(record.id) == 0
    alignment = model.data(model.index(0, Column.NAME_AR), Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight and alignment & Qt.AlignmentFlag.AlignAbsolute
    assert model.headerData(Column.CIN, Qt.Orientation.Horizontal) == "CIN"


def test_a_superseded_answer_is_dropped(ctx: AppContext) -> None:
    register_many(ctx, 3)
    model = ArtisanTableModel(ctx)
    held: list[Callable[[], None]] = []

    def hold(work: Callable[[], Any], done: Callable[[Any], None], failed: Any = None) -> None:
        result = work()
        held.append(lambda: done(result))

    ctx.runner.read = hold  # type: ignore[method-assign]
    model.set_query(SearchQuery(text=surname(0)))
    model.set_query(SearchQuery(text=surname(1)))
    assert model.loading
    held[1]()  # the newer answer first, then the older one
    held[0]()
    assert [text(model, r, Column.NAME_FR) for r in range(model.rowCount())] == [
        f"{surname(1)} Fatima"
    ]
    assert not model.loading


def test_sort_and_filters_come_from_the_query(ctx: AppContext) -> None:
    register_many(ctx, 5)
    register_artisan(ctx.desk, ctx.actor, make_draft(cin="Z1", last_name_fr="Aaron"))
    model = ArtisanTableModel(ctx)
    model.set_query(SearchQuery(filters=SearchFilters(status=Status.PENDING_REVIEW)))
    assert model.rowCount() == 1
    model.set_query(SearchQuery())
    model.sort_by(SortKey.NAME_FR, descending=False)
    assert text(model, 0, Column.NAME_FR) == "Aaron Fatima"
    model.sort_by(SortKey.NAME_FR, descending=True)
    assert text(model, 0, Column.NAME_FR) == f"{surname(4)} Fatima"
    assert model.query.sort is SortKey.NAME_FR and model.query.descending


def test_reload_keeps_the_rows_already_shown(ctx: AppContext) -> None:
    register_many(ctx, 150)
    model = ArtisanTableModel(ctx, page_size=50)
    model.set_query(SearchQuery())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 100
    register_artisan(ctx.desk, ctx.actor, make_draft(cin="Z9", last_name_fr="Newcomer"))
    model.reload()
    assert model.rowCount() == 100
    assert text(model, 0, Column.NAME_FR) == "Newcomer Fatima"
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 151 and not model.canFetchMore(QModelIndex())


def test_qt_model_tester_passes(ctx: AppContext, qtmodeltester: Any) -> None:
    register_many(ctx, 30)
    model = ArtisanTableModel(ctx, page_size=10)
    model.set_query(SearchQuery())
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model)
