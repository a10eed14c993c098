"""The fixed texts of printed documents, French and Arabic side by side, in one place
for the chamber to review (the variable parts come from :class:`ArtisanDocument`)."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from desktop_app.printing.documents import ArtisanDocument


class Bilingual(NamedTuple):
    fr: str
    ar: str


KINGDOM = Bilingual("ROYAUME DU MAROC", "المملكة المغربية")
CERTIFICATE_TITLE = Bilingual(
    "Attestation d'immatriculation au Registre National de l'Artisanat",
    "شهادة التسجيل في السجل الوطني للصناعة التقليدية",
)
CERTIFICATE_STATEMENT = Bilingual(
    "La présente attestation certifie que le titulaire désigné ci-dessous est immatriculé "
    "au Registre National de l'Artisanat, conformément aux dispositions de la loi n° 50-17 "
    "relative à l'exercice des activités de l'artisanat.",
    "تشهد هذه الوثيقة بأن المعني بالأمر المبين أسفله مسجل في السجل الوطني للصناعة "
    "التقليدية، طبقا لمقتضيات القانون رقم 50.17 المتعلق بمزاولة أنشطة الصناعة التقليدية.",
)
CARD_TITLE = Bilingual("Carte professionnelle d'artisan", "البطاقة المهنية للصانع التقليدي")
DUPLICATE = Bilingual("DUPLICATA", "نظير")

REGISTRATION_NUMBER = Bilingual("N° d'immatriculation", "رقم التسجيل")
FULL_NAME = Bilingual("Nom et prénom", "الاسم الكامل")
ENTITY_NAME = Bilingual("Dénomination", "التسمية")
REPRESENTATIVE = Bilingual("Représentant légal", "الممثل القانوني")
CIN = Bilingual("N° de la CNIE", "رقم البطاقة الوطنية")
CATEGORY = Bilingual("Catégorie", "الفئة")
BRANCH = Bilingual("Branche d'activité", "فرع النشاط")
ACTIVITY = Bilingual("Activité", "النشاط")
ADDRESS = Bilingual("Adresse", "العنوان")
PROVINCE = Bilingual("Province / Préfecture", "الإقليم / العمالة")
REGION = Bilingual("Région", "الجهة")
REGISTERED_ON = Bilingual("Date d'immatriculation", "تاريخ التسجيل")
ISSUED_ON = Bilingual("Date de délivrance", "تاريخ التسليم")
SERIAL = Bilingual("N° de série", "الرقم التسلسلي")
SEAL = Bilingual("Cachet et signature", "الخاتم والتوقيع")
VERIFY_CERTIFICATE = Bilingual(
    "L'authenticité de ce document se vérifie par son code QR, même hors ligne.",
    "يمكن التحقق من صحة هذه الوثيقة بواسطة رمز QR الخاص بها.",
)
VERIFY_CARD = Bilingual(
    "Authenticité vérifiable en scannant le code QR.",
    "يمكن التحقق من صحة البطاقة بمسح رمز QR.",
)
CARD_PERSONAL = Bilingual(
    "Carte strictement personnelle. En cas de perte, prière d'en informer la Chambre.",
    "بطاقة شخصية. في حالة ضياعها يرجى إخبار الغرفة.",
)


def format_date(day: date) -> str:
    """Day/month/year with Western digits, as on Moroccan documents in both languages."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def issued_at(office: str, day: date) -> Bilingual:
    return Bilingual(f"Fait à {office}, le {format_date(day)}", f"حرر في {format_date(day)}")


def person_name(doc: ArtisanDocument) -> Bilingual:
    """French: family name in capitals then first name; Arabic: first name then family."""
    return Bilingual(
        f"{doc.last_name_fr.upper()} {doc.first_name_fr}".strip(),
        f"{doc.first_name_ar} {doc.last_name_ar}".strip(),
    )


def is_entity(doc: ArtisanDocument) -> bool:
    """Cooperatives and enterprises are named by their entity, with a representative."""
    return bool(doc.entity_name_fr or doc.entity_name_ar)
