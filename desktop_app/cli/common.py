"""What every ``hirfa`` subcommand shares: opening the store, the acting user, errors."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop_app.paths import data_dir
from desktop_app.services.desk import Desk, open_desk
from desktop_app.services.output_files import OutputFile, checked_output
from desktop_app.services.records import Actor
from registry.workflow import Role


class CliError(Exception):
    """A failure to report as one line; ``exit_code`` is the process's exit status."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def cli_actor() -> Actor:
    """The command line is run by the office's administrator on the office machine."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError):
        name = "unknown"
    return Actor(f"cli:{name}"[:64], Role.ADMINISTRATOR)


def _checking() -> None:
    print("hirfa: reading the whole store, as once a day (seconds to a minute)…", file=sys.stderr)


@contextmanager
def opened_desk(args: argparse.Namespace) -> Iterator[Desk]:
    desk = open_desk(data_dir(args.data_dir), on_full_check=_checking)
    try:
        yield desk
    finally:
        desk.close()


def add_overwrite(parser: argparse.ArgumentParser) -> None:
    """``--overwrite``: without it, a command never replaces an existing file."""
    parser.add_argument(
        "--overwrite", action="store_true", help="replace the output file if it exists"
    )


def output_file(args: argparse.Namespace, path: Path) -> OutputFile:
    """``path`` checked as the command's output, before anything is read or recorded."""
    return checked_output(data_dir(args.data_dir), path, replace=args.overwrite)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
