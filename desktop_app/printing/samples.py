"""Sample documents, and the pictures of them kept in ``docs/``.

``python -m desktop_app.printing.samples docs/`` draws a certificate, a card (front and
back) and a sheet of cards from realistic data, including a long name, a name with
vowel marks and a mixed Arabic/Latin address, and renders them to PNG at 150 dpi with
pdfium, the renderer the program's preview also uses.
"""

from __future__ import annotations

import argparse
import io
import random
from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdfium2
from PIL import Image, ImageDraw

from desktop_app.printing.documents import ArtisanDocument, Chamber, DocumentKind
from desktop_app.printing.render import render_card_sheets, render_cards, render_certificates
from registry.numbering import RegistrationNumber

CHAMBER = Chamber(
    name_fr="Chambre d'Artisanat de la Région Tanger-Tétouan-Al Hoceïma",
    name_ar="غرفة الصناعة التقليدية لجهة طنجة تطوان الحسيمة",
    office_name="Tanger",
    signatory_name="Karim Bennani",
    signatory_title_fr="Le Directeur de la Chambre",
    signatory_title_ar="مدير الغرفة",
)

# (last fr, first fr, last ar, first ar, category, activity, branch, entity fr, entity ar)
PEOPLE = [
    ("Ben Abdelouahab El Idrissi El Hassani", "Mohammed Amine",
     "بن عبد الوهاب الإدريسي الحسني", "مُحَمَّد أَمِين"),
    ("El Amrani", "Fatima Zahra", "العمراني", "فَاطِمَة الزَّهْرَاء"),
    ("Ouazzani", "Youssef", "الوزاني", "يوسف"),
    ("Tazi", "Khadija", "التازي", "خديجة"),
    ("Bouzid", "Hamza", "بوزيد", "حمزة"),
    ("Lahlou", "Salma", "لحلو", "سلمى"),
    ("Chraibi", "Abdelkader", "الشرايبي", "عبد القادر"),
    ("Naciri", "Rachida", "الناصري", "رشيدة"),
    ("El Fassi", "Omar", "الفاسي", "عمر"),
    ("Sqalli", "Nadia", "السقلي", "نادية"),
]  # fmt: skip
TRADES = [
    ("Maître artisan", "معلم حرفي", "Tissage traditionnel (handira, bzioui)",
     "النسيج التقليدي", "Tapis et tissage", "الزرابي والنسيج"),
    ("Artisan par expérience", "صانع تقليدي بالتجربة", "Couture de caftan et takchita",
     "خياطة القفطان والتكشيطة", "Habillement traditionnel et broderie",
     "اللباس التقليدي والطرز"),
    ("Artisan diplômé", "صانع تقليدي حاصل على دبلوم", "Maroquinerie",
     "صناعة المصنوعات الجلدية", "Cuir", "الجلد"),
]  # fmt: skip


def sample_photo(seed: int) -> bytes:
    """A 300 × 400 JPEG portrait placeholder, different for every seed."""
    rng = random.Random(seed)
    image = Image.new("RGB", (300, 400), (rng.randint(150, 220), rng.randint(160, 220), 230))
    draw = ImageDraw.Draw(image)
    skin = (rng.randint(150, 210), rng.randint(110, 160), rng.randint(80, 120))
    draw.ellipse((95, 70, 205, 200), fill=skin)
    draw.rounded_rectangle((45, 215, 255, 420), radius=70, fill=(rng.randint(20, 90), 60, 80))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=88)
    return buffer.getvalue()


def sample_payload(seed: int) -> str:
    """Stands for a signed payload of realistic length (about 250 characters)."""
    rng = random.Random(seed)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "HIRFA1." + "".join(rng.choice(alphabet) for _ in range(243))


def sample_documents(kind: DocumentKind = DocumentKind.CERTIFICATE) -> list[ArtisanDocument]:
    """Ten artisans of the Tangier office; the first has the long name with vowel marks
    and the mixed address, the second is a cooperative, the third a reprint."""
    docs = []
    prefix = "C" if kind is DocumentKind.CERTIFICATE else "K"
    for index, (last_fr, first_fr, last_ar, first_ar) in enumerate(PEOPLE):
        category_fr, category_ar, activity_fr, activity_ar, branch_fr, branch_ar = TRADES[
            index % len(TRADES)
        ]
        docs.append(
            ArtisanDocument(
                kind=kind,
                serial=f"{prefix}-01511-26-{index + 41:06d}",
                duplicate=index == 2,
                issued_on=date(2026, 11, 29),
                registration_number=str(RegistrationNumber("01", "511", "01", 2026, index + 123)),
                registered_on=date(2026, 3, 17),
                last_name_fr=last_fr,
                first_name_fr=first_fr,
                last_name_ar=last_ar,
                first_name_ar=first_ar,
                entity_name_fr="",
                entity_name_ar="",
                cin=f"K{456789 + index * 1013}",
                category_fr=category_fr,
                category_ar=category_ar,
                activity_fr=activity_fr,
                activity_ar=activity_ar,
                branch_fr=branch_fr,
                branch_ar=branch_ar,
                province_fr="Tanger-Assilah",
                province_ar="طنجة أصيلة",
                region_fr="Tanger-Tétouan-Al Hoceïma",
                region_ar="طنجة تطوان الحسيمة",
                photo=sample_photo(index),
                qr_payload=sample_payload(index),
                chamber=CHAMBER,
                address_fr="12, rue de la Liberté (Bloc B) 2, Tanger",
                address_ar="12، زنقة الحرية (Bloc B) 2، طنجة",
            )
        )
    docs[1] = replace(
        docs[1],
        entity_name_fr="Coopérative Al Amal des tisserandes de Chefchaouen",
        entity_name_ar="تعاونية الأمل للنساجات بشفشاون",
        category_fr="Coopérative",
        category_ar="تعاونية",
    )
    return docs


def write_samples(directory: Path) -> list[Path]:
    """Draw the sample documents and their PNG renders into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    docs = sample_documents()
    cards = sample_documents(DocumentKind.CARD)
    certificate = directory / "certificate.pdf"
    render_certificates(docs[:1], certificate)
    card = directory / "card.pdf"
    render_cards(cards[:1], card)
    sheet = directory / "card-sheet.pdf"
    render_card_sheets(cards, sheet)
    pictures = [
        _png(certificate, 0, directory / "certificate.png"),
        _png(card, 0, directory / "card-front.png", dpi=300),
        _png(card, 1, directory / "card-back.png", dpi=300),
        _png(sheet, 0, directory / "card-sheet.png"),
        _png(sheet, 1, directory / "card-sheet-back.png"),
    ]
    for pdf in (certificate, card, sheet):
        pdf.unlink()
    return pictures


def _png(pdf: Path, page: int, target: Path, dpi: int = 150) -> Path:
    document = pypdfium2.PdfDocument(pdf)
    try:
        document[page].render(scale=dpi / 72).to_pil().save(target, optimize=True)
    finally:
        document.close()
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    for picture in write_samples(parser.parse_args().directory):
        print(picture)


if __name__ == "__main__":
    main()
