"""``hirfa activities``: load a new version of the activity list, list loaded versions."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.common import cli_actor, opened_desk
from desktop_app.services.desk import load_activity_list
from desktop_app.services.input_files import read_text


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("activities", help="the activity list (nomenclature) in force")
    actions = p.add_subparsers(dest="action", required=True)
    load = actions.add_parser("load", help="make a new version of the list active")
    load.add_argument("file", type=Path)
    load.set_defaults(run=run_load)
    show = actions.add_parser("list", help="the activities of the list in force")
    show.set_defaults(run=run_list)


def run_load(args: argparse.Namespace) -> int:
    document = read_text(args.file)
    with opened_desk(args) as desk:
        loaded = load_activity_list(desk, cli_actor(), document)
        versions = desk.activities.versions
    print(
        f"activity list {loaded.version} is now in force ({len(loaded.activities)} activities); "
        f"versions kept: {', '.join(versions)}"
    )
    return 0


def run_list(args: argparse.Namespace) -> int:
    with opened_desk(args) as desk:
        active = desk.activities.active
    print(f"version {active.version} ({active.status or 'official'})")
    for activity in active.activities.values():
        print(f"{activity.code}  {activity.name_fr} — {activity.name_ar}")
    return 0
