"""What the commands print: lines for people, JSON with ``--json``."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import PurePath

import msgspec


class CliError(Exception):
    """A command that cannot go on: one line on stderr, exit status ``exit_code``."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def print_json(value: object) -> None:
    """Dataclasses, lists and datetimes as JSON (msgspec's forms; paths as text)."""
    sys.stdout.write(msgspec.json.encode(value, enc_hook=_text).decode("utf-8") + "\n")


def _text(value: object) -> str:
    if isinstance(value, PurePath):
        return str(value)
    raise NotImplementedError(f"no JSON form for {type(value).__name__}")


def print_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    cells = [[_cell(v) for v in row] for row in rows]
    if not cells:
        print("(none)")
        return
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return str(value)


def read_password(stdin_flag: bool) -> str:
    """The password given on standard input (its first line)."""
    if not stdin_flag:
        raise CliError("give the password on standard input, with --password-stdin", 2)
    line = sys.stdin.readline()
    password = line.rstrip("\r\n")
    if not password:
        raise CliError("no password on standard input")
    return password
