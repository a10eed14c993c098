"""The office's daily print log: every document issued that day, one line each, on
landscape A4 pages with the column heads repeated, totals and a space for the
supervisor's signature at the end."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.printing import wording as w
from desktop_app.printing.arabic_text import display
from desktop_app.printing.documents import DocumentKind
from desktop_app.printing.fonts import BOLD, REGULAR
from desktop_app.printing.layout import ACCENT, DUPLICATE_RED, INK, MUTED, Align, draw_text

PAGE_WIDTH, PAGE_HEIGHT = landscape(A4)
MARGIN = 12 * mm
ROW_HEIGHT = 9.5 * mm
TOP = PAGE_HEIGHT - 34 * mm  # first row under the title and column heads
BOTTOM = 22 * mm


@dataclass(frozen=True)
class PrintLogEntry:
    """One print of one document, as the audit recorded it."""

    printed_at: datetime
    serial: str
    kind: DocumentKind
    registration_number: str
    name_fr: str
    name_ar: str
    printed_by: str
    copies: int
    duplicate: bool = False  # a reprint
    reprint_reason: str = ""
    cancelled: bool = False  # spoilt or wrong, cancelled afterwards
    cancel_reason: str = ""


# (French head, Arabic head, width in mm); the name column takes what is left.
_COLUMNS = (
    ("Heure", "الساعة", 14),
    ("N° de série", "الرقم التسلسلي", 34),
    ("Document", "الوثيقة", 22),
    ("N° d'immatriculation", "رقم التسجيل", 40),
    ("Nom", "الاسم", 0),
    ("Par", "بواسطة", 24),
    ("Ex.", "النسخ", 11),
    ("Observations", "ملاحظات", 56),
)
_NAME_WIDTH = (PAGE_WIDTH - 2 * MARGIN) / mm - sum(width for *_, width in _COLUMNS)
_KINDS = {DocumentKind.CERTIFICATE: "Attestation", DocumentKind.CARD: "Carte"}


def rows_per_page() -> int:
    return int((TOP - BOTTOM - 25 * mm) // ROW_HEIGHT)


def draw_print_log(
    canvas: Canvas, office_name: str, day: date, entries: Sequence[PrintLogEntry]
) -> int:
    """Draw every page of the log (the last one with totals); returns the page count."""
    per_page = rows_per_page()
    pages = max(1, -(-len(entries) // per_page))
    for page in range(pages):
        _draw_heading(canvas, office_name, day, page + 1, pages)
        top = TOP
        for entry in entries[page * per_page : (page + 1) * per_page]:
            _draw_row(canvas, entry, top)
            top -= ROW_HEIGHT
        if page == pages - 1:
            _draw_totals(canvas, entries, top - 4 * mm)
        canvas.showPage()
    return pages


def _draw_heading(canvas: Canvas, office: str, day: date, page: int, pages: int) -> None:
    width = PAGE_WIDTH - 2 * MARGIN
    title = f"Journal quotidien des impressions — {office} — {w.format_date(day)}"
    draw_text(canvas, title, BOLD, 13, MARGIN, PAGE_HEIGHT - 12 * mm, width, Align.LEFT,
              min_size=9, color=ACCENT)  # fmt: skip
    draw_text(canvas, "السجل اليومي للوثائق المطبوعة", BOLD, 14, MARGIN, PAGE_HEIGHT - 12 * mm,
              width, Align.RIGHT, color=ACCENT)  # fmt: skip
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, 8)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, 10 * mm, f"Page {page} / {pages}")
    x = MARGIN
    for head_fr, head_ar, column in _columns():
        canvas.setFont(BOLD, 8)
        canvas.drawString(x + 1, TOP + 9, head_fr)
        canvas.setFont(REGULAR, 8.5)
        canvas.drawString(x + 1, TOP + 1.5, display(head_ar))
        x += column
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, TOP - 1, PAGE_WIDTH - MARGIN, TOP - 1)


def _columns() -> list[tuple[str, str, float]]:
    return [(fr, ar, (width or _NAME_WIDTH) * mm) for fr, ar, width in _COLUMNS]


def _remarks(entry: PrintLogEntry) -> str:
    notes = []
    if entry.duplicate:
        notes.append(f"{w.DUPLICATE.fr} : {entry.reprint_reason}".strip(" :"))
    if entry.cancelled:
        notes.append(f"ANNULÉ : {entry.cancel_reason}".strip(" :"))
    return " ; ".join(notes)


def _draw_row(canvas: Canvas, entry: PrintLogEntry, top: float) -> None:
    values = (
        entry.printed_at.strftime("%H:%M"),
        entry.serial,
        _KINDS.get(entry.kind, str(entry.kind)),
        entry.registration_number,
        None,  # the name, in both scripts
        entry.printed_by,
        str(entry.copies),
        _remarks(entry),
    )
    x = MARGIN
    color = DUPLICATE_RED if entry.cancelled else INK
    for value, (_, _, width) in zip(values, _columns(), strict=True):
        inner = width - 2
        if value is None:
            draw_text(canvas, entry.name_fr, REGULAR, 8.5, x + 1, top - 1, inner, Align.LEFT,
                      min_size=6, color=color)  # fmt: skip
            draw_text(canvas, entry.name_ar, REGULAR, 9, x + 1, top - 11, inner, Align.LEFT,
                      min_size=6.5, color=color)  # fmt: skip
        else:
            draw_text(canvas, value, REGULAR, 8.5, x + 1, top - 1, inner, Align.LEFT,
                      max_lines=2, min_size=6, color=color)  # fmt: skip
        x += width
    if entry.cancelled:  # struck through, still legible
        canvas.setStrokeColor(DUPLICATE_RED)
        canvas.setLineWidth(0.6)
        end = MARGIN + sum(width for *_, width in _columns()[:-1])
        canvas.line(MARGIN, top - ROW_HEIGHT / 2, end, top - ROW_HEIGHT / 2)
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.25)
    canvas.line(MARGIN, top - ROW_HEIGHT, PAGE_WIDTH - MARGIN, top - ROW_HEIGHT)


def _draw_totals(canvas: Canvas, entries: Sequence[PrintLogEntry], top: float) -> None:
    issued = [e for e in entries if not e.cancelled]
    summary = (
        f"Documents : {len(entries)} — exemplaires : {sum(e.copies for e in issued)} — "
        f"duplicatas : {sum(e.duplicate for e in entries)} — "
        f"annulés : {sum(e.cancelled for e in entries)}"
    )
    width = PAGE_WIDTH - 2 * MARGIN
    draw_text(canvas, summary, BOLD, 9.5, MARGIN, top, width, Align.LEFT, color=INK)
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, 9.5)
    canvas.drawString(MARGIN, top - 12 * mm, f"Visa du responsable — {display('توقيع المسؤول')}")
