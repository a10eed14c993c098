"""Batch printing: a selection of the register, and the print queue screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop_app.printing.documents import DocumentKind
from desktop_app.services.document_log import print_log
from desktop_app.services.documents import Layout
from desktop_app.ui.context import AppContext
from desktop_app.ui.printing.document_dialog import DocumentPrintDialog
from desktop_app.ui.printing.queue_model import QueueColumn
from desktop_app.ui.printing.queue_screen import PrintQueueScreen
from desktop_app.ui.register.screen import RegisterScreen
from registry.workflow import Role
from tests.ui.print_support import message_box, pending, registered

MakeCtx = Callable[[Role], AppContext]


@pytest.fixture
def ctx(make_ctx: MakeCtx) -> AppContext:
    return make_ctx(Role.CLERK)


def preview_of(parent: RegisterScreen | PrintQueueScreen) -> DocumentPrintDialog:
    (preview,) = [d for d in parent.findChildren(DocumentPrintDialog) if d.isVisible()]
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    return preview


def save(preview: DocumentPrintDialog, path: Path) -> None:
    preview.choose_file = lambda: path
    QTest.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    preview.close()


def test_the_register_prints_only_the_registered_rows_of_a_selection(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    desk, actor = ctx.desk, ctx.actor
    fatima = registered(desk, actor)
    youssef = registered(desk, actor, cin="AB654321", last_name_fr="Benali")
    pending(desk, actor, cin="CD112233", last_name_fr="Tazi")
    screen = RegisterScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3)
    assert not screen.print_button.isEnabled()

    screen.table.setFocus()
    QTest.keyClick(screen.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(screen.selected_rows()) == 3 and screen.print_button.isEnabled()
    menu = screen.print_button.menu()
    assert menu is not None
    menu.actions()[0].trigger()  # Certificates of registration…

    preview = preview_of(screen)
    assert set(preview.ids) == {fatima.id, youssef.id}
    assert preview.notes.isVisible()
    assert preview.notes.text() == "1 selected record is left out: it is not registered."
    assert preview.pane.page_count() == 2
    save(preview, tmp_path / "two.pdf")
    assert sorted(d.registration_number for d in print_log(desk)) == sorted(
        [fatima.registration_number, youssef.registration_number]
    )


def test_a_selection_without_a_registered_record_prints_nothing(
    ctx: AppContext, qtbot: QtBot
) -> None:
    pending(ctx.desk, ctx.actor)
    screen = RegisterScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    screen.table.selectAll()
    screen.print_selected(Layout.CARD)
    box = message_box(screen, qtbot)
    assert "only registered records" in box.text()
    assert not screen.findChildren(DocumentPrintDialog)


def queued_names(screen: PrintQueueScreen) -> list[str]:
    model = screen.model
    return [model.data(model.index(r, QueueColumn.NAME_FR)) for r in range(model.rowCount())]


def waiting_for(screen: PrintQueueScreen) -> list[str]:
    model = screen.model
    return [model.data(model.index(r, QueueColumn.WAITING_FOR)) for r in range(model.rowCount())]


def test_the_queue_lists_approved_records_until_they_are_printed(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    desk, actor = ctx.desk, ctx.actor
    registered(desk, actor)
    pending(desk, actor, cin="CD112233", last_name_fr="Tazi")  # not approved: not queued
    screen = PrintQueueScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    assert queued_names(screen) == ["El Amrani Fatima"]
    assert waiting_for(screen) == ["Certificate of registration, Professional card"]
    assert screen.count_label.text() == "1 waiting"
    assert not screen.print_button.isEnabled()

    QTest.mouseClick(screen.select_all_button, Qt.MouseButton.LeftButton)
    screen.print_selected(Layout.CERTIFICATE)
    save(preview_of(screen), tmp_path / "certificate.pdf")
    assert waiting_for(screen) == ["Professional card"]  # refreshed after printing

    screen.table.selectionModel().select(
        screen.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert screen.print_selected(Layout.CERTIFICATE) is None  # it has one already
    message_box(screen, qtbot).close()
    screen.print_selected(Layout.CARD_SHEET)
    save(preview_of(screen), tmp_path / "cards.pdf")
    assert queued_names(screen) == []
    assert screen.empty_hint.isVisible()
    assert [d.kind for d in print_log(desk)] == [DocumentKind.CERTIFICATE, DocumentKind.CARD]


def test_an_approval_puts_a_record_in_the_queue(ctx: AppContext, qtbot: QtBot) -> None:
    screen = PrintQueueScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    assert queued_names(screen) == []
    record = registered(ctx.desk, ctx.actor)
    ctx.bus.record_saved.emit(record.id)
    assert queued_names(screen) == ["El Amrani Fatima"]
