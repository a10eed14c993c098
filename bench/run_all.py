"""``make bench``: every benchmark (the stores of 400k and 1M artisans are built once)."""

from __future__ import annotations

from bench import bench_bulk, bench_core, bench_desk, bench_printing, bench_store_checks


def main() -> None:
    bench_bulk.main()
    bench_core.main()
    bench_desk.main()
    bench_printing.main()
    bench_store_checks.main()


if __name__ == "__main__":
    main()
