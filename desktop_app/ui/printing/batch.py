"""Printing a selection of records at once: the Print… menu button, and the check that
only registered records go to the printer."""

from __future__ import annotations

from collections.abc import Sequence

import qtawesome
from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from desktop_app.services.documents import Layout
from desktop_app.services.records import ArtisanRow
from desktop_app.ui.context import AppContext, translate
from desktop_app.ui.printing.document_dialog import DocumentPrintDialog
from desktop_app.ui.record.feedback import show_message
from registry.artisan import Status


def print_title() -> str:
    return translate("printing", "Print")


class PrintMenuButton(QPushButton):
    """ "Print…": certificates, cards or sheets of cards; emits :attr:`requested`."""

    requested = Signal(object)  # Layout

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(qtawesome.icon("fa5s.print"), "", parent)
        self.setObjectName("print_menu")
        menu = QMenu(self)
        self.actions_by_layout: dict[Layout, QAction] = {}
        for layout in Layout:
            action = menu.addAction("")
            action.setObjectName(f"print_{layout.value}")
            action.triggered.connect(lambda _=False, chosen=layout: self.requested.emit(chosen))
            self.actions_by_layout[layout] = action
        self.setMenu(menu)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(translate("printing", "Print…"))
        self.setToolTip(translate("printing", "Print the documents of the selected records"))
        texts = {
            Layout.CERTIFICATE: translate("printing", "Certificates of registration…"),
            Layout.CARD: translate("printing", "Professional cards (card printer)…"),
            Layout.CARD_SHEET: translate("printing", "Professional cards on A4 sheets of ten…"),
        }
        for layout, action in self.actions_by_layout.items():
            action.setText(texts[layout])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def left_out_note(count: int, locale_number: str) -> str:
    if count == 1:
        return translate("printing", "1 selected record is left out: it is not registered.")
    return translate(
        "printing", "%1 selected records are left out: they are not registered."
    ).replace("%1", locale_number)


def print_selection(
    ctx: AppContext,
    rows: Sequence[ArtisanRow],
    layout: Layout,
    parent: QWidget,
    notes: Sequence[str] = (),
) -> DocumentPrintDialog | None:
    """The print preview for the registered records among ``rows``, saying how many
    were left out and why; a message instead if none is registered."""
    registered = [row for row in rows if row.status is Status.REGISTERED]
    left_out = len(rows) - len(registered)
    if not registered:
        show_message(
            parent,
            print_title(),
            translate(
                "printing",
                "None of the selected records is registered: only registered records print.",
            ),
        )
        return None
    found = list(notes)
    if left_out:
        found.append(left_out_note(left_out, parent.locale().toString(left_out)))
    dialog = DocumentPrintDialog(ctx, [row.id for row in registered], layout, parent, notes=found)
    dialog.open()
    return dialog
