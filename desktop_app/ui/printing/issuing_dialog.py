"""What a print does once its documents are reserved: draw them and send them to the
printer or write the file (off the GUI thread), then confirm the batch — its documents are
live from then on — or, if the printer or the file failed, withdraw it at once.

The steps after the drawing go on even if the dialog is gone by then: a print that
reached the printer is confirmed, one that did not is withdrawn, and a batch reserved for
a dialog that closed is withdrawn before anything is drawn. A program that dies half-way
leaves its batch pending, not live: the print queue then offers to print it again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtPrintSupport import QPrinter

from desktop_app.printing.documents import DocumentKind
from desktop_app.services.documents import IssuedBatch
from desktop_app.services.output_files import OutputFile
from desktop_app.services.print_batches import (
    PRINTER,
    ReservedBatch,
    confirm_batch,
    withdraw_reserved,
)
from desktop_app.ui.context import AppContext, translate
from desktop_app.ui.languages import latin_code
from desktop_app.ui.printing.preview_dialog import PreviewDialog
from desktop_app.ui.printing.printer_output import (
    NOT_PRINTED_REASON,
    PrinterRefused,
    send_to_printer,
)
from desktop_app.ui.printing.refusals import refusal_text


def documents_text(kind: DocumentKind, count: int, locale_number: str) -> str:
    """ "3 professional cards", in the interface language."""
    if kind is DocumentKind.CERTIFICATE:
        if count == 1:
            return translate("printing", "1 certificate of registration")
        return translate("printing", "%1 certificates of registration").replace("%1", locale_number)
    if count == 1:
        return translate("printing", "1 professional card")
    return translate("printing", "%1 professional cards").replace("%1", locale_number)


def serials_text(batch: IssuedBatch) -> str:
    serials = batch.serials
    if len(serials) == 1:
        return translate("printing", "serial %1").replace("%1", latin_code(serials[0]))
    return (
        translate("printing", "serials %1 to %2")
        .replace("%1", latin_code(serials[0]))
        .replace("%2", latin_code(serials[-1]))
    )


class IssuingDialog(PreviewDialog):
    """A preview whose Print… and Save as PDF… issue documents (see the module)."""

    def issue(self, reserve: Callable[[], ReservedBatch], target: QPrinter | OutputFile) -> None:
        """Reserve the documents (on the write lane), then draw and output them."""
        ctx = self.ctx
        self.set_busy(True, translate("printing", "Issuing the documents…"))

        def reserved(batch: ReservedBatch) -> None:
            ctx.bus.documents_changed.emit()
            if not shiboken6.isValid(self):  # gone before its documents were drawn
                withdraw(ctx, batch, NOT_PRINTED_REASON, None, None)
                return
            self.output_reserved(batch, target)

        ctx.runner.write(reserve, reserved, self.refused)

    def output_reserved(self, batch: ReservedBatch, target: QPrinter | OutputFile) -> None:
        """Draw ``batch`` and send it to the printer or write the file; then confirm it,
        or withdraw it if that failed."""
        ctx, actor = self.ctx, self.ctx.actor
        printed = isinstance(target, QPrinter)
        documents, layout = batch.batch, batch.layout
        if isinstance(target, QPrinter):
            path, destination = self.work_path / "issued.pdf", PRINTER
            printer = target

            def draw() -> int:
                from desktop_app.services.document_files import render_batch

                render_batch(documents, layout, path)  # in the dialog's own folder
                return send_to_printer(path, printer)
        else:
            from desktop_app.services.document_files import write_documents

            path, output = target.path, target
            destination = str(path.absolute())

            def draw() -> int:
                return write_documents(documents, layout, output)

        self.set_busy(
            True,
            translate("printing", "Sending to the printer…")
            if printed
            else translate("printing", "Writing the file…"),
        )

        def confirmed(_: object) -> None:
            ctx.bus.documents_changed.emit()
            if shiboken6.isValid(self):
                self.output_done(batch, path, printed)

        def written(_pages: int) -> None:
            ctx.runner.write(
                lambda: confirm_batch(ctx.desk, actor, batch, destination),
                confirmed,
                lambda error: self._not_confirmed(ctx, error),
            )

        def failed(error: BaseException) -> None:
            from desktop_app.services.document_files import NOT_WRITTEN_REASON

            reason = NOT_PRINTED_REASON if printed else NOT_WRITTEN_REASON
            withdraw(ctx, batch, reason, error, self)

        ctx.runner.read(draw, written, failed)

    def output_done(self, batch: ReservedBatch, path: Path, printed: bool) -> None:
        """Printed or saved, and confirmed: say what was produced."""
        documents = documents_text(
            batch.batch.kind,
            len(batch.batch.documents),
            self.locale().toString(len(batch.batch.documents)),
        )
        if printed:
            text = translate("printing", "Sent to the printer: %1 (%2).")
        else:
            text = translate("printing", "Saved: %1 (%2), in %3.").replace(
                "%3", latin_code(str(path))
            )
        self.show_outcome(
            text.replace("%1", documents).replace("%2", serials_text(batch.batch)), path
        )

    def refused(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        text = refusal_text(error)
        if text is None:
            self.show_failure(translate("printing", "Nothing was printed."))
            self.ctx.runner.unexpected_error.emit(error)
        else:
            self.show_failure(text)

    def _not_confirmed(self, ctx: AppContext, error: BaseException) -> None:
        """Output, but the store could not record it: the batch stays pending (an
        interrupted print, offered again by the print queue)."""
        ctx.runner.unexpected_error.emit(error)
        if shiboken6.isValid(self):
            self.show_failure(
                translate(
                    "printing",
                    "The documents were output but their print could not be recorded: the "
                    "print queue shows it as interrupted.",
                )
            )

    def tell_withdrawn(self, error: BaseException) -> None:
        if isinstance(error, PrinterRefused):
            text = translate("printing", "The printer did not take the job.")
        elif isinstance(error, OSError):
            text = translate("printing", "The file could not be written.")
        else:
            text = translate("printing", "The documents could not be drawn.")
            self.ctx.runner.unexpected_error.emit(error)
        self.show_failure(
            text
            + " "
            + translate(
                "printing",
                "The documents just issued were withdrawn: nothing is logged as printed.",
            )
        )


def withdraw(
    ctx: AppContext,
    batch: ReservedBatch,
    reason: str,
    error: BaseException | None,
    dialog: IssuingDialog | None,
) -> None:
    """Withdraw a reserved batch that was not output, and tell ``dialog`` if it is still
    there."""
    actor = ctx.actor

    def withdrawn(_: object) -> None:
        ctx.bus.documents_changed.emit()
        if error is not None and dialog is not None and shiboken6.isValid(dialog):
            dialog.tell_withdrawn(error)

    def not_withdrawn(failure: BaseException) -> None:
        # The batch stays pending: the print queue offers it as interrupted.
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.refused(failure)
        else:
            ctx.runner.unexpected_error.emit(failure)

    ctx.runner.write(
        lambda: withdraw_reserved(ctx.desk, actor, batch, reason), withdrawn, not_withdrawn
    )
