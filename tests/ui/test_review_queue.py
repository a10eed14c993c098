"""The review queue (supervisors) and the clerk's returned records."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop_app.services.lookup import find_record, returned_records
from desktop_app.services.records import ArtisanRecord
from desktop_app.services.registration import register_artisan
from desktop_app.services.status import change_status
from desktop_app.ui.context import AppContext
from desktop_app.ui.record.reason import ReasonDialog
from desktop_app.ui.register.screen import RegisterScreen
from desktop_app.ui.register.table_model import Column
from desktop_app.ui.review.screen import ReviewScreen
from registry.artisan import Status
from registry.workflow import Action
from tests.factories import make_draft
from tests.ui.table_cells import cell


@pytest.fixture
def waiting(clerk_ctx: AppContext) -> list[ArtisanRecord]:
    """Three registrations waiting for review, in the order they were made."""
    names = [("K1", "Alaoui", "علوي"), ("K2", "Bennis", "بنيس"), ("K3", "Cherkaoui", "الشرقاوي")]
    return [
        register_artisan(
            clerk_ctx.desk, clerk_ctx.actor, make_draft(cin=cin, last_name_fr=fr, last_name_ar=ar)
        ).record
        for cin, fr, ar in names
    ]


def show(screen: ReviewScreen | RegisterScreen, qtbot: QtBot) -> None:
    qtbot.addWidget(screen)
    screen.resize(1136, 720)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activated()


def queue_names(screen: ReviewScreen) -> list[str]:
    model = screen.model
    return [model.data(model.index(r, Column.NAME_FR)) for r in range(model.rowCount())]


@pytest.fixture
def queue(supervisor_ctx: AppContext, waiting: list[ArtisanRecord], qtbot: QtBot) -> ReviewScreen:
    screen = ReviewScreen(supervisor_ctx)
    show(screen, qtbot)
    return screen


def test_the_queue_lists_pending_records_oldest_first(
    queue: ReviewScreen, supervisor_ctx: AppContext, waiting: list[ArtisanRecord]
) -> None:
    change_status(supervisor_ctx.desk, supervisor_ctx.actor, waiting[1].id, Action.APPROVE, "", 1)
    queue.activated()  # brought to the front: refreshed
    assert queue_names(queue) == ["Alaoui Fatima", "Cherkaoui Fatima"]
    assert queue.count_label.text() == "2 waiting"
    assert queue.table.currentIndex().row() == 0
    assert queue.table.isColumnHidden(Column.STATUS)
    assert queue.title() == "Review queue"


def test_approve_from_the_list(
    queue: ReviewScreen, supervisor_ctx: AppContext, waiting: list[ArtisanRecord], qtbot: QtBot
) -> None:
    with qtbot.waitSignal(supervisor_ctx.bus.record_saved) as saved:
        QTest.mouseClick(queue.approve_button, Qt.MouseButton.LeftButton)
    assert saved.args == [waiting[0].id]
    assert find_record(supervisor_ctx.desk, waiting[0].id).status is Status.REGISTERED
    assert queue_names(queue) == ["Bennis Fatima", "Cherkaoui Fatima"]
    assert queue.table.currentIndex().row() == 0  # the next one, ready to be handled
    assert "Approved" in queue.feedback.text()
    assert queue.count_label.text() == "2 waiting"


def test_return_from_the_list_reaches_the_clerk(
    queue: ReviewScreen,
    supervisor_ctx: AppContext,
    clerk_ctx: AppContext,
    waiting: list[ArtisanRecord],
    qtbot: QtBot,
) -> None:
    queue.table.setCurrentIndex(queue.model.index(1, 0))
    QTest.mouseClick(queue.return_button, Qt.MouseButton.LeftButton)
    ask = queue.findChild(ReasonDialog)
    assert ask is not None and not ask.ok.isEnabled()
    QTest.keyClicks(ask.reason, "CIN copy missing")
    QTest.mouseClick(ask.ok, Qt.MouseButton.LeftButton)
    assert find_record(supervisor_ctx.desk, waiting[1].id).status is Status.RETURNED
    assert queue_names(queue) == ["Alaoui Fatima", "Cherkaoui Fatima"]

    register = RegisterScreen(clerk_ctx)
    show(register, qtbot)
    panel = register.returned
    assert panel.isVisible()
    assert panel.table.rowCount() == 1
    assert cell(panel.table, 0, 0) == waiting[1].registration_number
    assert cell(panel.table, 0, 2) == "CIN copy missing"
    assert cell(panel.table, 0, 3) == supervisor_ctx.actor.username
    assert "(1)" in panel.toggle.text()
    with qtbot.waitSignal(clerk_ctx.bus.open_record_requested) as opened:
        panel.table.setCurrentIndex(panel.table.model().index(0, 0))
        QTest.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened.args == [waiting[1].id]


def test_only_the_clerk_who_registered_sees_the_return(
    clerk_ctx: AppContext,
    supervisor_ctx: AppContext,
    waiting: list[ArtisanRecord],
) -> None:
    desk = supervisor_ctx.desk
    change_status(desk, supervisor_ctx.actor, waiting[2].id, Action.RETURN, "Wrong activity", 1)
    mine = returned_records(desk, clerk_ctx.actor.username)
    assert [(r.row.id, r.returned.reason) for r in mine] == [(waiting[2].id, "Wrong activity")]
    assert returned_records(desk, "someone.else") == []


def test_the_queue_is_empty_with_a_hint(supervisor_ctx: AppContext, qtbot: QtBot) -> None:
    screen = ReviewScreen(supervisor_ctx)
    show(screen, qtbot)
    assert screen.model.rowCount() == 0
    assert screen.empty_hint.isVisible()
    assert not screen.approve_button.isEnabled()


def test_open_from_the_queue(
    queue: ReviewScreen, supervisor_ctx: AppContext, waiting: list[ArtisanRecord], qtbot: QtBot
) -> None:
    with qtbot.waitSignal(supervisor_ctx.bus.open_record_requested) as opened:
        QTest.keyClick(queue.table, Qt.Key.Key_Return)
    assert opened.args == [waiting[0].id]
