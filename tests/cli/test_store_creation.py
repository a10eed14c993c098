"""``hirfa init`` run twice at once, or killed half-way, never leaves a store that cannot
be opened: the store is built aside and appears under its name only once complete."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.storage.engine import store_path
from tests.conftest import ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def hirfa(directory: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(directory), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def init(directory: Path, office: str = "511") -> subprocess.Popen[str]:
    process = hirfa(
        directory, "init", "--region", "01", "--office", office, "--office-name", "Tanger",
        "--admin", "admin", "--password-stdin",
    )  # fmt: skip
    assert process.stdin is not None
    process.stdin.write(ADMIN_PASSWORD + "\n")
    process.stdin.flush()
    return process


def run(directory: Path, *args: str) -> tuple[int, str, str]:
    process = hirfa(directory, *args)
    out, err = process.communicate(timeout=60)
    return process.returncode, out, err


@pytest.mark.slow
@pytest.mark.parametrize("attempt", range(3))
def test_two_inits_at_once_make_one_store(tmp_path: Path, attempt: int) -> None:
    directory = tmp_path / "office"
    processes = [init(directory, office=f"51{n}") for n in range(4)]
    results = [(p.wait(timeout=60), p.communicate()) for p in processes]

    created = [out for code, (out, _) in results if code == 0]
    refused = [err for code, (_, err) in results if code != 0]
    assert len(created) == 1, results
    assert all("an office store already exists" in err for err in refused), refused
    code, out, err = run(directory, "search", "x")
    assert (code, out, err) == (0, "no artisan found\n", "")
    office = created[0].split()[2]  # "created office 01-51N (...)"
    code, out, _ = run(directory, "keys", "list")
    assert code == 0 and f"{office}-01" in out
    assert not [p for p in directory.iterdir() if p.name.endswith(".creating")]


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.05, 0.15, 0.3, 0.5, 0.8])
def test_an_init_killed_half_way_leaves_no_store_or_a_whole_one(
    tmp_path: Path, delay: float
) -> None:
    directory = tmp_path / "office"
    process = init(directory)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)

    if store_path(directory).exists():
        assert run(directory, "search", "x")[0] == 0  # complete, then opened
    else:  # nothing under the store's name: a new init goes through
        again = init(directory)
        _, err = again.communicate(timeout=60)
        assert again.returncode == 0, err
        assert run(directory, "search", "x")[0] == 0
