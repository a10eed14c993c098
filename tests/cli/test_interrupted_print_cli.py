"""Issue 8, point 3 ("printing records documents before the paper exists"), as an operator
meets it: ``hirfa print`` killed while it draws, a disk that fills up, then
``hirfa documents batches``, ``hirfa print --resume`` and ``hirfa documents withdraw``.
The prints run as real processes; the files are real files."""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.services.desk import open_desk
from desktop_app.services.lookup import find_record
from desktop_app.storage.audit import verify_chain
from desktop_app.storage.models import IssuedDocument
from tests.conftest import ADMIN_PASSWORD
from tests.transfer_files import generated_rows, write_csv

ROOT = Path(__file__).resolve().parents[2]
COUNT = 300
KEYS = [f"K{i:06d}" for i in range(COUNT)]  # the CINs of generated_rows


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store made with ``hirfa init``, with COUNT registered artisans imported."""
    directory = tmp_path / "office"
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    init = ["init", "--region", "01", "--office", "511", "--office-name", "Tanger"]
    assert main(["--data-dir", str(directory), *init, "--admin", "admin", "--password-stdin"]) == 0
    rows = write_csv(tmp_path / "artisans.csv", generated_rows(COUNT))
    assert main(["--data-dir", str(directory), "import", str(rows)]) == 0
    return directory


def hirfa(
    office: Path, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, list[str], list[str]]:
    """Exit status, stdout lines and stderr lines of one command."""
    capsys.readouterr()
    code = main(["--data-dir", str(office), *args])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


def command(office: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop_app", "--data-dir", str(office), *args]


def documents(office: Path) -> list[tuple[int | None, bool, bool]]:
    """(batch, printed, cancelled) of every document of the store, in serial order."""
    desk = open_desk(office)
    try:
        with desk.store.read() as session:
            rows = session.query(IssuedDocument).order_by(IssuedDocument.pk)
            return [(r.batch_id, bool(r.printed_at), bool(r.cancelled_at)) for r in rows]
    finally:
        desk.close()


def number_of(office: Path, cin: str) -> str:
    desk = open_desk(office)
    try:
        return find_record(desk, cin).registration_number
    finally:
        desk.close()


def killed_while_drawing(office: Path, pdf: Path, kind: str) -> None:
    """``hirfa print`` of every record, SIGKILLed once its file is being drawn (its
    temporary file beside ``pdf`` exists: the documents were reserved)."""
    process = subprocess.Popen(
        command(office, "print", *KEYS, "--kind", kind, "--out", str(pdf)),
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not list(pdf.parent.glob(f".{pdf.name}*.partial")):
            assert process.poll() is None, "the print ended before it could be killed"
            assert time.monotonic() < deadline, "the print did not start drawing in 60 s"
            time.sleep(0.005)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == -signal.SIGKILL
    assert not pdf.exists()


@pytest.mark.slow
def test_a_print_killed_midway_is_resumed_or_withdrawn_and_nothing_unprinted_is_live(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "certificates.pdf"
    killed_while_drawing(office, pdf, "certificate")

    assert documents(office) == [(1, False, False)] * COUNT  # reserved, none live
    code, out, _ = hirfa(office, capsys, "documents", "log")
    assert out[-1].endswith(": 0 documents, 0 copies, 0 duplicates, 0 cancelled")
    code, out, _ = hirfa(office, capsys, "documents", "batches")
    assert code == 0 and len(out) == 2
    assert out[0].split()[:4] == ["1", "certificate", str(COUNT), "documents"]
    assert " cli:" in out[0] and out[0].endswith(f"  {pdf}")
    # A plain re-run is refused, naming the batch and what to do.
    code, out, err = hirfa(office, capsys, "print", *KEYS, "--kind", "certificate", "--out",
                           str(tmp_path / "again.pdf"))  # fmt: skip
    assert (code, out) == (1, [])
    first = number_of(office, KEYS[0])
    assert err == [
        f"hirfa: {COUNT} records ({first}, ...) are in print batch 1, not confirmed printed: "
        "resume it with 'hirfa print --resume 1' or withdraw it with "
        "'hirfa documents withdraw 1 --reason TEXT'"
    ]
    assert not (tmp_path / "again.pdf").exists()

    code, out, err = hirfa(office, capsys, "print", "--resume", "1")

    assert (code, err) == (0, [])
    assert out[-1] == f"wrote {COUNT} certificate(s), {COUNT} pages, to {pdf}"
    assert documents(office) == [(1, True, False)] * COUNT
    assert not list(tmp_path.glob(".certificates.pdf*.partial"))  # the killed one's, removed
    code, out, _ = hirfa(office, capsys, "verify", str(pdf))
    assert (code, out[-1]) == (0, f"{COUNT} codes: {COUNT} valid, 0 invalid")
    assert hirfa(office, capsys, "documents", "batches")[1] == ["no interrupted print"]

    # Killed again, then given up: withdrawn in one step.
    cards = tmp_path / "cards.pdf"
    killed_while_drawing(office, cards, "card-sheet")
    code, out, _ = hirfa(office, capsys, "documents", "withdraw", "2", "--reason", "cut off")
    assert (code, out) == (0, [f"withdrew print batch 2: {COUNT} document(s), never printed; "
                               "they stay in the log as withdrawn"])  # fmt: skip
    assert documents(office)[COUNT:] == [(2, False, True)] * COUNT
    code, out, _ = hirfa(office, capsys, "documents", "log")
    assert "[WITHDRAWN by cli:" in out[-2] and out[-2].endswith(": cut off]")
    assert out[-1].endswith(f": {2 * COUNT} documents, {COUNT} copies, 0 duplicates, "
                            f"{COUNT} cancelled")  # fmt: skip
    code, _, err = hirfa(office, capsys, "print", "--resume", "2")
    assert (code, err) == (1, ["hirfa: print batch 2: is not an interrupted print: it was "
                               "completed or withdrawn"])  # fmt: skip
    # The cards print again as first cards: no reprint reason asked, new serials.
    code, out, err = hirfa(office, capsys, "print", *KEYS, "--kind", "card-sheet", "--out",
                           str(cards))  # fmt: skip
    assert (code, err) == (0, [])
    assert "DUPLICATE" not in "\n".join(out)
    assert documents(office)[2 * COUNT :] == [(3, True, False)] * COUNT
    desk = open_desk(office)
    try:
        with desk.store.read() as session:
            assert verify_chain(session).intact
    finally:
        desk.close()


def can_mount_tmpfs(place: Path) -> bool:
    probe = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "mount", "-t", "tmpfs",
         "-o", "size=16k", "tmpfs", str(place)],
        capture_output=True, check=False,
    )  # fmt: skip
    return probe.returncode == 0


@pytest.mark.slow
def test_a_disk_that_fills_up_withdraws_the_print_with_one_clear_line(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The PDF goes to a real 16 kB file system (tmpfs, mounted in the print's own mount
    namespace: the store stays on the ordinary disk). Where this machine refuses
    ``unshare``/``mount`` (not root), no other way fills a real disk safely: skipped."""
    small = tmp_path / "usb-stick"
    small.mkdir()
    if shutil.which("unshare") is None or not can_mount_tmpfs(small):
        pytest.skip("cannot mount a small tmpfs here (unshare --mount needs root)")
    pdf = small / "certificates.pdf"
    script = 'mount -t tmpfs -o size=16k tmpfs "$1" && shift && exec "$@"'
    printed = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh", str(small),
         *command(office, "print", *KEYS[:3], "--kind", "certificate", "--out", str(pdf))],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip

    assert printed.returncode == 1
    assert printed.stdout == ""
    assert printed.stderr.splitlines() == [
        f"hirfa: {pdf}: No space left on device: nothing was printed (the documents reserved "
        "for this file were withdrawn)"
    ]
    assert documents(office) == [(1, False, True)] * 3  # withdrawn, never live
    assert hirfa(office, capsys, "documents", "batches")[1] == ["no interrupted print"]
    code, out, _ = hirfa(office, capsys, "documents", "log")
    assert out[-1].endswith(": 3 documents, 0 copies, 0 duplicates, 3 cancelled")
    assert all("[WITHDRAWN by cli:" in line and line.endswith(
        ": not printed: the file could not be written]") for line in out[:-1])  # fmt: skip
