"""The model workbook of ``hirfa import --template``: the columns, and how to fill them.

The first sheet has one header row with the canonical column names, so that a filled
template imports as it is; columns of codes and numbers are formatted as text, so that
a spreadsheet keeps their leading zeros. The ``notes`` sheet explains each column in
French and Arabic and lists the allowed values: sexes, categories, provinces and the
activities of the list in force.
"""

from __future__ import annotations

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from desktop_app.services.import_columns import CATEGORY_LABELS, MANDATORY, NAME_FIELDS
from desktop_app.services.output_files import OutputFile
from registry.artisan import DRAFT_FIELDS, AmoStatus, FiscalRegime, Workplace
from registry.reference import Geography, Nomenclature

DATES = "JJ/MM/AAAA ou AAAA-MM-JJ, ex. 15/03/1985 — يوم/شهر/سنة"
TEXT_COLUMNS = frozenset(
    {"cin", "phone", "province", "commune", "activity", "cnss_number", "ice", "rc_number",
     "tax_id", "odco_number", "supervisor_number"}
)  # fmt: skip
"""Columns a spreadsheet would otherwise turn into numbers (0612345678 → 612345678)."""

COLUMN_NOTES: dict[str, tuple[str, str, str]] = {
    "cin": ("Numéro de la carte nationale (CIN)", "رقم البطاقة الوطنية للتعريف",
            "1 ou 2 lettres puis 1 à 6 chiffres, ex. AB123456"),
    "last_name_fr": ("Nom, en lettres latines", "النسب بالحروف اللاتينية",
                     "un nom au moins, en latin ou en arabe"),
    "first_name_fr": ("Prénom, en lettres latines", "الاسم الشخصي بالحروف اللاتينية", ""),
    "last_name_ar": ("Nom, en lettres arabes", "النسب بالحروف العربية", ""),
    "first_name_ar": ("Prénom, en lettres arabes", "الاسم الشخصي بالحروف العربية", ""),
    "sex": ("Sexe", "الجنس", "M ou F (H, Homme, Femme, ذكر, أنثى acceptés)"),
    "birth_date": ("Date de naissance", "تاريخ الازدياد", DATES + "; 15 ans au moins"),
    "birth_place": ("Lieu de naissance", "مكان الازدياد", ""),
    "nationality": ("Nationalité", "الجنسية", "code à 2 lettres; MA si vide"),
    "phone": ("Téléphone", "الهاتف", "0612345678 ou +212612345678"),
    "email": ("Adresse électronique", "البريد الإلكتروني", ""),
    "address_fr": ("Adresse, en lettres latines", "العنوان بالحروف اللاتينية", ""),
    "address_ar": ("Adresse, en lettres arabes", "العنوان بالحروف العربية", ""),
    "province": ("Province ou préfecture", "الإقليم أو العمالة",
                 "code à 3 chiffres, voir la liste ci-dessous"),
    "commune": ("Commune", "الجماعة", "code, ex. 01.511.01.03"),
    "category": ("Catégorie", "الفئة", "code ou libellé, voir la liste ci-dessous"),
    "activity": ("Activité", "النشاط", "code, voir la liste ci-dessous"),
    "activity_since": ("Année de début d'activité", "سنة بداية مزاولة النشاط",
                       "AAAA; obligatoire: 3 ans d'expérience (par expérience), 10 (maître)"),
    "diploma": ("Diplôme", "الدبلوم", "obligatoire pour un artisan diplômé"),
    "diploma_school": ("Établissement de formation", "مؤسسة التكوين",
                       "obligatoire pour un artisan diplômé"),
    "workplace": ("Lieu de travail", "مكان مزاولة النشاط", ", ".join(Workplace)),
    "cnss_number": ("N° d'immatriculation CNSS", "رقم التسجيل في الضمان الاجتماعي",
                    "7 à 10 chiffres"),
    "amo_status": ("Assurance maladie obligatoire (AMO)", "التأمين الإجباري الأساسي عن المرض",
                   ", ".join(AmoStatus)),
    "fiscal_regime": ("Régime fiscal", "النظام الضريبي", ", ".join(FiscalRegime)),
    "entity_name_fr": ("Raison sociale (coopérative, entreprise), en lettres latines",
                       "اسم التعاونية أو المقاولة بالحروف اللاتينية",
                       "coopérative et entreprise: en latin ou en arabe"),
    "entity_name_ar": ("Raison sociale (coopérative, entreprise), en lettres arabes",
                       "اسم التعاونية أو المقاولة بالحروف العربية", ""),
    "ice": ("Identifiant commun de l'entreprise (ICE)", "المعرف الموحد للمقاولة",
            "15 chiffres; obligatoire pour une entreprise"),
    "rc_court": ("Tribunal du registre de commerce", "المحكمة (السجل التجاري)",
                 "avec le numéro RC"),
    "rc_number": ("N° du registre de commerce", "رقم السجل التجاري", "1 à 8 chiffres"),
    "tax_id": ("Identifiant fiscal (IF)", "رقم التعريف الضريبي", "6 à 10 chiffres"),
    "odco_number": ("N° ODCO de la coopérative", "رقم التعاونية لدى مكتب تنمية التعاون",
                    "obligatoire pour une coopérative"),
    "members": ("Nombre de membres de la coopérative", "عدد أعضاء التعاونية", "5 au moins"),
    "supervisor_number": ("N° d'inscription de l'artisan qui encadre l'entreprise",
                          "رقم تسجيل الصانع التقليدي المؤطر للمقاولة",
                          "obligatoire pour une entreprise"),
    "registered_on": ("Date d'inscription", "تاريخ التسجيل", DATES + "; aujourd'hui si vide"),
}  # fmt: skip
"""For each column: meaning in French, meaning in Arabic, format and allowed values."""

_BOLD = Font(bold=True)


def _required(field: str) -> str:
    if field in NAME_FIELDS:
        return "un nom / اسم"
    return "oui / نعم" if (field,) in MANDATORY else ""


def write_template(output: OutputFile, geography: Geography, activities: Nomenclature) -> None:
    """Write the empty model workbook for imports to ``output``."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "artisans"
    sheet.append(list(DRAFT_FIELDS))
    for position, field in enumerate(DRAFT_FIELDS, start=1):
        column = sheet.column_dimensions[get_column_letter(position)]
        column.width = max(12, len(field) + 2)
        if field in TEXT_COLUMNS:
            column.number_format = "@"
        sheet.cell(row=1, column=position).font = _BOLD
    sheet.freeze_panes = "A2"

    notes = workbook.create_sheet("notes")

    def section(title: str, *rows: tuple[str, ...]) -> None:
        notes.append([])
        notes.append([title])
        notes.cell(row=notes.max_row, column=1).font = _BOLD
        for row in rows:
            notes.append(list(row))

    notes.append(
        ["Une ligne par artisan dans la feuille « artisans »; ne pas changer la première ligne."]
    )
    notes.append(["سطر لكل صانع تقليدي في ورقة « artisans »؛ لا تغيّر السطر الأول."])
    notes.append([])
    notes.append(["colonne / العمود", "signification", "المعنى", "obligatoire / إلزامي",
                  "format / الصيغة"])  # fmt: skip
    for cell in notes[notes.max_row]:
        cell.font = _BOLD
    for field in DRAFT_FIELDS:
        meaning_fr, meaning_ar, fmt = COLUMN_NOTES[field]
        notes.append([field, meaning_fr, meaning_ar, _required(field), fmt])
    section("Dates — التواريخ", (DATES,))
    section("sex — الجنس", ("M", "Masculin", "ذكر"), ("F", "Féminin", "أنثى"))
    section(
        "category — الفئة",
        *((c.value, labels[0], labels[1]) for c, labels in CATEGORY_LABELS.items()),
    )
    section(
        "province — الإقليم",
        *(
            (p.code, p.name_fr, p.name_ar, geography.regions[p.region_code].name_fr)
            for p in sorted(geography.provinces.values(), key=lambda p: p.code)
        ),
    )
    section(
        f"activity — النشاط ({activities.version})",
        *(
            (a.code, a.name_fr, a.name_ar, activities.branches[a.branch_code].name_fr)
            for a in activities.activities.values()
        ),
    )
    for letter, width in zip("ABCDE", (22, 50, 45, 22, 50), strict=True):
        notes.column_dimensions[letter].width = width
    with output.writing() as temporary:
        workbook.save(temporary)
