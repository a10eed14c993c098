"""The ID-1 professional card (85.6 × 54 mm), front and back, drawn at any origin so the
same drawing serves a card printer's page and a slot on an A4 sheet of card stock.

Nothing bleeds: every mark stays at least 2 mm inside the card's edge (text at least
3 mm), so a card printer's unprintable border or a pre-cut stock's tolerance (about
±1 mm) never clips anything and no band ends in a white sliver.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.colors import white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.printing import wording as w
from desktop_app.printing.documents import ArtisanDocument
from desktop_app.printing.fonts import BOLD, REGULAR
from desktop_app.printing.images import draw_picture
from desktop_app.printing.layout import (
    ACCENT,
    DUPLICATE_RED,
    INK,
    MUTED,
    Align,
    Block,
    draw_stack,
    draw_text,
    fit,
    stack_height,
)
from desktop_app.printing.qr_code import draw_qr

CARD_WIDTH = 85.6 * mm
CARD_HEIGHT = 54 * mm
INSET = 2 * mm  # band and frame
TEXT_INSET = 3.5 * mm
PHOTO = (3.5 * mm, 13.5 * mm, 17.5 * mm, 23.3 * mm)  # left, top from the top, width, height
COLUMN_TOP, COLUMN_BOTTOM = 12.8, 45.6  # mm from the top: between the band and the chamber
SCALES = (1.0, 0.94, 0.88, 0.82, 0.76)
QR_SIDE = 29 * mm
ARABIC_SCALE = 1.12


def _y(from_top_mm: float) -> float:
    return float(CARD_HEIGHT - from_top_mm * mm)


def draw_card_front(canvas: Canvas, doc: ArtisanDocument, x: float, y: float) -> None:
    """The front with its lower left corner at ``(x, y)``."""
    canvas.saveState()
    canvas.translate(x, y)
    _draw_band(canvas, w.KINGDOM, w.CARD_TITLE)
    left, from_top, width, height = PHOTO
    bottom = CARD_HEIGHT - from_top - height
    draw_picture(canvas, doc.photo, left, bottom, width, height)
    if doc.duplicate:
        _draw_duplicate_strip(canvas, left, bottom, width)
    _draw_issue_date(canvas, doc)
    _draw_identity(canvas, doc)
    _draw_chamber(canvas, doc)
    canvas.restoreState()


def draw_card_back(canvas: Canvas, doc: ArtisanDocument, x: float, y: float) -> None:
    """The back with its lower left corner at ``(x, y)``."""
    canvas.saveState()
    canvas.translate(x, y)
    _draw_band(canvas, w.KINGDOM, w.CARD_TITLE)
    draw_qr(canvas, doc.qr_payload, TEXT_INSET - 1 * mm, _y(12.5) - QR_SIDE, QR_SIDE)
    x0 = TEXT_INSET + QR_SIDE + 1 * mm
    _draw_fitted_stack(canvas, lambda scale: _back_blocks(doc, CARD_WIDTH - x0 - TEXT_INSET,
                       scale), x0)  # fmt: skip
    _draw_chamber(canvas, doc)
    canvas.restoreState()


def _back_blocks(doc: ArtisanDocument, width: float, scale: float) -> list[Block]:
    serial = doc.serial + (f" — {w.DUPLICATE.fr}" if doc.duplicate else "")
    blocks = [
        *_label(w.SERIAL, width, scale),
        Block(fit(serial, BOLD, 8 * scale, width, min_size=5.5), Align.CENTRE,
              DUPLICATE_RED if doc.duplicate else INK),
        *_label(w.REGISTRATION_NUMBER, width, scale, space_before=0.8 * mm),
        Block(fit(doc.registration_number, BOLD, 7.5 * scale, width, min_size=5.5), Align.CENTRE),
    ]  # fmt: skip
    space = 1.5 * mm
    for note in (w.VERIFY_CARD, w.CARD_PERSONAL):
        size = 5.5 * scale
        blocks.append(Block(fit(note.fr, REGULAR, size, width, max_lines=2, min_size=4.5),
                            Align.LEFT, MUTED, space))  # fmt: skip
        blocks.append(Block(fit(note.ar, REGULAR, size * ARABIC_SCALE, width, max_lines=2,
                                min_size=5), Align.RIGHT, MUTED))  # fmt: skip
        space = 0.8 * mm
    return blocks


def _draw_band(canvas: Canvas, upper: w.Bilingual, lower: w.Bilingual) -> None:
    canvas.setFillColor(ACCENT)
    canvas.roundRect(INSET, _y(11), CARD_WIDTH - 2 * INSET, 9 * mm, 1.5 * mm, stroke=0, fill=1)
    half = (CARD_WIDTH - 2 * TEXT_INSET) / 2 - 1 * mm
    right = CARD_WIDTH - TEXT_INSET - half
    draw_text(canvas, upper.fr, REGULAR, 5, TEXT_INSET, _y(2.6), half, Align.LEFT, color=white)
    draw_text(canvas, upper.ar, REGULAR, 5 * ARABIC_SCALE, right, _y(2.6), half, Align.RIGHT,
              color=white)  # fmt: skip
    draw_text(canvas, lower.fr, BOLD, 7.5, TEXT_INSET, _y(5.2), half, Align.LEFT, min_size=5.5,
              color=white)  # fmt: skip
    draw_text(canvas, lower.ar, BOLD, 7.5 * ARABIC_SCALE, right, _y(5.2), half, Align.RIGHT,
              min_size=6, color=white)  # fmt: skip


def _draw_duplicate_strip(canvas: Canvas, x: float, bottom: float, width: float) -> None:
    height = 3.6 * mm
    canvas.setFillColor(DUPLICATE_RED)
    canvas.rect(x, bottom, width, height, stroke=0, fill=1)
    # In logical order (draw_text puts Arabic text in display order itself): right to
    # left, French comes out first, as on the certificate's stamp.
    draw_text(canvas, f"{w.DUPLICATE.ar} / {w.DUPLICATE.fr}", BOLD, 6, x, bottom + height,
              width, Align.CENTRE, min_size=4, color=white)  # fmt: skip


def _label(
    label: w.Bilingual, width: float, scale: float, space_before: float = 0.0
) -> list[Block]:
    """A field's two labels on one small line, French left and Arabic right."""
    size = 5 * scale
    return [
        Block(
            fit(label.fr, REGULAR, size, width / 2, min_size=4),
            Align.LEFT,
            MUTED,
            space_before,
            beside=fit(label.ar, REGULAR, size * ARABIC_SCALE, width / 2, min_size=4.5),
        )
    ]


def _draw_fitted_stack(canvas: Canvas, blocks_at: Callable[[float], list[Block]], x: float) -> None:
    """Draw the largest version of a column that fits between the band and the chamber."""
    width = CARD_WIDTH - x - TEXT_INSET
    available = _y(COLUMN_TOP) - _y(COLUMN_BOTTOM)
    for scale in SCALES:
        blocks = blocks_at(scale)
        if stack_height(blocks) <= available:
            break
    draw_stack(canvas, blocks, x, _y(COLUMN_TOP), width)


def _draw_issue_date(canvas: Canvas, doc: ArtisanDocument) -> None:
    left, from_top, width, height = PHOTO
    blocks = [
        Block(fit(w.ISSUED_ON.fr, REGULAR, 4.8, width, min_size=4), Align.CENTRE, MUTED),
        Block(fit(w.ISSUED_ON.ar, REGULAR, 5.2, width, min_size=4), Align.CENTRE, MUTED),
        Block(fit(w.format_date(doc.issued_on), BOLD, 6.5, width), Align.CENTRE),
    ]
    draw_stack(canvas, blocks, left, CARD_HEIGHT - from_top - height - 0.5 * mm, width)


def _draw_identity(canvas: Canvas, doc: ArtisanDocument) -> None:
    """Names, number, category and activity to the right of the photo."""
    x0 = PHOTO[0] + PHOTO[2] + 3 * mm
    width = CARD_WIDTH - x0 - TEXT_INSET
    _draw_fitted_stack(canvas, lambda scale: _identity_blocks(doc, width, scale), x0)


def _identity_blocks(doc: ArtisanDocument, width: float, scale: float) -> list[Block]:
    name = w.person_name(doc)
    if w.is_entity(doc):
        name = w.Bilingual(doc.entity_name_fr or name.fr, doc.entity_name_ar or name.ar)
    size = 8.5 * scale
    blocks = [
        Block(fit(name.fr, BOLD, size, width, min_size=6.5 * scale), Align.LEFT),
        Block(fit(name.ar, BOLD, size * ARABIC_SCALE, width, min_size=7 * scale), Align.RIGHT),
        *_label(w.REGISTRATION_NUMBER, width, scale, space_before=0.5 * mm),
        Block(fit(doc.registration_number, BOLD, 9 * scale, width, min_size=6), Align.CENTRE),
    ]
    for label, value in (
        (w.CATEGORY, w.Bilingual(doc.category_fr, doc.category_ar)),
        (w.ACTIVITY, w.Bilingual(doc.activity_fr, doc.activity_ar)),
    ):
        blocks += _label(label, width, scale, space_before=0.6 * mm)
        blocks += _bilingual_value(value, width, 6.5 * scale)
    return blocks


def _bilingual_value(value: w.Bilingual, width: float, size: float) -> list[Block]:
    """French left and Arabic right on one line when both fit, else one line each."""
    fr = fit(value.fr, REGULAR, size, width, min_size=4.8)
    ar = fit(value.ar, REGULAR, size * ARABIC_SCALE, width, min_size=5.2)
    if fr.width + ar.width + 3 * mm <= width and len(fr.lines) == len(ar.lines) == 1:
        return [Block(fr, Align.LEFT, beside=ar)]
    return [Block(fr, Align.LEFT), Block(ar, Align.RIGHT)]


def _draw_chamber(canvas: Canvas, doc: ArtisanDocument) -> None:
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.4)
    canvas.line(INSET, _y(46), CARD_WIDTH - INSET, _y(46))
    width = CARD_WIDTH - 2 * TEXT_INSET
    chamber = doc.chamber
    draw_text(canvas, chamber.name_fr, BOLD, 5.5, TEXT_INSET, _y(46.2), width, Align.CENTRE,
              min_size=4.2, color=ACCENT)  # fmt: skip
    draw_text(canvas, chamber.name_ar, BOLD, 5.5 * ARABIC_SCALE, TEXT_INSET, _y(48.8), width,
              Align.CENTRE, min_size=4.6, color=ACCENT)  # fmt: skip
