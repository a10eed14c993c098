"""Printing the office's print log of a day, to be signed: the file previewed is the
file printed or saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from desktop_app.services.output_files import OutputFile
from desktop_app.ui.context import AppContext, translate
from desktop_app.ui.languages import latin_code
from desktop_app.ui.printing.preview_dialog import PreviewDialog
from desktop_app.ui.printing.printer_output import PrinterRefused
from desktop_app.ui.record.display import date_text


class LogPrintDialog(PreviewDialog):
    def __init__(self, ctx: AppContext, day: date, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("log_print")
        self.day = day
        self.previewed: Path | None = None
        self.retranslate()
        self.refresh_preview()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(translate("print_log", "Print the log"))
        self.summary.setText(
            translate("print_log", "The print log of %1, to be signed.").replace(
                "%1", date_text(self.day)
            )
        )

    def preview_work(self, path: Path) -> Callable[[], Any]:
        desk, day = self.ctx.desk, self.day

        def draw() -> Path:
            from desktop_app.services.document_files import render_day_log

            render_day_log(desk, day, path)
            return path

        return draw

    def preview_shown(self, result: Any) -> None:
        self.previewed = result

    def suggested_file_name(self) -> str:
        return f"print-log-{self.day.isoformat()}.pdf"

    def print_to(self, printer: QPrinter) -> None:
        if self.previewed is None:
            return
        self.set_busy(True, translate("print_log", "Sending to the printer…"))
        self.send_file(
            self.previewed,
            printer,
            lambda _pages: self._done(translate("print_log", "The log was sent to the printer.")),
            self._failed,
        )

    def save_to(self, output: OutputFile) -> None:
        previewed = self.previewed
        if previewed is None:
            return
        self.set_busy(True, translate("print_log", "Writing the file…"))
        self.ctx.runner.read(
            lambda: output.write_bytes(previewed.read_bytes()),
            lambda _: self._done(
                translate("print_log", "The log was saved in %1.").replace(
                    "%1", latin_code(str(output.path))
                )
            ),
            self._failed,
        )

    def _done(self, text: str) -> None:
        if shiboken6.isValid(self):
            self.show_outcome(text, None)

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(error, PrinterRefused):
            self.show_failure(translate("print_log", "The printer did not take the job."))
        elif isinstance(error, OSError):
            self.show_failure(translate("print_log", "The file could not be written."))
        else:
            self.show_failure(translate("print_log", "The log could not be printed."))
            self.ctx.runner.unexpected_error.emit(error)
