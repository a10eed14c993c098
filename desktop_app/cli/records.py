"""``hirfa search`` and ``hirfa show``."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli.common import opened_desk, print_json
from desktop_app.services.lookup import record_with_history
from desktop_app.services.records import ArtisanRecord, ArtisanRow
from desktop_app.services.search import SearchQuery, search
from registry.artisan import DRAFT_FIELDS
from registry.serialization import fields_to_json


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("search", help="find artisans by name, CIN, number or phone")
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run_search)
    p = sub.add_parser("show", help="one record with its history, by number or CIN")
    p.add_argument("key", metavar="NUMBER|CIN")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=run_show)


def row_json(row: ArtisanRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "registration_number": row.registration_number,
        "status": row.status.value,
        "cin": row.cin,
        "last_name_fr": row.last_name_fr,
        "first_name_fr": row.first_name_fr,
        "last_name_ar": row.last_name_ar,
        "first_name_ar": row.first_name_ar,
        "sex": row.sex.value,
        "birth_date": row.birth_date.isoformat(),
        "province": row.province,
        "category": row.category.value,
        "activity": row.activity,
        "registered_on": row.registered_on.isoformat(),
        "phone": row.phone,
    }


def record_json(record: ArtisanRecord) -> dict[str, Any]:
    values = fields_to_json(record.fields)
    return {
        "id": record.id,
        "registration_number": record.registration_number,
        "status": record.status.value,
        "version": record.version,
        "owner_office": record.owner_office,
        **{name: values[name] for name in DRAFT_FIELDS},
        "region": values["region"],
        "branch": values["branch"],
        "activity_version": values["activity_version"],
        "photo_sha256": values["photo"],
    }


def _line(row: ArtisanRow) -> str:
    latin = f"{row.last_name_fr} {row.first_name_fr}".strip()
    arabic = f"{row.last_name_ar} {row.first_name_ar}".strip()
    names = " / ".join(n for n in (latin, arabic) if n)
    return f"{row.registration_number}  {row.cin:<9} {row.status.value:<15} {names}"


def run_search(args: argparse.Namespace) -> int:
    with opened_desk(args) as desk:
        page = search(desk, SearchQuery(text=args.text, limit=args.limit))
    if args.json:
        print_json([row_json(r) for r in page.rows])
    else:
        for row in page.rows:
            print(_line(row))
        if not page.rows:
            print("no artisan found")
    return 0


def run_show(args: argparse.Namespace) -> int:
    with opened_desk(args) as desk:
        found = record_with_history(desk, args.key)
    if args.json:
        out = record_json(found.record)
        out["status_history"] = [
            {
                "action": s.action,
                "from": s.from_status.value if s.from_status else None,
                "to": s.to_status.value,
                "reason": s.reason,
                "by": s.actor,
                "at": s.at.isoformat(),
            }
            for s in found.status_history
        ]
        print_json(out)
        return 0
    for key, value in record_json(found.record).items():
        if value not in (None, ""):
            print(f"{key:>20}: {value}")
    print("      status history:")
    for s in found.status_history:
        reason = f" — {s.reason}" if s.reason else ""
        print(f"  {s.at:%Y-%m-%d %H:%M} {s.action} → {s.to_status.value} by {s.actor}{reason}")
    return 0
