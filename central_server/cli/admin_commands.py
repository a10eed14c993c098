"""``office``, ``user``, ``enroll-code``, ``device`` and ``conflict``: the national
administrator's commands, run on the server with the store's own access."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from central_server.admin.conflicts import list_conflicts
from central_server.admin.devices import list_devices, revoke_device
from central_server.admin.enrol_codes import make_enrol_code
from central_server.admin.offices import add_office, list_offices
from central_server.admin.users import add_user, list_users, reset_password, set_active
from central_server.cli.context import CommandContext
from central_server.cli.output import CliError, print_json, print_table, read_password
from registry.workflow import Role

Subparsers = Any  # argparse's private _SubParsersAction


def add_parsers(sub: Subparsers) -> None:
    office = sub.add_parser("office", help="chamber offices").add_subparsers(
        dest="office_command", metavar="COMMAND", required=True
    )
    p = office.add_parser("add", help="add an office (sent to every desk)")
    p.add_argument("code", metavar="RR-OOO")
    p.add_argument("--name-fr", required=True)
    p.add_argument("--name-ar", required=True)
    _json(p, office_add)
    _json(office.add_parser("list", help="the offices"), office_list)

    user = sub.add_parser("user", help="users of an office, national administrators")
    users = user.add_subparsers(dest="user_command", metavar="COMMAND", required=True)
    p = users.add_parser("add", help="add a user (sent to the desks of the office)")
    p.add_argument("username", metavar="USER")
    p.add_argument("--name", required=True)
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--office", metavar="RR-OOO", help="none: a national administrator")
    p.add_argument("--password-stdin", action="store_true")
    _json(p, user_add)
    for name, about in (("disable", "stop a user logging in"), ("enable", "let them again")):
        p = users.add_parser(name, help=about)
        p.add_argument("username", metavar="USER")
        p.add_argument("--office", metavar="RR-OOO")
        _json(p, user_disable if name == "disable" else user_enable)
    p = users.add_parser("reset", help="give a user a new password")
    p.add_argument("username", metavar="USER")
    p.add_argument("--office", metavar="RR-OOO")
    p.add_argument("--password-stdin", action="store_true")
    _json(p, user_reset)
    p = users.add_parser("list", help="the users")
    p.add_argument("--office", metavar="RR-OOO")
    _json(p, user_list)

    p = sub.add_parser("enroll-code", help="a one-time code that enrols a desk of an office")
    p.add_argument("--office", metavar="RR-OOO", required=True)
    p.add_argument("--valid-hours", type=int, metavar="H")
    _json(p, enroll_code)

    device = sub.add_parser("device", help="enrolled desks").add_subparsers(
        dest="device_command", metavar="COMMAND", required=True
    )
    p = device.add_parser("list", help="the enrolled desks")
    p.add_argument("--office", metavar="RR-OOO")
    _json(p, device_list)
    p = device.add_parser("revoke", help="stop a desk syncing; its documents become invalid")
    p.add_argument("device", metavar="DEVICE", help="its id, or its code RR-OOO-DD")
    _json(p, device_revoke)

    conflict = sub.add_parser("conflict", help="conflicts held for supervisors")
    conflicts = conflict.add_subparsers(dest="conflict_command", metavar="COMMAND", required=True)
    p = conflicts.add_parser("list", help="conflicts waiting (base, ours, theirs)")
    p.add_argument("--office", metavar="RR-OOO")
    p.add_argument("--all", action="store_true", help="the resolved ones too")
    _json(p, conflict_list)


def _json(parser: argparse.ArgumentParser, run: Callable[[CommandContext], int]) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(run=run)


def office_add(ctx: CommandContext) -> int:
    a = ctx.args
    row = add_office(ctx.store(), ctx.geography(), a.code, a.name_fr, a.name_ar, ctx.now())
    if a.json:
        print_json(row)
    else:
        print(f"office {row.code} added: {row.name_fr} / {row.name_ar}")
    return 0


def office_list(ctx: CommandContext) -> int:
    rows = list_offices(ctx.store())
    if ctx.args.json:
        print_json(rows)
    else:
        print_table(
            ("office", "name (fr)", "name (ar)"), ((r.code, r.name_fr, r.name_ar) for r in rows)
        )
    return 0


def user_add(ctx: CommandContext) -> int:
    a = ctx.args
    if a.office is None and a.role != Role.ADMINISTRATOR.value:
        raise CliError("a user without --office is a national administrator (--role administrator)")
    password = read_password(a.password_stdin)
    row = add_user(ctx.store(), a.username, a.name, a.role, a.office, password, ctx.now())
    return _user_done(ctx, row, "added")


def user_disable(ctx: CommandContext) -> int:
    a = ctx.args
    return _user_done(
        ctx, set_active(ctx.store(), a.username, a.office, False, ctx.now()), "disabled"
    )


def user_enable(ctx: CommandContext) -> int:
    a = ctx.args
    return _user_done(
        ctx, set_active(ctx.store(), a.username, a.office, True, ctx.now()), "enabled"
    )


def user_reset(ctx: CommandContext) -> int:
    a = ctx.args
    password = read_password(a.password_stdin)
    row = reset_password(ctx.store(), a.username, a.office, password, ctx.now())
    return _user_done(ctx, row, "given a new password")


def _user_done(ctx: CommandContext, row: Any, what: str) -> int:
    if ctx.args.json:
        print_json(row)
    else:
        where = f"office {row.office}" if row.office else "national"
        print(f"user {row.username} ({row.role}, {where}) {what}")
    return 0


def user_list(ctx: CommandContext) -> int:
    rows = list_users(ctx.store(), ctx.args.office)
    if ctx.args.json:
        print_json(rows)
    else:
        print_table(
            ("user", "name", "role", "office", "active"),
            ((r.username, r.full_name, r.role, r.office or "national", r.active) for r in rows),
        )
    return 0


def enroll_code(ctx: CommandContext) -> int:
    a = ctx.args
    hours = a.valid_hours if a.valid_hours is not None else ctx.settings().enrol_code_hours
    made = make_enrol_code(ctx.store(), a.office, hours, ctx.now())
    if a.json:
        print_json(made)
    else:
        print(f"enrolment code: {made.code}")
        print(f"office {made.office}, computer number {made.device}")
        print(f"valid until {made.expires_at.isoformat(sep=' ', timespec='minutes')} UTC, once")
    return 0


def device_list(ctx: CommandContext) -> int:
    rows = list_devices(ctx.store(), ctx.args.office)
    if ctx.args.json:
        print_json(rows)
    else:
        print_table(
            ("device", "id", "enrolled", "revoked", "ops"),
            ((r.device_code, r.device_id, r.enrolled_at, r.revoked_at, r.last_seq) for r in rows),
        )
    return 0


def device_revoke(ctx: CommandContext) -> int:
    row = revoke_device(ctx.store(), ctx.args.device, ctx.now())
    if ctx.args.json:
        print_json(row)
    else:
        print(f"device {row.device_code} revoked: it may no longer sync")
    return 0


def conflict_list(ctx: CommandContext) -> int:
    a = ctx.args
    rows = list_conflicts(ctx.store(), a.office, unresolved_only=not a.all)
    if a.json:
        print_json(rows)
    else:
        print_table(
            ("received", "office", "kind", "entity", "fields", "by"),
            (
                (
                    r.received_at,
                    r.office,
                    r.kind,
                    f"{r.entity} {r.entity_id}",
                    ",".join(r.fields),
                    r.actor,
                )
                for r in rows
            ),
        )
    return 0
