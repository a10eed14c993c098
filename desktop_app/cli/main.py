"""``hirfa [--data-dir DIR] COMMAND ...`` — every error is one clear line, never a traceback."""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence

from sqlalchemy.exc import DBAPIError

from desktop_app.cli import (
    demo,
    documents,
    keys,
    office,
    records,
    reference,
    store,
    sync,
    transfer,
    users,
    verify,
)
from desktop_app.cli.common import CliError
from desktop_app.cli.failures import file_failure, store_failure
from desktop_app.logs import setup_logging
from desktop_app.messages import FIELD_LABELS, MESSAGES, describe
from desktop_app.paths import data_dir
from desktop_app.services.errors import FileRefused, ServiceError, StoreProblem
from desktop_app.storage.engine import StoreReadOnly
from registry.issues import Code, ValidationFailed

log = logging.getLogger("hirfa.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hirfa",
        description="Hirfa — the National Register of Traditional Crafts, at the chamber office.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the office's data directory (default: $HIRFA_DATA_DIR or the user data dir)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (
        office,
        users,
        transfer,
        records,
        reference,
        demo,
        documents,
        verify,
        keys,
        store,
        sync,
    ):
        module.add_parsers(sub)
    return parser


def display_available() -> bool:
    """False on Linux without a graphical session, where Qt would abort the process."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run_desk(args: argparse.Namespace) -> int:
    """Without a command: the desk program's window (first start or login)."""
    if not display_available():
        print("hirfa: no display: run Hirfa in a desktop session", file=sys.stderr)
        return 1
    # Imported here so that the subcommands never load Qt.
    from desktop_app.ui.app import run_gui

    return run_gui(data_dir(args.data_dir))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    target = data_dir(args.data_dir)
    log_file = None
    try:
        log_file = setup_logging(target)
        command = getattr(args, "run", run_desk)
        return int(command(args))
    except CliError as exc:
        print(f"hirfa: {exc}", file=sys.stderr)
        return exc.exit_code
    except StoreProblem as exc:
        print(f"hirfa: {exc}", file=sys.stderr)
        return 1
    except ValidationFailed as exc:
        for issue in exc.errors or exc.issues:
            print(f"hirfa: {describe(issue)}", file=sys.stderr)
        return 1
    except FileRefused as exc:
        hint = " (add --overwrite to replace it)" if exc.code is Code.OUTPUT_EXISTS else ""
        reason = f" ({exc.reason})" if exc.reason else ""
        print(f"hirfa: {exc.path}: {MESSAGES[exc.code]}{reason}{hint}", file=sys.stderr)
        return 2
    except ServiceError as exc:
        label = FIELD_LABELS.get("record", "record")
        print(f"hirfa: {label} {exc.detail}: {MESSAGES[exc.code]}".strip(), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("hirfa: interrupted", file=sys.stderr)
        return 130
    except (DBAPIError, sqlite3.Error, StoreReadOnly) as exc:
        log.exception("database error")
        line = store_failure(exc, target)
        original = getattr(exc, "orig", exc)
        print(f"hirfa: {line or f'the office store cannot be used: {original}'}", file=sys.stderr)
        return 1
    except OSError as exc:
        log.exception("system error")
        print(f"hirfa: {file_failure(exc)}", file=sys.stderr)
        return 1
    except Exception as exc:  # the last line of defence: no traceback reaches a user
        log.exception("unexpected error")
        where = f" (details in {log_file})" if log_file else ""
        print(f"hirfa: unexpected error: {type(exc).__name__}: {exc}{where}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
