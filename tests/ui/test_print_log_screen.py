"""The office's print log: the day's documents, cancelling one, printing the log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop_app.printing.documents import DocumentKind
from desktop_app.services.document_log import find_document
from desktop_app.ui.context import AppContext
from desktop_app.ui.printing.cancellation import CancelDocumentDialog
from desktop_app.ui.printing.document_table import LOG_COLUMNS, DocumentColumn
from desktop_app.ui.printing.log_dialog import LogPrintDialog
from desktop_app.ui.printing.log_screen import PrintLogScreen
from desktop_app.ui.register.table_view import select_row
from registry.workflow import Role
from tests.conftest import FixedClock
from tests.documents_support import issue_documents
from tests.ui.print_support import answer_print_dialog, pages, pdf_printer, registered
from tests.ui.table_cells import cell

MakeCtx = Callable[[Role], AppContext]
A4_LANDSCAPE = (842, 595)


@pytest.fixture
def ctx(make_ctx: MakeCtx) -> AppContext:
    return make_ctx(Role.SUPERVISOR)


def column(screen: PrintLogScreen, which: DocumentColumn) -> list[str]:
    table, index = screen.table, LOG_COLUMNS.index(which)
    return [cell(table, row, index) for row in range(table.rowCount())]


def open_log(ctx: AppContext, qtbot: QtBot) -> PrintLogScreen:
    screen = PrintLogScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    return screen


def test_the_log_shows_the_days_documents_and_another_day_on_request(
    ctx: AppContext, qtbot: QtBot, clock: FixedClock
) -> None:
    desk, actor = ctx.desk, ctx.actor
    record = registered(desk, actor)
    yesterday = desk.today()
    issue_documents(desk, actor, [record.id], DocumentKind.CERTIFICATE)
    clock.now += timedelta(days=1)
    card = issue_documents(desk, actor, [record.id], DocumentKind.CARD, copies=2)

    screen = open_log(ctx, qtbot)
    assert column(screen, DocumentColumn.SERIAL) == [card.serials[0]]
    assert column(screen, DocumentColumn.NAME) == ["El Amrani Fatima"]
    assert column(screen, DocumentColumn.COPIES) == ["2"]
    assert screen.totals.text() == "Documents: 1 — copies: 2 — duplicates: 0 — cancelled: 0"

    screen.day.setDate(QDate(yesterday))
    assert column(screen, DocumentColumn.KIND) == ["Certificate"]
    QTest.mouseClick(screen.today_button, Qt.MouseButton.LeftButton)
    assert column(screen, DocumentColumn.KIND) == ["Card"]


def test_a_supervisor_cancels_a_document_from_the_log(ctx: AppContext, qtbot: QtBot) -> None:
    desk, actor = ctx.desk, ctx.actor
    record = registered(desk, actor)
    batch = issue_documents(desk, actor, [record.id], DocumentKind.CARD)
    screen = open_log(ctx, qtbot)
    assert not screen.cancel_button.isEnabled()
    select_row(screen.table, 0)
    QTest.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    (ask,) = screen.findChildren(CancelDocumentDialog)
    qtbot.keyClicks(ask.reason, "card jammed")
    QTest.mouseClick(ask.ok, Qt.MouseButton.LeftButton)

    assert find_document(desk, batch.serials[0]).cancelled
    assert column(screen, DocumentColumn.STATE) == ["Cancelled"]  # refreshed at once
    assert "card jammed" in column(screen, DocumentColumn.NOTES)[0]
    assert screen.totals.text().endswith("cancelled: 1")


def test_the_log_is_previewed_then_printed(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    record = registered(ctx.desk, ctx.actor)
    issue_documents(ctx.desk, ctx.actor, [record.id], DocumentKind.CERTIFICATE)
    screen = open_log(ctx, qtbot)
    QTest.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    (preview,) = screen.findChildren(LogPrintDialog)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    assert preview.pane.page_count() == 1
    printed = tmp_path / "log.pdf"
    preview.printer_factory = lambda: pdf_printer(printed)

    answer_print_dialog(accept=True)
    QTest.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)

    assert pages(printed) == [A4_LANDSCAPE]
    assert preview.feedback.text() == "The log was sent to the printer."
    preview.close()

    saving = screen.print_day()
    saved = tmp_path / "saved.pdf"
    saving.choose_file = lambda: saved
    saving.start_save()
    assert pages(saved) == [A4_LANDSCAPE]
    assert saving.feedback.text().startswith("The log was saved in")
