"""Files for the import and export tests: written as chambers' spreadsheets write them,
read back as text; and a register of every kind of record, to export."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook  # type: ignore[import-untyped]
from stdnum.ma import ice as stdnum_ice

from desktop_app.services.desk import Desk
from desktop_app.services.records import Actor, ArtisanRecord
from desktop_app.services.registration import register_artisan
from desktop_app.services.spreadsheet_cells import cell_text
from desktop_app.services.spreadsheet_files import open_table
from desktop_app.services.status import change_status
from registry.artisan import ArtisanDraft
from registry.workflow import Action
from tests.factories import make_draft

CHAMBER_HEADERS = [
    " N° CIN ", "Nom ", " Prénom", "النسب", "الاسم", "Sexe", "Date de naissance",
    "Lieu de naissance", "Tél", "Province", "Catégorie", "Activité",
    "Année de début d'activité", "Diplôme", "Établissement", "Observations",
]  # fmt: skip

ALREADY_REGISTERED_CIN = "ZZ1000"


@dataclass(frozen=True)
class ChamberFile:
    path: Path
    data_rows: int
    imported_cins: frozenset[str]
    skipped: int
    rejected_cins: frozenset[str]
    report: frozenset[tuple[int, str, str]]  # (line, column as in the file, code)


def _row(cin: str, **cells: str) -> list[str]:
    """A good row of an artisan by experience in Tanger, with some cells replaced."""
    row = {
        "cin": cin, "nom": "Tazi", "prenom": "Karim", "nom_ar": "", "prenom_ar": "",
        "sexe": "M", "naissance": "15/03/1985", "lieu": "Tanger", "tel": "0612345678",
        "province": "511", "categorie": "Artisan par expérience", "activite": "01.01",
        "depuis": "2005", "diplome": "", "etablissement": "", "obs": "",
    }  # fmt: skip
    row.update(cells)
    return list(row.values())


def chamber_rows(this_year: int) -> tuple[list[list[str]], ChamberFile]:
    """The rows of a chamber's spreadsheet as its CSV holds them, and what importing gives."""
    rows = [
        _row("AB100001", nom="Alami", prenom="Ali", naissance="15/03/1985", tel="612345678"),
        _row("AB100002", nom="", prenom="", nom_ar="العَلَوِي", prenom_ar="مـحـمـد",
             sexe="ذكر", naissance="31121", tel="+212 6 12 34 56 78", province="571",
             categorie="Maâlem", activite="1.01", depuis="1995"),
        _row("AB100003", nom="Benali", prenom="Salma", nom_ar="بنعلي", prenom_ar="سلمى",
             sexe="F", naissance="1970-01-02 00:00:00", tel="00212 661234567",
             province="51", categorie="Artisan diplômé", activite="02.01", depuis="",
             diplome="Diplôme de qualification", etablissement="ISTA Tanger"),
        [""] * len(CHAMBER_HEADERS),
        _row("ab 100004", nom="Idrissi", prenom="Omar", sexe="h", naissance="01/12/1979",
             tel="0539321234", categorie="معلم حرفي", activite="03.02", depuis="1998"),
        _row("AB100001", nom="Alami", prenom="Ali", obs="saisi deux fois"),
        _row(ALREADY_REGISTERED_CIN),
        _row("12345"),
        _row("AB100009", naissance="01/01/2099"),
        _row("AB100010", province="999"),
        _row("AB100011", activite="99.99"),
        _row("AB100012", naissance=f"01/01/{this_year - 10}", depuis=str(this_year - 5)),
        _row("AB100013", nom="", prenom=""),
        _row("AB100014", tel="2.12612E+11"),
        _row("AB100015", depuis=str(this_year - 1)),
    ]  # fmt: skip
    expected = ChamberFile(
        path=Path(),
        data_rows=14,
        imported_cins=frozenset({"AB100001", "AB100002", "AB100003", "AB100004"}),
        skipped=2,
        rejected_cins=frozenset(f"AB1000{n}" for n in range(9, 16)) | {"12345"},
        report=frozenset(
            {
                (9, "N° CIN", "cin_format"),
                (10, "Date de naissance", "date_in_future"),
                (11, "Province", "province_unknown"),
                (12, "Activité", "activity_unknown"),
                (13, "Date de naissance", "age_too_low"),
                (14, "Nom", "name_missing"),
                (14, "Prénom", "name_missing"),
                (14, "النسب", "name_missing"),
                (14, "الاسم", "name_missing"),
                (15, "Tél", "phone_invalid"),
                (16, "Année de début d'activité", "experience_too_short"),
            }
        ),
    )
    return rows, expected


def _as_spreadsheet_cell(header: str, text: str) -> object:
    """What an XLSX holds for a cell a clerk typed: numbers and dates, not text."""
    if not text:
        return None
    header = header.strip()
    if header == "Date de naissance" and text.count("/") == 2:
        day, month, year = (int(part) for part in text.split("/"))
        return datetime(year, month, day)
    if header in ("Date de naissance", "Province", "Année de début d'activité") and text.isdigit():
        return int(text)
    if header == "Tél" and text.isdigit():
        return float(text)  # 0539321234 → 539123456.0: the leading zero is lost
    if header == "Activité" and text.replace(".", "", 1).isdigit():
        return float(text)  # 01.01 → 1.01
    return text


def write_chamber_file(directory: Path, kind: str, this_year: int) -> ChamberFile:
    rows, expected = chamber_rows(this_year)
    path = directory / f"chambre.{kind}"
    if kind == "csv":
        write_csv(path, [CHAMBER_HEADERS, *rows])
    else:
        typed = [[_as_spreadsheet_cell(h, c) for h, c in zip(CHAMBER_HEADERS, row, strict=True)]
                 for row in rows]  # fmt: skip
        write_xlsx(path, [CHAMBER_HEADERS, *typed])
    return ChamberFile(
        path, expected.data_rows, expected.imported_cins, expected.skipped,
        expected.rejected_cins, expected.report,
    )  # fmt: skip


def write_csv(
    path: Path, rows: Sequence[Sequence[str]], *, delimiter: str = ";", encoding: str = "utf-8-sig"
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def read_report(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def generated_rows(count: int, *, bad_every: int = 0) -> list[list[str]]:
    """``count`` rows in canonical columns; every ``bad_every``-th has an unknown province."""
    first = ["Mohamed", "Fatima", "Ahmed", "Khadija", "Youssef", "Amina", "Said", "Naima"]
    last = ["Alaoui", "Bennani", "Tazi", "Idrissi", "Berrada", "Fassi", "Chraibi", "Amrani"]
    provinces = ["511", "571", "573", "227", "331", "151", "051", "405"]
    rows = [
        ["cin", "last_name_fr", "first_name_fr", "sex", "birth_date", "phone", "province",
         "category", "activity", "activity_since"],
    ]  # fmt: skip
    for i in range(count):
        bad = bad_every and i % bad_every == bad_every - 1
        rows.append(
            [
                f"K{i:06d}",
                last[i % len(last)],
                first[i // len(last) % len(first)],
                "MF"[i % 2],
                f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1950 + i % 50}",
                f"06{i % 100_000_000:08d}",
                "999" if bad else provinces[i % len(provinces)],
                "artisan_experience",
                "01.01",
                "2010",
            ]
        )
    return rows


def store_consistency(db: Path) -> dict[str, int]:
    """Counts that must all equal the number of artisans in a consistent store."""
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)

        def one(sql: str) -> int:
            return int(connection.execute(sql).fetchone()[0])

        return {
            "artisans": one("SELECT COUNT(*) FROM artisans"),
            "distinct CINs": one("SELECT COUNT(DISTINCT cin) FROM artisans"),
            "indexed": one(
                "SELECT COUNT(*) FROM artisans WHERE pk IN (SELECT rowid FROM artisan_fts)"
            ),
            "index rows": one("SELECT COUNT(*) FROM artisan_fts"),
            "with status entry": one(
                "SELECT COUNT(*) FROM artisans WHERE pk IN (SELECT artisan_pk FROM status_changes)"
            ),
            "status entries": one("SELECT COUNT(*) FROM status_changes"),
            "with audit entry": one(
                "SELECT COUNT(*) FROM artisans WHERE id IN "
                "(SELECT entity_id FROM audit_log WHERE entity = 'artisan')"
            ),
            "audit entries": one("SELECT COUNT(*) FROM audit_log WHERE entity = 'artisan'"),
            "with outbox entry": one(
                "SELECT COUNT(*) FROM artisans WHERE id IN "
                "(SELECT entity_id FROM outbox WHERE entity = 'artisan')"
            ),
            "outbox entries": one("SELECT COUNT(*) FROM outbox WHERE entity = 'artisan'"),
        }


def valid_ice(base: str) -> str:
    return next(ice for n in range(100) if stdnum_ice.is_valid(ice := f"{base}{n:02d}"))


def read_rows(path: Path) -> list[list[str]]:
    """The header and every row of a CSV or XLSX, as text."""
    with open_table(path) as table:
        return [list(table.headers)] + [[cell_text(c) for c in cells] for _, cells in table.rows]


@dataclass(frozen=True)
class Register:
    """A register made through the services, one record of every kind the desk holds."""

    records: dict[str, ArtisanRecord]  # by role in the test

    def number(self, name: str) -> str:
        return self.records[name].registration_number


def build_register(desk: Desk, clerk: Actor, supervisor: Actor) -> Register:
    records: dict[str, ArtisanRecord] = {}

    def act(name: str, action: Action, reason: str = "") -> None:
        record = records[name]
        records[name] = change_status(desk, supervisor, record.id, action, reason, record.version)

    def register(name: str, draft: ArtisanDraft, *actions: tuple[Action, str]) -> None:
        records[name] = register_artisan(desk, clerk, draft).record
        for action, reason in actions:
            act(name, action, reason)

    approve = (Action.APPROVE, "")
    register("experience", make_draft(cin="AB100001"), approve)
    register(
        "master",
        make_draft(
            cin="AB100002", last_name_fr="", first_name_fr="", last_name_ar="العلوي",
            first_name_ar="محمد", sex="M", category="master_artisan", activity="03.02",
            activity_since="1990", province="571",
        ),
        approve,
    )  # fmt: skip
    register(
        "pending",
        make_draft(
            cin="AB100003", last_name_fr="Benali", first_name_fr="Salma", last_name_ar="بنعلي",
            first_name_ar="سلمى", category="artisan_diploma", activity="02.01",
            activity_since="", diploma="Diplôme de qualification", diploma_school="ISTA Tanger",
        ),
    )  # fmt: skip
    register(
        "returned",
        make_draft(cin="AB100004", last_name_fr="Idrissi", first_name_fr="Omar", sex="M",
                   last_name_ar="الإدريسي", first_name_ar="عمر"),
        (Action.RETURN, "photo missing"),
    )  # fmt: skip
    register(
        "suspended",
        make_draft(cin="AB100005", last_name_fr="Tazi", first_name_fr="Karim", sex="M",
                   last_name_ar="التازي", first_name_ar="كريم", email="karim@example.ma"),
        approve,
    )  # fmt: skip
    register(
        "struck_off",
        make_draft(cin="AB100006", last_name_fr="Berrada", first_name_fr="Naïma",
                   last_name_ar="برادة", first_name_ar="نعيمة", phone="0661234567"),
        approve,
        (Action.STRIKE_OFF, "ceased"),
    )  # fmt: skip
    register(
        "again",  # the same person, registered again after being struck off
        make_draft(cin="AB100006", last_name_fr="Berrada", first_name_fr="Naïma",
                   last_name_ar="برادة", first_name_ar="نعيمة", activity="03.02",
                   activity_since="2001"),
        approve,
    )  # fmt: skip
    register(
        "cooperative",
        make_draft(
            cin="AB100007", category="cooperative", entity_name_fr="Coopérative Nour",
            entity_name_ar="تعاونية النور", odco_number="12345", members="12",
            ice=valid_ice("0015258930000"), rc_court="Tanger", rc_number="4321",
            tax_id="1234567", activity_since="",
        ),
        approve,
    )  # fmt: skip
    register(
        "enterprise",
        make_draft(
            cin="AB100008", category="enterprise", entity_name_fr="Zellige d'Art",
            entity_name_ar="مقاولة الزليج", ice=valid_ice("0015258930001"), rc_court="Tanger",
            rc_number="98765", tax_id="7654321", activity_since="",
            supervisor_number=records["experience"].registration_number,
        ),
        approve,
    )  # fmt: skip
    register(
        "enterprise_of_suspended",
        make_draft(
            cin="AB100009", category="enterprise", entity_name_fr="Cuir Tazi",
            ice=valid_ice("0015258930002"), activity_since="",
            supervisor_number=records["suspended"].registration_number,
        ),
        approve,
    )  # fmt: skip
    # Suspended after the enterprise they supervise was registered.
    act("suspended", Action.SUSPEND, "unpaid fees")
    return Register(records)
