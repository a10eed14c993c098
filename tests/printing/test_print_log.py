"""The daily print log: every entry listed, reprints and cancellations marked, totals."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from pypdf import PdfReader

from desktop_app.printing.documents import DocumentKind
from desktop_app.printing.print_log import PrintLogEntry, rows_per_page
from desktop_app.printing.render import render_print_log
from tests.printing.support import page_text, words


def entry(number: int, **changes: object) -> PrintLogEntry:
    values: dict[str, object] = {
        "printed_at": datetime(2026, 11, 29, 9, number % 60),
        "serial": f"C-01511-26-{number:06d}",
        "kind": DocumentKind.CERTIFICATE,
        "registration_number": "01-511-01-26-000123-12",
        "name_fr": "EL AMRANI Fatima",
        "name_ar": "فاطمة العمراني",
        "printed_by": "clerk1",
        "copies": 1,
    }
    values.update(changes)
    return PrintLogEntry(**values)  # type: ignore[arg-type]


def test_log_lists_every_entry_with_its_marks(tmp_path: Path) -> None:
    entries = [
        entry(1),
        entry(2, kind=DocumentKind.CARD, duplicate=True, reprint_reason="Carte perdue"),
        entry(3, cancelled=True, cancel_reason="Bourrage papier", copies=2),
    ]
    pdf = tmp_path / "log.pdf"
    assert render_print_log("Tanger", date(2026, 11, 29), entries, pdf) == 1
    text = page_text(pdf)
    assert "Journal quotidien des impressions — Tanger — 29/11/2026" in text
    assert all(e.serial in text for e in entries)
    assert "DUPLICATA : Carte perdue" in text
    assert "ANNULÉ : Bourrage papier" in text
    assert "Documents : 3 — exemplaires : 2 — duplicatas : 1 — annulés : 1" in text
    assert {"فاطمة", "العمراني"} <= words(text)


def test_long_log_continues_on_more_pages(tmp_path: Path) -> None:
    count = rows_per_page() * 2 + 1
    pdf = tmp_path / "log.pdf"
    assert render_print_log("Tanger", date(2026, 11, 29), [entry(i) for i in range(count)],
                            pdf) == 3  # fmt: skip
    reader = PdfReader(pdf)
    assert len(reader.pages) == 3
    assert "Page 3 / 3" in page_text(pdf, 2)
    assert f"C-01511-26-{count - 1:06d}" in page_text(pdf, 2)


def test_empty_day_still_prints_one_page(tmp_path: Path) -> None:
    pdf = tmp_path / "log.pdf"
    assert render_print_log("Tanger", date(2026, 11, 29), [], pdf) == 1
    assert "Documents : 0" in page_text(pdf)
