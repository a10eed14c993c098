"""What checking a store costs: the quick check of every open, the daily full check.

python -m bench.bench_store_checks [--sizes 400000 1000000]
"""

from __future__ import annotations

import argparse
import time

from bench.measure import time_each
from bench.stores import seeded_store
from desktop_app.storage import health
from desktop_app.storage.engine import Store, store_path


def bench_checks(count: int) -> list[str]:
    path = store_path(seeded_store(count))

    def quick_check() -> None:
        health.check_file(path)
        health.quick_check(path)

    quick = time_each(
        f"quick check at every open (header, schema, identity, audit tail), {count:,}",
        [quick_check] * 20,
    )
    store = Store(path)
    try:
        start = time.perf_counter()
        problems = health.full_check(store)
        full = time.perf_counter() - start
    finally:
        store.close()
    verdict = "whole" if not problems else f"{len(problems)} problems"
    return [quick.line(), f"full check (pages, search index, audit chain), {count:,}: "
            f"{full:.1f} s ({verdict})"]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[400_000, 1_000_000])
    args = parser.parse_args()
    for count in args.sizes:
        for line in bench_checks(count):
            print(line, flush=True)


if __name__ == "__main__":
    main()
