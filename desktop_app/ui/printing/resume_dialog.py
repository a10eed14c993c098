"""Printing an interrupted batch again: the same documents with the same serials.

The batch is taken up as the dialog opens (:func:`resume_batch`: this program holds its
lock from then on, so no other one prints it meanwhile) and shown as it will print.
Print… or Save as PDF… outputs it and confirms it, as any print; a failure withdraws it.
Closing the dialog without printing leaves the batch interrupted, as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.services.interrupted_prints import InterruptedBatch, resume_batch
from desktop_app.services.output_files import OutputFile
from desktop_app.services.print_batches import PRINTER, ReservedBatch
from desktop_app.ui.context import AppContext, translate
from desktop_app.ui.languages import latin_code
from desktop_app.ui.printing.document_dialog import WARNING_STYLE
from desktop_app.ui.printing.issuing_dialog import IssuingDialog, documents_text, serials_text
from desktop_app.ui.record.display import moment_text


class ResumePrintDialog(IssuingDialog):
    def __init__(
        self, ctx: AppContext, batch: InterruptedBatch, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("resume_print")
        self.batch = batch
        self.reserved: ReservedBatch | None = None
        self.left_out = QLabel()
        self.left_out.setObjectName("left_out")
        self.left_out.setWordWrap(True)
        self.left_out.setStyleSheet(WARNING_STYLE)
        self.left_out.hide()
        self.main_layout.insertWidget(1, self.left_out)
        self.finished.connect(self._let_go)
        self.retranslate()
        self.pane.show_message(translate("printing", "Preparing the preview…"))
        self.update_buttons()

        desk, actor = ctx.desk, ctx.actor

        def resumed(reserved: ReservedBatch) -> None:
            if reserved.left_out:
                ctx.bus.documents_changed.emit()
            if not shiboken6.isValid(self):  # closed meanwhile: the batch stays interrupted
                reserved.lock.release(finished=False)
                return
            self.reserved = reserved
            self.retranslate()
            self.refresh_preview()

        ctx.runner.write(lambda: resume_batch(desk, actor, batch.id), resumed, self._not_resumed)

    def retranslate(self) -> None:
        super().retranslate()
        batch = self.batch
        self.setWindowTitle(translate("printing", "Print an interrupted print again"))
        documents = self.reserved.batch if self.reserved is not None else None
        count = len(documents.documents) if documents is not None else batch.count
        what = documents_text(batch.kind, count, self.locale().toString(count))
        if documents is not None:
            what = f"{what} ({serials_text(documents)})"
        self.summary.setText(
            translate(
                "printing",
                "An interrupted print: %1, reserved by %2 on %3. Printing or saving it now "
                "confirms it, with the same serials; closing this window leaves it interrupted.",
            )
            .replace("%1", what)
            .replace("%2", latin_code(batch.issued_by))
            .replace("%3", moment_text(batch.issued_at))
        )
        left_out = self.reserved.left_out if self.reserved is not None else ()
        self.left_out.setVisible(bool(left_out))
        self.left_out.setText(
            translate(
                "printing",
                "No longer registered, so withdrawn from this print: %1.",
            ).replace("%1", latin_code(", ".join(left_out)))
        )

    def _not_resumed(self, error: BaseException) -> None:
        self.ctx.bus.documents_changed.emit()  # it may have been withdrawn meanwhile
        self.pane.show_message(translate("printing", "Nothing to print."))
        self.refused(error)

    def _let_go(self) -> None:
        if self.reserved is not None:  # not output: the batch stays interrupted
            self.reserved.lock.release(finished=False)

    # The preview ---------------------------------------------------------------------

    def preview_work(self, path: Path) -> Callable[[], Any]:
        reserved = self.reserved
        assert reserved is not None

        def draw() -> int:
            from desktop_app.services.document_files import render_batch

            return render_batch(reserved.batch, reserved.layout, path)

        return draw

    def ready_to_output(self) -> bool:
        return self.reserved is not None and super().ready_to_output()

    def suggested_file_name(self) -> str:
        if self.batch.output != PRINTER:
            return Path(self.batch.output).name
        return f"{self.batch.layout}-{self.ctx.desk.today().isoformat()}.pdf"

    # Printing or saving --------------------------------------------------------------

    def prepare_printer(self, printer: QPrinter) -> None:
        super().prepare_printer(printer)
        printer.setCopyCount(1)  # the batch's copies are in the file already

    def print_to(self, printer: QPrinter) -> None:
        assert self.reserved is not None
        printer.setCopyCount(1)
        self.output_reserved(self.reserved, printer)

    def save_to(self, output: OutputFile) -> None:
        assert self.reserved is not None
        self.output_reserved(self.reserved, output)

    def tell_withdrawn(self, error: BaseException) -> None:
        self.reserved = None  # withdrawn: nothing is left to print
        super().tell_withdrawn(error)
