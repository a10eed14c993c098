"""``make bench``: every benchmark, at 400k and 1M artisans (stores built once)."""

from __future__ import annotations

from bench import bench_bulk, bench_core, bench_desk


def main() -> None:
    bench_bulk.main()
    bench_core.main()
    bench_desk.main()


if __name__ == "__main__":
    main()
