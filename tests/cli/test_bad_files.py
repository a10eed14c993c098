"""Bad files given to a command end in one clear line each: a key or activity file in
another encoding, a spreadsheet with a giant cell, a PDF that asks the renderer for
gigabytes."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest
from pypdf import PdfWriter

from tests.cli.test_print_cli import Office, hirfa, office  # noqa: F401 (the fixture)
from tests.transfer_files import generated_rows, read_report, write_csv, write_xlsx

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "content",
    [
        "clé publique: Hirfa".encode("cp1252"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe",
    ],
    ids=["windows-1252", "binary"],
)
def test_a_key_or_activity_file_not_in_utf8_is_named(
    office: Office,  # noqa: F811 (the fixture)
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
) -> None:
    path = tmp_path / "received"
    path.write_bytes(content)
    expected = [f"hirfa: {path}: is not UTF-8 text: save it as UTF-8 (Unicode) and try again"]
    assert hirfa(office, capsys, "keys", "trust", str(path)) == (2, [], expected)
    assert hirfa(office, capsys, "activities", "load", str(path)) == (2, [], expected)


def test_a_missing_or_huge_input_file_is_named(
    office: Office,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    missing = tmp_path / "absent.json"
    for args in (["keys", "trust"], ["activities", "load"], ["office", "set-logo"]):
        assert hirfa(office, capsys, *args, str(missing)) == (
            2,
            [],
            [f"hirfa: {missing}: does not exist"],
        )
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(64 * 1024 * 1024)  # sparse: no disk spent
    assert hirfa(office, capsys, "activities", "load", str(huge)) == (
        2,
        [],
        [f"hirfa: {huge}: is far too large for this kind of file"],
    )


def test_a_giant_cell_is_a_rejected_row_not_a_stopped_import(
    office: Office,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = generated_rows(1_500)
    rows[1_200][0] = "K" * (10 * 1024 * 1024)  # a 10 MB CIN on line 1201
    path = write_csv(tmp_path / "giant.csv", rows)

    code, out, err = hirfa(office, capsys, "import", str(path))

    assert code == 1, err
    assert out[-1] == "imported 1499, skipped 0, rejected 1"
    (refused,) = read_report(tmp_path / "giant.report.csv")
    assert (refused["line"], refused["column"], refused["code"]) == ("1201", "cin", "cin_format")
    assert len(refused["value"]) <= 201


def giant_page_pdf(path: Path) -> Path:
    """A PDF of about a kilobyte whose one page is 5 × 5 m (200 inches, UserUnit 1)."""
    content = zlib.compress(b"0 0 1 rg 0 0 14400 14400 re f")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content)
        + content
        + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))
    return path


def limited_memory() -> None:
    """In the child: 1.5 GB of address space, where rendering the page needs 10 GB."""
    limit = 1536 * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def test_a_pdf_with_a_giant_page_is_refused_before_rendering(
    office: Office,  # noqa: F811
    tmp_path: Path,
) -> None:
    pdf = giant_page_pdf(tmp_path / "tiny.pdf")
    assert pdf.stat().st_size < 2_000
    command = [sys.executable, "-m", "desktop_app", "--data-dir", str(office.directory)]
    done = subprocess.run(
        [*command, "verify", str(pdf)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limited_memory,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr.splitlines()) == (
        2,
        "",
        [f"hirfa: {pdf}: has a page larger than any document Hirfa prints (A3 at most) (page 1)"],
    )


def test_a_pdf_of_too_many_pages_is_refused(
    office: Office,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    writer = PdfWriter()
    for _ in range(2_001):
        writer.add_blank_page(width=200, height=200)
    pdf = tmp_path / "many.pdf"
    with pdf.open("wb") as handle:
        writer.write(handle)
    assert hirfa(office, capsys, "verify", str(pdf)) == (
        2,
        [],
        [f"hirfa: {pdf}: has more pages than any batch of documents (2,000 at most)"],
    )


def test_an_unreadable_part_of_a_file_stops_the_import_with_what_was_saved(
    office: Office,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = generated_rows(1_600)
    whole = write_xlsx(tmp_path / "whole.xlsx", rows)
    cut = tmp_path / "cut.xlsx"  # its sheet's XML breaks off inside the row on line 1500
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(cut, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: data.index(b'<row r="1500"')] + b'<row r="1500"><c r="A1500"'
            target.writestr(item, data)

    code, out, err = hirfa(office, capsys, "import", str(cut))

    assert code == 2
    assert out == [
        "imported 1498, skipped 0, rejected 0 of the first 1498 rows, before the part of the "
        "file that cannot be read"
    ]
    assert len(err) == 1 and err[0].startswith("hirfa: the import stopped: cut.xlsx, row 1500")
    assert err[0].endswith(
        "fix the file and import it again (the rows already imported are skipped)"
    )
    assert hirfa(office, capsys, "search", rows[1_498][0])[1] != ["no artisan found"]
    assert (
        hirfa(office, capsys, "import", str(whole))[1][-1]
        == "imported 102, skipped 1498, rejected 0"
    )
