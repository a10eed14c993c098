"""Export → import: a register moved to another desk keeps what its records are (issue 8).

The numbers and statuses an export writes are kept by an import, or the row is refused
with the column named; nothing is renumbered, so supervising artisans stay designated.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import desktop_app.i18n
from desktop_app.messages import CHOICE_LABELS
from desktop_app.services import batch
from desktop_app.services.desk import Desk, init_office
from desktop_app.services.exporting import EXPORT_COLUMNS, export_artisans
from desktop_app.services.import_columns import STATUS_LABELS, field_for_header, status_code
from desktop_app.services.importing import (
    CHUNK_ROWS,
    ImportSummary,
    import_rows,
    open_import,
    report_output,
)
from desktop_app.services.lookup import find_record, record_with_history
from desktop_app.services.output_files import checked_output
from desktop_app.services.records import Actor
from desktop_app.services.registration import register_artisan
from registry.artisan import Category, Status
from registry.numbering import RegistrationNumber
from registry.workflow import Role
from tests.conftest import ADMIN_PASSWORD, FixedClock
from tests.factories import make_draft
from tests.transfer_files import (
    Register,
    build_register,
    read_report,
    read_rows,
    store_consistency,
    write_csv,
)

OTHER_OFFICE = Actor("chef301", Role.ADMINISTRATOR)


def make_desk(directory: Path, clock: FixedClock, region: str, office: str) -> Desk:
    return init_office(
        directory,
        region=region,
        office=office,
        office_name=f"Office {office}",
        admin_username="admin",
        admin_password=ADMIN_PASSWORD,
        clock=clock,
    )


@pytest.fixture
def other_desk(tmp_path: Path, clock: FixedClock) -> Iterator[Desk]:
    """A store of another office (03-301), in another folder."""
    opened = make_desk(tmp_path / "office-301", clock, "03", "301")
    yield opened
    opened.close()


@pytest.fixture
def same_desk_again(tmp_path: Path, clock: FixedClock) -> Iterator[Desk]:
    """A new store with the identity of ``desk`` (01-511, device 01): the desk reinstalled."""
    opened = make_desk(tmp_path / "reinstalled", clock, "01", "511")
    yield opened
    opened.close()


def export_to(desk: Desk, path: Path) -> Path:
    export_artisans(desk, checked_output(desk.data_dir, path, replace=True))
    return path


def import_file(
    desk: Desk,
    actor: Actor,
    path: Path,
    *,
    chunk_rows: int = CHUNK_ROWS,
    workers: int | None = None,
) -> ImportSummary:
    with open_import(path) as source:
        report = report_output(desk.data_dir, path, replace=True)
        return import_rows(desk, actor, source, report, chunk_rows=chunk_rows, workers=workers)


def by_column(rows: list[list[str]]) -> list[dict[str, str]]:
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


@pytest.fixture
def register(desk: Desk, clerk: Actor, supervisor: Actor) -> Register:
    return build_register(desk, clerk, supervisor)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_register_moved_to_another_office_keeps_every_record_as_it_was(
    desk: Desk, other_desk: Desk, register: Register, tmp_path: Path, kind: str
) -> None:
    records = register.records
    assert {r.status for r in records.values()} == set(Status)
    assert {r.fields.category for r in records.values()} == set(Category)
    exported = export_to(desk, tmp_path / f"registre.{kind}")

    summary = import_file(other_desk, OTHER_OFFICE, exported)

    assert (summary.imported, summary.skipped, summary.rejected) == (len(records), 0, 0)
    assert summary.report is None
    # Field by field, every column of every record: the other office exports the same file.
    again = read_rows(export_to(other_desk, tmp_path / f"again.{kind}"))
    original = read_rows(exported)
    assert original[0] == list(EXPORT_COLUMNS)
    assert len(original) == len(records) + 1
    for before, after in zip(original, again, strict=True):
        assert after == before
    for name, record in records.items():
        moved = record_with_history(other_desk, record.registration_number)
        assert moved.record.status is record.status, name
        assert moved.record.fields == record.fields, name
        assert (moved.record.owner_office, moved.record.created_by) == ("03301", "chef301")
        assert [(s.action, s.from_status, s.to_status, s.reason) for s in moved.status_history] == [
            ("import", None, record.status, "")
        ]
    for enterprise, supervising in (
        ("enterprise", "experience"),
        ("enterprise_of_suspended", "suspended"),
    ):
        number = find_record(other_desk, register.number(enterprise)).fields.supervisor_number
        assert number == register.number(supervising)
        assert find_record(other_desk, number).fields.cin == records[supervising].fields.cin
    # The person struck off and registered again is the two records they were.
    twice = [r for r in by_column(again) if r["cin"] == "AB100006"]
    assert [r["status"] for r in twice] == ["struck_off", "registered"]
    counts = store_consistency(other_desk.store.path)
    assert counts.pop("distinct CINs") == len(records) - 1
    assert set(counts.values()) == {len(records)}

    again_here = import_file(desk, OTHER_OFFICE, exported)
    assert (again_here.imported, again_here.skipped, again_here.rejected) == (0, len(records), 0)
    again_there = import_file(other_desk, OTHER_OFFICE, exported)
    assert (again_there.imported, again_there.skipped) == (0, len(records))
    assert store_consistency(other_desk.store.path) == counts | {"distinct CINs": len(records) - 1}


def test_the_parallel_path_keeps_numbers_as_the_inline_one(
    desk: Desk,
    register: Register,
    tmp_path: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    exported = export_to(desk, tmp_path / "registre.csv")
    inline_desk = make_desk(tmp_path / "inline", clock, "03", "301")
    parallel_desk = make_desk(tmp_path / "parallel", clock, "03", "301")
    # Chunks of three: the enterprises meet their supervising artisans in earlier chunks
    # and in their own; workers start after the first chunk.
    monkeypatch.setattr(batch, "PARALLEL_FROM_ROWS", 3)
    in_parallel = batch._register_in_parallel
    pools: list[int] = []

    def counted(*args: Any) -> Iterator[list[batch.BatchOutcome]]:
        pools.append(args[-1])
        yield from in_parallel(*args)

    monkeypatch.setattr(batch, "_register_in_parallel", counted)
    try:
        inline = import_file(inline_desk, OTHER_OFFICE, exported, chunk_rows=3, workers=0)
        assert pools == []
        parallel = import_file(parallel_desk, OTHER_OFFICE, exported, chunk_rows=3)
        assert pools == [batch.workers_for(3)]

        assert (inline.imported, inline.rejected) == (len(register.records), 0)
        assert parallel == inline
        from_inline = read_rows(export_to(inline_desk, tmp_path / "inline.csv"))
        from_parallel = read_rows(export_to(parallel_desk, tmp_path / "parallel.csv"))
        assert from_parallel == from_inline == read_rows(exported)
    finally:
        inline_desk.close()
        parallel_desk.close()


def test_an_enterprise_finds_its_supervisor_earlier_in_the_same_chunk_only(
    desk: Desk, other_desk: Desk, register: Register, tmp_path: Path
) -> None:
    rows = read_rows(export_to(desk, tmp_path / "registre.csv"))
    header, body = rows[0], rows[1:]
    number = header.index("registration_number")
    enterprise = next(r for r in body if r[number] == register.number("enterprise"))
    artisan = next(r for r in body if r[number] == register.number("experience"))
    path = write_csv(tmp_path / "two.csv", [header, enterprise, artisan])

    first = import_file(other_desk, OTHER_OFFICE, path)

    assert (first.imported, first.rejected) == (1, 1)
    assert first.report is not None
    assert [(r["line"], r["column"], r["code"]) for r in read_report(first.report)] == [
        ("2", "supervisor_number", "supervisor_unknown")
    ]
    second = import_file(other_desk, OTHER_OFFICE, path)  # the artisan is in the register now
    assert (second.imported, second.skipped, second.rejected) == (1, 1, 0)


def test_numbers_and_statuses_that_cannot_be_kept_are_refused_with_their_column(
    desk: Desk, other_desk: Desk, register: Register, tmp_path: Path
) -> None:
    exported = export_to(desk, tmp_path / "registre.csv")
    import_file(other_desk, OTHER_OFFICE, exported)
    taken = register.number("master")  # AB100002's number, in the register now
    good = str(RegistrationNumber("04", "401", "01", 2025, 7))
    mistyped = good[:-1] + str((int(good[-1]) + 1) % 10)
    header = ["N° d'immatriculation", "Statut", "N° CIN", "Nom", "Prénom", "Sexe",
              "Date de naissance", "Province", "Catégorie", "Activité",
              "Année de début d'activité"]  # fmt: skip

    def row(number: str, status: str, cin: str) -> list[str]:
        return [number, status, cin, "Alami", "Ali", "M", "15/03/1985", "511",
                "Artisan par expérience", "01.01", "2005"]  # fmt: skip

    rows = [
        header,
        row(mistyped, "", "AC1"),  # a digit wrong
        row("01-511-01-26-12", "Radié", "AC2"),  # cut short
        row(taken, "", "AC3"),  # held by AB100002
        row(str(RegistrationNumber("04", "401", "01", 2025, 8)), "Actif", "AC4"),
        row(good, "Radié", "AC5"),
        row(str(RegistrationNumber("04", "401", "01", 2025, 9)), "موقوف", "AC6"),
        row("", "En attente de validation", "AC7"),  # no number: a new one, pending
        row(taken, "registered", "AB100002"),  # the same record: already here
    ]
    path = write_csv(tmp_path / "chambre.csv", rows)

    summary = import_file(other_desk, OTHER_OFFICE, path)

    assert (summary.imported, summary.skipped, summary.rejected) == (3, 1, 4)
    assert summary.report is not None
    assert [
        (r["line"], r["column"], r["code"], r["value"]) for r in read_report(summary.report)
    ] == [
        ("2", "N° d'immatriculation", "registration_number_invalid", mistyped),
        ("3", "N° d'immatriculation", "registration_number_invalid", "01-511-01-26-12"),
        ("4", "N° d'immatriculation", "registration_number_in_use", taken),
        ("5", "Statut", "invalid_choice", "Actif"),
    ]
    reasons = {r["code"]: r["reason"] for r in read_report(summary.report)}
    assert reasons["registration_number_in_use"] == (
        "Registration number: is already held by another record (another CIN)"
    )
    assert find_record(other_desk, good).status is Status.STRUCK_OFF
    assert find_record(other_desk, "AC6").status is Status.SUSPENDED
    pending = find_record(other_desk, "AC7")
    assert pending.status is Status.PENDING_REVIEW
    assert pending.registration_number.startswith("03-301-01-26-")


def test_a_struck_off_row_and_a_live_row_with_one_cin_both_import_two_live_ones_do_not(
    other_desk: Desk, tmp_path: Path
) -> None:
    header = ["registration_number", "status", "cin", "last_name_fr", "first_name_fr", "sex",
              "birth_date", "province", "category", "activity", "activity_since"]  # fmt: skip

    def row(sequence: int, status: str) -> list[str]:
        number = str(RegistrationNumber("04", "401", "01", 2024, sequence))
        return [number, status, "AD1", "Alami", "Ali", "M", "1985-03-15", "511",
                "artisan_experience", "01.01", "2005"]  # fmt: skip

    path = write_csv(
        tmp_path / "a.csv", [header, row(1, "struck_off"), row(2, "registered"), row(3, "")]
    )

    summary = import_file(other_desk, OTHER_OFFICE, path)

    assert (summary.imported, summary.rejected) == (2, 1)
    assert summary.report is not None
    assert [(r["line"], r["column"], r["code"]) for r in read_report(summary.report)] == [
        ("4", "cin", "cin_in_use")
    ]


def test_numbers_of_this_desk_come_back_and_are_never_handed_out_again(
    desk: Desk, same_desk_again: Desk, register: Register, clerk: Actor, tmp_path: Path
) -> None:
    header, *body = read_rows(export_to(desk, tmp_path / "registre.csv"))
    kept = {row[0] for row in body}
    assert kept == {str(RegistrationNumber("01", "511", "01", 2026, n)) for n in range(1, 11)}
    # In the same chunk as the numbers coming back: a new person, and a number another
    # computer of the office gave.
    newcomer = dict(zip(header, body[0], strict=True)) | {"registration_number": "", "cin": "AE1"}
    elsewhere = newcomer | {
        "registration_number": str(RegistrationNumber("01", "511", "02", 2026, 500)),
        "cin": "AE2",
    }
    rows = [header, *body, [newcomer[h] for h in header], [elsewhere[h] for h in header]]
    path = write_csv(tmp_path / "restore.csv", rows)

    summary = import_file(same_desk_again, OTHER_OFFICE, path)

    assert (summary.imported, summary.rejected) == (len(body) + 2, 0)
    later = register_artisan(same_desk_again, clerk, make_draft(cin="AE3")).record
    assert [
        find_record(same_desk_again, "AE1").registration_number,
        later.registration_number,
    ] == [str(RegistrationNumber("01", "511", "01", 2026, n)) for n in (11, 12)]


def test_a_file_without_numbers_keeps_todays_rules(
    desk: Desk, register: Register, tmp_path: Path
) -> None:
    """A chamber's list: new numbers; a person in the register, struck off included, skipped."""
    rows = read_rows(export_to(desk, tmp_path / "registre.csv"))
    header = rows[0]
    keep = [i for i, h in enumerate(header) if h not in ("registration_number", "status")]
    struck = next(r for r in rows[1:] if r[1] == "struck_off")
    newcomer = list(struck)
    newcomer[header.index("cin")] = "AF1"
    path = write_csv(
        tmp_path / "liste.csv", [[row[i] for i in keep] for row in (header, struck, newcomer)]
    )

    summary = import_file(desk, OTHER_OFFICE, path)

    assert (summary.imported, summary.skipped, summary.rejected) == (1, 1, 0)
    record = find_record(desk, "AF1")
    assert record.status is Status.REGISTERED
    assert record.registration_number.startswith("01-511-01-26-")


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("N° d'inscription", "registration_number"),
        ("Numéro d'inscription", "registration_number"),
        ("N° d'immatriculation", "registration_number"), ("رقم التسجيل", "registration_number"),
        ("رقم القيد", "registration_number"), ("registration_number", "registration_number"),
        ("Statut", "status"), ("Situation", "status"), ("الوضعية", "status"), ("الحالة", "status"),
        ("Statut AMO", "amo_status"), ("Date d'inscription", "registered_on"),
    ],
)  # fmt: skip
def test_headers_of_the_number_and_the_status(header: str, field: str) -> None:
    assert field_for_header(header) == field


@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("registered", "registered"), ("STRUCK_OFF", "struck_off"), ("Struck off", "struck_off"),
        ("Immatriculé", "registered"), ("مسجل", "registered"), ("Radié", "struck_off"),
        ("radiee", "struck_off"), ("مشطب عليه", "struck_off"), ("Suspendu", "suspended"),
        ("موقوف", "suspended"), ("En attente de validation", "pending_review"),
        ("في انتظار المراجعة", "pending_review"), ("Renvoyé à l'agent", "returned"),
        ("أعيد إلى الموظف", "returned"), ("Actif", "Actif"),
    ],
)  # fmt: skip
def test_status_labels_become_codes(label: str, code: str) -> None:
    assert status_code(label) == code


@pytest.mark.parametrize(("language", "position"), [("fr", 0), ("ar", 1)])
def test_status_labels_are_those_the_program_shows(language: str, position: int) -> None:
    catalogue = Path(desktop_app.i18n.__file__).with_name(f"hirfa_{language}.ts")
    choices = next(
        c for c in ET.parse(catalogue).getroot().iter("context") if c.findtext("name") == "choices"
    )
    shown = {m.findtext("source"): m.findtext("translation") for m in choices.iter("message")}
    for status in Status:
        assert STATUS_LABELS[status][position] == shown[CHOICE_LABELS["status"][status.value]]
