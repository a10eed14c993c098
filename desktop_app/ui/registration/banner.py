"""The confirmation shown after a save, with the registration number to copy."""

from __future__ import annotations

import qtawesome
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from desktop_app.services.records import ArtisanRecord
from desktop_app.ui.bus import Bus
from desktop_app.ui.context import choice, translate
from desktop_app.ui.languages import latin_code

BANNER_STYLE = """
#saved_banner { background: #e7f3ea; border: 1px solid #2e7d32; border-radius: 4px; }
"""


class SavedBanner(QFrame):
    """ "Registered under No. …" above the form until closed or the next save."""

    def __init__(self, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.setObjectName("saved_banner")
        self.setStyleSheet(BANNER_STYLE)
        self._record: ArtisanRecord | None = None
        self._edited = False
        icon = QLabel()
        icon.setPixmap(qtawesome.icon("fa5s.check-circle", color="#2e7d32").pixmap(QSize(20, 20)))
        self.text = QLabel()
        self.text.setObjectName("saved_text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.open_button = QPushButton(qtawesome.icon("fa5s.external-link-alt"), "")
        self.open_button.setObjectName("saved_open")
        self.open_button.clicked.connect(self._open)
        self.close_button = QToolButton()
        self.close_button.setObjectName("saved_close")
        self.close_button.setIcon(qtawesome.icon("fa5s.times"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.close_button)
        self.hide()

    def show_saved(self, record: ArtisanRecord, *, edited: bool) -> None:
        self._record = record
        self._edited = edited
        self.retranslate()
        self.show()

    def number(self) -> str:
        return self._record.registration_number if self._record else ""

    def retranslate(self) -> None:
        self.open_button.setText(translate("registration", "Open the record"))
        self.close_button.setToolTip(translate("registration", "Close"))
        record = self._record
        if record is None:
            return
        if self._edited:
            text = translate("registration", "Changes saved to registration No. %1 (version %2).")
            detail = str(record.version)
        else:
            text = translate("registration", "Registered under No. %1. Status: %2.")
            detail = choice("status", record.status.value)
        number = latin_code(record.registration_number)
        self.text.setText(text.replace("%1", number).replace("%2", detail))

    def _open(self) -> None:
        if self._record is not None:
            self.bus.open_record_requested.emit(self._record.id)
