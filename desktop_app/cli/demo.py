"""``hirfa seed-demo``: fill the office's store with synthetic artisans."""

from __future__ import annotations

import argparse
import sys
import time

from desktop_app.cli.common import CliError, cli_actor, opened_desk
from desktop_app.messages import describe
from desktop_app.services.demo import MAX_COUNT, seed_demo

PROGRESS_EVERY_S = 0.5


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "seed-demo",
        help="register synthetic artisans, for demonstrations and benchmarks only",
        description="Register COUNT synthetic artisans made from SEED. The same seed makes "
        "the same people: running it again adds nothing.",
    )
    p.add_argument("--count", type=_count, required=True, help=f"1 to {MAX_COUNT}")
    p.add_argument("--seed", type=int, default=1, help="default 1")
    p.set_defaults(run=run_seed_demo)


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_COUNT:
        raise argparse.ArgumentTypeError(f"a number from 1 to {MAX_COUNT}, not {text!r}")
    return value


class _ProgressLine:
    """``seeding: done/total`` on standard error, at most twice a second."""

    def __init__(self) -> None:
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.last >= PROGRESS_EVERY_S or done == total:
            self.last = now
            print(f"seeding: {done}/{total}", file=sys.stderr, flush=True)


def run_seed_demo(args: argparse.Namespace) -> int:
    started = time.monotonic()
    with opened_desk(args) as desk:
        summary = seed_demo(desk, cli_actor(), args.count, args.seed, _ProgressLine())
    elapsed = time.monotonic() - started
    counts = [f"{n} {status.value}" for status, n in summary.saved.items()]
    if summary.skipped:
        counts.append(f"{summary.skipped} already in the store")
    if counts:
        print(", ".join(counts))
    print(f"seeded {summary.saved_total} artisans in {elapsed:.1f} s")
    if summary.rejected:
        first = describe(summary.first_rejection[0]) if summary.first_rejection else ""
        raise CliError(f"{summary.rejected} demo records were refused, the first: {first}")
    return 0
