"""Verifying a certificate or a card: its QR code scanned, pasted, or read from a PDF.

A USB scanner types the code like a keyboard and ends with Enter; the code is checked
on Enter, or after a short pause in the typing (some scanners send no Enter). After a
verdict the text stays selected, so that the next scan replaces it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import qtawesome
import shiboken6
from PySide6.QtCore import QDir, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.messages import verification_label
from desktop_app.services.errors import FileRefused
from desktop_app.ui.context import AppContext, label, translate
from desktop_app.ui.printing.verification_panel import VerificationPanel
from desktop_app.ui.record.display import ReferenceNames
from desktop_app.ui.record.feedback import service_error_text
from desktop_app.ui.screen import Screen
from registry.issues import Code
from registry.signed_payload import Verification

SCAN_PAUSE_MS = 400
Found = tuple[int | None, Verification]  # (page of a PDF, or None for a typed code; verdict)


class VerifyScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._generation = 0
        self._checked_text = ""
        self.found: list[Found] = []
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)

        self.code_label = QLabel()
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code.setClearButtonEnabled(True)
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code_label.setBuddy(self.code)
        self.verify_button = QPushButton(qtawesome.icon("fa5s.check-circle"), "")
        self.verify_button.setObjectName("verify")
        self.open_button = QPushButton(qtawesome.icon("fa5s.file-pdf"), "")
        self.open_button.setObjectName("open_pdf")
        self.cin_label = QLabel()
        self.cin = QLineEdit()
        self.cin.setObjectName("cin")
        self.cin.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.cin.setMaxLength(12)
        self.cin.setFixedWidth(self.cin.fontMetrics().horizontalAdvance("AB1234567") * 2)
        self.cin_label.setBuddy(self.cin)
        self.codes = QComboBox()
        self.codes.setObjectName("codes")
        self.codes.hide()
        inputs = QGridLayout()
        inputs.addWidget(self.code_label, 0, 0)
        inputs.addWidget(self.code, 0, 1)
        inputs.addWidget(self.verify_button, 0, 2)
        inputs.addWidget(self.open_button, 0, 3)
        inputs.addWidget(self.cin_label, 1, 0)
        cin_line = QHBoxLayout()
        cin_line.addWidget(self.cin)
        cin_line.addStretch(1)
        cin_line.addWidget(self.codes)
        inputs.addLayout(cin_line, 1, 1, 1, 3)
        inputs.setColumnStretch(1, 1)

        self.panel = VerificationPanel(ReferenceNames(ctx))
        self.panel.setObjectName("verification")
        scroll = QScrollArea()
        scroll.setObjectName("result_area")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.panel)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(inputs)
        layout.addWidget(scroll, 1)

        self.pause = QTimer(self, singleShot=True, interval=SCAN_PAUSE_MS)
        self.pause.timeout.connect(self.verify_now)
        self.code.textEdited.connect(lambda _: self.pause.start())
        self.code.returnPressed.connect(self.verify_now)
        self.verify_button.clicked.connect(self.verify_now)
        self.open_button.clicked.connect(self.open_pdf)
        self.cin.textChanged.connect(self.panel.set_cin)
        self.codes.currentIndexChanged.connect(self._show_chosen)
        self.setFocusProxy(self.code)
        self.retranslate()

    def title(self) -> str:
        return translate("verify", "Verify a document")

    def retranslate(self) -> None:
        self.heading.setText(
            translate(
                "verify",
                "Scan the QR code of a certificate or a card with the scanner, or paste its "
                "text, then press Enter. A PDF file can be checked too.",
            )
        )
        self.code_label.setText(translate("verify", "Code:"))
        self.code.setPlaceholderText(translate("verify", "Scan or paste the code here"))
        self.verify_button.setText(translate("verify", "Verify"))
        self.open_button.setText(translate("verify", "Open a PDF…"))
        self.cin_label.setText(
            translate("verify", "Holder's %1 (optional):").replace("%1", label("cin"))
        )
        self.cin.setPlaceholderText(translate("verify", "To check it against the document"))
        self._label_codes()
        self.panel.refresh()

    def activated(self) -> None:
        self.focus_code()

    def focus_code(self) -> None:
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)
        self.code.selectAll()

    # Checking ------------------------------------------------------------------------

    def verify_now(self) -> None:
        """Check the typed or pasted code (Enter, the button, or a pause in the typing)."""
        self.pause.stop()
        text = self.code.text().strip()
        if not text:
            self._show([], None)
            return
        if text == self._checked_text:
            self.code.selectAll()
            return
        self._checked_text = text
        self._generation += 1
        generation, desk = self._generation, self.ctx.desk

        def check() -> list[Found]:
            from desktop_app.services.verification import verify_text

            return [(None, verify_text(desk, text))]

        self.ctx.runner.read(check, lambda found: self._arrived(generation, found, None))

    def open_pdf(self) -> None:
        folder = (
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or QDir.homePath()
        )
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("verify", "Open a PDF"),
            folder,
            translate("verify", "PDF document (*.pdf)"),
        )
        if name:
            self.verify_file(Path(name))

    def verify_file(self, path: Path) -> None:
        """Check every QR code of the PDF ``path`` (rendered and decoded off the GUI thread)."""
        self._generation += 1
        self._checked_text = ""
        generation, desk = self._generation, self.ctx.desk
        self.panel.show_message(None)
        self.panel.reason.setText(translate("verify", "Reading the file…"))
        self.panel.reason.show()

        def check() -> list[Found]:
            from desktop_app.services.verification import verify_pdf

            return [(code.page, code.result) for code in verify_pdf(desk, path)]

        self.ctx.runner.read(
            check,
            lambda found: self._arrived(
                generation, found, translate("verify", "No document code was found in this file.")
            ),
            lambda error: self._unreadable(generation, error),
        )

    def _arrived(self, generation: int, found: list[Found], none_found: str | None) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self._show(found, none_found)
        if self.code.text():
            self.code.selectAll()  # the next scan replaces this code

    def _unreadable(self, generation: int, error: BaseException) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        if isinstance(error, FileRefused) and error.code is not Code.FILE_UNREADABLE:
            self._show([], service_error_text(error))
        elif isinstance(error, FileRefused | OSError):
            self._show([], translate("verify", "This file cannot be read as a PDF."))
        else:
            self.ctx.runner.unexpected_error.emit(error)

    def _show(self, found: Sequence[Found], message: str | None) -> None:
        self.found = list(found)
        self.codes.blockSignals(True)
        self.codes.clear()
        self.codes.addItems([""] * len(self.found))
        self.codes.blockSignals(False)
        self._label_codes()
        self.codes.setVisible(len(self.found) > 1)
        if self.found:
            # The first refused code first: that is the one to look at.
            self.codes.setCurrentIndex(
                next((i for i, (_, r) in enumerate(self.found) if not r.valid), 0)
            )
            self._show_chosen()
        else:
            self.panel.show_message(message)

    def _label_codes(self) -> None:
        for index, (page, result) in enumerate(self.found):
            verdict = verification_label("valid" if result.valid else "invalid", translate)
            self.codes.setItemText(
                index,
                translate("verify", "Page %1: %2")
                .replace("%1", self.locale().toString(page or 1))
                .replace("%2", verdict),
            )

    def _show_chosen(self) -> None:
        index = self.codes.currentIndex()
        if 0 <= index < len(self.found):
            self.panel.show_result(self.found[index][1])
