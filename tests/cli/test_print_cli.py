"""``hirfa print``, ``hirfa verify``, ``hirfa documents`` and ``hirfa keys`` as an operator
runs them; the PDFs are read back like an outsider would, with pdftoppm and zbarimg."""

from __future__ import annotations

import io
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.cli.main import main
from desktop_app.services.desk import open_desk
from desktop_app.services.records import Actor
from desktop_app.services.registration import register_artisan
from registry.artisan import Status
from registry.workflow import Role
from tests.conftest import ADMIN_PASSWORD
from tests.factories import make_draft, make_photo

ADMIN = Actor("admin", Role.ADMINISTRATOR)


def init_office(directory: Path, monkeypatch: pytest.MonkeyPatch, region: str, office: str) -> Path:
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    init = ["init", "--region", region, "--office", office, "--office-name", f"Office {office}"]
    assert main(["--data-dir", str(directory), *init, "--admin", "admin", "--password-stdin"]) == 0
    return directory


@dataclass(frozen=True)
class Office:
    directory: Path
    numbers: dict[str, str]  # CIN → registration number


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Office:
    """Tangier's office with two registered artisans and one waiting for review."""
    directory = init_office(tmp_path / "office", monkeypatch, "01", "511")
    desk = open_desk(directory)
    numbers = {}
    for cin, last_fr, last_ar in (("K123456", "El Amrani", "العمراني"), ("BE1", "Benali", "بنعلي")):
        draft = make_draft(cin=cin, last_name_fr=last_fr, last_name_ar=last_ar, photo=make_photo())
        record = register_artisan(desk, ADMIN, draft, status=Status.REGISTERED).record
        numbers[cin] = record.registration_number
    numbers["P7"] = register_artisan(desk, ADMIN, make_draft(cin="P7")).record.registration_number
    desk.close()
    return Office(directory, numbers)


def hirfa(
    office: Office | Path, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, list[str], list[str]]:
    """Exit status, stdout lines and stderr lines of one command."""
    directory = office.directory if isinstance(office, Office) else office
    capsys.readouterr()
    code = main(["--data-dir", str(directory), *args])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


def qr_codes(pdf: Path) -> list[list[str]]:
    """The QR codes on each page, as pdftoppm renders and zbarimg decodes them."""
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(pdf), str(prefix)], check=True)
    pages = sorted(pdf.parent.glob(prefix.name + "-*.png"))
    found = []
    for page in pages:
        decoded = subprocess.run(
            ["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", str(page)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        found.append(decoded.stdout.split())
    return found


def test_a_printed_certificate_scans_and_verifies(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "certificates.pdf"
    number = office.numbers["K123456"]
    code, out, err = hirfa(
        office, capsys, "print", number, "be1", "--kind", "certificate", "--out", str(pdf)
    )
    assert (code, err) == (0, [])
    assert out[0].startswith("A-01-511-01-") and number in out[0]
    assert out[-1] == f"wrote 2 certificate(s), 2 pages, to {pdf}"

    pages = qr_codes(pdf)
    assert [len(codes) for codes in pages] == [1, 1]
    code, out, err = hirfa(office, capsys, "verify", "--payload", pages[0][0])
    assert (code, err) == (0, [])
    assert out[-1] == "VALID"
    assert f"Registration number: {number}" in out
    assert "Name (Arabic): العمراني فاطمة" in out
    assert "Trusted through: the office's trust list" in out

    code, out, err = hirfa(office, capsys, "verify", str(pdf))
    assert (code, err) == (0, [])
    assert out.count("  VALID") == 2 and out[-1] == "2 codes: 2 valid, 0 invalid"
    # Whose document it is: the holder's CIN against the digest.
    code, out, _ = hirfa(office, capsys, "verify", "--payload", pages[0][0], "--cin", "k123456")
    assert code == 0 and out[-2:] == ["The CIN matches the document.", "VALID"]
    code, out, _ = hirfa(office, capsys, "verify", "--payload", pages[0][0], "--cin", "BE1")
    assert code == 1 and out[-2] == "The CIN does not match the document."


def test_a_card_sheet_carries_every_cards_code(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "cards.pdf"
    code, out, _ = hirfa(
        office, capsys, "print", "K123456", "BE1", "--kind", "card-sheet", "--out", str(pdf),
        "--copies", "2",
    )  # fmt: skip
    assert code == 0 and out[-1] == f"wrote 2 card(s), 2 copies each, 2 pages, to {pdf}"
    fronts, backs = qr_codes(pdf)
    assert len(fronts) + len(backs) == 4
    assert len(set(fronts + backs)) == 2  # two copies of each of the two cards
    assert hirfa(office, capsys, "verify", str(pdf))[0] == 0


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("ZZ999999", "hirfa: record ZZ999999: was not found"),
        ("P7", "hirfa: record {P7}: is not registered: only registered records are printed"),
    ],
)
def test_unknown_or_unregistered_records_print_nothing(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str, message: str
) -> None:
    pdf = tmp_path / "out.pdf"
    code, out, err = hirfa(
        office, capsys, "print", "K123456", key, "--kind", "card", "--out", str(pdf)
    )
    assert (code, out, err) == (1, [], [message.format(**office.numbers)])
    assert not pdf.exists()
    code, out, _ = hirfa(office, capsys, "documents", "log")
    assert len(out) == 1 and out[0].endswith(": 0 documents, 0 copies, 0 duplicates, 0 cancelled")


def test_a_reprint_needs_a_reason_and_is_marked_duplicate(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    assert hirfa(office, capsys, "print", "K123456", "--kind", "card", "--out", str(first))[0] == 0
    again = ("print", "K123456", "--kind", "card", "--out", str(second))
    code, out, err = hirfa(office, capsys, *again)
    assert (code, out) == (1, [])
    assert err == [
        f"hirfa: record {office.numbers['K123456']}: was already printed: a reprint needs a "
        "reason (give it with --reprint-reason TEXT)"
    ]
    assert not second.exists()
    code, out, _ = hirfa(office, capsys, *again, "--reprint-reason", "card lost")
    assert code == 0 and out[0].endswith("DUPLICATE")
    code, log, _ = hirfa(office, capsys, "documents", "log")
    assert len(log) == 3 and out[0].split()[0] in log[1]
    assert "[DUPLICATE of C-01-511-01-" in log[1] and log[1].endswith(": card lost]")
    assert log[2].endswith(": 2 documents, 2 copies, 1 duplicates, 0 cancelled")


def test_tampered_and_truncated_codes_are_invalid_without_a_traceback(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "card.pdf"
    hirfa(office, capsys, "print", "K123456", "--kind", "card", "--out", str(pdf))
    text = qr_codes(pdf)[1][0]  # the card's back
    flipped = "B" if text[100] != "B" else "C"
    cases = {
        text[: len(text) // 2]: "INVALID: truncated (The code is incomplete: it was cut short. "
        "Scan it again.)",
        text[:100] + flipped + text[101:]: "INVALID: ",
        "hello": "INVALID: malformed (This is not a Hirfa document code, or it is damaged.)",
    }
    for payload, verdict in cases.items():
        code, out, err = hirfa(office, capsys, "verify", "--payload", payload)
        assert (code, err) == (1, [])
        assert out[-1].startswith(verdict)


def test_a_missing_or_unreadable_file_is_named_with_the_reason(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing, not_pdf = tmp_path / "absent.pdf", tmp_path / "notes.pdf"
    not_pdf.write_text("not a PDF", encoding="utf-8")

    assert hirfa(office, capsys, "verify", str(missing)) == (
        2,
        [],
        [f"hirfa: {missing}: does not exist"],
    )
    assert hirfa(office, capsys, "verify", str(not_pdf)) == (
        2,
        [],
        [f"hirfa: {not_pdf}: cannot be read as a PDF file"],
    )


def test_a_cancelled_document_no_longer_verifies(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "certificate.pdf"
    code, out, _ = hirfa(
        office, capsys, "print", "K123456", "--kind", "certificate", "--out", str(pdf)
    )
    serial = out[0].split()[0]
    code, _, err = hirfa(office, capsys, "documents", "cancel", serial, "--reason", " ")
    assert (code, err) == (1, ["hirfa: Reason for cancelling: is required for this change"])
    code, out, _ = hirfa(office, capsys, "documents", "cancel", serial, "--reason", "paper jam")
    assert (code, out) == (0, [f"cancelled {serial} (certificate of {office.numbers['K123456']})"])
    code, _, err = hirfa(office, capsys, "documents", "cancel", serial, "--reason", "again")
    assert (code, err) == (1, [f"hirfa: document {serial}: is already cancelled"])
    code, out, _ = hirfa(office, capsys, "verify", str(pdf))
    assert code == 1 and out[-1] == "  INVALID: cancelled (This document was cancelled.)"
    code, out, _ = hirfa(office, capsys, "documents", "log")
    assert "[CANCELLED by cli:" in out[0] and out[0].endswith(": paper jam]")


def test_the_print_log_renders_for_signature(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hirfa(office, capsys, "print", "K123456", "--kind", "card", "--out", str(tmp_path / "c.pdf"))
    log = tmp_path / "log.pdf"
    code, out, _ = hirfa(office, capsys, "documents", "log", "--out", str(log))
    assert code == 0 and out[0].endswith(f"(1 pages) to {log}")
    assert qr_codes(log) == [[]]
    code, out, _ = hirfa(office, capsys, "verify", str(log))
    assert (code, out) == (1, [f"INVALID: no document code found in {log}"])
    not_pdf = tmp_path / "notes.pdf"
    not_pdf.write_text("not a PDF")
    code, out, err = hirfa(office, capsys, "verify", str(not_pdf))
    assert (code, out, err) == (2, [], [f"hirfa: {not_pdf}: cannot be read as a PDF file"])


def test_another_offices_documents_verify_only_once_its_key_is_trusted(
    office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    casablanca = init_office(tmp_path / "casa", monkeypatch, "06", "141")
    desk = open_desk(casablanca)
    register_artisan(desk, ADMIN, make_draft(province="141", cin="BK42"), status=Status.REGISTERED)
    desk.close()
    pdf = tmp_path / "casa.pdf"
    assert hirfa(casablanca, capsys, "print", "BK42", "--kind", "card", "--out", str(pdf))[0] == 0

    code, out, err = hirfa(office, capsys, "verify", str(pdf))
    assert (code, err) == (1, [])
    assert out[-1] == "  INVALID: untrusted_key (Signed by a device this office does not trust.)"
    assert "  Registration number: 06-141-01-" in "\n".join(out)

    key_file = tmp_path / "casa-key.json"
    code, out, _ = hirfa(casablanca, capsys, "keys", "export", str(key_file))
    assert code == 0 and out[1].startswith("fingerprint: ")
    code, out, _ = hirfa(office, capsys, "keys", "trust", str(key_file))
    assert code == 0 and out[0].startswith("trusted ") and " 06-141-01  imported " in out[0]
    assert hirfa(office, capsys, "verify", str(pdf))[0] == 0
    code, out, _ = hirfa(office, capsys, "keys", "list")
    assert [(" this_device " in line, " imported " in line) for line in out] == [
        (True, False), (False, True),
    ]  # fmt: skip
    key_file.write_text('{"format": "hirfa-public-key"}')
    code, _, err = hirfa(office, capsys, "keys", "trust", str(key_file))
    assert code == 1 and err[0].startswith(f"hirfa: {key_file}: is not a Hirfa public key file")


def test_the_signatory_and_the_logo_reach_the_certificate(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = hirfa(
        office, capsys, "office", "set-signatory", "--name", "Ahmed Tazi",
        "--title-fr", "Le Directeur régional", "--title-ar", "المدير الجهوي",
    )  # fmt: skip
    assert (code, out) == (0, ["documents are signed by Ahmed Tazi, Le Directeur régional / "
                               "المدير الجهوي"])  # fmt: skip
    logo = tmp_path / "logo.png"
    logo.write_bytes(make_photo(200, 200, "PNG"))
    assert hirfa(office, capsys, "office", "set-logo", str(logo))[:2] == (
        0, [f"logo set from {logo}"],
    )  # fmt: skip
    (tmp_path / "notes.txt").write_text("not an image")
    code, _, err = hirfa(office, capsys, "office", "set-logo", str(tmp_path / "notes.txt"))
    assert (code, err) == (1, ["hirfa: Logo: must be a JPEG or PNG image"])

    pdf = tmp_path / "certificate.pdf"
    hirfa(office, capsys, "print", "K123456", "--kind", "certificate", "--out", str(pdf))
    page = PdfReader(pdf).pages[0]
    assert "Ahmed Tazi" in page.extract_text() and "Le Directeur régional" in page.extract_text()
    sizes = sorted(image.image.size for image in page.images if image.image is not None)
    assert sizes == [(200, 200), (300, 400)]  # the logo and the photo
