"""Which column of an imported file holds which field, and category labels as people write them.

Chambers' spreadsheets name their columns in French or Arabic, with accents or without,
``N° CIN`` or ``CIN``, ``الإقليم`` or ``الاقليم``. Headers and labels are compared after
:func:`normalise_label`, so one alias covers all those spellings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from registry.artisan import DRAFT_FIELDS, Category, Status
from registry.names import normalise_arabic_word

NAME_FIELDS = ("last_name_fr", "first_name_fr", "last_name_ar", "first_name_ar")
MANDATORY: tuple[tuple[str, ...], ...] = (
    ("cin",), ("birth_date",), ("province",), ("category",), ("activity",), ("sex",), NAME_FIELDS,
)  # fmt: skip
"""Columns a file must have; for names, any one of the four."""

KEPT_FIELDS = ("registration_number", "status")
"""Columns an export writes besides the fields of a draft: what each record already is."""

ALIASES: dict[str, tuple[str, ...]] = {
    "registration_number": ("N° d'inscription", "Numéro d'inscription", "N° d'immatriculation",
                            "Numéro d'immatriculation", "رقم التسجيل", "رقم القيد"),
    "status": ("Statut", "Situation", "الوضعية", "الحالة"),
    "cin": ("N° CIN", "No CIN", "Num CIN", "Numéro CIN", "CNIE", "N° CNIE", "Carte nationale",
            "N° carte nationale", "رقم البطاقة الوطنية", "البطاقة الوطنية", "رقم ب.و", "ب.و.ت.إ"),
    "last_name_fr": ("Nom", "Nom de famille", "Nom en français", "Nom (français)", "Nom FR",
                     "Nom latin"),
    "first_name_fr": ("Prénom", "Prénom en français", "Prénom (français)", "Prénom FR",
                      "Prénom latin"),
    "last_name_ar": ("Nom en arabe", "Nom (arabe)", "Nom AR", "النسب", "الاسم العائلي",
                     "النسب بالعربية"),
    "first_name_ar": ("Prénom en arabe", "Prénom (arabe)", "Prénom AR", "الاسم",
                      "الاسم الشخصي", "الاسم بالعربية"),
    "sex": ("Sexe", "Genre", "الجنس"),
    "birth_date": ("Date de naissance", "Date naissance", "Né le", "Né(e) le",
                   "تاريخ الازدياد", "تاريخ الميلاد", "تاريخ الولادة"),
    "birth_place": ("Lieu de naissance", "Né à", "مكان الازدياد", "مكان الميلاد",
                    "محل الازدياد"),
    "nationality": ("Nationalité", "الجنسية"),
    "phone": ("Téléphone", "Tél", "Tel", "GSM", "Mobile", "Portable", "N° de téléphone",
              "N° téléphone", "الهاتف", "رقم الهاتف"),
    "email": ("E-mail", "Courriel", "Adresse e-mail", "Mail", "البريد الإلكتروني"),
    "address_fr": ("Adresse", "Adresse en français", "Adresse FR"),
    "address_ar": ("Adresse en arabe", "Adresse AR", "العنوان"),
    "province": ("Province", "Préfecture", "Province ou préfecture", "Province/Préfecture",
                 "Code province", "الإقليم", "العمالة", "العمالة أو الإقليم"),
    "commune": ("Commune", "Code commune", "الجماعة"),
    "category": ("Catégorie", "Qualité", "الفئة", "الصفة"),
    "activity": ("Activité", "Code activité", "Code de l'activité", "Métier", "النشاط",
                 "رمز النشاط", "الحرفة"),
    "activity_since": ("Année de début d'activité", "Début d'activité", "Année de début",
                       "Exerce depuis", "سنة بداية النشاط", "سنة بدء النشاط"),
    "diploma": ("Diplôme", "الدبلوم", "الشهادة"),
    "diploma_school": ("Établissement", "Établissement de formation", "École",
                       "مؤسسة التكوين"),
    "workplace": ("Lieu de travail", "Lieu d'exercice", "مكان العمل", "مقر العمل"),
    "cnss_number": ("N° CNSS", "CNSS", "Immatriculation CNSS", "رقم الضمان الاجتماعي"),
    "amo_status": ("AMO", "Statut AMO", "التغطية الصحية"),
    "fiscal_regime": ("Régime fiscal", "النظام الضريبي"),
    "entity_name_fr": ("Raison sociale", "Dénomination", "Nom de la coopérative",
                       "Nom de l'entreprise"),
    "entity_name_ar": ("Raison sociale en arabe", "Dénomination en arabe", "التسمية",
                       "اسم التعاونية", "اسم المقاولة"),
    "ice": ("ICE", "Identifiant commun de l'entreprise", "المعرف الموحد للمقاولة"),
    "rc_court": ("Tribunal", "Tribunal RC", "Tribunal du RC", "المحكمة"),
    "rc_number": ("RC", "N° RC", "Registre de commerce", "N° registre de commerce",
                  "رقم السجل التجاري", "السجل التجاري"),
    "tax_id": ("IF", "N° IF", "Identifiant fiscal", "التعريف الضريبي"),
    "odco_number": ("ODCO", "N° ODCO", "رقم مكتب تنمية التعاون"),
    "members": ("Membres", "Nombre de membres", "Adhérents", "Nombre d'adhérents",
                "عدد الأعضاء", "عدد المنخرطين"),
    "supervisor_number": ("Artisan encadrant", "N° artisan encadrant",
                          "Numéro de l'artisan encadrant", "رقم الحرفي المؤطر"),
    "registered_on": ("Date d'inscription", "Date inscription", "Inscrit le",
                      "تاريخ التسجيل", "تاريخ القيد"),
}  # fmt: skip
"""French and Arabic names of each column, besides its canonical name."""

CATEGORY_LABELS: dict[Category, tuple[str, ...]] = {
    Category.ARTISAN_DIPLOMA: ("Artisan diplômé", "صانع تقليدي حاصل على دبلوم",
                               "Artisan avec diplôme", "Diplômé", "حرفي حاصل على دبلوم",
                               "صانع تقليدي حاصل على شهادة"),
    Category.ARTISAN_EXPERIENCE: ("Artisan par expérience", "صانع تقليدي بالتجربة",
                                  "صانع تقليدي بالخبرة", "حرفي بالتجربة"),
    Category.MASTER_ARTISAN: ("Maître artisan", "معلم حرفي", "Maalem", "Maâlem", "Mâalem",
                              "Maallem", "المعلم الحرفي", "معلم", "الصانع المعلم"),
    Category.COOPERATIVE: ("Coopérative", "تعاونية", "Coopérative artisanale",
                           "تعاونية حرفية", "تعاونية الصناعة التقليدية"),
    Category.ENTERPRISE: ("Entreprise", "مقاولة", "Entreprise artisanale", "مقاولة حرفية",
                          "مقاولة الصناعة التقليدية"),
}  # fmt: skip
"""French and Arabic labels of each category; the first two (French, Arabic) are shown."""

STATUS_LABELS: dict[Status, tuple[str, ...]] = {
    Status.PENDING_REVIEW: ("En attente de validation", "في انتظار المراجعة", "En attente",
                            "قيد المراجعة"),
    Status.RETURNED: ("Renvoyé à l'agent", "أعيد إلى الموظف", "Returned to the clerk",
                      "Renvoyé", "Renvoyée"),
    Status.REGISTERED: ("Immatriculé", "مسجل", "Immatriculée", "Inscrit", "Inscrite", "مسجلة"),
    Status.SUSPENDED: ("Suspendu", "موقوف", "Suspendue", "موقوفة"),
    Status.STRUCK_OFF: ("Radié", "مشطب عليه", "Radiée", "مشطب عليها", "مشطب"),
}  # fmt: skip
"""French and Arabic labels of each status, the first two as the program shows them (the
English labels are the codes, but for "returned")."""

_SEPARATORS = re.compile(r"[\W_]+")


def normalise_label(text: str) -> str:
    """Lower case, no accents, vowel marks, tatweel or punctuation; hamza forms merged."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_SEPARATORS.sub(" ", normalise_arabic_word(bare)).split())


def _index(names: dict[str, tuple[str, ...]]) -> dict[str, str]:
    index: dict[str, str] = {}
    for key, aliases in names.items():
        for alias in (key, *aliases):
            index.setdefault(normalise_label(alias), key)
    return index


_FIELD_BY_LABEL = _index({field: ALIASES.get(field, ()) for field in (*KEPT_FIELDS, *DRAFT_FIELDS)})
_CATEGORY_BY_LABEL = _index({c.value: labels for c, labels in CATEGORY_LABELS.items()})
_STATUS_BY_LABEL = _index({s.value: labels for s, labels in STATUS_LABELS.items()})


def field_for_header(header: str) -> str | None:
    """The canonical field a column header names, if any."""
    return _FIELD_BY_LABEL.get(normalise_label(header))


@lru_cache(maxsize=1024)  # a file repeats a handful of labels on every row
def category_code(text: str) -> str:
    """The canonical code of a category label (the text unchanged when not a known label)."""
    return _CATEGORY_BY_LABEL.get(normalise_label(text), text)


@lru_cache(maxsize=1024)
def status_code(text: str) -> str:
    """The canonical code of a status label (the text unchanged when not a known label)."""
    return _STATUS_BY_LABEL.get(normalise_label(text), text)


@dataclass(frozen=True)
class ColumnMap:
    """Where each field is in the file's rows, and what the file calls it."""

    headers: tuple[str, ...]  # as written in the file
    positions: dict[str, int]  # field -> column index
    ignored: tuple[str, ...]  # headers of columns not read (unknown, or a field seen before)

    def header(self, field: str) -> str:
        """The file's name for ``field`` (its canonical name when the file has no such column)."""
        position = self.positions.get(field)
        return self.headers[position] if position is not None else field

    def missing(self) -> list[str]:
        """Mandatory columns the file lacks (``a name`` when it has none of the four)."""
        return [
            group[0] if len(group) == 1 else "a name (" + " or ".join(group) + ")"
            for group in MANDATORY
            if not any(field in self.positions for field in group)
        ]


def map_columns(headers: Sequence[str]) -> ColumnMap:
    """Match headers to fields; the first column naming a field wins."""
    positions: dict[str, int] = {}
    ignored: list[str] = []
    for position, header in enumerate(headers):
        field = field_for_header(header)
        if field is not None and field not in positions:
            positions[field] = position
        elif header.strip():
            ignored.append(header.strip())
    return ColumnMap(tuple(h.strip() for h in headers), positions, tuple(ignored))
