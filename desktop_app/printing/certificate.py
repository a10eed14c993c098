"""The A4 attestation of registration: French on the left, Arabic on the right.

One page per document, drawn straight onto a canvas (no flowables are kept between
pages, so a batch of a thousand holds no drawing state). What every page of a chamber
shares is a form drawn once (:mod:`certificate_background`); each page adds its own
parts: duplicate marks, registration number, the fields in two columns around the
photo and the QR code, the place and date of issue, and the document's serial.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.printing import wording as w
from desktop_app.printing.arabic_text import display
from desktop_app.printing.certificate_background import (
    ARABIC_SCALE,
    CENTRE_X,
    CONTENT_WIDTH,
    MARGIN,
    NUMBER_BAND,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    SIDE_WIDTH,
    SIGNATURE_TOP,
    background,
    statement_bottom,
    y,
)
from desktop_app.printing.documents import ArtisanDocument
from desktop_app.printing.fonts import BOLD, REGULAR
from desktop_app.printing.images import draw_picture
from desktop_app.printing.layout import (
    DUPLICATE_RED,
    INK,
    MUTED,
    Align,
    Fitted,
    draw_fitted,
    draw_text,
    fit,
)
from desktop_app.printing.qr_code import draw_qr

FRENCH_COLUMN = (MARGIN, 62 * mm)  # x, width of the fields' columns
ARABIC_COLUMN = (PAGE_WIDTH - MARGIN - 62 * mm, 62 * mm)
PHOTO_SIZE = (32 * mm, 42 * mm)
QR_SIZE = 38 * mm
FIELD_SIZES = (11, 10.5, 10, 9.5, 9, 8.5)
ROW_GAP = 1.2 * mm
WATERMARK = Color(0.96, 0.88, 0.88)


def draw_certificate(canvas: Canvas, doc: ArtisanDocument) -> None:
    """Draw one certificate on the current page (the caller ends the page)."""
    if doc.duplicate:
        _draw_watermark(canvas)
    canvas.doForm(background(canvas, doc.chamber))
    if doc.duplicate:
        _draw_duplicate_stamp(canvas, CENTRE_X, y(64.5))
    _draw_number(canvas, doc.registration_number)
    fields_top = statement_bottom() - 4 * mm
    _draw_fields(canvas, doc, fields_top)
    _draw_photo_and_qr(canvas, doc, fields_top)
    _draw_place_and_date(canvas, doc)
    _draw_serial(canvas, doc)


def _draw_watermark(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.translate(CENTRE_X, PAGE_HEIGHT / 2)
    canvas.rotate(52)
    canvas.setFillColor(WATERMARK)
    canvas.setFont(BOLD, 96)
    canvas.drawCentredString(0, 0, w.DUPLICATE.fr)
    canvas.restoreState()


def _draw_duplicate_stamp(canvas: Canvas, centre_x: float, middle_y: float) -> None:
    text = f"{w.DUPLICATE.fr}  /  {display(w.DUPLICATE.ar)}"
    size = 13
    width = canvas.stringWidth(text, BOLD, size) + 10 * mm
    height = 8.5 * mm
    canvas.setStrokeColor(DUPLICATE_RED)
    canvas.setFillColor(DUPLICATE_RED)
    canvas.setLineWidth(1.4)
    canvas.roundRect(centre_x - width / 2, middle_y - height / 2, width, height, 1.5 * mm)
    canvas.setFont(BOLD, size)
    canvas.drawCentredString(centre_x, middle_y - size * 0.3, text)


def _draw_number(canvas: Canvas, number: str) -> None:
    top, height = NUMBER_BAND
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 16)
    canvas.drawCentredString(CENTRE_X, y(top + height / 2) - 5, number)


def _field_rows(doc: ArtisanDocument) -> list[tuple[w.Bilingual, w.Bilingual]]:
    name = w.person_name(doc)
    rows: list[tuple[w.Bilingual, w.Bilingual]] = []
    if w.is_entity(doc):
        rows.append((w.ENTITY_NAME, w.Bilingual(doc.entity_name_fr, doc.entity_name_ar)))
        rows.append((w.REPRESENTATIVE, name))
    else:
        rows.append((w.FULL_NAME, name))
    rows += [
        (w.CIN, w.Bilingual(doc.cin, doc.cin)),
        (w.CATEGORY, w.Bilingual(doc.category_fr, doc.category_ar)),
        (w.BRANCH, w.Bilingual(doc.branch_fr, doc.branch_ar)),
        (w.ACTIVITY, w.Bilingual(doc.activity_fr, doc.activity_ar)),
    ]
    if doc.address_fr or doc.address_ar:
        rows.append((w.ADDRESS, w.Bilingual(doc.address_fr, doc.address_ar)))
    date = w.format_date(doc.registered_on)
    rows += [
        (w.PROVINCE, w.Bilingual(doc.province_fr, doc.province_ar)),
        (w.REGION, w.Bilingual(doc.region_fr, doc.region_ar)),
        (w.REGISTERED_ON, w.Bilingual(date, date)),
    ]
    return rows


@dataclass(frozen=True)
class _Row:
    label_fr: Fitted
    label_ar: Fitted
    value_fr: Fitted
    value_ar: Fitted

    @property
    def height(self) -> float:
        return max(
            self.label_fr.height + self.value_fr.height,
            self.label_ar.height + self.value_ar.height,
        )


def _fit_rows(doc: ArtisanDocument, value_size: float) -> list[_Row]:
    width = FRENCH_COLUMN[1]
    rows = []
    for label, value in _field_rows(doc):
        font = BOLD if label in (w.FULL_NAME, w.ENTITY_NAME, w.REPRESENTATIVE) else REGULAR
        ar_size = value_size * ARABIC_SCALE
        rows.append(
            _Row(
                fit(label.fr, REGULAR, 7.5, width, min_size=6),
                fit(label.ar, REGULAR, 7.5 * ARABIC_SCALE, width, min_size=6.5),
                fit(value.fr, font, value_size, width, max_lines=2, min_size=value_size - 2),
                fit(value.ar, font, ar_size, width, max_lines=2, min_size=ar_size - 2),
            )
        )
    return rows


def _draw_fields(canvas: Canvas, doc: ArtisanDocument, top: float) -> None:
    """Label above value; a row is as tall as the taller of its two languages, so the
    French and Arabic of one field always start on the same line. Values are set at
    the largest size at which every row fits above the signature block."""
    (fr_x, width), (ar_x, _) = FRENCH_COLUMN, ARABIC_COLUMN
    available = top - y(SIGNATURE_TOP - 3)
    for value_size in FIELD_SIZES:
        rows = _fit_rows(doc, value_size)
        if sum(row.height + ROW_GAP for row in rows) <= available:
            break
    for row in rows:
        bottom = draw_fitted(canvas, row.label_fr, fr_x, top, width, Align.LEFT, MUTED)
        draw_fitted(canvas, row.value_fr, fr_x, bottom, width, Align.LEFT)
        bottom = draw_fitted(canvas, row.label_ar, ar_x, top, width, Align.RIGHT, MUTED)
        draw_fitted(canvas, row.value_ar, ar_x, bottom, width, Align.RIGHT)
        top -= row.height + ROW_GAP


def _draw_photo_and_qr(canvas: Canvas, doc: ArtisanDocument, top: float) -> None:
    photo_w, photo_h = PHOTO_SIZE
    draw_picture(canvas, doc.photo, CENTRE_X - photo_w / 2, top - photo_h, photo_w, photo_h)
    qr_top = top - photo_h - 5 * mm
    draw_qr(canvas, doc.qr_payload, CENTRE_X - QR_SIZE / 2, qr_top - QR_SIZE, QR_SIZE)


def _draw_place_and_date(canvas: Canvas, doc: ArtisanDocument) -> None:
    place = w.issued_at(doc.chamber.office_name, doc.issued_on)
    draw_text(canvas, place.fr, REGULAR, 10, MARGIN, y(SIGNATURE_TOP), SIDE_WIDTH, Align.LEFT,
              min_size=8)  # fmt: skip
    draw_text(canvas, place.ar, REGULAR, 10 * ARABIC_SCALE, PAGE_WIDTH - MARGIN - SIDE_WIDTH,
              y(SIGNATURE_TOP), SIDE_WIDTH, Align.RIGHT, min_size=8)  # fmt: skip


def _draw_serial(canvas: Canvas, doc: ArtisanDocument) -> None:
    suffix_fr = f" — {w.DUPLICATE.fr}" if doc.duplicate else ""
    suffix_ar = f" — {w.DUPLICATE.ar}" if doc.duplicate else ""
    color = DUPLICATE_RED if doc.duplicate else INK
    half = CONTENT_WIDTH / 2
    draw_text(canvas, f"{w.SERIAL.fr} : {doc.serial}{suffix_fr}", BOLD, 9, MARGIN, y(269),
              half, Align.LEFT, min_size=7, color=color)  # fmt: skip
    draw_text(canvas, f"{w.SERIAL.ar}: {doc.serial}{suffix_ar}", BOLD, 9 * ARABIC_SCALE,
              CENTRE_X, y(269), half, Align.RIGHT, min_size=7, color=color)  # fmt: skip
