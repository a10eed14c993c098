"""``hirfa enroll``, ``hirfa sync`` and ``hirfa verify --online`` against the stand-in
server on loopback: what they print, what they keep, how they exit."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop_app.cli.main import main
from desktop_app.services.desk import open_desk
from desktop_app.services.users import list_users
from desktop_app.storage.sync_state import standing
from registry import wire
from tests.conftest import ADMIN_PASSWORD
from tests.pull_support import Feed
from tests.sync.fake_server import TOKEN, FakeServer, serving


@pytest.fixture(autouse=True)
def no_keyring() -> Iterator[None]:
    """This machine's keyring, if any, is left alone: the token goes to the file."""
    chosen = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(chosen)


@pytest.fixture
def server() -> Iterator[tuple[FakeServer, str]]:
    fake = FakeServer()
    with serving(fake) as url:
        yield fake, url


def hirfa(directory: Path, *args: str) -> int:
    return main(["--data-dir", str(directory), *args])


def standalone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "office"
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    init = ["init", "--region", "01", "--office", "511", "--office-name", "Tanger",
            "--admin", "admin", "--password-stdin"]  # fmt: skip
    assert hirfa(directory, *init) == 0
    return directory


def test_an_empty_directory_enrols_and_its_users_come_with_the_first_pull(
    tmp_path: Path, server: tuple[FakeServer, str], capsys: pytest.CaptureFixture[str]
) -> None:
    fake, url = server
    feed = Feed()
    fake.feed = [feed.user("01938c3e-0000-7000-8000-00000000a0a0", "samira", role="supervisor")]
    directory = tmp_path / "new"

    assert hirfa(directory, "enroll", "--server", url, "--code", "K7PQ-2XWM") == 0

    out, err = capsys.readouterr()
    assert "created office 01-511 (Tanger), computer 03" in out
    assert "pulled 1 changes: 1 applied" in out and "in sync" in out
    assert "pulled 1 changes (1 pages, feed at 1)" in err  # progress
    assert (directory / "keys" / "device-token").read_text() == TOKEN
    desk = open_desk(directory)
    try:
        assert [u.username for u in list_users(desk)] == ["samira"]
        with desk.store.read() as session:
            assert standing(session).server_url == url
    finally:
        desk.close()


def test_a_standalone_store_enrols_and_syncs(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    server: tuple[FakeServer, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    fake, url = server
    directory = standalone(tmp_path, monkeypatch)
    assert hirfa(directory, "enroll", "--server", url, "--code", "K7PQ-2XWM") == 0
    out = capsys.readouterr().out
    assert "enrolled 01-511-01" in out and "pushed 1 operations: 1 applied" in out
    assert [op.entity for op in fake.pushed] == [wire.Entity.USER]  # the administrator

    assert hirfa(directory, "sync", "--json") == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["outcome"] == "in_sync" and summary["unanswered"] == 0


def test_sync_exits_2_offline_or_refused_and_1_while_people_must_look(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    server: tuple[FakeServer, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    fake, url = server
    directory = standalone(tmp_path, monkeypatch)
    assert hirfa(directory, "sync") == 2  # not enrolled: no server to reach
    assert "works alone" in capsys.readouterr().err

    fake.refuse_enrolment = wire.EnrolRefusal.USED_CODE
    assert hirfa(directory, "enroll", "--server", url, "--code", "OLD") == 2
    err = capsys.readouterr().err
    assert "used_code" in err and "nothing was changed" in err and err.count("\n") == 1
    fake.refuse_enrolment = None
    fake.answer = lambda op: wire.OpAnswer(
        op.op_id, op.seq, wire.Outcome.REJECTED, issues=[wire.WireIssue("username_taken", "")]
    )
    assert hirfa(directory, "enroll", "--server", url, "--code", "K7PQ-2XWM") == 1
    assert "1 rejected" in capsys.readouterr().out
    assert hirfa(directory, "sync") == 1  # still waiting for people

    fake.revoked = True
    assert hirfa(directory, "sync") == 2
    assert "refused: this computer was revoked" in capsys.readouterr().out


def test_sync_without_the_server_is_offline_and_keeps_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    directory = standalone(tmp_path, monkeypatch)
    fake = FakeServer()
    with serving(fake) as url:
        assert hirfa(directory, "enroll", "--server", url, "--code", "K7PQ-2XWM") == 0
    capsys.readouterr()
    assert hirfa(directory, "sync") == 2  # the server is gone
    out = capsys.readouterr().out
    assert "offline: the central server cannot be reached" in out
    assert "every change is kept" in out


def test_verify_online_asks_the_national_register(
    tmp_path: Path, server: tuple[FakeServer, str], capsys: pytest.CaptureFixture[str]
) -> None:
    _, url = server
    nowhere = tmp_path / "nowhere"
    assert hirfa(nowhere, "verify", "--online", url, "--payload", "GOOD") == 0
    assert "holder's status now: registered" in capsys.readouterr().out
    assert hirfa(nowhere, "verify", "--online", url, "--payload", "BAD") == 1
    assert hirfa(nowhere, "verify", "--online", "http://127.0.0.1:9", "--payload", "X") == 2
    assert "cannot be reached" in capsys.readouterr().err
    assert not nowhere.exists() or not (nowhere / "hirfa.sqlite3").exists()
