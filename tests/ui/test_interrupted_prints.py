"""The desk shows an interrupted print (issue 8, point 3): a banner on the print queue
and in the record's documents, in each language, to print it again or withdraw it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.printing.documents import DocumentKind
from desktop_app.services.document_log import documents_of, print_log
from desktop_app.services.documents import Layout
from desktop_app.services.interrupted_prints import interrupted_batches
from desktop_app.services.print_batches import ReservedBatch, reserve_batch
from desktop_app.services.records import ArtisanRecord
from desktop_app.services.verification import verify_pdf
from desktop_app.ui.context import AppContext
from desktop_app.ui.languages import Language
from desktop_app.ui.printing.interrupted_banner import InterruptedPrints, WithdrawBatchDialog
from desktop_app.ui.printing.queue_screen import PrintQueueScreen
from desktop_app.ui.printing.resume_dialog import ResumePrintDialog
from desktop_app.ui.record.dialog import RecordDialog
from registry.workflow import Role
from tests.ui.print_support import audit_actions, message_box, pdf_printer, registered
from tests.ui.table_cells import cell

MakeCtx = Callable[[Role], AppContext]


def plain(text: str) -> str:
    """``text`` without the direction isolates around codes and names."""
    return text.replace("\u2066", "").replace("\u2069", "")


def interrupted(ctx: AppContext, records: list[ArtisanRecord]) -> ReservedBatch:
    """A print of certificates by ``ctx``'s user whose program died while drawing."""
    reserved = reserve_batch(
        ctx.desk, ctx.actor, [r.id for r in records], Layout.CERTIFICATE, "/media/out.pdf"
    )
    reserved.lock.release(finished=False)  # what the OS does when the process dies
    return reserved


def queue_screen(ctx: AppContext, qtbot: QtBot) -> PrintQueueScreen:
    screen = PrintQueueScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1100, 600)
    screen.show()
    return screen


def missing(screen: PrintQueueScreen) -> list[tuple[DocumentKind, ...]]:
    model = screen.model
    return [model.queued_at(row).missing for row in range(model.rowCount())]


def two_records(ctx: AppContext) -> list[ArtisanRecord]:
    return [
        registered(ctx.desk, ctx.actor),
        registered(ctx.desk, ctx.actor, cin="AB654321", last_name_fr="Benali"),
    ]


def test_the_print_queue_shows_an_interrupted_print_not_one_being_printed(
    clerk_ctx: AppContext, qtbot: QtBot
) -> None:
    records = two_records(clerk_ctx)
    running = reserve_batch(clerk_ctx.desk, clerk_ctx.actor, [records[0].id], Layout.CARD, "x")
    screen = queue_screen(clerk_ctx, qtbot)
    assert not screen.interrupted.isVisible()  # printed right now: not interrupted

    running.lock.release(finished=False)
    screen.refresh()

    banner = screen.interrupted
    assert banner.isVisible()
    (line,) = banner.lines
    text = plain(line.text.text())
    assert text.startswith("An interrupted print: 1 professional card reserved by clerk at ")
    assert text.endswith(" was not confirmed printed.")
    assert line.print_button.text() == "Print again…" and line.print_button.isEnabled()
    assert line.withdraw_button.text() == "Withdraw" and line.withdraw_button.isEnabled()
    # Its record still waits for the card: a pending card is not printed.
    assert missing(screen) == [(DocumentKind.CERTIFICATE, DocumentKind.CARD)] * 2


@pytest.mark.parametrize("language", list(Language), ids=str)
def test_the_banner_reads_in_each_language(
    clerk_ctx: AppContext, qtbot: QtBot, language: Language, tmp_path: Path
) -> None:
    interrupted(clerk_ctx, two_records(clerk_ctx))
    clerk_ctx.translations.apply(language)
    screen = queue_screen(clerk_ctx, qtbot)
    QApplication.processEvents()

    (line,) = screen.interrupted.lines
    text = line.text.text()
    assert "interrupted" not in text and "Print again" not in line.print_button.text()
    if language is Language.ARABIC:
        assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert line.isRightToLeft()
        # The buttons stand at the left end, after the text (read from the right).
        assert line.print_button.x() < line.text.x()
        assert "clerk" in text and any("\u0600" <= c <= "\u06ff" for c in text)
    else:
        assert line.text.x() < line.print_button.x()
        assert "Une impression interrompue" in text and "clerk" in text
    # Nothing clipped: the text has the height its width needs; the buttons their width.
    assert line.text.height() >= line.text.heightForWidth(line.text.width())
    for button in (line.print_button, line.withdraw_button):
        assert button.width() >= button.sizeHint().width()
    screen.grab().save(str(tmp_path / f"banner-{language.value}.png"))


def test_print_again_prints_the_same_documents_and_confirms_them(
    clerk_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    desk = clerk_ctx.desk
    records = two_records(clerk_ctx)
    first = interrupted(clerk_ctx, records)
    screen = queue_screen(clerk_ctx, qtbot)

    QTest.mouseClick(screen.interrupted.lines[0].print_button, Qt.MouseButton.LeftButton)
    (dialog,) = screen.findChildren(ResumePrintDialog)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    assert dialog.pane.page_count() == 2  # the documents themselves, as they will print
    assert interrupted_batches(desk) == []  # this window holds it now
    saved = tmp_path / "again.pdf"
    dialog.choose_file = lambda: saved
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert first.batch.serials[0] in dialog.feedback.text()
    codes = verify_pdf(desk, saved)
    assert [c.result.valid for c in codes] == [True, True]
    assert [c.result.fields.serial for c in codes if c.result.fields] == list(first.batch.serials)
    assert [d.serial for d in print_log(desk)] == list(first.batch.serials)
    assert [a for a, _ in audit_actions(desk)] == ["issue", "issue"]
    assert not screen.interrupted.isVisible()
    assert missing(screen) == [(DocumentKind.CARD,)] * 2


def test_a_resumed_print_on_a_failing_printer_is_withdrawn(
    clerk_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    records = two_records(clerk_ctx)
    first = interrupted(clerk_ctx, records[:1])
    screen = queue_screen(clerk_ctx, qtbot)
    dialog = screen.interrupted.lines[0].print_again()
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.printer_factory = lambda: pdf_printer(tmp_path / "no such folder" / "out.pdf")
    dialog.confirm_printer = lambda _printer, _parent: True

    dialog.start_print()

    assert "withdrawn" in dialog.feedback.text()
    assert not dialog.print_button.isEnabled()  # nothing is left to print
    (info,) = documents_of(clerk_ctx.desk, records[0].id)
    assert (info.serial, info.withdrawn) == (first.batch.serials[0], True)
    assert interrupted_batches(clerk_ctx.desk) == []


def test_closing_print_again_without_printing_leaves_the_print_interrupted(
    clerk_ctx: AppContext, qtbot: QtBot
) -> None:
    interrupted(clerk_ctx, two_records(clerk_ctx))
    screen = queue_screen(clerk_ctx, qtbot)
    dialog = screen.interrupted.lines[0].print_again()
    assert interrupted_batches(clerk_ctx.desk) == []
    dialog.close()
    assert len(interrupted_batches(clerk_ctx.desk)) == 1
    assert print_log(clerk_ctx.desk) == []


def test_withdraw_asks_a_reason_and_withdraws_the_print_in_one_step(
    clerk_ctx: AppContext, qtbot: QtBot
) -> None:
    desk = clerk_ctx.desk
    records = two_records(clerk_ctx)
    first = interrupted(clerk_ctx, records)
    screen = queue_screen(clerk_ctx, qtbot)

    QTest.mouseClick(screen.interrupted.lines[0].withdraw_button, Qt.MouseButton.LeftButton)
    (ask,) = screen.findChildren(WithdrawBatchDialog)
    assert not ask.ok.isEnabled()  # a reason is required
    qtbot.keyClicks(ask.reason, "printer jammed")
    QTest.mouseClick(ask.ok, Qt.MouseButton.LeftButton)

    assert "Withdrawn: 2 certificates of registration." in message_box(screen, qtbot).text()
    log = print_log(desk)
    assert [(d.serial, d.withdrawn, d.cancel_reason) for d in log] == [
        (serial, True, "printer jammed") for serial in first.batch.serials
    ]
    assert audit_actions(desk) == [("withdraw", s) for s in first.batch.serials]
    assert not screen.interrupted.isVisible()


def test_another_clerks_interrupted_print_is_for_a_supervisor(
    make_ctx: MakeCtx, qtbot: QtBot
) -> None:
    supervisor = make_ctx(Role.SUPERVISOR)
    interrupted(supervisor, [registered(supervisor.desk, supervisor.actor)])
    clerk = make_ctx(Role.CLERK)
    screen = queue_screen(clerk, qtbot)
    (line,) = screen.interrupted.lines
    assert not line.print_button.isEnabled() and not line.withdraw_button.isEnabled()
    assert "supervisor" in line.print_button.toolTip()


def test_the_records_documents_show_its_interrupted_print(
    clerk_ctx: AppContext, qtbot: QtBot
) -> None:
    records = two_records(clerk_ctx)
    interrupted(clerk_ctx, records)
    record_view = RecordDialog(clerk_ctx, records[1].id)
    qtbot.addWidget(record_view)
    record_view.show()
    tab = record_view.documents
    record_view.tabs.setCurrentWidget(tab)

    banner = tab.findChild(InterruptedPrints)
    assert banner is not None and banner.isVisibleTo(record_view)
    assert cell(tab.table, 0, 5) == "Not confirmed printed"
    certificate = tab.print_buttons[DocumentKind.CERTIFICATE]
    assert not certificate.isEnabled() and "interrupted" in certificate.toolTip()
    assert tab.print_buttons[DocumentKind.CARD].isEnabled()
    assert not tab.cancel_button.isEnabled()
