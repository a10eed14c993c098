"""Full and read-only disks, for real (a small tmpfs, a read-only bind mount): every
command says in one line what is wrong and what to do, reading goes on working, and
the store stays whole."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from tests.cli.disk_support import Ran, namespaces_available, on_mounted_disk
from tests.conftest import ADMIN_PASSWORD
from tests.transfer_files import generated_rows, write_csv

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not namespaces_available(),
        reason="needs a mount namespace of its own (root, or user namespaces) to mount a "
        "small tmpfs and a read-only bind mount; nothing else makes a disk really full",
    ),
]

FULL = "the disk of the office store is full"
READ_ONLY = "the office store is on a read-only disk"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An office with 300 demo artisans (made once, copied onto each disk)."""
    directory = tmp_path_factory.mktemp("seeded") / "office"
    stdin = io.StringIO(ADMIN_PASSWORD + "\n")
    init = ["init", "--region", "01", "--office", "511", "--office-name", "Tanger"]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", stdin)
        assert (
            main(["--data-dir", str(directory), *init, "--admin", "admin", "--password-stdin"]) == 0
        )
    assert main(["--data-dir", str(directory), "seed-demo", "--count", "300", "--seed", "4"]) == 0
    return directory


def commands(data: Path, out: Path) -> dict[str, list[str]]:
    rows = write_csv(out / "rows.csv", generated_rows(2_000))
    at = ["--data-dir", str(data)]
    return {
        "search": [*at, "search", "a", "--limit", "5"],
        "export": [*at, "export", str(out / "all.csv"), "--overwrite"],
        "documents log": [*at, "documents", "log"],
        "add a user": [*at, "user", "add", "bob", "--name", "Bob", "--role", "clerk",
                       "--password-stdin"],
        "import": [*at, "import", str(rows), "--report", str(out / "rep.csv"), "--overwrite"],
        "seed": [*at, "seed-demo", "--count", "50"],
        "check": [*at, "store", "check"],
    }  # fmt: skip


READING = ("search", "export", "documents log", "check")
WRITING = ("add a user", "import", "seed")


def said_clearly(ran: Ran) -> None:
    """No traceback, no logging error: what the user reads is the program's own lines."""
    text = "\n".join(ran.err)
    assert "Traceback" not in text and "Logging error" not in text, text
    assert all(line.startswith("hirfa: ") for line in ran.err), text


def reads_and_refuses_writes(ran: dict[str, Ran], refusal: str) -> None:
    """Every reading command worked; every writing one said ``refusal`` in one line."""
    for name in READING:
        said_clearly(ran[name])
        assert ran[name].code == 0, (name, ran[name].err)
    for name in WRITING:
        said_clearly(ran[name])
        assert ran[name].code != 0 and len(ran[name].err) == 1, (name, ran[name].err)
        assert ran[name].err[0].startswith(f"hirfa: {refusal}"), (name, ran[name].err)


def test_a_full_disk_reads_and_says_why_nothing_is_saved(seeded: Path, tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    data = disk / "office"
    asked = commands(data, tmp_path)
    results = on_mounted_disk(
        f"mount -t tmpfs -o size=40m tmpfs {disk}",
        f"cp -a {seeded} {data}\ndd if=/dev/zero of={disk}/filler bs=64k 2>/dev/null || true",
        [*asked.values(), asked["check"]],
        tmp_path,
        stdin=ADMIN_PASSWORD + "\n",
    )
    ran = dict(zip(asked, results, strict=False))
    reads_and_refuses_writes(ran, FULL)
    assert len(ran["search"].out) == 5
    assert (tmp_path / "all.csv").read_text(encoding="utf-8-sig").count("\n") == 301
    assert all("free some space" in ran[name].err[0] for name in WRITING)
    assert results[-1].code == 0  # still whole after every refusal


def test_a_disk_that_fills_up_during_an_import(seeded: Path, tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    data = disk / "office"
    asked = commands(data, tmp_path)
    # Room for the store and 3 MB more: less than the 2,000 rows need.
    results = on_mounted_disk(
        f"mount -t tmpfs -o size=40m tmpfs {disk}",
        f"cp -a {seeded} {data}\nused=$(du -sk {disk} | cut -f1)\n"
        f"dd if=/dev/zero of={disk}/filler bs=1k count=$((40960 - used - 3072)) 2>/dev/null",
        [asked["import"], asked["check"], asked["search"]],
        tmp_path,
    )
    imported, check, search = results
    said_clearly(imported)
    assert imported.code != 0
    assert imported.err == [imported.err[0]] and imported.err[0].startswith(f"hirfa: {FULL}")
    # What was saved before the disk filled up is said, and stays saved.
    (summary,) = [line for line in imported.out if line.startswith("imported ")]
    saved = int(summary.split()[1].rstrip(","))
    assert 0 < saved < 2_000 and summary.endswith("before the store stopped taking them")
    assert check.code == 0, check.err
    assert search.code == 0 and search.out
    assert f"of the first {saved}" in summary  # every row read before was saved whole


def test_a_read_only_disk_reads_and_says_why_nothing_is_saved(seeded: Path, tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(seeded, source / "office")
    disk = tmp_path / "disk"
    disk.mkdir()
    data = disk / "office"
    asked = commands(data, tmp_path)
    results = on_mounted_disk(
        f"mount --bind {source} {disk}\nmount -o remount,bind,ro {disk}",
        "",
        list(asked.values()),
        tmp_path,
        stdin=ADMIN_PASSWORD + "\n",
    )
    reads_and_refuses_writes(dict(zip(asked, results, strict=True)), READ_ONLY)
