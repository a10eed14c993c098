"""``hirfa import`` and ``hirfa export`` as an operator runs them."""

from __future__ import annotations

import io
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.services.batch import Chunk, register_batch
from desktop_app.services.desk import open_desk
from desktop_app.services.records import Actor
from desktop_app.storage.audit import verify_chain
from desktop_app.storage.engine import store_path
from registry.workflow import Role
from tests.conftest import ADMIN_PASSWORD
from tests.factories import make_draft
from tests.transfer_files import (
    ALREADY_REGISTERED_CIN,
    build_register,
    generated_rows,
    read_report,
    read_rows,
    store_consistency,
    write_chamber_file,
    write_csv,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store made with ``hirfa init``."""
    directory = tmp_path / "office"
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    init = ["init", "--region", "01", "--office", "511", "--office-name", "Tanger"]
    assert main(["--data-dir", str(directory), *init, "--admin", "admin", "--password-stdin"]) == 0
    return directory


def hirfa(
    office: Path, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, list[str], list[str]]:
    """Exit status, stdout lines and stderr lines of one command."""
    capsys.readouterr()
    code = main(["--data-dir", str(office), *args])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_importing_a_chambers_spreadsheet(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    desk = open_desk(office)
    admin = Actor("admin", Role.ADMINISTRATOR)
    register_batch(desk, admin, Chunk([make_draft(cin=ALREADY_REGISTERED_CIN)]))
    desk.close()
    chamber = write_chamber_file(tmp_path, kind, date.today().year)

    code, out, err = hirfa(office, capsys, "import", str(chamber.path))

    assert code == 1
    report = tmp_path / "chambre.report.csv"
    assert out == [
        "columns ignored: Observations",
        f"rejected rows are listed in {report}",
        "imported 4, skipped 2, rejected 8",
    ]
    assert not err  # a small file shows no progress
    assert {(int(r["line"]), r["column"], r["code"]) for r in read_report(report)} == chamber.report

    code, out, _ = hirfa(office, capsys, "import", str(chamber.path))
    assert (code, out[-1]) == (1, "imported 0, skipped 6, rejected 8")


def test_a_clean_file_exits_0_and_again_imports_nothing(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "a.csv", generated_rows(3))

    assert hirfa(office, capsys, "import", str(path)) == (
        0,
        ["imported 3, skipped 0, rejected 0"],
        [],
    )
    assert hirfa(office, capsys, "import", str(path)) == (
        0,
        ["imported 0, skipped 3, rejected 0"],
        [],
    )
    assert not (tmp_path / "a.report.csv").exists()


def test_the_report_goes_where_asked(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "a.csv", generated_rows(4, bad_every=2))
    report = tmp_path / "rejets.csv"

    code, out, _ = hirfa(office, capsys, "import", str(path), "--report", str(report))

    assert (code, out[-1]) == (1, "imported 2, skipped 0, rejected 2")
    assert [r["line"] for r in read_report(report)] == ["3", "5"]
    assert not (tmp_path / "a.report.csv").exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("absent.csv", None, "no such file"),
        ("notes.txt", b"cin;nom\n", "not a CSV or XLSX file"),
        ("scan.pdf", b"%PDF-1.4\n", "not a CSV or XLSX file"),
        ("empty.csv", b"", "is empty"),
        ("binary.csv", b"\x00\x01\x02", "not a text file"),
        ("broken.xlsx", b"PK\x03\x04 broken", "not a readable XLSX workbook"),
        ("columns.csv", b"CIN;Sexe\nK1;M\n", "no column for: birth_date, province, category"),
    ],
)
def test_a_file_that_cannot_be_read_exits_2_with_one_line(
    office: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes | None,
    message: str,
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)

    code, out, err = hirfa(office, capsys, "import", str(path))

    assert (code, out, len(err)) == (2, [], 1)
    assert err[0].startswith("hirfa: ") and message in err[0]


def test_a_file_not_in_utf8_is_imported_with_a_warning(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = generated_rows(2)
    rows[0].append("النسب")
    for row in rows[1:]:
        row.append("العلوي")
    path = write_csv(tmp_path / "ancien.csv", rows, encoding="cp1256")

    code, out, _ = hirfa(office, capsys, "import", str(path))

    assert code == 0
    assert "read as Windows-1256 (Arabic)" in out[0]
    assert out[-1] == "imported 2, skipped 0, rejected 0"


@pytest.mark.parametrize(
    "args",
    [
        ["import"],
        ["import", "--template", "modele.csv"],
        ["import", "a.csv", "--template", "modele.xlsx"],
        ["import", "a.csv", "--report", "a.csv"],
        ["import", "a.csv", "--report", "missing/report.csv"],
        ["export", "out.txt"],
        ["export", "missing/out.csv"],
        ["export", "out.csv", "--province", "999"],
        ["export", "out.csv", "--region", "13"],
        ["export", "out.csv", "--activity", "99.99"],
    ],
)
def test_wrong_arguments_exit_2_with_one_line(
    office: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    write_csv(tmp_path / "a.csv", generated_rows(1))

    code, out, err = hirfa(office, capsys, *args)

    assert (code, out, len(err)) == (2, [], 1)
    assert err[0].startswith("hirfa: ")
    assert not (tmp_path / "out.txt").exists()


def test_template_then_export_with_filters(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "modele.xlsx"
    assert hirfa(office, capsys, "import", "--template", str(template)) == (
        0,
        [f"wrote the import template to {template}"],
        [],
    )
    assert hirfa(office, capsys, "import", str(template))[:2] == (
        0,
        ["imported 0, skipped 0, rejected 0"],
    )
    hirfa(office, capsys, "import", str(write_csv(tmp_path / "a.csv", generated_rows(8))))

    for args, expected in [
        ([], 8),
        (["--sex", "F", "--province", "571"], 1),
        (["--category", "Artisan par expérience", "--status", "registered"], 8),
        (["--category", "Maître artisan"], 0),
        (["--from", "01/01/2000", "--to", date.today().isoformat()], 8),
        (["--text", "Alaoui"], 1),
    ]:
        out_file = tmp_path / "sortie.xlsx"
        code, out, _ = hirfa(office, capsys, "export", str(out_file), "--overwrite", *args)
        assert (code, out) == (0, [f"exported {expected} artisans to {out_file}"]), args


def test_a_bad_filter_value_is_refused_by_the_parser(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for args in (["--from", "31/02/2024"], ["--sex", "X"], ["--category", "chef"]):
        with pytest.raises(SystemExit) as caught:
            main(["--data-dir", str(office), "export", str(tmp_path / "x.csv"), *args])
        assert caught.value.code == 2


def artisan_count(db: Path) -> int:
    with sqlite3.connect(db, timeout=10) as connection:
        return int(connection.execute("SELECT COUNT(*) FROM artisans").fetchone()[0])


@pytest.mark.slow
def test_an_import_killed_midway_leaves_a_consistent_store_that_a_rerun_completes(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = generated_rows(8_000, bad_every=100)  # eight chunks: killed after the first
    good = 8_000 - 80
    path = write_csv(tmp_path / "big.csv", rows)
    db = store_path(office)
    command = [sys.executable, "-m", "desktop_app", "--data-dir", str(office), "import", str(path)]
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 20
        while artisan_count(db) == 0:
            assert process.poll() is None, "the import ended before it could be killed"
            assert time.monotonic() < deadline, "no chunk was committed in 20 s"
            time.sleep(0.01)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == -signal.SIGKILL

    counts = store_consistency(db)
    saved = counts["artisans"]
    assert 0 < saved < good
    assert set(counts.values()) == {saved}, counts
    desk = open_desk(office)
    with desk.store.read() as session:
        assert verify_chain(session).intact
    desk.close()

    code, out, _ = hirfa(office, capsys, "import", str(path))

    assert (code, out[-1]) == (1, f"imported {good - saved}, skipped {saved}, rejected 80")
    counts = store_consistency(db)
    assert set(counts.values()) == {good}, counts


def test_a_register_exported_then_imported_by_another_office_is_the_same_register(
    office: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = open_desk(office)
    register = build_register(desk, Actor("clerk1", Role.CLERK), Actor("super1", Role.SUPERVISOR))
    desk.close()
    other = tmp_path / "office-301"
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    init = ["init", "--region", "03", "--office", "301", "--office-name", "Settat"]
    assert main(["--data-dir", str(other), *init, "--admin", "admin", "--password-stdin"]) == 0
    exported, again = tmp_path / "registre.xlsx", tmp_path / "settat.xlsx"
    count = len(register.records)

    assert hirfa(office, capsys, "export", str(exported)) == (
        0,
        [f"exported {count} artisans to {exported}"],
        [],
    )
    assert hirfa(other, capsys, "import", str(exported)) == (
        0,
        [f"imported {count}, skipped 0, rejected 0"],
        [],
    )

    assert hirfa(other, capsys, "export", str(again))[0] == 0
    assert read_rows(again) == read_rows(exported)
    code, out, _ = hirfa(other, capsys, "show", register.number("enterprise"))
    assert code == 0
    assert any(register.number("experience") in line for line in out)
    assert hirfa(other, capsys, "import", str(exported))[:2] == (
        0,
        [f"imported 0, skipped {count}, rejected 0"],
    )
