"""``hirfa init``: create an office's store and its first administrator."""

from __future__ import annotations

import argparse
import getpass
import sys

from desktop_app.cli.common import CliError
from desktop_app.paths import data_dir
from desktop_app.services.desk import init_office


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="create this office's store (refuses to touch an existing one)")
    p.add_argument("--region", required=True, help="region code, 01 to 12")
    p.add_argument("--office", required=True, help="office code, three digits")
    p.add_argument("--office-name", required=True)
    p.add_argument("--device", default="01", help="this desk's number in the office (01-99)")
    p.add_argument("--admin", required=True, help="user name of the first administrator")
    p.add_argument("--admin-name", default="", help="full name of the first administrator")
    p.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    p.set_defaults(run=run_init)


def read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CliError("give the password with --password-stdin")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Password again: "):
        raise CliError("the two passwords differ")
    return first


def run_init(args: argparse.Namespace) -> int:
    target = data_dir(args.data_dir)
    password = read_password(args.password_stdin)
    desk = init_office(
        target,
        region=args.region,
        office=args.office,
        office_name=args.office_name,
        admin_username=args.admin,
        admin_password=password,
        admin_full_name=args.admin_name,
        device=args.device,
    )
    identity = desk.identity
    desk.close()
    print(
        f"created office {identity.region}-{identity.office} ({identity.office_name}), "
        f"device {identity.device}, in {target}"
    )
    return 0
