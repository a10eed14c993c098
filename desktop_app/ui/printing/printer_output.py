"""Sending a PDF file to a printer.

Qt cannot hand a PDF to a printer: each page is rendered to an image (pdfium, through
QtPdf) at no more than :data:`PRINT_DPI` and painted onto the :class:`QPrinter`. This
runs off the GUI thread: Qt allows painting on a printer from another thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300
POINTS_PER_INCH = 72
MAX_COPIES = 10
NOT_PRINTED_REASON = "not printed: the printer did not take the job"


class PrinterRefused(RuntimeError):
    """The printer could not start or continue the job (it was aborted)."""


def new_printer() -> QPrinter:
    return QPrinter(QPrinter.PrinterMode.HighResolution)


def fit_paper(printer: QPrinter, page: QSizeF) -> None:
    """Paper of the PDF's page size (``page`` in points), printed edge to edge: the
    documents carry their own margins. A4 is recognised as A4, so that the driver picks
    its A4 tray; a wider than high page is the same paper turned (landscape)."""
    wide = page.width() > page.height()
    upright = QSizeF(page.height(), page.width()) if wide else page
    size = QPageSize(upright, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if wide else QPageLayout.Orientation.Portrait
    layout = QPageLayout(size, orientation, QMarginsF())
    layout.setMode(QPageLayout.Mode.FullPageMode)
    printer.setPageLayout(layout)


def bounded_copies(copies: int) -> int:
    return max(1, min(MAX_COPIES, copies))


def _fitted(image: QSize, area: QRect) -> QRect:
    """``image`` scaled to fit ``area``, centred, keeping its proportions."""
    scaled = image.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = area.left() + (area.width() - scaled.width()) // 2
    top = area.top() + (area.height() - scaled.height()) // 2
    return QRect(left, top, scaled.width(), scaled.height())


def send_to_printer(path: Path, printer: QPrinter) -> int:
    """Print every page of the PDF ``path`` on ``printer``; the number of pages."""
    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_:
            raise OSError(f"cannot read {path}")
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterRefused(printer.printerName() or printer.outputFileName())
        dpi = min(printer.resolution(), PRINT_DPI)
        try:
            for page in range(document.pageCount()):
                if page and not printer.newPage():
                    raise PrinterRefused(f"page {page + 1}")
                points = document.pagePointSize(page)
                pixels = QSize(
                    round(points.width() * dpi / POINTS_PER_INCH),
                    round(points.height() * dpi / POINTS_PER_INCH),
                )
                image = document.render(page, pixels)
                painter.drawImage(_fitted(image.size(), painter.viewport()), image)
        except BaseException:
            printer.abort()
            raise
        finally:
            painter.end()
        return document.pageCount()
    finally:
        document.close()
