"""The printing API: documents in, one PDF out, the number of pages returned.

A batch is one canvas: fonts are embedded once for all its pages, and documents are
drawn one page at a time as the iterable yields them (a generator of a thousand
documents is never held as a list, nor as a thousand pages of drawing state). The
finished pages themselves stay in memory until the file is written, as ReportLab
writes a PDF in one go (about 40 kB a certificate with its photo).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from itertools import islice
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from desktop_app.printing.card import CARD_HEIGHT, CARD_WIDTH, draw_card_back, draw_card_front
from desktop_app.printing.card_sheet import CARDS_PER_SHEET, draw_sheet
from desktop_app.printing.certificate import draw_certificate
from desktop_app.printing.documents import ArtisanDocument
from desktop_app.printing.fonts import REGULAR, register_fonts
from desktop_app.printing.print_log import PAGE_HEIGHT as LOG_HEIGHT
from desktop_app.printing.print_log import PAGE_WIDTH as LOG_WIDTH
from desktop_app.printing.print_log import PrintLogEntry, draw_print_log
from desktop_app.printing.wording import CARD_TITLE, CERTIFICATE_TITLE

Target = Path | BinaryIO
ID1 = (CARD_WIDTH, CARD_HEIGHT)


class NothingToPrint(ValueError):
    """An empty batch: a PDF without pages would only confuse a printer."""


def open_canvas(target: Target, pagesize: tuple[float, float], title: str) -> Canvas:
    """A canvas with the fonts registered, compressed, titled; ``target`` a path or a
    binary file open for writing (written when the canvas is saved)."""
    register_fonts()
    canvas = Canvas(
        str(target) if isinstance(target, Path) else target,
        pagesize=pagesize,
        pageCompression=1,
        initialFontName=REGULAR,  # else every page lists Helvetica, never embedded
    )
    canvas.setTitle(title)
    canvas.setCreator("Hirfa")
    return canvas


def _finish(canvas: Canvas, pages: int) -> int:
    if pages == 0:
        raise NothingToPrint("no documents to print")
    canvas.save()
    return pages


def render_certificates(docs: Iterable[ArtisanDocument], target: Target) -> int:
    """One A4 certificate page per document."""
    canvas = open_canvas(target, A4, CERTIFICATE_TITLE.fr)
    pages = 0
    for doc in docs:
        draw_certificate(canvas, doc)
        canvas.showPage()
        pages += 1
    return _finish(canvas, pages)


def render_cards(docs: Iterable[ArtisanDocument], target: Target) -> int:
    """Two ID-1 pages per document, front then back (for a card printer, duplex)."""
    canvas = open_canvas(target, ID1, CARD_TITLE.fr)
    pages = 0
    for doc in docs:
        draw_card_front(canvas, doc, 0, 0)
        canvas.showPage()
        draw_card_back(canvas, doc, 0, 0)
        canvas.showPage()
        pages += 2
    return _finish(canvas, pages)


def render_card_sheets(docs: Iterable[ArtisanDocument], target: Target) -> int:
    """A4 sheets of ten cards: fronts, then backs for a long-edge duplex flip."""
    canvas = open_canvas(target, A4, CARD_TITLE.fr)
    pages = 0
    for sheet in _chunks(docs, CARDS_PER_SHEET):
        draw_sheet(canvas, sheet)
        canvas.showPage()
        pages += 2
    return _finish(canvas, pages)


def render_print_log(
    office_name: str, day: date, entries: Sequence[PrintLogEntry], target: Target
) -> int:
    """The day's print log of the office (one page saying so when nothing was printed)."""
    canvas = open_canvas(target, (LOG_WIDTH, LOG_HEIGHT), f"Journal des impressions {day}")
    pages = draw_print_log(canvas, office_name, day, entries)
    canvas.save()
    return pages


def _chunks(docs: Iterable[ArtisanDocument], size: int) -> Iterator[list[ArtisanDocument]]:
    iterator = iter(docs)
    while chunk := list(islice(iterator, size)):
        yield chunk
