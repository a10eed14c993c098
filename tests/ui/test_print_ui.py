"""Printing from the record view: the preview, printing (to a PDF printer, through the
real print dialog), saving, reprints, withdrawals, and the record's documents."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSizeF, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop_app.printing.documents import DocumentKind
from desktop_app.services.document_log import documents_of, find_document, print_log
from desktop_app.services.documents import Layout
from desktop_app.services.interrupted_prints import interrupted_batches
from desktop_app.services.print_batches import PRINTER, ReservedBatch, reserve_batch
from desktop_app.services.records import ArtisanRecord
from desktop_app.services.verification import verify_pdf
from desktop_app.storage.device_key_file import key_path
from desktop_app.storage.engine import store_path
from desktop_app.ui.context import AppContext
from desktop_app.ui.printing.cancellation import CancelDocumentDialog
from desktop_app.ui.printing.document_dialog import DocumentPrintDialog
from desktop_app.ui.printing.printer_output import NOT_PRINTED_REASON, fit_paper
from desktop_app.ui.record.dialog import RecordDialog
from tests.documents_support import issue_documents
from tests.ui.print_support import (
    answer_print_dialog,
    audit_actions,
    pages,
    pdf_printer,
    pending,
    registered,
)
from tests.ui.table_cells import cell

A4 = (595, 842)


def open_record(ctx: AppContext, record: ArtisanRecord, qtbot: QtBot) -> RecordDialog:
    dialog = RecordDialog(ctx, record.id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def print_button(dialog: RecordDialog, kind: DocumentKind) -> QPushButton:
    return dialog.documents.print_buttons[kind]


def open_preview(
    ctx: AppContext, record: ArtisanRecord, qtbot: QtBot, kind: DocumentKind
) -> DocumentPrintDialog:
    """Click Print… in the record view; the preview that opens."""
    record_view = open_record(ctx, record, qtbot)
    QTest.mouseClick(print_button(record_view, kind), Qt.MouseButton.LeftButton)
    previews = record_view.findChildren(DocumentPrintDialog)
    assert len(previews) == 1
    preview = previews[0]
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    return preview


def test_a_registered_record_previews_its_certificate_and_records_nothing(
    clerk_ctx: AppContext, qtbot: QtBot
) -> None:
    record = registered(clerk_ctx.desk, clerk_ctx.actor)
    record_view = open_record(clerk_ctx, record, qtbot)
    button = print_button(record_view, DocumentKind.CERTIFICATE)
    assert button.isVisible() and button.isEnabled() and button.text() == "Print certificate…"
    assert print_button(record_view, DocumentKind.CARD).text() == "Print card…"

    preview = open_preview(clerk_ctx, record, qtbot, DocumentKind.CERTIFICATE)
    document = preview.pane.document
    assert document.status() == QPdfDocument.Status.Ready
    assert document.pageCount() == 1
    assert document.pagePointSize(0).toTuple() == pytest.approx(A4, abs=1)
    assert preview.print_button.isEnabled() and preview.save_button.isEnabled()
    assert not preview.reprint_box.isVisible()
    assert print_log(clerk_ctx.desk) == []


def test_an_unregistered_record_offers_no_printing(clerk_ctx: AppContext, qtbot: QtBot) -> None:
    record_view = open_record(clerk_ctx, pending(clerk_ctx.desk, clerk_ctx.actor), qtbot)
    assert not [b for b in record_view.documents.print_buttons.values() if b.isVisible()]


def test_printing_issues_the_document_and_prints_it(
    clerk_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    desk = clerk_ctx.desk
    record = registered(desk, clerk_ctx.actor)
    preview = open_preview(clerk_ctx, record, qtbot, DocumentKind.CERTIFICATE)
    output = tmp_path / "printer.pdf"
    preview.printer_factory = lambda: pdf_printer(output)
    preview.copies.setValue(2)

    proposed = answer_print_dialog(accept=True)
    QTest.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)

    assert proposed == [2]  # the print dialog offered the copies chosen
    (issued,) = print_log(desk)
    assert (issued.registration_number, issued.copies, issued.issued_by) == (
        record.registration_number, 2, clerk_ctx.actor.username,
    )  # fmt: skip
    assert not issued.cancelled
    assert audit_actions(desk) == [("issue", issued.serial)]
    assert pages(output) == [A4, A4]  # each copy drawn once, printed once
    assert issued.serial in preview.feedback.text()
    assert preview.pane.page_count() == 2  # the issued file, now shown
    assert not preview.print_button.isEnabled() and preview.close_button.text() == "Close"


def test_closing_the_print_dialog_issues_nothing(
    clerk_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    record = registered(clerk_ctx.desk, clerk_ctx.actor)
    preview = open_preview(clerk_ctx, record, qtbot, DocumentKind.CERTIFICATE)
    preview.printer_factory = lambda: pdf_printer(tmp_path / "printer.pdf")

    answer_print_dialog(accept=False)
    QTest.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)

    assert print_log(clerk_ctx.desk) == []
    assert not (tmp_path / "printer.pdf").exists()
    assert preview.print_button.isEnabled()


def test_a_printer_that_fails_gets_the_documents_withdrawn(
    clerk_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    record = registered(clerk_ctx.desk, clerk_ctx.actor)
    preview = open_preview(clerk_ctx, record, qtbot, DocumentKind.CARD)
    # A printer that cannot start the job (its output cannot be opened).
    preview.printer_factory = lambda: pdf_printer(tmp_path / "no such folder" / "out.pdf")
    preview.confirm_printer = lambda _printer, _parent: True

    preview.start_print()

    (withdrawn,) = print_log(clerk_ctx.desk)
    assert withdrawn.withdrawn and withdrawn.cancel_reason == NOT_PRINTED_REASON
    # Never live: one audited withdrawal, no issue.
    assert audit_actions(clerk_ctx.desk) == [("withdraw", withdrawn.serial)]
    assert "withdrawn" in preview.feedback.text()
    assert preview.print_button.isEnabled()  # another try issues a new document


def test_a_dialog_closed_while_its_documents_are_reserved_prints_nothing_live(
    clerk_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    """The window went away while the reservation was on its way (the record view that
    opened it was closed): the documents are withdrawn before anything is drawn."""
    desk, actor = clerk_ctx.desk, clerk_ctx.actor
    record = registered(desk, actor)
    preview = DocumentPrintDialog(clerk_ctx, [record.id], Layout.CARD)
    preview.show()
    printer = pdf_printer(tmp_path / "printer.pdf")

    def reserve_then_close() -> ReservedBatch:
        reserved = reserve_batch(desk, actor, [record.id], Layout.CARD, PRINTER)
        shiboken6.delete(preview)
        return reserved

    preview.issue(reserve_then_close, printer)

    (info,) = documents_of(desk, record.id)
    assert info.withdrawn and info.cancel_reason == NOT_PRINTED_REASON
    assert audit_actions(desk) == [("withdraw", info.serial)]
    assert not (tmp_path / "printer.pdf").exists()
    assert interrupted_batches(desk) == []


def test_saving_a_card_sheet_writes_a_verifiable_pdf(
    clerk_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    desk = clerk_ctx.desk
    record = registered(desk, clerk_ctx.actor)
    preview = open_preview(clerk_ctx, record, qtbot, DocumentKind.CARD)
    preview.layouts.setCurrentIndex(preview.layouts.findData(Layout.CARD_SHEET))
    assert preview.layout_choice is Layout.CARD_SHEET
    assert preview.pane.document.pagePointSize(0).toTuple() == pytest.approx(A4, abs=1)
    saved = tmp_path / "cards.pdf"
    preview.choose_file = lambda: saved

    QTest.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)

    (issued,) = print_log(desk)
    assert issued.kind is DocumentKind.CARD
    assert pages(saved) == [A4, A4]  # the sheet's fronts, then its backs
    (code,) = verify_pdf(desk, saved)  # the real serial, signed: it verifies
    assert code.result.valid and code.result.fields is not None
    assert code.result.fields.serial == issued.serial


def test_a_file_that_cannot_be_written_is_refused_before_any_serial_is_spent(
    clerk_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    record = registered(clerk_ctx.desk, clerk_ctx.actor)
    preview = open_preview(clerk_ctx, record, qtbot, DocumentKind.CERTIFICATE)
    for place, message in [
        (tmp_path / "no such folder" / "out.pdf", "is in a folder that does not exist"),
        (store_path(clerk_ctx.desk.data_dir), "in the office's data folder"),
        (key_path(clerk_ctx.desk.data_dir), "in the office's data folder"),
    ]:
        before = place.read_bytes() if place.exists() else None
        preview.choose_file = lambda place=place: place
        preview.start_save()

        assert message in preview.feedback.text()
        assert print_log(clerk_ctx.desk) == []
        assert (place.read_bytes() if place.exists() else None) == before
    assert preview.save_button.isEnabled()


def test_a_reprint_asks_for_a_reason_and_is_marked_duplicate(
    supervisor_ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    desk = supervisor_ctx.desk
    record = registered(desk, supervisor_ctx.actor)
    first = issue_documents(desk, supervisor_ctx.actor, [record.id], DocumentKind.CERTIFICATE)
    record_view = open_record(supervisor_ctx, record, qtbot)
    assert print_button(record_view, DocumentKind.CERTIFICATE).text() == "Reprint certificate…"

    preview = open_preview(supervisor_ctx, record, qtbot, DocumentKind.CERTIFICATE)
    assert preview.reprint_box.isVisible()
    assert "DUPLICATA" in preview.reprint_notice.text()
    assert not preview.print_button.isEnabled() and not preview.save_button.isEnabled()
    qtbot.keyClicks(preview.reason, "original lost")
    assert preview.save_button.isEnabled()
    preview.choose_file = lambda: tmp_path / "reprint.pdf"
    QTest.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)

    original, reprint = print_log(desk)
    assert original.serial == first.serials[0]
    assert reprint.duplicate_of == original.serial
    assert reprint.reprint_reason == "original lost"
    assert not original.cancelled  # the earlier document stays valid


def test_a_clerk_is_not_offered_a_reprint(clerk_ctx: AppContext, qtbot: QtBot) -> None:
    desk = clerk_ctx.desk
    record = registered(desk, clerk_ctx.actor)
    issue_documents(desk, clerk_ctx.actor, [record.id], DocumentKind.CARD)
    record_view = open_record(clerk_ctx, record, qtbot)
    card = print_button(record_view, DocumentKind.CARD)
    assert card.isVisible() and not card.isEnabled()
    assert "supervisor" in card.toolTip()
    assert print_button(record_view, DocumentKind.CERTIFICATE).isEnabled()

    preview = DocumentPrintDialog(clerk_ctx, [record.id], Layout.CARD)
    qtbot.addWidget(preview)
    preview.show()
    assert "supervisor" in preview.reprint_notice.text()
    assert not preview.reason.isVisible() and not preview.print_button.isEnabled()


def test_a_refusal_of_the_service_is_said_clearly(clerk_ctx: AppContext, qtbot: QtBot) -> None:
    """Printed elsewhere since the preview: the clerk's reprint is refused, and said so."""
    desk = clerk_ctx.desk
    record = registered(desk, clerk_ctx.actor)
    preview = DocumentPrintDialog(clerk_ctx, [record.id], Layout.CERTIFICATE)
    qtbot.addWidget(preview)
    preview.show()
    issue_documents(desk, clerk_ctx.actor, [record.id], DocumentKind.CERTIFICATE)
    preview.confirm_printer = lambda _printer, _parent: True

    preview.start_print()

    assert len(print_log(desk)) == 1
    assert "already printed" in preview.feedback.text()


def test_the_record_lists_its_documents_and_a_supervisor_cancels_one(
    supervisor_ctx: AppContext, qtbot: QtBot
) -> None:
    desk = supervisor_ctx.desk
    record = registered(desk, supervisor_ctx.actor)
    batch = issue_documents(desk, supervisor_ctx.actor, [record.id], DocumentKind.CARD, copies=3)
    record_view = open_record(supervisor_ctx, record, qtbot)
    tab = record_view.documents
    assert record_view.tabs.tabText(record_view.tabs.indexOf(tab)) == "Documents (1)"
    table = tab.table
    texts = [cell(table, 0, column) for column in range(table.columnCount())]
    assert texts[:2] == [batch.serials[0], "Card"]
    assert texts[3:6] == [supervisor_ctx.actor.username, "3", "In force"]

    record_view.tabs.setCurrentWidget(tab)
    table.selectRow(0)
    QTest.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    (ask,) = record_view.findChildren(CancelDocumentDialog)
    assert not ask.ok.isEnabled()  # a reason is required
    qtbot.keyClicks(ask.reason, "spoilt card")
    QTest.mouseClick(ask.ok, Qt.MouseButton.LeftButton)

    assert find_document(desk, batch.serials[0]).cancel_reason == "spoilt card"
    assert cell(table, 0, 5) == "Cancelled"
    assert "spoilt card" in cell(table, 0, 6)
    assert not tab.cancel_button.isEnabled()
    # The card may be printed again, as a first card: no reprint.
    assert print_button(record_view, DocumentKind.CARD).text() == "Print card…"


def test_a_clerk_cannot_cancel(clerk_ctx: AppContext, qtbot: QtBot) -> None:
    record = registered(clerk_ctx.desk, clerk_ctx.actor)
    issue_documents(clerk_ctx.desk, clerk_ctx.actor, [record.id], DocumentKind.CARD)
    record_view = open_record(clerk_ctx, record, qtbot)
    assert not record_view.documents.cancel_button.isVisibleTo(record_view)
    assert len(documents_of(clerk_ctx.desk, record.id)) == 1


def test_the_printer_gets_the_paper_of_the_pages(tmp_path: Path) -> None:
    """Cards print on ID-1 paper, turned, edge to edge."""
    printer = pdf_printer(tmp_path / "x.pdf")
    fit_paper(printer, QSizeF(242.65, 153.07))
    layout = printer.pageLayout()
    assert layout.orientation().name == "Landscape"
    assert layout.fullRectPoints().size().toTuple() == (243, 153)
    assert printer.fullPage()
    assert printer.outputFormat() is QPrinter.OutputFormat.PdfFormat
