"""``hirfa store check``: read the whole office store now, as the daily check does."""

from __future__ import annotations

import argparse
import time

from desktop_app.paths import data_dir
from desktop_app.services.desk import open_desk
from desktop_app.services.store_checks import check_fully


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("store", help="the office store itself")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    check = actions.add_parser(
        "check", help="read every page, the search index and the audit chain (exit 0: whole)"
    )
    check.set_defaults(run=run_check)


def run_check(args: argparse.Namespace) -> int:
    start = time.monotonic()
    desk = open_desk(data_dir(args.data_dir), full_check=False, recheck=True)
    try:
        check_fully(desk.store, desk.now())
    finally:
        desk.close()
    print(
        "the office store is whole: every page, the search index and the audit chain "
        f"were read ({time.monotonic() - start:.1f} s)"
    )
    return 0
