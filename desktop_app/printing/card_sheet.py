"""Ten cards on an A4 sheet of pre-cut card stock (2 columns × 5 rows), with crop marks.

Each sheet takes two pages: the fronts, then the backs placed for duplex printing with
a flip on the long edge (the usual "long-edge binding" of printers for portrait pages).
Turning a portrait sheet over its long edge mirrors it left to right and keeps the rows:
so the back of the card in column ``c`` is drawn in column ``columns - 1 - c`` of the
same row, upright. The grid is centred, so the mirrored slots land exactly behind.
Printers offset duplex sides by up to a millimetre or so; the cards keep 2 mm of white
inside their edges (see :mod:`desktop_app.printing.card`) to absorb it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.printing.card import CARD_HEIGHT, CARD_WIDTH, draw_card_back, draw_card_front
from desktop_app.printing.documents import ArtisanDocument

PAGE_WIDTH, PAGE_HEIGHT = A4
COLUMNS, ROWS = 2, 5
CARDS_PER_SHEET = COLUMNS * ROWS
# Pre-cut ID-1 stock has the cards touching, the block centred on the sheet:
# 19.4 mm side margins and 13.5 mm top and bottom margins.
LEFT = (PAGE_WIDTH - COLUMNS * CARD_WIDTH) / 2
BOTTOM = (PAGE_HEIGHT - ROWS * CARD_HEIGHT) / 2
MARK_GAP = 2 * mm  # from the card block to a crop mark
MARK_LENGTH = 5 * mm


@dataclass(frozen=True)
class Slot:
    column: int
    row: int  # 0 is the top row

    def origin(self) -> tuple[float, float]:
        """Lower left corner of the card in this slot."""
        return LEFT + self.column * CARD_WIDTH, BOTTOM + (ROWS - 1 - self.row) * CARD_HEIGHT

    def behind(self) -> Slot:
        """The slot on the back page behind this one after a long-edge flip."""
        return Slot(COLUMNS - 1 - self.column, self.row)


def front_slot(index: int) -> Slot:
    """Cards fill the fronts row by row, left to right, from the top."""
    return Slot(index % COLUMNS, index // COLUMNS)


def draw_sheet(canvas: Canvas, docs: Sequence[ArtisanDocument]) -> None:
    """Two pages: up to ten fronts, then their backs (the caller ends the second page)."""
    if not 0 < len(docs) <= CARDS_PER_SHEET:
        raise ValueError(f"a sheet holds 1 to {CARDS_PER_SHEET} cards, not {len(docs)}")
    draw_crop_marks(canvas)
    for index, doc in enumerate(docs):
        draw_card_front(canvas, doc, *front_slot(index).origin())
    canvas.showPage()
    draw_crop_marks(canvas)
    for index, doc in enumerate(docs):
        draw_card_back(canvas, doc, *front_slot(index).behind().origin())


def draw_crop_marks(canvas: Canvas) -> None:
    """Short hairlines in the margins on every cut line, never inside a card."""
    right = LEFT + COLUMNS * CARD_WIDTH
    top = BOTTOM + ROWS * CARD_HEIGHT
    canvas.setStrokeColor(black)
    canvas.setLineWidth(0.25)
    for column in range(COLUMNS + 1):
        x = LEFT + column * CARD_WIDTH
        canvas.line(x, top + MARK_GAP, x, top + MARK_GAP + MARK_LENGTH)
        canvas.line(x, BOTTOM - MARK_GAP, x, BOTTOM - MARK_GAP - MARK_LENGTH)
    for row in range(ROWS + 1):
        y = BOTTOM + row * CARD_HEIGHT
        canvas.line(LEFT - MARK_GAP, y, LEFT - MARK_GAP - MARK_LENGTH, y)
        canvas.line(right + MARK_GAP, y, right + MARK_GAP + MARK_LENGTH, y)
