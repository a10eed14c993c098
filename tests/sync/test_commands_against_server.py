"""The README's order, as an operator follows it, with the real commands in their own
processes: the server's administrator makes offices, users and codes; desks enrol
(new, or a store that worked alone), sync, print and verify online."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.server.support import ROOT, RunningServer, run_command
from tests.transfer_files import generated_rows, write_csv

PASSWORD = "correct horse battery"


def hirfa(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *args],
        input=stdin, capture_output=True, text=True, timeout=300, check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip


def on_server(running: RunningServer, *args: str, stdin: str = "") -> str:
    done = run_command(running.data_dir, running.db, *args, stdin=stdin)
    assert done.returncode == 0, done.stderr
    return done.stdout


def code_for(running: RunningServer, office: str) -> str:
    made = json.loads(on_server(running, "enroll-code", "--office", office, "--json"))
    return str(made["code"])


def test_an_office_enrols_two_desks_that_sync_and_verify_online(
    server: RunningServer, tmp_path: Path
) -> None:
    running = server
    office = running.office("01")
    on_server(
        running, "user", "add", "samira", "--name", "Samira Alaoui", "--role", "supervisor",
        "--office", office, "--password-stdin", stdin=PASSWORD + "\n",
    )  # fmt: skip

    first, second = tmp_path / "first", tmp_path / "second"
    code = code_for(running, office)
    done = hirfa(first, "enroll", "--server", running.url, "--code", code)
    assert done.returncode == 0, done.stderr
    assert f"office {office}" in done.stdout and "computer 01" in done.stdout
    reused = hirfa(second, "enroll", "--server", running.url, "--code", code)
    assert reused.returncode != 0 and len(reused.stderr.splitlines()) == 1
    assert "used_code" in reused.stderr and not (second / "hirfa.sqlite3").exists()
    again = hirfa(second, "enroll", "--server", running.url, "--code", code_for(running, office))
    assert again.returncode == 0 and "computer 02" in again.stdout, again.stderr
    assert "samira" in hirfa(first, "user", "list").stdout  # a central user, offline

    rows = write_csv(tmp_path / "rows.csv", generated_rows(20))
    assert hirfa(first, "import", str(rows)).returncode == 0
    synced = hirfa(first, "sync", "--json")
    assert synced.returncode == 0, synced.stderr
    round_ = json.loads(synced.stdout)
    assert round_["outcome"] == "in_sync" and round_["answers"]["applied"] >= 20

    assert hirfa(second, "sync").returncode == 0
    found = hirfa(second, "search", "Alaoui")
    assert found.returncode == 0 and "no artisan found" not in found.stdout
    number = found.stdout.split()[0]
    pdf = tmp_path / "certificate.pdf"
    printed = hirfa(second, "print", number, "--kind", "certificate", "--out", str(pdf))
    assert printed.returncode == 0, printed.stderr
    assert hirfa(second, "sync").returncode == 0
    serial = printed.stdout.split()[0]
    online = hirfa(tmp_path / "anyone", "verify", "--online", running.url, str(pdf))
    assert online.returncode == 0, (online.stdout, online.stderr)
    assert "VALID" in online.stdout and serial in online.stdout


def test_a_standalone_store_of_another_office_is_refused_and_unchanged(
    server: RunningServer, tmp_path: Path
) -> None:
    running = server
    desk = tmp_path / "alone"
    init = hirfa(
        desk, "init", "--region", "01", "--office", "511", "--office-name", "Tanger",
        "--admin", "admin", "--password-stdin", stdin=PASSWORD + "\n",
    )  # fmt: skip
    assert init.returncode == 0, init.stderr
    before = (desk / "hirfa.sqlite3").read_bytes()
    other_office = code_for(running, running.office("01"))
    refused = hirfa(desk, "enroll", "--server", running.url, "--code", other_office)
    assert refused.returncode != 0 and "other_office" in refused.stderr
    assert len(refused.stderr.splitlines()) == 1
    assert (desk / "hirfa.sqlite3").read_bytes() == before
    assert hirfa(desk, "sync").returncode == 2  # still alone
