"""A PDF file shown as it will print: one page at a time, fitted to the pane."""

from __future__ import annotations

from pathlib import Path

import qtawesome
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.context import translate


class PdfPane(QWidget):
    """Shows :attr:`document` in a :class:`QPdfView`, or a message while there is none.

    The view fits the whole page in the pane (``FitInView``) with both scroll bars off:
    with automatic scroll bars that mode oscillates and shows a blank page. Pages are
    rendered asynchronously by the view.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setPageSpacing(0)
        self.message = QLabel()
        self.message.setObjectName("pdf_message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)

        self.previous = QToolButton()
        self.previous.setObjectName("previous_page")
        self.next = QToolButton()
        self.next.setObjectName("next_page")
        self.page_label = QLabel()
        self.page_label.setObjectName("page")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        navigation = QHBoxLayout()
        navigation.addStretch(1)
        navigation.addWidget(self.previous)
        navigation.addWidget(self.page_label)
        navigation.addWidget(self.next)
        navigation.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addLayout(navigation)

        self.previous.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)
        self._set_arrows()
        self.retranslate()

    def retranslate(self) -> None:
        self.previous.setToolTip(translate("printing", "Previous page"))
        self.next.setToolTip(translate("printing", "Next page"))
        self._show_page_number()

    def show_file(self, path: Path) -> bool:
        """Show the PDF ``path`` from its first page; False if it cannot be read."""
        if self.document.load(str(path)) != QPdfDocument.Error.None_:
            return False
        self.stack.setCurrentWidget(self.view)
        self.go_to(0)
        self._show_page_number()
        return True

    def show_message(self, text: str) -> None:
        """A message in place of the pages (the PDF is released: its file may go)."""
        self.document.close()
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self._show_page_number()

    def release(self) -> None:
        self.document.close()

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), 0)

    def _show_page_number(self) -> None:
        pages = self.page_count()
        self.page_label.setText(
            translate("printing", "Page %1 of %2")
            .replace("%1", self.locale().toString(self.current_page() + 1))
            .replace("%2", self.locale().toString(pages))
            if pages
            else ""
        )
        self.previous.setEnabled(self.current_page() > 0)
        self.next.setEnabled(self.current_page() < pages - 1)
        for widget in (self.previous, self.next, self.page_label):
            widget.setVisible(pages > 1)

    def _set_arrows(self) -> None:
        """Arrows that point the way the pages turn in the interface's direction."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.previous.setIcon(qtawesome.icon("fa5s.chevron-right" if rtl else "fa5s.chevron-left"))
        self.next.setIcon(qtawesome.icon("fa5s.chevron-left" if rtl else "fa5s.chevron-right"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._set_arrows()
        super().changeEvent(event)
