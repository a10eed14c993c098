"""``hirfa user add|disable|enable|reset|list``: the office's user accounts."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import cli_actor, opened_desk
from desktop_app.cli.office import read_password
from desktop_app.services.users import add_user, list_users, reset_password, set_active
from registry.workflow import Role


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("user", help="add, disable, enable, reset or list user accounts")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="add a user")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="full name")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--password-stdin", action="store_true")
    add.set_defaults(run=run_add)
    for name, helptext in (("disable", "disable an account"), ("enable", "enable it again")):
        q = actions.add_parser(name, help=helptext)
        q.add_argument("username")
        q.set_defaults(run=run_set_active, active=name == "enable")
    reset = actions.add_parser("reset", help="set a new password (lifts a lockout)")
    reset.add_argument("username")
    reset.add_argument("--password-stdin", action="store_true")
    reset.set_defaults(run=run_reset)
    listing = actions.add_parser("list", help="list accounts")
    listing.set_defaults(run=run_list)


def run_add(args: argparse.Namespace) -> int:
    password = read_password(args.password_stdin)
    with opened_desk(args) as desk:
        user = add_user(desk, cli_actor(), args.username, args.name, Role(args.role), password)
    print(f"added {user.role.value} {user.username} ({user.full_name})")
    return 0


def run_set_active(args: argparse.Namespace) -> int:
    with opened_desk(args) as desk:
        user = set_active(desk, cli_actor(), args.username, args.active)
    print(f"{user.username} is now {'enabled' if user.active else 'disabled'}")
    return 0


def run_reset(args: argparse.Namespace) -> int:
    password = read_password(args.password_stdin)
    with opened_desk(args) as desk:
        user = reset_password(desk, cli_actor(), args.username, password)
    print(f"new password set for {user.username}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    with opened_desk(args) as desk:
        users = list_users(desk)
    for user in users:
        state = "enabled" if user.active else "disabled"
        print(f"{user.username:<20} {user.role.value:<14} {state:<9} {user.full_name}")
    return 0
