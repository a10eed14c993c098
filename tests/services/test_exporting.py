"""Exporting the register: files that open safely in a spreadsheet and import again."""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from stdnum.ma import ice as stdnum_ice

from desktop_app.services.batch import BatchOutcome, Chunk, register_batch
from desktop_app.services.desk import Desk, init_office
from desktop_app.services.exporting import EXPORT_COLUMNS, export_artisans
from desktop_app.services.importing import import_rows, open_import, report_output
from desktop_app.services.lookup import record_with_history
from desktop_app.services.output_files import checked_output
from desktop_app.services.records import Actor
from desktop_app.services.search import SearchFilters, SearchQuery
from desktop_app.services.spreadsheet_files import FileProblem
from registry.artisan import DRAFT_FIELDS, ArtisanDraft, Category, Sex, Status, draft_from_fields
from tests.conftest import ADMIN_PASSWORD, FixedClock
from tests.factories import make_draft

BASE = "0015258930000"
ICE = next(ice for n in range(100) if stdnum_ice.is_valid(ice := f"{BASE}{n:02d}"))
FORMULA_LIKE = {
    "address_fr": '=HYPERLINK("http://example.com","x")',
    "birth_place": "@SUM(A1)",
    "address_ar": "-حي النور",
    "phone": "+33612345678",
}


def save(
    desk: Desk, admin: Actor, drafts: list[ArtisanDraft], status: Status = Status.REGISTERED
) -> list[BatchOutcome]:
    return register_batch(desk, admin, Chunk(drafts, status))


def varied_drafts() -> list[ArtisanDraft]:
    return [
        make_draft(cin="K1"),
        make_draft(
            cin="K2", sex="M", first_name_fr="Omar", first_name_ar="عمر", province="571",
            category="master_artisan", activity="03.02", activity_since="1990",
            email="omar@example.ma", registered_on="2024-06-01", **FORMULA_LIKE,
        ),
        make_draft(
            cin="K3", last_name_fr="", first_name_fr="", category="artisan_diploma",
            activity_since="", diploma="Diplôme de qualification", diploma_school="ISTA Tanger",
            cnss_number="1234567", workplace="home", amo_status="enrolled", fiscal_regime="cpu",
            registered_on="2025-01-10", commune="",
        ),
        make_draft(
            cin="K4", category="cooperative", entity_name_fr="Coopérative Nour",
            entity_name_ar="تعاونية النور", odco_number="12345", members="12", ice=ICE,
            rc_court="Tanger", rc_number="4321", tax_id="1234567", activity_since="",
        ),
    ]  # fmt: skip


@pytest.fixture
def fresh_desk(tmp_path: Path, clock: FixedClock) -> Iterator[Desk]:
    opened = init_office(
        tmp_path / "fresh",
        region="01",
        office="511",
        office_name="Tanger",
        admin_username="admin",
        admin_password=ADMIN_PASSWORD,
        clock=clock,
    )
    yield opened
    opened.close()


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def exported_cins(desk: Desk, path: Path, query: SearchQuery) -> set[str]:
    export_artisans(desk, checked_output(desk.data_dir, path, replace=True), query)
    return {row["cin"] for row in read_csv(path)}


def drafts_by_cin(desk: Desk, cins: set[str]) -> dict[str, ArtisanDraft]:
    return {c: draft_from_fields(record_with_history(desk, c).record.fields) for c in cins}


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_an_export_imported_into_a_fresh_store_recreates_the_same_people(
    desk: Desk, fresh_desk: Desk, admin: Actor, tmp_path: Path, kind: str
) -> None:
    saved = save(desk, admin, varied_drafts())
    save(desk, admin, [make_draft(cin="K5")], Status.PENDING_REVIEW)
    assert all(o.record for o in saved)
    path = tmp_path / f"registre.{kind}"

    summary = export_artisans(desk, checked_output(desk.data_dir, path, replace=True))

    assert summary.rows == 5
    with open_import(path) as source:
        imported = import_rows(fresh_desk, admin, source, report_output(fresh_desk.data_dir, path))
    assert (imported.imported, imported.rejected) == (5, 0)
    cins = {"K1", "K2", "K3", "K4", "K5"}
    assert drafts_by_cin(fresh_desk, cins) == drafts_by_cin(desk, cins)

    with open_import(path) as source:
        again = import_rows(desk, admin, source, report_output(desk.data_dir, path))
    assert (again.imported, again.skipped, again.rejected) == (0, 5, 0)


def test_csv_cells_never_start_a_formula(desk: Desk, admin: Actor, tmp_path: Path) -> None:
    save(desk, admin, varied_drafts())
    path = tmp_path / "registre.csv"
    export_artisans(desk, checked_output(desk.data_dir, path, replace=True))

    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == list(EXPORT_COLUMNS)
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for cell in r)
    omar = dict(zip(rows[0], rows[2], strict=True))
    for field, value in FORMULA_LIKE.items():
        assert omar[field] == "'" + value
    fatima = dict(zip(rows[0], rows[1], strict=True))
    assert fatima["phone"] == "0612345678"
    assert fatima["registration_number"].startswith("01-511-01-26-")
    assert fatima["status"] == "registered"


def test_xlsx_cells_hold_formula_like_text_as_text(
    desk: Desk, admin: Actor, tmp_path: Path
) -> None:
    save(desk, admin, varied_drafts())
    path = tmp_path / "registre.xlsx"
    export_artisans(desk, checked_output(desk.data_dir, path, replace=True))

    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert sheets and all(b"<f>" not in archive.read(n) for n in sheets)
    sheet = load_workbook(path).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header == list(EXPORT_COLUMNS)
    omar = {name: cell for name, cell in zip(header, sheet[3], strict=True)}
    for field, value in FORMULA_LIKE.items():
        assert (omar[field].value, omar[field].data_type) == (value, "s")
    assert sheet.cell(row=2, column=header.index("phone") + 1).value == "0612345678"


def test_filters_choose_the_rows(desk: Desk, admin: Actor, tmp_path: Path) -> None:
    a1 = make_draft(cin="A1", province="511", sex="F", registered_on="2024-01-15")
    b2 = make_draft(
        cin="B2", province="571", sex="M", category="master_artisan", activity="03.02",
        activity_since="1990", last_name_fr="Berrada", registered_on="2025-06-01",
    )  # fmt: skip
    c3 = make_draft(
        cin="C3", province="113", sex="F", category="artisan_diploma", activity="02.01",
        diploma="Diplôme", diploma_school="ISTA", registered_on="2026-02-01",
    )  # fmt: skip
    save(desk, admin, [a1, c3])
    save(desk, admin, [b2], Status.PENDING_REVIEW)
    path = tmp_path / "part.csv"

    def cins(**filters: object) -> set[str]:
        text = str(filters.pop("text", ""))
        return exported_cins(desk, path, SearchQuery(text, SearchFilters(**filters)))  # type: ignore[arg-type]

    assert cins() == {"A1", "B2", "C3"}
    assert cins(region="02") == {"C3"}
    assert cins(province="571") == {"B2"}
    assert cins(branch="03") == {"B2"}
    assert cins(activity="01.01") == {"A1"}
    assert cins(category=Category.MASTER_ARTISAN) == {"B2"}
    assert cins(status=Status.PENDING_REVIEW) == {"B2"}
    assert cins(sex=Sex.FEMALE) == {"A1", "C3"}
    assert cins(registered_from=date(2025, 1, 1)) == {"B2", "C3"}
    assert cins(registered_to=date(2024, 12, 31)) == {"A1"}
    assert cins(text="berada") == {"B2"}
    assert cins(text="nobody") == set()


def test_many_pages_are_written_once_each_in_registration_order(
    desk: Desk, admin: Actor, tmp_path: Path
) -> None:
    save(desk, admin, [make_draft(cin=f"K{i}") for i in range(1_234)])
    path = tmp_path / "all.csv"
    calls: list[tuple[int, int]] = []

    summary = export_artisans(
        desk,
        checked_output(desk.data_dir, path, replace=True),
        progress=lambda done, total: calls.append((done, total)),
    )

    rows = read_csv(path)
    assert summary.rows == len(rows) == 1_234
    assert [r["cin"] for r in rows] == [f"K{i}" for i in range(1_234)]
    assert calls[-1] == (1_234, 1_234) and len(calls) > 1


def test_an_export_that_fails_leaves_no_file(desk: Desk, admin: Actor, tmp_path: Path) -> None:
    save(desk, admin, [make_draft(cin="K1")])
    path = tmp_path / "all.xlsx"

    def fail(done: int, total: int) -> None:
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        export_artisans(desk, checked_output(desk.data_dir, path, replace=True), progress=fail)
    assert list(tmp_path.iterdir()) == [tmp_path / "office"]


def test_too_many_rows_for_a_sheet_or_a_bad_extension_is_refused(
    desk: Desk, admin: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save(desk, admin, [make_draft(cin=f"K{i}") for i in range(3)])
    monkeypatch.setattr("desktop_app.services.exporting.XLSX_MAX_ROWS", 3)
    with pytest.raises(FileProblem, match="export to a .csv file"):
        export_artisans(desk, checked_output(desk.data_dir, tmp_path / "all.xlsx", replace=True))
    with pytest.raises(FileProblem, match="must end in .csv or .xlsx"):
        export_artisans(desk, checked_output(desk.data_dir, tmp_path / "all.ods", replace=True))
    assert (
        export_artisans(
            desk, checked_output(desk.data_dir, tmp_path / "all.csv", replace=True)
        ).rows
        == 3
    )


def test_every_draft_field_is_a_column() -> None:
    assert EXPORT_COLUMNS == ("registration_number", "status", *DRAFT_FIELDS)
