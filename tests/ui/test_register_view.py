"""The register view, driven like a clerk: typing, filtering, sorting, scrolling, export."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.messages import MESSAGES
from desktop_app.services.batch import Chunk, register_batch
from desktop_app.services.records import ArtisanRecord
from desktop_app.services.registration import register_artisan
from desktop_app.services.search import SortKey
from desktop_app.storage.engine import store_path
from desktop_app.ui.context import AppContext, translate
from desktop_app.ui.languages import Language
from desktop_app.ui.register.screen import RegisterScreen
from desktop_app.ui.register.table_model import Column
from registry.artisan import Status
from registry.issues import Code
from registry.workflow import Role
from tests.factories import make_draft

MakeCtx = Callable[[Role], AppContext]


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, one key at a time (keyClicks aborts on non-ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def shown_names(screen: RegisterScreen) -> list[str]:
    model = screen.model
    return [model.data(model.index(r, Column.NAME_FR)) for r in range(model.rowCount())]


@pytest.fixture
def ctx(make_ctx: MakeCtx) -> AppContext:
    return make_ctx(Role.CLERK)


@pytest.fixture
def people(ctx: AppContext) -> dict[str, ArtisanRecord]:
    def add(key: str, **values: str) -> None:
        records[key] = register_artisan(ctx.desk, ctx.actor, make_draft(**values)).record

    records: dict[str, ArtisanRecord] = {}
    add("fatima")
    add(
        "youssef",
        cin="AB654321",
        last_name_fr="Benali",
        first_name_fr="Youssef",
        last_name_ar="بنعلي",
        first_name_ar="يوسف",
        sex="M",
        phone="0661000000",
        province="141",  # Casablanca-Anfa, another region
        category="master_artisan",
        activity_since="1990",
        registered_on="2024-03-01",
    )
    add(
        "zineb",
        cin="C778899",
        last_name_fr="Chraibi",
        first_name_fr="Zineb",
        last_name_ar="الشرايبي",
        first_name_ar="زينب",
        phone="0662000000",
        activity="02.01",
    )
    return records


@pytest.fixture
def screen(ctx: AppContext, people: dict[str, ArtisanRecord], qtbot: QtBot) -> RegisterScreen:
    view = RegisterScreen(ctx)
    qtbot.addWidget(view)
    view.resize(1136, 720)
    view.show()
    qtbot.waitExposed(view)
    view.activated()
    return view


def wait_for(qtbot: QtBot, screen: RegisterScreen, names: list[str]) -> None:
    qtbot.waitUntil(lambda: shown_names(screen) == names, timeout=3000)


def test_everything_is_listed_newest_first_with_a_count(screen: RegisterScreen) -> None:
    assert shown_names(screen) == ["Chraibi Zineb", "Benali Youssef", "El Amrani Fatima"]
    assert screen.count_label.text() == "3 artisans"


def test_find_by_latin_name_as_typed(screen: RegisterScreen, qtbot: QtBot) -> None:
    QTest.keyClicks(screen.search, "benal")
    assert shown_names(screen) != ["Benali Youssef"]  # waits for the pause in typing
    wait_for(qtbot, screen, ["Benali Youssef"])
    assert screen.count_label.text() == "1 artisan"


def test_find_by_arabic_name_typed_letter_by_letter(screen: RegisterScreen, qtbot: QtBot) -> None:
    type_text(screen.search, "الشرايبي")
    wait_for(qtbot, screen, ["Chraibi Zineb"])


def test_find_by_cin_and_by_registration_number(
    screen: RegisterScreen, people: dict[str, ArtisanRecord], qtbot: QtBot
) -> None:
    QTest.keyClicks(screen.search, "ab654321")
    wait_for(qtbot, screen, ["Benali Youssef"])
    screen.search.clear()
    QTest.keyClicks(screen.search, people["fatima"].registration_number)
    QTest.keyClick(screen.search, Qt.Key.Key_Return)  # searches at once
    assert shown_names(screen) == ["El Amrani Fatima"]


def test_filters_narrow_the_result_and_clear(screen: RegisterScreen, qtbot: QtBot) -> None:
    filters = screen.filters
    filters.sex.setCurrentIndex(filters.sex.findData("M"))
    wait_for(qtbot, screen, ["Benali Youssef"])
    filters.clear_button.click()
    wait_for(qtbot, screen, ["Chraibi Zineb", "Benali Youssef", "El Amrani Fatima"])

    filters.region.setCurrentIndex(filters.region.findData("01"))
    provinces = [filters.province.itemData(i) for i in range(1, filters.province.count())]
    assert "511" in provinces and "141" not in provinces  # provinces follow the region
    wait_for(qtbot, screen, ["Chraibi Zineb", "El Amrani Fatima"])

    filters.branch.setCurrentIndex(filters.branch.findData("02"))
    assert filters.activity.isEnabled()
    wait_for(qtbot, screen, ["Chraibi Zineb"])
    filters.clear_button.click()

    filters.category.setCurrentIndex(filters.category.findData("master_artisan"))
    wait_for(qtbot, screen, ["Benali Youssef"])
    filters.clear_button.click()
    filters.status.setCurrentIndex(filters.status.findData("registered"))
    wait_for(qtbot, screen, [])
    assert screen.empty_hint.isVisible()
    filters.clear_button.click()

    QTest.keyClicks(filters.registered_to, "31/12/2025")
    wait_for(qtbot, screen, ["Benali Youssef"])
    filters.registered_to.clear()
    QTest.keyClicks(filters.registered_from, "01/06/2026")
    wait_for(qtbot, screen, ["Chraibi Zineb", "El Amrani Fatima"])
    filters.registered_from.clear()
    QTest.keyClicks(filters.registered_from, "31/02/20")  # not a date (yet): ignored
    wait_for(qtbot, screen, ["Chraibi Zineb", "Benali Youssef", "El Amrani Fatima"])


def sort_of(screen: RegisterScreen) -> SortKey:
    return screen.model.query.sort


def click_header(screen: RegisterScreen, qtbot: QtBot, column: Column) -> None:
    header = screen.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, 5)
    )


def test_sorting_by_clicking_a_sortable_header(screen: RegisterScreen, qtbot: QtBot) -> None:
    header = screen.table.horizontalHeader()
    click_header(screen, qtbot, Column.NAME_FR)
    assert sort_of(screen) is SortKey.NAME_FR and not screen.model.query.descending
    assert shown_names(screen) == ["Benali Youssef", "Chraibi Zineb", "El Amrani Fatima"]
    click_header(screen, qtbot, Column.NAME_FR)
    assert shown_names(screen) == ["El Amrani Fatima", "Chraibi Zineb", "Benali Youssef"]

    click_header(screen, qtbot, Column.CIN)  # not sortable: nothing moves
    assert sort_of(screen) is SortKey.NAME_FR
    assert header.sortIndicatorSection() == Column.NAME_FR
    assert "cannot be sorted" in screen.model.headerData(
        Column.CIN, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )

    click_header(screen, qtbot, Column.NAME_FR)  # third click: back to newest first
    assert sort_of(screen) is SortKey.NEWEST
    assert shown_names(screen) == ["Chraibi Zineb", "Benali Youssef", "El Amrani Fatima"]


def test_scrolling_fetches_the_next_pages(ctx: AppContext, qtbot: QtBot) -> None:
    drafts = [
        make_draft(cin=f"BK{n:05d}", last_name_fr="Bennani" + chr(97 + n // 26) + chr(97 + n % 26))
        for n in range(250)
    ]
    register_batch(ctx.desk, ctx.actor, Chunk(drafts, Status.REGISTERED))
    view = RegisterScreen(ctx)
    qtbot.addWidget(view)
    view.resize(1136, 720)
    view.show()
    qtbot.waitExposed(view)
    assert view.model.rowCount() == 100
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() == 200)
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() == 250)
    assert not view.model.canFetchMore()
    assert view.count_label.text() == "250 artisans"


def test_keyboard_search_then_table_then_open(
    screen: RegisterScreen, people: dict[str, ArtisanRecord], qtbot: QtBot
) -> None:
    assert QApplication.focusWidget() is screen.search
    QTest.keyClick(screen.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is screen.table
    assert screen.table.currentIndex().row() == 0
    QTest.keyClick(screen.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(screen.ctx.bus.open_record_requested) as opened:
        QTest.keyClick(screen.table, Qt.Key.Key_Return)
    assert opened.args == [people["youssef"].id]
    QTest.keyClick(screen.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is screen.search


def test_double_click_opens_the_record(
    screen: RegisterScreen, people: dict[str, ArtisanRecord], qtbot: QtBot
) -> None:
    viewport = screen.table.viewport()
    where = screen.table.visualRect(screen.model.index(2, Column.NAME_FR)).center()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    with qtbot.waitSignal(screen.ctx.bus.open_record_requested) as opened:
        QTest.mouseDClick(
            viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where
        )
    assert opened.args == [people["fatima"].id]


def test_a_saved_record_refreshes_keeping_search_and_row(
    screen: RegisterScreen, ctx: AppContext, qtbot: QtBot
) -> None:
    QTest.keyClicks(screen.search, "el amrani")
    wait_for(qtbot, screen, ["El Amrani Fatima"])
    register_artisan(ctx.desk, ctx.actor, make_draft(cin="K9", first_name_fr="Salma"))
    screen.table.setCurrentIndex(screen.model.index(0, 0))
    ctx.bus.records_changed.emit()
    assert shown_names(screen) == ["El Amrani Salma", "El Amrani Fatima"]
    assert screen.search.text() == "el amrani"
    assert screen.table.currentIndex().row() == 1  # still on Fatima
    assert screen.count_label.text() == "2 artisans"


def test_export_writes_the_filtered_rows(
    screen: RegisterScreen, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen.filters.region.setCurrentIndex(screen.filters.region.findData("01"))
    wait_for(qtbot, screen, ["Chraibi Zineb", "El Amrani Fatima"])
    target = tmp_path / "result.csv"
    monkeypatch.setattr(screen.export, "choose_path", lambda: target)
    QTest.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig") as file:
        rows = list(csv.DictReader(file, delimiter=";"))
    assert sorted(r["cin"] for r in rows) == ["C778899", "K123456"]
    box = screen.findChild(QMessageBox, "message")
    assert box is not None and "2 artisans exported" in box.text()
    assert screen.export_button.isEnabled()


def test_export_onto_the_store_is_refused_in_the_users_language(
    screen: RegisterScreen, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = store_path(ctx.desk.data_dir)
    before = store.read_bytes()
    ctx.translations.apply(Language.ARABIC)
    monkeypatch.setattr(screen.export, "choose_path", lambda: store)
    QTest.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    box = screen.findChild(QMessageBox, "message")
    assert box is not None and translate("messages", MESSAGES[Code.OUTPUT_PROTECTED]) in box.text()
    assert "مجلد" in box.text()  # in Arabic
    assert store.read_bytes() == before
    assert screen.export_button.isEnabled()


def test_switching_to_arabic_renames_places_and_lists(
    screen: RegisterScreen, ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.translations.apply(Language.ARABIC)
    qtbot.waitUntil(lambda: screen.filters.region.itemText(1) == "طنجة تطوان الحسيمة")
    model = screen.model
    assert model.data(model.index(2, Column.PROVINCE)) == "طنجة أصيلة"
    assert screen.isRightToLeft()
    assert "3" in screen.count_label.text()  # re-worded, not counted again
