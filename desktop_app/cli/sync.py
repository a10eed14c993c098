"""``hirfa enroll --server URL --code CODE`` and ``hirfa sync [--json]``: this desk and
the central server (docs/sync.md).

``sync`` exits 0 when the desk is in sync, 1 when conflicts or rejections wait for
people, 2 when the server cannot be reached or refuses the device. Offline is normal:
every change is kept for the next round.
"""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli.common import CliError, opened_desk, print_json
from desktop_app.paths import data_dir
from desktop_app.services.desk import Desk, store_exists
from desktop_app.services.enrolment import enrol_new_desk, enrol_standalone
from desktop_app.services.sync_round import (
    NotEnrolled,
    PullReport,
    RoundOutcome,
    RoundResult,
    SyncFailure,
    sync_round,
)

EXIT_CODES = {
    RoundOutcome.IN_SYNC: 0,
    RoundOutcome.WAITING: 1,
    RoundOutcome.OFFLINE: 2,
    RoundOutcome.REFUSED: 2,
}


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("enroll", help="enrol this desk with the central server")
    p.add_argument("--server", required=True, metavar="URL", help="the central server's address")
    p.add_argument("--code", required=True, help="the one-time code its administrator gave")
    p.set_defaults(run=run_enroll)
    p = sub.add_parser("sync", help="push this desk's changes, then pull the server's")
    p.add_argument("--json", action="store_true", help="the round as JSON")
    p.set_defaults(run=run_sync)


def _progress(report: PullReport) -> None:
    print(
        f"hirfa: pulled {report.changes} changes ({report.pages} pages, feed at {report.cursor})",
        file=sys.stderr,
    )


def describe(result: RoundResult) -> list[str]:
    answers = result.answers
    lines = [
        f"pushed {result.pushed} operations: {answers.applied} applied, "
        f"{answers.duplicates} already applied, {answers.conflicts} held as conflicts, "
        f"{answers.rejected} rejected",
        f"pulled {result.pulled} changes: {result.applied} applied, {result.kept_local} kept "
        "as changed here (sent first)",
    ]
    lines += [f"left out: {why}" for why in result.left_out]
    if result.waiting:
        lines.append(
            f"waiting for people: {result.waiting} operations held as conflicts or rejected"
        )
    if result.outcome is RoundOutcome.OFFLINE:
        lines.append(f"offline: {result.problem}; every change is kept for the next round")
    elif result.outcome is RoundOutcome.REFUSED:
        lines.append(f"refused: {result.problem}; every record and change is kept here")
    else:
        state = "in sync" if result.outcome is RoundOutcome.IN_SYNC else "synced"
        lines.append(f"{state}: feed applied up to {result.cursor}, {result.unanswered} to send")
    return lines


def _round(desk: Desk, as_json: bool) -> int:
    try:
        result = sync_round(desk, on_page=None if as_json else _progress)
    except NotEnrolled as exc:
        raise CliError(str(exc), exit_code=2) from exc
    if as_json:
        print_json(result.summary())
    else:
        print("\n".join(describe(result)))
    return EXIT_CODES[result.outcome]


def run_enroll(args: argparse.Namespace) -> int:
    target = data_dir(args.data_dir)
    try:
        if store_exists(target):
            with opened_desk(args) as desk:
                enrol_standalone(desk, args.server, args.code)
                print(f"enrolled {desk.identity.device_code} with {args.server}")
                return _round(desk, as_json=False)
        desk = enrol_new_desk(target, args.server, args.code)
    except SyncFailure as exc:
        raise CliError(f"{exc}; nothing was changed", exit_code=2) from exc
    try:
        me = desk.identity
        print(
            f"created office {me.region}-{me.office} ({me.office_name}), computer {me.device}, "
            f"in {target}, enrolled with {args.server}; its users come with the first pull"
        )
        return _round(desk, as_json=False)
    finally:
        desk.close()


def run_sync(args: argparse.Namespace) -> int:
    with opened_desk(args) as desk:
        return _round(desk, args.json)
