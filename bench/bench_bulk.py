"""Bulk work through the real command: importing a 100k-row file, seeding 400k artisans.

    python -m bench.bench_bulk [--import-rows 100000] [--seed-count 400000]

Each run starts from a fresh office store and times the ``hirfa`` command as a user
would run it (a new process), so the figures include start-up and the final commit.
The largest the WAL grew meanwhile is reported too (it must stay bounded).
"""

from __future__ import annotations

import argparse
import csv
import shutil
import subprocess
import sys
import time
from contextlib import suppress
from pathlib import Path

from bench.stores import OUT
from desktop_app.services.demo_data import DemoGenerator
from desktop_app.services.desk import init_office, open_desk
from desktop_app.storage.engine import store_path, wal_path
from registry.artisan import DRAFT_FIELDS

PASSWORD = "benchmark-password"


def _fresh_store(name: str) -> Path:
    directory = OUT / name
    shutil.rmtree(directory, ignore_errors=True)
    desk = init_office(
        directory,
        region="01",
        office="511",
        office_name="Benchmark office",
        admin_username="bench",
        admin_password=PASSWORD,
    )
    desk.close()
    return directory


def _hirfa(directory: Path, *args: str) -> tuple[float, int]:
    """The command's run time and the largest size of the WAL meanwhile (bytes)."""
    wal = wal_path(store_path(directory))
    start = time.perf_counter()
    running = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(directory), *args],
        stdout=subprocess.DEVNULL,
    )
    largest = 0
    while running.poll() is None:
        with suppress(FileNotFoundError):
            largest = max(largest, wal.stat().st_size)
        time.sleep(0.05)
    if running.returncode != 0:
        raise subprocess.CalledProcessError(running.returncode, args)
    return time.perf_counter() - start, largest


def _import_file(rows: int) -> Path:
    """A CSV of ``rows`` valid artisans, in the canonical columns (no enterprises)."""
    path = OUT / f"import-{rows}.csv"
    if path.exists():
        return path
    directory = _fresh_store("import-source")
    desk = open_desk(directory)
    generator = DemoGenerator(desk.rule_context(), 99)
    desk.close()
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(DRAFT_FIELDS)
        for item in generator.chunk(rows, []):
            writer.writerow([getattr(item.draft, name) for name in DRAFT_FIELDS])
    return path


def bench_import(rows: int) -> str:
    source = _import_file(rows)
    directory = _fresh_store("import-target")
    report = str(OUT / "import-report.csv")
    elapsed, wal = _hirfa(directory, "import", str(source), "--report", report, "--overwrite")
    return (
        f"import {rows:,} rows: {elapsed:.1f} s = {rows / elapsed:,.0f} rows/s, "
        f"WAL at most {wal / 1e6:.0f} MB"
    )


def bench_seed(count: int) -> str:
    directory = _fresh_store("seed-target")
    elapsed, wal = _hirfa(directory, "seed-demo", "--count", str(count))
    return (
        f"seed-demo --count {count:,}: {elapsed:.1f} s = {count / elapsed:,.0f} artisans/s, "
        f"WAL at most {wal / 1e6:.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--import-rows", type=int, default=100_000)
    parser.add_argument("--seed-count", type=int, default=400_000)
    args = parser.parse_args()
    print(bench_import(args.import_rows), flush=True)
    print(bench_seed(args.seed_count), flush=True)


if __name__ == "__main__":
    main()
