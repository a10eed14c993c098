"""The A4 certificate read back: size, fonts, text, photo, QR, duplicate mark, fit."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from desktop_app.printing.certificate import ARABIC_COLUMN, FRENCH_COLUMN
from desktop_app.printing.certificate_background import SIGNATURE_TOP, statement_bottom, y
from desktop_app.printing.documents import ArtisanDocument
from desktop_app.printing.render import NothingToPrint, render_certificates
from tests.printing.conftest import LONG_NAME_AR, LONG_NAME_FR
from tests.printing.support import decode_qr, glyphs, page_text, render_png, words


def embedded_fonts(reader: PdfReader) -> dict[str, bool]:
    """Base font name → has an embedded font file, over every page."""
    fonts = {}
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for reference in resources["/Font"].values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = bool(descriptor and "/FontFile2" in descriptor.get_object())
            fonts[str(font["/BaseFont"])] = embedded
    return fonts


def test_certificate_is_a4_with_amiri_embedded(
    tmp_path: Path, certificates: list[ArtisanDocument]
) -> None:
    pdf = tmp_path / "one.pdf"
    assert render_certificates(certificates[:1], pdf) == 1
    reader = PdfReader(pdf)
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A4, abs=0.01)
    fonts = embedded_fonts(reader)
    assert fonts and all(fonts.values())
    assert {name.split("+")[1] for name in fonts} == {"Amiri-Regular", "Amiri-Bold"}
    assert all(name.startswith("/") and "+" in name for name in fonts)  # subsets


def test_certificate_says_what_it_must_in_both_languages(
    tmp_path: Path, certificates: list[ArtisanDocument]
) -> None:
    doc = certificates[0]
    pdf = tmp_path / "one.pdf"
    render_certificates([doc], pdf)
    text = page_text(pdf)
    for expected in (
        "Attestation d'immatriculation au Registre National de l'Artisanat",
        doc.registration_number,
        doc.cin,
        doc.serial,
        "Tissage traditionnel (handira, bzioui)",
        "Fait à Tanger, le 29/11/2026",
        "Le Directeur de la Chambre",
    ):
        assert expected in text
    found = words(text)
    for arabic in ("شهادة", "التسجيل", "السجل", "الوطني", "للصناعة", "التقليدية", "الإدريسي",
                   "مُحَمَّد", "أَمِين", "النسيج", "طنجة", "مدير", "الغرفة"):  # fmt: skip
        assert arabic in found, arabic


def test_photo_is_embedded_as_the_original_jpeg(
    tmp_path: Path, certificates: list[ArtisanDocument]
) -> None:
    doc = certificates[0]
    pdf = tmp_path / "one.pdf"
    render_certificates([doc], pdf)
    resources: Any = PdfReader(pdf).pages[0]["/Resources"]
    xobjects = resources["/XObject"]
    images = [
        xobject.get_object()
        for xobject in xobjects.values()
        if xobject.get_object()["/Subtype"] == "/Image"
    ]
    assert len(images) == 1
    assert list(images[0]["/Filter"]) == ["/DCTDecode"]
    assert images[0].get_data() == doc.photo


@pytest.mark.slow
def test_qr_code_decodes_to_the_payload(
    tmp_path: Path, certificates: list[ArtisanDocument]
) -> None:
    pdf = tmp_path / "two.pdf"
    render_certificates(certificates[:2], pdf)
    for page, doc in enumerate(certificates[:2]):
        assert decode_qr(render_png(pdf, page, tmp_path)) == [doc.qr_payload]


def test_duplicate_mark_only_on_reprints(
    tmp_path: Path, certificates: list[ArtisanDocument]
) -> None:
    original, reprint = certificates[0], replace(certificates[0], duplicate=True)
    pdf = tmp_path / "both.pdf"
    render_certificates([original, reprint], pdf)
    assert "DUPLICATA" not in page_text(pdf, 0)
    assert "نظير" not in words(page_text(pdf, 0))
    assert "DUPLICATA" in page_text(pdf, 1)
    assert "نظير" in words(page_text(pdf, 1))


def test_long_vowelled_name_and_mixed_address_stay_in_their_columns(
    tmp_path: Path, longest: ArtisanDocument
) -> None:
    pdf = tmp_path / "long.pdf"
    entity = replace(
        longest, entity_name_fr="Coopérative " + "X" * 90, entity_name_ar="تعاونية " + "الأمل " * 20
    )
    render_certificates([longest, entity], pdf)
    text = page_text(pdf)
    assert LONG_NAME_FR[0].upper() in text.replace("\n", " ")
    assert set(LONG_NAME_AR[0].split()) <= words(text)
    french_right = FRENCH_COLUMN[0] + FRENCH_COLUMN[1]
    arabic_left = ARABIC_COLUMN[0]
    tolerance = 0.5
    fields = (y(SIGNATURE_TOP), statement_bottom())
    for page in (0, 1):
        for glyph in glyphs(pdf, page):
            assert 12 * mm <= glyph.left and glyph.right <= A4[0] - 12 * mm, glyph  # frame
            if not fields[0] < glyph.bottom < fields[1]:
                continue
            # Every field's character inside its own column (photo and QR between).
            in_french = glyph.right <= french_right + tolerance
            in_arabic = glyph.left >= arabic_left - tolerance
            assert in_french or in_arabic, glyph


def test_batch_shares_one_embedded_copy_of_each_font(
    tmp_path: Path, certificates: list[ArtisanDocument]
) -> None:
    one, many = tmp_path / "one.pdf", tmp_path / "many.pdf"
    render_certificates(certificates[:1], one)
    assert render_certificates(certificates * 3, many) == 30

    def font_files(pdf: Path) -> int:
        return pdf.read_bytes().count(b"/FontFile2")

    assert font_files(many) == font_files(one) == 2
    assert len(embedded_fonts(PdfReader(many))) == 2


def test_an_empty_batch_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NothingToPrint):
        render_certificates([], tmp_path / "empty.pdf")
