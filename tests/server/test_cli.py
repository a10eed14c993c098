"""The ``hirfa-server`` command: every command, ``--json``, and refusals as one line."""

from __future__ import annotations

import io
import json
import stat
import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest

from central_server.cli.main import main
from registry import wire
from tests.server.support import (
    ADMIN_PASSWORD,
    FakeDesk,
    RunningServer,
    environment,
    free_port,
    run_command,
    server_command,
    wait_for_health,
)


class Cli:
    """``hirfa-server --data-dir DIR`` run in this process, on a SQLite store."""

    def __init__(
        self, data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        self.data_dir = data_dir
        self.capsys = capsys
        self.monkeypatch = monkeypatch

    def run(self, *args: str, stdin: str = "") -> tuple[int, str, str]:
        self.monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(self.data_dir), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *args: str, stdin: str = "") -> str:
        code, out, err = self.run(*args, stdin=stdin)
        assert code == 0, err
        return out

    def json(self, *args: str, stdin: str = "") -> Any:
        return json.loads(self.ok(*args, "--json", stdin=stdin))

    def refused(self, *args: str, stdin: str = "") -> str:
        code, out, err = self.run(*args, stdin=stdin)
        assert code != 0, out
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("hirfa-server: "), err
        assert "Traceback" not in err
        return lines[0]


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    made = Cli(tmp_path / "server", capsys, monkeypatch)
    made.ok("init", "--admin", "root", "--password-stdin", stdin=ADMIN_PASSWORD + "\n")
    return made


def test_init_makes_the_store_and_a_private_root_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cli = Cli(tmp_path / "fresh", capsys, monkeypatch)
    done = cli.json("init", "--admin", "root", "--password-stdin", stdin=ADMIN_PASSWORD + "\n")
    key = Path(done["root_key"])
    assert done["root_key_created"] and key.parent == tmp_path / "fresh"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert (tmp_path / "fresh" / "server.sqlite3").exists()
    assert "exists already" in cli.refused(
        "init", "--admin", "root", "--password-stdin", stdin=ADMIN_PASSWORD
    )
    users = cli.json("user", "list")
    assert [(u["username"], u["role"], u["office"]) for u in users] == [
        ("root", "administrator", None)
    ]
    assert (tmp_path / "fresh" / "logs" / "server.log").exists()


def test_init_refusals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cli = Cli(tmp_path / "other", capsys, monkeypatch)
    assert "at least 10" in cli.refused(
        "init", "--admin", "root", "--password-stdin", stdin="short\n"
    )
    assert "standard input" in cli.refused("init", "--admin", "root")
    assert "not a user name" in cli.refused(
        "init", "--admin", "Root!", "--password-stdin", stdin=ADMIN_PASSWORD
    )
    assert "no central store" in cli.refused("office", "list")


def test_offices(cli: Cli) -> None:
    assert "01-511 added" in cli.ok(
        "office", "add", "01-511", "--name-fr", "Tanger", "--name-ar", "طنجة"
    )
    added = cli.json("office", "add", "02201", "--name-fr", "Oujda", "--name-ar", "وجدة")
    assert added == {
        "code": "02-201",
        "region": "02",
        "office": "201",
        "name_fr": "Oujda",
        "name_ar": "وجدة",
    }
    listed = cli.ok("office", "list")
    assert "01-511" in listed and "Oujda" in listed
    assert [o["code"] for o in cli.json("office", "list")] == ["01-511", "02-201"]
    assert "exists already" in cli.refused(
        "office", "add", "01-511", "--name-fr", "X", "--name-ar", "س"
    )
    assert "no region 13" in cli.refused(
        "office", "add", "13-001", "--name-fr", "X", "--name-ar", "س"
    )
    assert "not an office code" in cli.refused(
        "office", "add", "1-51", "--name-fr", "X", "--name-ar", "س"
    )


def test_users(cli: Cli) -> None:
    cli.ok("office", "add", "01-511", "--name-fr", "Tanger", "--name-ar", "طنجة")
    cli.ok("office", "add", "02-201", "--name-fr", "Oujda", "--name-ar", "وجدة")
    added = cli.json(
        "user", "add", "amina", "--name", "Amina B.", "--role", "supervisor", "--office",
        "01-511", "--password-stdin", stdin="a long password\n",
    )  # fmt: skip
    assert (added["office"], added["role"], added["active"], added["version"]) == (
        "01-511",
        "supervisor",
        True,
        1,
    )
    cli.ok("user", "add", "amina", "--name", "Amina O.", "--role", "clerk", "--office", "02-201",
           "--password-stdin", stdin="a long password\n")  # fmt: skip
    assert "several offices" in cli.refused("user", "disable", "amina")
    assert "disabled" in cli.ok("user", "disable", "amina", "--office", "01-511")
    assert cli.json("user", "enable", "amina", "--office", "01-511")["active"] is True
    reset = cli.json(
        "user",
        "reset",
        "amina",
        "--office",
        "02-201",
        "--password-stdin",
        stdin="another long one\n",
    )
    assert reset["version"] == 2
    names = [(u["username"], u["office"]) for u in cli.json("user", "list", "--office", "01-511")]
    assert names == [("amina", "01-511")]
    assert "amina" in cli.ok("user", "list")
    add = ("user", "add", "omar", "--name", "O", "--role", "clerk", "--password-stdin")
    password = "a long password"
    assert "already" in cli.refused(
        *add[:2], "amina", *add[3:], "--office", "01-511", stdin=password
    )
    assert "no office 03-333" in cli.refused(*add, "--office", "03-333", stdin=password)
    assert "national administrator" in cli.refused(*add, stdin=password)
    assert "no user nobody" in cli.refused("user", "enable", "nobody")
    assert "at least 10" in cli.refused("user", "reset", "root", "--password-stdin", stdin="short")


def test_enrolment_codes_devices_and_conflicts(cli: Cli) -> None:
    cli.ok("office", "add", "01-511", "--name-fr", "Tanger", "--name-ar", "طنجة")
    first = cli.json("enroll-code", "--office", "01-511")
    assert (first["office"], first["device"]) == ("01-511", "01") and len(first["code"]) == 14
    second = cli.ok("enroll-code", "--office", "01511", "--valid-hours", "2")
    assert "computer number 02" in second and "enrolment code:" in second
    assert "no office" in cli.refused("enroll-code", "--office", "09-999")
    assert "between 1 hour" in cli.refused(
        "enroll-code", "--office", "01-511", "--valid-hours", "0"
    )
    assert cli.json("device", "list") == []
    assert "(none)" in cli.ok("device", "list", "--office", "01-511")
    assert "no device" in cli.refused("device", "revoke", "01-511-01")
    assert cli.json("conflict", "list") == []


def test_devices_on_a_running_server(server: RunningServer, desk: FakeDesk) -> None:
    listed = run_command(
        server.data_dir, server.db, "device", "list", "--office", desk.office, "--json"
    )
    assert listed.returncode == 0, listed.stderr
    [device] = json.loads(listed.stdout)
    assert (device["device_id"], device["device_code"], device["revoked_at"]) == (
        desk.device_id, f"{desk.office}-01", None,
    )  # fmt: skip
    revoked = run_command(server.data_dir, server.db, "device", "revoke", f"{desk.office}-01")
    assert revoked.returncode == 0 and "revoked" in revoked.stdout
    again = run_command(server.data_dir, server.db, "device", "revoke", desk.device_id)
    assert again.returncode == 1 and again.stderr.count("\n") == 1 and "already" in again.stderr
    assert httpx.get(f"{server.url}/api/v1/pull", headers=desk.headers).status_code == 403


def test_a_database_that_does_not_answer_is_one_line(tmp_path: Path) -> None:
    done = run_command(tmp_path, "postgresql+psycopg://nobody@127.0.0.1:1/none", "office", "list")
    assert done.returncode == 1
    assert (
        done.stderr.startswith("hirfa-server: the database cannot be used")
        and "Traceback" not in done.stderr
    )
    assert done.stderr.count("\n") == 1


def test_serve_init_if_missing_takes_the_administrator_from_the_environment(tmp_path: Path) -> None:
    data_dir, port = tmp_path / "server-data", free_port()
    db = f"sqlite:///{data_dir / 'server.sqlite3'}"
    refused = run_command(data_dir, db, "serve", "--port", str(port))
    assert refused.returncode == 1 and "no central store" in refused.stderr
    log = tmp_path / "serve.log"
    process = subprocess.Popen(
        server_command(data_dir, db, "serve", "--init-if-missing", "--port", str(port)),
        stdout=log.open("ab"), stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        env=environment(HIRFA_SERVER_ADMIN="first", HIRFA_SERVER_PASSWORD=ADMIN_PASSWORD),
    )  # fmt: skip
    try:
        wait_for_health(f"http://127.0.0.1:{port}", process, log)
        health = httpx.get(f"http://127.0.0.1:{port}/health")
        assert wire.decode(health.content, wire.Health) == wire.Health(status="ok", protocol=1)
    finally:
        process.terminate()
        process.wait(timeout=30)
    users = run_command(data_dir, db, "user", "list", "--json")
    assert [u["username"] for u in json.loads(users.stdout)] == ["first"]
    assert "created" in log.read_text()


def test_serve_without_an_administrator_at_hand_is_one_line(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 's.sqlite3'}"
    done = subprocess.run(
        server_command(tmp_path, db, "serve", "--init-if-missing"),
        capture_output=True, text=True, stdin=subprocess.DEVNULL, env=environment(), timeout=60,
        check=False,
    )  # fmt: skip
    assert done.returncode == 1 and "HIRFA_SERVER_ADMIN" in done.stderr
    assert done.stderr.count("\n") == 1


@pytest.mark.parametrize("server", ["postgresql"], indirect=True)
def test_serve_with_several_workers_on_one_database(server: RunningServer) -> None:
    port = free_port()
    log = server.data_dir / "workers.log"
    process = subprocess.Popen(
        server_command(server.data_dir, server.db, "serve", "--workers", "2", "--port", str(port)),
        stdout=log.open("ab"), stderr=subprocess.STDOUT, env=environment(),
    )  # fmt: skip
    try:
        wait_for_health(f"http://127.0.0.1:{port}", process, log)
        desk = FakeDesk(server, server.office())
        desk.enrol()
        desk.server = RunningServer(server.backend, server.db, server.data_dir, port)
        answers = desk.push([desk.create() for _ in range(3)])
        assert [a.outcome for a in answers] == [wire.Outcome.APPLIED] * 3
        assert len(desk.pull_all()) >= 3
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert log.read_text().count("Application startup complete") == 2
