"""The part of a certificate that is the same on every page of one chamber, drawn once
per PDF as a form (a PDF XObject) that every page then places with one operator.

Frame, header, titles, the registration number's band and labels, the attestation
sentence, the signatory's title and name, the seal caption and the verification note
are a good half of a page's text: drawing them once is what lets a batch of a thousand
certificates run well past a hundred pages a second.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.printing import wording as w
from desktop_app.printing.arabic_text import display
from desktop_app.printing.documents import Chamber
from desktop_app.printing.fonts import BOLD, REGULAR
from desktop_app.printing.images import draw_picture
from desktop_app.printing.layout import ACCENT, MUTED, Align, Fitted, draw_fitted, draw_text, fit

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
CENTRE_X = PAGE_WIDTH / 2
SIDE_WIDTH = 70 * mm  # header and signature blocks, one on each side
ARABIC_SCALE = 1.15  # Amiri's Arabic reads smaller than its Latin at one size
NUMBER_BAND = (70, 10)  # mm: top from the top, height
STATEMENT_TOP = 84
SIGNATURE_TOP = 232  # the place and date line; title and name below
SIGNATORY_TOP = 239
TINT = Color(0.94, 0.96, 0.95)


def y(from_top_mm: float) -> float:
    """Page coordinate of a line given in millimetres from the top."""
    return float(PAGE_HEIGHT - from_top_mm * mm)


def background(canvas: Canvas, chamber: Chamber) -> str:
    """The form's name, drawing the form into this canvas's PDF the first time."""
    name = f"certificate{hash(chamber) & 0xFFFFFFFF:08x}"
    if not canvas.hasForm(name):
        canvas.beginForm(name)
        _draw_frame(canvas)
        _draw_header(canvas, chamber)
        _draw_titles(canvas)
        _draw_number_band(canvas)
        _draw_statement(canvas)
        _draw_signatory(canvas, chamber)
        _draw_footer(canvas)
        canvas.endForm()
    return name


def statement_bottom() -> float:
    """Where the longer of the two statement paragraphs ends."""
    return y(STATEMENT_TOP) - max(fitted.height for fitted in _statement())


@lru_cache(maxsize=1)
def _statement() -> tuple[Fitted, Fitted]:
    width = (CONTENT_WIDTH - 10 * mm) / 2
    return (
        fit(w.CERTIFICATE_STATEMENT.fr, REGULAR, 10, width, max_lines=6, min_size=8.5),
        fit(w.CERTIFICATE_STATEMENT.ar, REGULAR, 10 * ARABIC_SCALE, width, max_lines=6,
            min_size=9),
    )  # fmt: skip


def _draw_frame(canvas: Canvas) -> None:
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.2)
    canvas.rect(10 * mm, 10 * mm, PAGE_WIDTH - 20 * mm, PAGE_HEIGHT - 20 * mm)
    canvas.setLineWidth(0.4)
    canvas.rect(11.5 * mm, 11.5 * mm, PAGE_WIDTH - 23 * mm, PAGE_HEIGHT - 23 * mm)


def _draw_header(canvas: Canvas, chamber: Chamber) -> None:
    width = SIDE_WIDTH
    right = PAGE_WIDTH - MARGIN - width
    for text, x, align, scale in (
        (w.KINGDOM.fr, MARGIN, Align.LEFT, 1.0),
        (w.KINGDOM.ar, right, Align.RIGHT, ARABIC_SCALE),
    ):
        draw_text(canvas, text, BOLD, 10 * scale, x, y(16), width, align, color=ACCENT)
    for name, x, align, scale in (
        (chamber.name_fr, MARGIN, Align.LEFT, 1.0),
        (chamber.name_ar, right, Align.RIGHT, ARABIC_SCALE),
    ):
        bottom = draw_text(
            canvas, name, BOLD, 10.5 * scale, x, y(21.5), width, align, max_lines=2, min_size=8
        )
        draw_text(canvas, chamber.office_name, REGULAR, 9 * scale, x, bottom, width, align,
                  min_size=7, color=MUTED)  # fmt: skip
    if chamber.logo is not None:
        side = 24 * mm
        draw_picture(canvas, chamber.logo, CENTRE_X - side / 2, y(38), side, side, framed=False)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, y(40), PAGE_WIDTH - MARGIN, y(40))


def _draw_titles(canvas: Canvas) -> None:
    title_fr = fit(w.CERTIFICATE_TITLE.fr, BOLD, 15, CONTENT_WIDTH, max_lines=2, min_size=12)
    bottom = draw_fitted(canvas, title_fr, MARGIN, y(43), CONTENT_WIDTH, Align.CENTRE, ACCENT)
    draw_text(canvas, w.CERTIFICATE_TITLE.ar, BOLD, 18, MARGIN, bottom - 1 * mm, CONTENT_WIDTH,
              Align.CENTRE, min_size=14, color=ACCENT)  # fmt: skip


def _draw_number_band(canvas: Canvas) -> None:
    top, height = y(NUMBER_BAND[0]), NUMBER_BAND[1] * mm
    canvas.setFillColor(TINT)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.6)
    canvas.rect(MARGIN, top - height, CONTENT_WIDTH, height, stroke=1, fill=1)
    middle = top - height / 2
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, 9.5)
    canvas.drawString(MARGIN + 3 * mm, middle - 3, w.REGISTRATION_NUMBER.fr)
    canvas.setFont(REGULAR, 9.5 * ARABIC_SCALE)
    canvas.drawRightString(
        PAGE_WIDTH - MARGIN - 3 * mm, middle - 3, display(w.REGISTRATION_NUMBER.ar)
    )


def _draw_statement(canvas: Canvas) -> None:
    french, arabic = _statement()
    width = (CONTENT_WIDTH - 10 * mm) / 2
    draw_fitted(canvas, french, MARGIN, y(STATEMENT_TOP), width, Align.LEFT)
    draw_fitted(canvas, arabic, PAGE_WIDTH - MARGIN - width, y(STATEMENT_TOP), width, Align.RIGHT)


def _draw_signatory(canvas: Canvas, chamber: Chamber) -> None:
    right = PAGE_WIDTH - MARGIN - SIDE_WIDTH
    for title, x, align, scale in (
        (chamber.signatory_title_fr, MARGIN, Align.LEFT, 1.0),
        (chamber.signatory_title_ar, right, Align.RIGHT, ARABIC_SCALE),
    ):
        bottom = draw_text(canvas, title, BOLD, 10.5 * scale, x, y(SIGNATORY_TOP), SIDE_WIDTH,
                           align, max_lines=2, min_size=8.5)  # fmt: skip
        draw_text(canvas, chamber.signatory_name, REGULAR, 10 * scale, x, bottom, SIDE_WIDTH,
                  align, min_size=8)  # fmt: skip
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, 8)
    canvas.drawCentredString(CENTRE_X, y(263), f"{w.SEAL.fr} — {display(w.SEAL.ar)}")


def _draw_footer(canvas: Canvas) -> None:
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, y(267.5), PAGE_WIDTH - MARGIN, y(267.5))
    draw_text(canvas, w.VERIFY_CERTIFICATE.fr, REGULAR, 8, MARGIN, y(274.5), CONTENT_WIDTH,
              Align.CENTRE, min_size=6.5, color=MUTED)  # fmt: skip
    draw_text(canvas, w.VERIFY_CERTIFICATE.ar, REGULAR, 8 * ARABIC_SCALE, MARGIN, y(278.5),
              CONTENT_WIDTH, Align.CENTRE, min_size=7, color=MUTED)  # fmt: skip
