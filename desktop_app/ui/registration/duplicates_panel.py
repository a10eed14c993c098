"""The records that may be the person being typed: shown beside the form, openable."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import qtawesome
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.duplicates import DuplicateCandidate, find_duplicates
from desktop_app.ui.context import AppContext, choice, translate
from desktop_app.ui.languages import latin_code
from desktop_app.ui.registration.field_row import repolish
from registry.artisan import ArtisanDraft
from registry.duplicates import MatchKind

DUPLICATE_DELAY_MS = 400


def match_text(candidate: DuplicateCandidate) -> str:
    if candidate.kind is MatchKind.SAME_CIN:
        return translate("registration", "Same CIN")
    if candidate.kind is MatchKind.SAME_NAME_AND_BIRTH:
        return translate("registration", "Same name and birth date")
    return translate("registration", "Similar name (%1%)").replace(
        "%1", str(round(candidate.score))
    )


def candidate_text(candidate: DuplicateCandidate) -> str:
    """Short lines: the names in each script on a line of their own (no mixed direction)."""
    row = candidate.row
    latin = " ".join(p for p in (row.last_name_fr.upper(), row.first_name_fr) if p)
    arabic = " ".join(p for p in (row.last_name_ar, row.first_name_ar) if p)
    cin = translate("registration", "CIN %1").replace("%1", row.cin) if row.cin else ""
    number = translate("registration", "No. %1").replace("%1", latin_code(row.registration_number))
    status = choice("status", row.status.value)
    lines = (
        latin,
        arabic,
        " · ".join(p for p in (cin, status) if p),
        number,
        match_text(candidate),
    )
    return "\n".join(line for line in lines if line)


class DuplicatesPanel(QFrame):
    """Candidates from :func:`desktop_app.services.duplicates.find_duplicates` for what
    ``subject`` gives: the draft typed and the id of the record edited (not its own
    duplicate). Asked a moment after the identity changes (:meth:`schedule`)."""

    def __init__(
        self,
        ctx: AppContext,
        subject: Callable[[], tuple[ArtisanDraft, str | None]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bus = ctx.bus
        self.subject = subject
        self.candidates: list[DuplicateCandidate] = []
        self._generation = 0
        self.timer = QTimer(self, singleShot=True, interval=DUPLICATE_DELAY_MS)
        self.timer.timeout.connect(self.check)
        self.setObjectName("duplicates_panel")
        self.heading = QLabel()
        self.heading.setObjectName("duplicates_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QListWidget()
        self.list.setObjectName("duplicates")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(self._enable)
        self.open_button = QPushButton(qtawesome.icon("fa5s.external-link-alt"), "")
        self.open_button.setObjectName("open_duplicate")
        self.open_button.clicked.connect(self.open_selected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.open_button)
        self.show_candidates([])

    def retranslate(self) -> None:
        self.open_button.setText(translate("registration", "Open the record"))
        self.show_candidates(self.candidates)

    def schedule(self) -> None:
        self.timer.start()

    def check(self) -> None:
        """Ask the register now; an answer overtaken by a later question is dropped."""
        self.timer.stop()
        self._generation += 1
        generation = self._generation
        desk = self.ctx.desk
        draft, exclude = self.subject()
        self.ctx.runner.read(
            lambda: find_duplicates(desk, draft, exclude),
            lambda found: self._answered(found, generation),
        )

    def _answered(self, found: list[DuplicateCandidate], generation: int) -> None:
        if generation == self._generation:
            self.show_candidates(found)

    def show_candidates(self, candidates: Sequence[DuplicateCandidate]) -> None:
        self.candidates = list(candidates)
        self.list.clear()
        for candidate in self.candidates:
            item = QListWidgetItem(candidate_text(candidate))
            item.setData(Qt.ItemDataRole.UserRole, candidate.row.id)
            self.list.addItem(item)
        if self.candidates:
            self.heading.setText(
                translate("registration", "Possible duplicates: %1").replace(
                    "%1", str(len(self.candidates))
                )
            )
            self.heading.setProperty("severity", "warning")
        else:
            self.heading.setText(translate("registration", "No similar record in the register."))
            self.heading.setProperty("severity", "")
        repolish(self.heading)
        self.list.setVisible(bool(self.candidates))
        if self.candidates:
            self.list.setCurrentRow(0)
        self._enable()

    def _enable(self) -> None:
        self.open_button.setVisible(bool(self.candidates))
        self.open_button.setEnabled(self.list.currentItem() is not None)

    def open_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.bus.open_record_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))
