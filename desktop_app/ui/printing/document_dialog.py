"""Printing certificates or cards: preview, then issue and print or save.

The preview (serial SPECIMEN, a QR code that never verifies) records nothing. Print…
asks the system's print dialog first, so that closing it costs nothing; then the
documents are reserved (real serials, a pending print batch), drawn and sent to the
printer or the file, and only then confirmed (live, audited, in the print log). If the
printer or the file fails, the batch is withdrawn (:mod:`issuing_dialog`): nothing stays
logged as printed that was not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.printing.documents import ArtisanDocument, DocumentKind
from desktop_app.services.documents import REASON_MAX, Layout
from desktop_app.services.output_files import OutputFile
from desktop_app.services.print_batches import PRINTER, ReservedBatch, reserve_batch
from desktop_app.ui.context import AppContext, translate
from desktop_app.ui.printing.issuing_dialog import IssuingDialog, documents_text
from desktop_app.ui.printing.printer_output import MAX_COPIES, bounded_copies
from registry.workflow import Role

CARD_LAYOUTS = (Layout.CARD, Layout.CARD_SHEET)
WARNING_STYLE = "background: #fff4e5; border: 1px solid #e0a030; padding: 6px;"
REFUSED_STYLE = "background: #fdecea; border: 1px solid #b00020; padding: 6px;"


def layout_name(layout: Layout) -> str:
    if layout is Layout.CARD_SHEET:
        return translate("printing", "A4 sheets of ten cards (pre-cut card stock)")
    if layout is Layout.CARD:
        return translate("printing", "One card a page, front and back (card printer)")
    return translate("printing", "A4 certificate")


class DocumentPrintDialog(IssuingDialog):
    """Prints the documents of ``layout`` for the registered records ``ids``; ``notes``
    say what the caller left out of the selection."""

    def __init__(
        self,
        ctx: AppContext,
        ids: Sequence[str],
        layout: Layout,
        parent: QWidget | None = None,
        *,
        notes: Sequence[str] = (),
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("document_print")
        self.ids = tuple(ids)
        self.layout_choice = layout
        self.kind = layout.kind
        self.documents: list[ArtisanDocument] = []

        self.notes = QLabel("\n".join(notes))
        self.notes.setObjectName("notes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(WARNING_STYLE)
        self.notes.setVisible(bool(notes))
        self.layout_label = QLabel()
        self.layouts = QComboBox()
        self.layouts.setObjectName("layout")
        for choice in CARD_LAYOUTS:
            self.layouts.addItem("", choice)
        self.layouts.setCurrentIndex(max(0, self.layouts.findData(layout)))
        self.layout_label.setVisible(self.kind is DocumentKind.CARD)
        self.layouts.setVisible(self.kind is DocumentKind.CARD)
        self.copies_label = QLabel()
        self.copies = QSpinBox()
        self.copies.setObjectName("copies")
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.options.addWidget(self.layout_label)
        self.options.addWidget(self.layouts)
        if self.kind is DocumentKind.CARD:
            self.options.addSpacing(16)
        self.options.addWidget(self.copies_label)
        self.options.addWidget(self.copies)
        self.options.addStretch(1)

        self.reprint_box = QFrame()
        self.reprint_box.setObjectName("reprint_box")
        self.reprint_notice = QLabel()
        self.reprint_notice.setObjectName("reprint_notice")
        self.reprint_notice.setWordWrap(True)
        self.reason_label = QLabel()
        self.reason = QLineEdit()
        self.reason.setObjectName("reprint_reason")
        self.reason.setMaxLength(REASON_MAX)
        reason_line = QHBoxLayout()
        reason_line.setContentsMargins(0, 0, 0, 0)
        reason_line.addWidget(self.reason_label)
        reason_line.addWidget(self.reason, 1)
        box = QVBoxLayout(self.reprint_box)
        box.addWidget(self.reprint_notice)
        box.addLayout(reason_line)
        self.reprint_box.hide()
        self.main_layout.insertWidget(1, self.notes)
        self.main_layout.insertWidget(3, self.reprint_box)

        self.layouts.currentIndexChanged.connect(self._layout_chosen)
        self.reason.textChanged.connect(self.update_buttons)
        self.retranslate()
        self.refresh_preview()

    @property
    def may_reprint(self) -> bool:
        return self.ctx.can(Role.SUPERVISOR, Role.ADMINISTRATOR)

    def duplicates(self) -> int:
        return sum(document.duplicate for document in self.documents)

    def reprint_reason(self) -> str:
        return self.reason.text().strip()

    # Texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(
            translate("printing", "Print certificates of registration")
            if self.kind is DocumentKind.CERTIFICATE
            else translate("printing", "Print professional cards")
        )
        count = len(self.documents) or len(self.ids)
        self.summary.setText(
            translate(
                "printing",
                "%1. This is a preview: the serials and the signed QR codes are made when "
                "you print or save.",
            ).replace("%1", documents_text(self.kind, count, self.locale().toString(count)))
        )
        self.layout_label.setText(translate("printing", "Layout:"))
        for index in range(self.layouts.count()):
            self.layouts.setItemText(index, layout_name(Layout(self.layouts.itemData(index))))
        self.copies_label.setText(translate("printing", "Copies of each:"))
        self.reason_label.setText(translate("printing", "Reason for the reprint:"))
        self.reason.setPlaceholderText(translate("printing", "Required: lost, damaged, error…"))
        self._show_reprint()

    def _show_reprint(self) -> None:
        duplicates = self.duplicates()
        self.reprint_box.setVisible(duplicates > 0 and not self.finished_output)
        if not duplicates:
            return
        number = self.locale().toString(duplicates)
        if self.may_reprint:
            text = translate(
                "printing",
                "Already printed for %1 of these records: this is a reprint. It is marked "
                "DUPLICATA and gets a new serial; the earlier document stays valid unless "
                "it is cancelled.",
            )
        else:
            text = translate(
                "printing",
                "Already printed for %1 of these records: a reprint is for a supervisor.",
            )
        self.reprint_notice.setText(text.replace("%1", number))
        style = WARNING_STYLE if self.may_reprint else REFUSED_STYLE
        self.reprint_box.setStyleSheet(f"#reprint_box {{ {style} }}")
        self.reason_label.setVisible(self.may_reprint)
        self.reason.setVisible(self.may_reprint)

    # The preview ---------------------------------------------------------------------

    def _layout_chosen(self) -> None:
        # A combo box gives its data back as a plain str.
        self.layout_choice = Layout(self.layouts.currentData())
        self.refresh_preview()

    def preview_work(self, path: Path) -> Callable[[], Any]:
        desk, ids, layout = self.ctx.desk, self.ids, self.layout_choice

        def draw() -> list[ArtisanDocument]:
            # ReportLab loads with the first preview, not with the program.
            from desktop_app.services.document_files import preview_to_file

            return preview_to_file(desk, ids, layout, path)

        return draw

    def preview_shown(self, result: Any) -> None:
        self.documents = list(result)
        self.retranslate()
        if self.reason.isVisible():
            self.reason.setFocus()

    def ready_to_output(self) -> bool:
        if not super().ready_to_output():
            return False
        return not self.duplicates() or (self.may_reprint and bool(self.reprint_reason()))

    def suggested_file_name(self) -> str:
        day = self.ctx.desk.today().isoformat()
        if len(self.documents) == 1:
            return f"{self.layout_choice}-{self.documents[0].registration_number}-{day}.pdf"
        return f"{self.layout_choice}-{day}.pdf"

    # Issuing, then printing or saving ------------------------------------------------

    def prepare_printer(self, printer: QPrinter) -> None:
        super().prepare_printer(printer)
        printer.setCopyCount(self.copies.value())

    def print_to(self, printer: QPrinter) -> None:
        # The copies are drawn into the file (and logged): the printer prints it once.
        copies = bounded_copies(printer.copyCount())
        printer.setCopyCount(1)
        self.copies.setValue(copies)
        self.issue(self._reservation(PRINTER, copies), printer)

    def save_to(self, output: OutputFile) -> None:
        destination = str(output.path.absolute())
        self.issue(self._reservation(destination, self.copies.value()), output)

    def _reservation(self, destination: str, copies: int) -> Callable[[], ReservedBatch]:
        desk, actor, ids, layout = self.ctx.desk, self.ctx.actor, self.ids, self.layout_choice
        reason = self.reprint_reason()
        return lambda: reserve_batch(
            desk, actor, ids, layout, destination, reprint_reason=reason, copies=copies
        )

    def output_done(self, batch: ReservedBatch, path: Path, printed: bool) -> None:
        super().output_done(batch, path, printed)
        self._show_reprint()
