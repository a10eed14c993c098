"""The print preview: a PDF as it will print, then Print… (the system's print dialog)
or Save as PDF….

:class:`PreviewDialog` draws the preview off the GUI thread into a temporary folder of
its own and shows it; subclasses say what is drawn (:meth:`preview_work`) and what
printing or saving does (:meth:`print_to`, :meth:`save_to`). The printer, the question
of the print dialog and the choice of a file are attributes, so that tests can print to
a PDF file through the real flow.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import qtawesome
import shiboken6
from PySide6.QtCore import QDir, QEvent, QStandardPaths, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import FileRefused
from desktop_app.services.output_files import OutputFile, checked_output
from desktop_app.ui.context import AppContext, translate
from desktop_app.ui.printing.pdf_pane import PdfPane
from desktop_app.ui.printing.printer_output import fit_paper, new_printer, send_to_printer
from desktop_app.ui.printing.refusals import report_refusal
from desktop_app.ui.record.feedback import service_error_text

PREVIEW_SIZE = (980, 700)  # fits a 1366×768 screen with the task bar


def ask_printer(printer: QPrinter, parent: QWidget) -> bool:
    """The system's print dialog for ``printer``; False if the user cancels it."""
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


class PreviewDialog(QDialog):
    """Window-modal; deletes itself and its temporary files when closed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("print_preview")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(*PREVIEW_SIZE)
        self.printer_factory: Callable[[], QPrinter] = new_printer
        self.confirm_printer: Callable[[QPrinter, QWidget], bool] = ask_printer
        # None: ask with a file dialog (not a bound method here: that would keep the
        # dialog's wrapper alive after Qt deletes it).
        self.choose_file: Callable[[], Path | None] | None = None
        self.busy = False
        self.finished_output = False
        self._generation = 0
        self._workdir = tempfile.TemporaryDirectory(
            prefix="hirfa-print-", ignore_cleanup_errors=True
        )
        self.work_path = Path(self._workdir.name)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.options = QHBoxLayout()
        self.options.setContentsMargins(0, 0, 0, 0)
        self.pane = PdfPane()
        self.pane.setObjectName("pdf_pane")
        self.feedback = QLabel()
        self.feedback.setObjectName("feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(qtawesome.icon("fa5s.print"), "")
        self.print_button.setObjectName("print")
        self.print_button.setDefault(True)
        self.save_button = QPushButton(qtawesome.icon("fa5s.file-pdf"), "")
        self.save_button.setObjectName("save_pdf")
        self.close_button = QPushButton()
        self.close_button.setObjectName("cancel")
        buttons = QHBoxLayout()
        buttons.addWidget(self.feedback, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        self.main_layout = QVBoxLayout(self)
        self.main_layout.addWidget(self.summary)
        self.main_layout.addLayout(self.options)
        self.main_layout.addWidget(self.pane, 1)
        self.main_layout.addLayout(buttons)

        self.print_button.clicked.connect(self.start_print)
        self.save_button.clicked.connect(self.start_save)
        self.close_button.clicked.connect(self.reject)
        self.finished.connect(self._clean_up)

    # Texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.print_button.setText(translate("printing", "Print…"))
        self.save_button.setText(translate("printing", "Save as PDF…"))
        self.close_button.setText(
            translate("printing", "Close")
            if self.finished_output
            else translate("printing", "Cancel")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # The preview ---------------------------------------------------------------------

    def preview_work(self, path: Path) -> Callable[[], Any]:
        """The work (run off the GUI thread) that draws the preview into ``path``."""
        raise NotImplementedError

    def preview_shown(self, result: Any) -> None:
        """The preview is on screen; ``result`` is what :meth:`preview_work` returned."""

    def ready_to_output(self) -> bool:
        """Whether Print… and Save as PDF… may be used now."""
        return not self.busy and not self.finished_output and self.pane.page_count() > 0

    def refresh_preview(self) -> None:
        self._generation += 1
        generation = self._generation
        path = self.work_path / f"preview-{generation}.pdf"
        self.pane.show_message(translate("printing", "Preparing the preview…"))
        self.update_buttons()
        self.ctx.runner.read(
            self.preview_work(path),
            lambda result: self._preview_ready(generation, path, result),
            lambda error: self._preview_failed(generation, error),
        )

    def _preview_ready(self, generation: int, path: Path, result: Any) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # closed, or a newer preview was asked for
        if not self.pane.show_file(path):
            self.pane.show_message(translate("printing", "The preview could not be shown."))
        self.preview_shown(result)
        self.update_buttons()

    def _preview_failed(self, generation: int, error: BaseException) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self.pane.show_message(translate("printing", "The preview could not be prepared."))
        self.update_buttons()
        report_refusal(self.ctx, self, self.windowTitle(), error)

    def update_buttons(self) -> None:
        ready = self.ready_to_output()
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        self.close_button.setEnabled(not self.busy)

    # Printing and saving -------------------------------------------------------------

    def prepare_printer(self, printer: QPrinter) -> None:
        """Set ``printer`` up before the print dialog shows (paper of the first page)."""
        if self.pane.page_count():
            fit_paper(printer, self.pane.document.pagePointSize(0))

    def start_print(self) -> None:
        if not self.ready_to_output():
            return
        printer = self.printer_factory()
        self.prepare_printer(printer)
        if self.confirm_printer(printer, self):
            self.print_to(printer)

    def start_save(self) -> None:
        if not self.ready_to_output():
            return
        path = self.choose_file() if self.choose_file is not None else self._ask_file()
        if path is None:
            return
        try:  # the save dialog asked before replacing a file
            output = checked_output(self.ctx.desk.data_dir, path, replace=True)
        except FileRefused as refused:
            self.show_failure(service_error_text(refused) or "")
            return
        self.save_to(output)

    def print_to(self, printer: QPrinter) -> None:
        raise NotImplementedError

    def save_to(self, output: OutputFile) -> None:
        raise NotImplementedError

    def suggested_file_name(self) -> str:
        raise NotImplementedError

    def _ask_file(self) -> Path | None:
        folder = (
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or QDir.homePath()
        )
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("printing", "Save as PDF"),
            str(Path(folder) / self.suggested_file_name()),
            translate("printing", "PDF document (*.pdf)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def send_file(
        self,
        path: Path,
        printer: QPrinter,
        done: Callable[[int], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Print the PDF ``path`` off the GUI thread; ``done`` gets the page count."""
        self.ctx.runner.read(lambda: send_to_printer(path, printer), done, failed)

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        if busy:
            self.feedback.setStyleSheet("")
            self.feedback.setText(text)
        self.update_buttons()

    def show_outcome(self, text: str, path: Path | None) -> None:
        """Printed or saved: show what was produced; only Close is left."""
        self.busy = False
        self.finished_output = True
        if path is not None:
            self.pane.show_file(path)
        self.feedback.setStyleSheet("color: #1e7b34; font-weight: bold;")
        self.feedback.setText(text)
        self.retranslate()
        self.update_buttons()
        self.close_button.setFocus()

    def show_failure(self, text: str) -> None:
        self.busy = False
        self.feedback.setStyleSheet("color: #b00020;")
        self.feedback.setText(text)
        self.update_buttons()

    # Closing -------------------------------------------------------------------------

    def reject(self) -> None:
        if not self.busy:  # never while a print job or an issue is on its way
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)

    def _clean_up(self) -> None:
        self.pane.release()
        self._workdir.cleanup()
