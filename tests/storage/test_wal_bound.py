"""The WAL stays bounded during long bulk work (it reached 90 MB beside a 57 MB store,
and 4.8 GB while seeding 400,000 artisans): past its limit it is folded back and
truncated, even while the writer goes on."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.storage.engine import WAL_LIMIT_BYTES, store_path, wal_path
from tests.conftest import ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_wal_stays_bounded_while_seeding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office = tmp_path / "office"
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    init = ["init", "--region", "01", "--office", "511", "--office-name", "Tanger"]
    assert main(["--data-dir", str(office), *init, "--admin", "admin", "--password-stdin"]) == 0
    seeding = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(office),
         "seed-demo", "--count", "30000", "--seed", "5"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    wal = wal_path(store_path(office))
    largest = 0
    while seeding.poll() is None:
        try:
            largest = max(largest, wal.stat().st_size)
        except FileNotFoundError:
            pass
        time.sleep(0.02)

    assert seeding.returncode == 0
    assert 0 < largest < 2 * WAL_LIMIT_BYTES, f"the WAL reached {largest / 1e6:.0f} MB"
    assert not wal.exists() or wal.stat().st_size == 0  # folded in at the end
