"""No command's output can destroy what the office keeps (issue: "no way to lose the
register by mistake"): every output path is checked before anything is recorded, never
lands in the data folder, never replaces a file unless asked, and appears whole or not
at all."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.services.desk import open_desk
from desktop_app.services.document_log import print_log
from desktop_app.services.output_files import checked_output
from desktop_app.storage.device_key_file import key_path
from desktop_app.storage.engine import store_path
from tests.cli.test_print_cli import Office, hirfa, office  # noqa: F401 (the fixture)
from tests.transfer_files import generated_rows, write_csv


def commands(registered: Office, target: Path, tmp_path: Path) -> dict[str, list[str]]:
    """Every command that writes a file people asked for, pointed at ``target``."""
    spreadsheet = write_csv(tmp_path / "rows.csv", generated_rows(3, bad_every=3))
    number = registered.numbers["K123456"]
    return {
        "print": ["print", number, "--kind", "certificate", "--out", str(target)],
        "keys export": ["keys", "export", str(target)],
        "documents log": ["documents", "log", "--out", str(target)],
        "import --report": ["import", str(spreadsheet), "--report", str(target)],
        "import --template": ["import", "--template", str(target)],
        "export": ["export", str(target)],
    }


def fingerprint(directory: Path) -> dict[str, str]:
    """The content of every file of the data folder (the logs aside: they are written)."""
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and "logs" not in p.parts
    }


def kept_files(directory: Path) -> list[Callable[[], Path]]:
    return [
        lambda: store_path(directory),
        lambda: directory / "hirfa.sqlite3-wal",
        lambda: directory / "hirfa.sqlite3-journal",
        lambda: key_path(directory),
        lambda: directory / "settings.ini",
        lambda: directory / "logs" / "hirfa.log",
        lambda: directory / "new-file-beside-the-store.pdf",
    ]


@pytest.mark.parametrize("which", range(7))
def test_no_command_writes_into_the_data_folder(
    office: Office,  # noqa: F811 (the fixture)
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    which: int,
) -> None:
    directory = office.directory
    (directory / "settings.ini").write_text("[language]\nlanguage=ar\n", encoding="utf-8")
    target = kept_files(directory)[which]()
    before = fingerprint(directory)
    for name, args in commands(office, target, tmp_path).items():
        code, out, err = hirfa(office, capsys, *args, "--overwrite")

        assert code == 2, (name, out, err)
        assert err == [
            f"hirfa: {target}: is in the office's data folder, beside the store and its "
            "keys: save it in another folder"
        ], name
        assert fingerprint(directory) == before, name
    desk = open_desk(directory)
    assert print_log(desk) == []  # no serial was spent
    desk.close()


def test_a_link_to_the_store_or_the_key_is_refused_too(
    office: Office,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    directory = office.directory
    before = fingerprint(directory)
    links = tmp_path / "links"
    links.mkdir()
    os.link(store_path(directory), links / "hard.pdf")
    (links / "soft.pdf").symlink_to(key_path(directory))
    (links / "folder").symlink_to(directory, target_is_directory=True)
    for target in (links / "hard.pdf", links / "soft.pdf", links / "folder" / "new.pdf"):
        for name, args in commands(office, target, tmp_path).items():
            code, _, err = hirfa(office, capsys, *args, "--overwrite")
            assert code == 2 and "is in the office's data folder" in err[0], (name, target)
    assert fingerprint(directory) == before


def test_an_existing_file_is_replaced_only_when_asked(
    office: Office,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name, args in commands(office, tmp_path / "placeholder", tmp_path).items():
        target = tmp_path / f"{name.replace(' ', '-')}.out"
        if name in ("print", "documents log"):
            target = target.with_suffix(".pdf")
        elif name in ("import --template",):
            target = target.with_suffix(".xlsx")
        elif name in ("import --report", "export"):
            target = target.with_suffix(".csv")
        target.write_bytes(b"the user's own file")
        args = [str(target) if a.endswith("placeholder") else a for a in args]

        code, _, err = hirfa(office, capsys, *args)
        assert code == 2, name
        assert err == [
            f"hirfa: {target}: already exists: choose another name, or ask for it to be "
            "replaced (add --overwrite to replace it)"
        ], name
        assert target.read_bytes() == b"the user's own file", name

        code, _, err = hirfa(office, capsys, *args, "--overwrite")
        assert code in (0, 1), (name, err)  # 1: the import rejected a row (the report)
        assert target.read_bytes() != b"the user's own file", name
    assert not list(tmp_path.glob(".*.partial"))


def test_no_folder_and_a_folder_are_named(
    office: Office,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for target, message in [
        (tmp_path / "missing" / "out.pdf", "is in a folder that does not exist"),
        (tmp_path, "is a folder, not a file name"),
    ]:
        for name, args in commands(office, target, tmp_path).items():
            code, _, err = hirfa(office, capsys, *args)
            assert (code, err) == (2, [f"hirfa: {target}: {message}"]), name


def test_an_output_appears_whole_or_not_at_all(tmp_path: Path) -> None:
    data = tmp_path / "office"
    data.mkdir()
    target = tmp_path / "export.csv"
    target.write_bytes(b"earlier export")
    output = checked_output(data, target, replace=True)

    with pytest.raises(RuntimeError), output.writing() as temporary:
        temporary.write_bytes(b"half of the new")
        assert target.read_bytes() == b"earlier export"  # not in place while written
        raise RuntimeError("the disk filled up")

    assert target.read_bytes() == b"earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv", "office"]

    output.write_bytes(b"the new export")
    assert target.read_bytes() == b"the new export"


def test_a_file_made_after_the_check_is_not_overwritten(tmp_path: Path) -> None:
    """The check and the move are apart in time: the move itself refuses to replace."""
    data = tmp_path / "office"
    data.mkdir()
    target = tmp_path / "out.pdf"
    output = checked_output(data, target)
    target.write_bytes(b"made meanwhile by someone else")

    with pytest.raises(Exception, match="out.pdf"):
        output.write_bytes(b"ours")
    assert target.read_bytes() == b"made meanwhile by someone else"


def test_the_default_report_replaces_only_an_earlier_report(
    office: Office,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    spreadsheet = write_csv(tmp_path / "rows.csv", generated_rows(4, bad_every=2))
    report = tmp_path / "rows.report.csv"
    report.write_bytes(b"notes of the clerk, not a report")
    code, _, err = hirfa(office, capsys, "import", str(spreadsheet))
    assert code == 2 and "already exists" in err[0]
    assert report.read_bytes() == b"notes of the clerk, not a report"

    report.unlink()
    assert hirfa(office, capsys, "import", str(spreadsheet))[0] == 1
    first = report.read_bytes()
    assert hirfa(office, capsys, "import", str(spreadsheet))[0] == 1  # its own report: replaced
    assert report.read_bytes() == first
