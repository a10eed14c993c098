"""Importing artisans from chambers' spreadsheets, through the rules of the form."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]

from desktop_app.messages import FIELD_LABELS
from desktop_app.services import batch
from desktop_app.services.batch import Chunk, register_batch
from desktop_app.services.desk import Desk
from desktop_app.services.import_columns import (
    ALIASES,
    KEPT_FIELDS,
    category_code,
    field_for_header,
    map_columns,
)
from desktop_app.services.import_template import write_template
from desktop_app.services.importing import (
    CHUNK_ROWS,
    ImportSummary,
    default_report_path,
    import_rows,
    open_import,
    report_output,
)
from desktop_app.services.lookup import record_with_history
from desktop_app.services.output_files import checked_output
from desktop_app.services.records import Actor
from desktop_app.services.spreadsheet_cells import (
    Cell,
    activity_text,
    cell_text,
    date_text,
    defuse,
    phone_text,
    zero_padded,
)
from desktop_app.services.spreadsheet_files import FileProblem
from registry.artisan import DRAFT_FIELDS, Category, Status
from tests.factories import TODAY, make_draft
from tests.transfer_files import (
    ALREADY_REGISTERED_CIN,
    generated_rows,
    read_report,
    store_consistency,
    write_chamber_file,
    write_csv,
    write_xlsx,
)


def run_import(desk: Desk, admin: Actor, path: Path, chunk_rows: int = CHUNK_ROWS) -> ImportSummary:
    with open_import(path) as source:
        return import_rows(
            desk, admin, source, report_output(desk.data_dir, path), chunk_rows=chunk_rows
        )


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_chambers_spreadsheet_tried_as_a_new_user_would(
    desk: Desk, admin: Actor, tmp_path: Path, kind: str
) -> None:
    register_batch(desk, admin, Chunk([make_draft(cin=ALREADY_REGISTERED_CIN)]))
    chamber = write_chamber_file(tmp_path, kind, TODAY.year)

    with open_import(chamber.path) as source:
        assert source.notes == ("columns ignored: Observations",)
        summary = import_rows(desk, admin, source, report_output(desk.data_dir, chamber.path))

    assert summary.rows == chamber.data_rows
    assert summary.imported + summary.skipped + summary.rejected == chamber.data_rows
    assert (summary.imported, summary.skipped) == (len(chamber.imported_cins), chamber.skipped)
    assert summary.rejected == len(chamber.rejected_cins)
    assert summary.report == tmp_path / "chambre.report.csv"
    assert summary.report.read_bytes().startswith(b"\xef\xbb\xbf")
    report = read_report(summary.report)
    assert {(int(r["line"]), r["column"], r["code"]) for r in report} == chamber.report
    by_code = {r["code"]: r for r in report}
    assert by_code["phone_invalid"]["value"] == "2.12612E+11"
    assert by_code["phone_invalid"]["reason"].startswith(FIELD_LABELS["phone"] + ": ")
    assert by_code["cin_format"]["value"] == "12345"
    assert by_code["province_unknown"]["value"] == "999"
    assert "1 or 2 letters" in by_code["cin_format"]["reason"]

    ali = record_with_history(desk, "AB100001")
    assert ali.record.fields.phone == "+212612345678"
    assert ali.record.fields.birth_date == date(1985, 3, 15)
    assert [s.action for s in ali.status_history] == ["import"]
    arabic = record_with_history(desk, "AB100002").record.fields
    assert arabic.birth_date == date(1985, 3, 15)  # from the day serial 31121
    assert arabic.phone == "+212612345678"
    assert arabic.category is Category.MASTER_ARTISAN
    assert arabic.activity == "01.01"
    assert arabic.last_name_ar == "العَلَوِي"
    salma = record_with_history(desk, "AB100003").record.fields
    assert (salma.province, salma.birth_date) == ("051", date(1970, 1, 2))
    assert salma.phone == "+212661234567"
    assert salma.category is Category.ARTISAN_DIPLOMA
    omar = record_with_history(desk, "AB100004").record.fields
    assert omar.phone == "+212539321234"
    assert omar.category is Category.MASTER_ARTISAN
    assert omar.activity == "03.02"
    for cin in chamber.imported_cins:
        assert record_with_history(desk, cin).record.status is Status.REGISTERED

    # Nothing of a rejected row was written, and everything of a saved one was.
    with sqlite3.connect(desk.store.path) as connection:
        found = {c for (c,) in connection.execute("SELECT cin FROM artisans")}
    assert found == chamber.imported_cins | {ALREADY_REGISTERED_CIN}
    counts = store_consistency(desk.store.path)
    assert set(counts.values()) == {len(found)}


def test_a_long_file_is_validated_in_worker_processes_with_the_same_outcome(
    desk: Desk, admin: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Workers start once PARALLEL_FROM_ROWS rows were handled here: after the first
    # chunk of four, so most chunks (a person twice among them) go through a worker.
    monkeypatch.setattr(batch, "PARALLEL_FROM_ROWS", 4)
    in_parallel = batch._register_in_parallel
    pools: list[int] = []

    def counted(*args: Any) -> Iterator[list[batch.BatchOutcome]]:
        pools.append(args[-1])
        yield from in_parallel(*args)

    monkeypatch.setattr(batch, "_register_in_parallel", counted)
    register_batch(desk, admin, Chunk([make_draft(cin=ALREADY_REGISTERED_CIN)]))
    chamber = write_chamber_file(tmp_path, "csv", TODAY.year)

    summary = run_import(desk, admin, chamber.path, chunk_rows=4)

    assert pools == [batch.workers_for(4)]
    assert (summary.imported, summary.skipped) == (len(chamber.imported_cins), chamber.skipped)
    assert summary.rejected == len(chamber.rejected_cins)
    assert summary.report is not None
    report = read_report(summary.report)
    assert {(int(r["line"]), r["column"], r["code"]) for r in report} == chamber.report
    with sqlite3.connect(desk.store.path) as connection:
        found = {c for (c,) in connection.execute("SELECT cin FROM artisans")}
    assert found == chamber.imported_cins | {ALREADY_REGISTERED_CIN}
    assert set(store_consistency(desk.store.path).values()) == {len(found)}


def test_running_the_same_file_again_imports_nothing(
    desk: Desk, admin: Actor, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "a.csv", generated_rows(50, bad_every=10))
    first = run_import(desk, admin, path)
    assert (first.imported, first.skipped, first.rejected) == (45, 0, 5)
    before = store_consistency(desk.store.path)

    again = run_import(desk, admin, path)

    assert (again.imported, again.skipped, again.rejected) == (0, 45, 5)
    assert store_consistency(desk.store.path) == before


def test_rows_are_saved_in_chunks_and_a_person_once(
    desk: Desk, admin: Actor, tmp_path: Path
) -> None:
    rows = generated_rows(7)
    rows.insert(5, rows[1])  # the same person again, in a later chunk
    path = write_csv(tmp_path / "a.csv", rows)

    summary = run_import(desk, admin, path, chunk_rows=2)

    assert (summary.imported, summary.skipped, summary.rejected) == (7, 1, 0)
    assert summary.report is None
    assert not default_report_path(path).exists()
    assert set(store_consistency(desk.store.path).values()) == {7}


def test_a_row_with_one_bad_value_leaves_no_trace(desk: Desk, admin: Actor, tmp_path: Path) -> None:
    rows = generated_rows(3)
    rows[2][5] = "06 12"  # a phone number cut short; every other cell is good
    path = write_csv(tmp_path / "a.csv", rows)

    summary = run_import(desk, admin, path)

    assert (summary.imported, summary.rejected) == (2, 1)
    assert summary.report is not None
    assert [
        (r["line"], r["column"], r["code"], r["value"]) for r in read_report(summary.report)
    ] == [("3", "phone", "phone_invalid", "06 12")]
    counts = store_consistency(desk.store.path)
    assert set(counts.values()) == {2}


def test_an_exported_looking_file_with_every_field_imports(
    desk: Desk, admin: Actor, tmp_path: Path
) -> None:
    headers = ["registration_number", "status", *DRAFT_FIELDS]
    values = {name: "" for name in DRAFT_FIELDS} | {
        "cin": "K123456",
        "last_name_fr": "El Amrani",
        "first_name_fr": "Fatima",
        "sex": "F",
        "birth_date": "1980-05-17",
        "nationality": "MA",
        "phone": "0612345678",
        "address_fr": "'=Derb 1",  # defused by an export: the apostrophe is not the value's
        "province": "511",
        "category": "artisan_experience",
        "activity": "01.01",
        "activity_since": "2005",
        "registered_on": "2020-02-03",
    }
    path = write_csv(
        tmp_path / "export.csv",
        [headers, ["04-401-01-20-000001-21", "suspended", *values.values()]],
    )

    with open_import(path) as source:
        assert source.notes == ()
        summary = import_rows(desk, admin, source, report_output(desk.data_dir, path))

    assert summary.imported == 1
    record = record_with_history(desk, "K123456").record
    assert record.registration_number == "04-401-01-20-000001-21"
    assert record.status is Status.SUSPENDED
    fields = record.fields
    assert fields.address_fr == "=Derb 1"
    assert fields.registered_on == date(2020, 2, 3)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("absent.csv", None, "no such file"),
        ("notes.txt", b"cin;nom\n", "not a CSV or XLSX file"),
        ("scan.pdf", b"%PDF-1.4\n", "not a CSV or XLSX file"),
        ("old.xls", b"\xd0\xcf\x11\xe0", "save it as .xlsx or CSV"),
        ("empty.csv", b"", "is empty"),
        ("blank.csv", b"\r\n;;\r\n  \r\n", "no header row"),
        ("binary.csv", b"PK\x03\x04\x00\x00\x14", "not a text file"),
        ("broken.xlsx", b"not a zip at all", "not a readable XLSX workbook"),
        (
            "title.csv",
            b"Liste des artisans 2024\ncin;nom\n",
            "no column for: cin, birth_date",
        ),
    ],
)
def test_a_file_that_cannot_be_read_says_why(
    tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(FileProblem, match=message), open_import(path):
        pass


def test_missing_mandatory_columns_are_all_named(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [["CIN", "Sexe", "Observations"], ["K1", "M", ""]])
    with pytest.raises(FileProblem) as caught, open_import(path):
        pass
    assert "birth_date, province, category, activity, a name (last_name_fr or" in str(caught.value)


def test_comma_separated_csv_without_bom(desk: Desk, admin: Actor, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", generated_rows(3), delimiter=",", encoding="utf-8")
    assert run_import(desk, admin, path).imported == 3


@pytest.mark.parametrize(
    ("encoding", "column", "field", "value"),
    [
        ("cp1256", "النسب", "last_name_ar", "العلوي"),
        ("cp1252", "Prénom", "first_name_fr", "Hélène"),
    ],
)
def test_a_csv_from_an_older_excel_is_read_with_a_warning(
    desk: Desk, admin: Actor, tmp_path: Path, encoding: str, column: str, field: str, value: str
) -> None:
    rows = generated_rows(2)
    header = rows[0]
    if field not in header:
        header.append(field)
        for row in rows[1:]:
            row.append("")
    position = header.index(field)
    header[position] = column
    for row in rows[1:]:
        row[position] = value
    path = write_csv(tmp_path / "old.csv", rows, encoding=encoding)

    with open_import(path) as source:
        assert any("not in UTF-8" in note for note in source.notes)
        summary = import_rows(desk, admin, source, report_output(desk.data_dir, path))

    assert summary.imported == 2
    assert getattr(record_with_history(desk, "K000000").record.fields, field) == value


def test_a_filled_template_imports(desk: Desk, admin: Actor, tmp_path: Path) -> None:
    path = tmp_path / "modele.xlsx"
    write_template(checked_output(desk.data_dir, path), desk.geography, desk.activities.active)
    workbook = load_workbook(path)
    sheet = workbook["artisans"]
    assert [c.value for c in sheet[1]] == list(DRAFT_FIELDS)
    assert sheet.max_row == 1
    notes = {row[0] for row in workbook["notes"].iter_rows(values_only=True) if row}
    assert set(DRAFT_FIELDS) | {"051", "511", "01.01", "artisan_diploma", "M", "F"} <= notes
    row = {"cin": "K7", "last_name_ar": "العلوي", "first_name_ar": "علي", "sex": "M",
           "birth_date": "15/03/1985", "phone": "0612345678", "province": "051",
           "category": "master_artisan", "activity": "01.01", "activity_since": "1999"}  # fmt: skip
    sheet.append([row.get(name) for name in DRAFT_FIELDS])
    workbook.save(path)

    summary = run_import(desk, admin, path)

    assert (summary.imported, summary.rejected) == (1, 0)
    assert record_with_history(desk, "K7").record.fields.province == "051"


def test_an_empty_template_imports_nothing(desk: Desk, admin: Actor, tmp_path: Path) -> None:
    path = tmp_path / "modele.xlsx"
    write_template(checked_output(desk.data_dir, path), desk.geography, desk.activities.active)
    summary = run_import(desk, admin, path)
    assert (summary.rows, summary.imported, summary.report) == (0, 0, None)


def test_xlsx_with_blank_rows_counts_spreadsheet_lines(
    desk: Desk, admin: Actor, tmp_path: Path
) -> None:
    rows: list[Sequence[object]] = [[], generated_rows(1)[0]]  # a blank first row
    good = generated_rows(2)[1:]
    rows += [good[0], [], [*good[1][:6], "999", *good[1][7:]]]
    path = write_xlsx(tmp_path / "a.xlsx", rows)

    summary = run_import(desk, admin, path)

    assert (summary.rows, summary.imported, summary.rejected) == (2, 1, 1)
    assert summary.report is not None
    assert [r["line"] for r in read_report(summary.report)] == ["5"]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        (" N° CIN ", "cin"), ("Nº CIN", "cin"), ("cin", "cin"), ("Numéro CIN", "cin"),
        ("رقم البطاقة الوطنية", "cin"), ("NOM", "last_name_fr"), ("Nom", "last_name_fr"),
        ("Prenom", "first_name_fr"), ("PRÉNOM", "first_name_fr"), ("Last Name FR", "last_name_fr"),
        ("Nom en arabe", "last_name_ar"), ("النسب", "last_name_ar"),
        ("الإسم العائلي", "last_name_ar"), ("الاســم الشخصي", "first_name_ar"),
        ("الاسم", "first_name_ar"), ("Sexe", "sex"), ("الجنس", "sex"),
        ("Date  de   naissance", "birth_date"), ("تاريخ الازدياد", "birth_date"),
        ("Lieu de naissance", "birth_place"), ("مكان الازدياد", "birth_place"),
        ("Téléphone", "phone"), ("Tél.", "phone"), ("GSM", "phone"), ("الهاتف", "phone"),
        ("Province", "province"), ("الإقليم", "province"), ("الاقليم", "province"),
        ("Commune", "commune"), ("الجماعة", "commune"), ("Catégorie", "category"),
        ("الفئة", "category"), ("Activité", "activity"), ("Code activité", "activity"),
        ("النشاط", "activity"), ("Année de début d'activité", "activity_since"),
        ("ANNEE DE DEBUT D’ACTIVITE", "activity_since"), ("سنة بداية النشاط", "activity_since"),
        ("Diplôme", "diploma"), ("الدبلوم", "diploma"), ("Date d'inscription", "registered_on"),
        ("تاريخ التسجيل", "registered_on"), ("Observations", None), ("", None),
    ],
)  # fmt: skip
def test_headers_in_french_and_arabic_name_their_fields(header: str, field: str | None) -> None:
    assert field_for_header(header) == field


def test_every_alias_names_its_own_field() -> None:
    for field, aliases in ALIASES.items():
        assert field in (*KEPT_FIELDS, *DRAFT_FIELDS)
        for alias in aliases:
            assert field_for_header(alias) == field, alias


def test_the_first_column_naming_a_field_wins_and_the_other_is_mentioned() -> None:
    columns = map_columns(["CIN", "Tél", "GSM", "Remarque"])
    assert columns.positions == {"cin": 0, "phone": 1}
    assert columns.ignored == ("GSM", "Remarque")
    assert columns.header("phone") == "Tél"
    assert columns.header("birth_date") == "birth_date"


@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("Artisan diplômé", "artisan_diploma"), ("ARTISAN DIPLOME", "artisan_diploma"),
        ("Artisan par expérience", "artisan_experience"), ("Maître artisan", "master_artisan"),
        ("Maalem", "master_artisan"), ("Maâlem", "master_artisan"),
        ("معلم حرفي", "master_artisan"), ("Coopérative", "cooperative"),
        ("تعاونية", "cooperative"), ("Entreprise", "enterprise"), ("مقاولة", "enterprise"),
        ("master_artisan", "master_artisan"), ("autre", "autre"),
    ],
)  # fmt: skip
def test_category_labels_become_codes(label: str, code: str) -> None:
    assert category_code(label) == code


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        (612345678, "0612345678"), (612345678.0, "0612345678"), ("612345678.0", "0612345678"),
        (539321234, "0539321234"), (212612345678, "212612345678"),
        ("+212 6 12 34 56 78", "+212 6 12 34 56 78"), ("2.12612E+11", "2.12612E+11"),
        ("0612345678", "0612345678"), (None, ""),
    ],
)  # fmt: skip
def test_phone_cells_get_back_their_leading_zero(cell: Cell, text: str) -> None:
    assert phone_text(cell) == text


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        (datetime(1985, 3, 15), "1985-03-15"), (date(1985, 3, 15), "1985-03-15"),
        ("1985-03-15 00:00:00", "1985-03-15"), ("15/03/1985 10:30", "15/03/1985"),
        (31121, "1985-03-15"), (31121.0, "1985-03-15"), ("31121", "1985-03-15"),
        ("1985", "1985"), ("15/03/1985", "15/03/1985"), ("", ""),
    ],
)  # fmt: skip
def test_date_cells_as_spreadsheets_write_them(cell: Cell, text: str) -> None:
    assert date_text(cell) == text


def test_codes_that_became_numbers_are_restored() -> None:
    assert zero_padded(51, 3) == zero_padded("51", 3) == "051"
    assert zero_padded("5a", 3) == "5a"
    assert zero_padded(1525893000056, 15) == "001525893000056"
    known = {"01.01", "01.10", "13.05"}
    assert activity_text(1.01, known) == "01.01"
    assert activity_text(1.1, known) == "01.10"
    assert activity_text("13.05", known) == "13.05"
    assert activity_text(99.99, known) == "99.99"


@pytest.mark.parametrize("text", ["=1+2", "+212612345678", "-3", "@SUM(A1)", "\tx", "\rx"])
def test_formula_like_text_is_defused_and_read_back(text: str) -> None:
    assert defuse(text) == "'" + text
    assert cell_text(defuse(text)) == text.strip()


def test_an_apostrophe_of_the_value_itself_stays() -> None:
    assert defuse("O'Neil") == "O'Neil"
    assert cell_text("'Ali") == "'Ali"
