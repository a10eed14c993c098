"""Seeded stores for benchmarks, built once and kept in ``bench/out/`` (not committed)."""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from desktop_app.services.demo import seed_demo
from desktop_app.services.desk import init_office, open_desk
from desktop_app.services.records import Actor
from desktop_app.storage.engine import store_path
from registry.workflow import Role

OUT = Path(__file__).resolve().parent / "out"
SEED = 2026
ADMIN = Actor("bench", Role.ADMINISTRATOR)


def _progress(done: int, total: int) -> None:
    print(f"\r  seeding {done:,}/{total:,}", end="", file=sys.stderr, flush=True)


def seeded_store(count: int) -> Path:
    """A data directory holding ``count`` demo artisans (built the first time)."""
    directory = OUT / f"store-{count}"
    marker = directory / "complete"
    if marker.exists():
        return directory
    shutil.rmtree(directory, ignore_errors=True)
    desk = init_office(
        directory,
        region="01",
        office="511",
        office_name="Benchmark office",
        admin_username="bench",
        admin_password="benchmark-password",
    )
    start = time.perf_counter()
    try:
        seed_demo(desk, ADMIN, count, SEED, _progress)
    finally:
        desk.close()
    print(f"\n  seeded {count:,} in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    marker.write_text(str(count))
    return directory


def scratch_copy(count: int, name: str) -> Path:
    """A copy of a seeded store that a benchmark may write to."""
    source = seeded_store(count)
    target = OUT / f"scratch-{name}-{count}"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    desk = open_desk(source)
    desk.close()  # checkpoints the WAL into the main file
    shutil.copy2(store_path(source), store_path(target))
    return target
