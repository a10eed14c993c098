"""The pulled write path: a page of the server's feed applied to the store (docs/sync.md,
*Pull*).

A page is applied in the caller's one transaction together with the cursor, so a desk
killed half-way keeps either the whole page or none of it. Pulled state keeps the
server's identities (ids, numbers, serials, owners) and versions; it writes no outbox
entry, and each arrival is one audit entry (``pull``, the entity, the versions), so the
chain stays whole.

- An entity with operations the server has not answered keeps its local state: they are
  pushed first, and the next pull brings the merged result.
- A pull never fails on data. Records pulled are outside the local unique indexes on
  live CIN and ICE (those cover records made here), so one that shares a CIN with a
  local record is kept and the pair shows as a possible duplicate. A change that cannot
  be stored as it is (malformed, a registration number held here by another record) is
  left out, and said: counted in the result and written to the audit log.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop_app.storage import audit, fulltext, print_queue
from desktop_app.storage.artisans import columns_from_fields, fields_from_json, last_pk, terms_for
from desktop_app.storage.bulk import insert_rows
from desktop_app.storage.driver import driver, stored_moment
from desktop_app.storage.models import Artisan, IssuedDocument, Origin, User
from desktop_app.storage.office_logo import LOGO_SETTING, write_logo
from desktop_app.storage.outbox import unanswered_entities
from desktop_app.storage.sync_state import move_cursor
from desktop_app.storage.trusted_keys import KeyKind, KeySource, key_id
from registry import wire
from registry.artisan import Category, Status
from registry.indexing import number_term
from registry.photo import photo_kind
from registry.reference import Nomenclature

SYNC_ACTOR = "sync"
_SECOND = len("2026-11-29 09:30:00")
PULL = "pull"
# Settings that are this desk's own, never the server's.
LOCAL_SETTINGS = frozenset({print_queue.CURSOR, LOGO_SETTING})


@dataclass(frozen=True)
class Here:
    """Who this desk is, as a pull needs it."""

    office_code: str  # region + office, "01511"
    device_id: str
    data_dir: Path  # where the office's logo is kept


@dataclass
class PageResult:
    applied: int = 0
    kept_local: int = 0  # entities with unanswered local operations
    left_out: list[str] = field(default_factory=list)  # "entity id: why"


class _Context:
    def __init__(self, session: Session, here: Here, now: datetime) -> None:
        self.session = session
        self.sql = driver(session)
        self.here = here
        self.now = now
        self.events: list[audit.AuditEvent] = []
        self.settings_version: int | None = None
        self.kept = unanswered_entities(session)

    def arrived(self, change: wire.Change, entity: str, before: int | None) -> None:
        self.events.append(
            audit.AuditEvent.of(SYNC_ACTOR, PULL, entity, change.entity_id,
                                {"version": before}, {"version": change.version}, self.now)
        )  # fmt: skip


def apply_page(session: Session, page: wire.PullPage, here: Here, now: datetime) -> PageResult:
    """Apply ``page`` and move the cursor to its ``last_seq``, in ``session``'s
    transaction (the caller's: one per page)."""
    context = _Context(session, here, now)
    result = PageResult()
    for change in page.changes:
        handler = _HANDLERS.get(change.entity)
        if handler is None:  # a kind of entity this desk does not know yet
            result.left_out.append(f"{change.entity} {change.entity_id}: unknown entity")
            continue
        if (change.entity, change.entity_id) in context.kept:
            result.kept_local += 1
            continue
        try:
            with session.begin_nested():
                handler(context, change)
        except (KeyError, ValueError, TypeError, IntegrityError) as exc:
            why = f"{type(exc).__name__}: {exc}"[:300]
            result.left_out.append(f"{change.entity} {change.entity_id}: {why}")
            context.events.append(
                audit.AuditEvent.of(SYNC_ACTOR, "pull_left_out", change.entity[:32],
                                    change.entity_id[:36], {}, {"version": change.version,
                                    "why": why}, now)
            )  # fmt: skip
            continue
        result.applied += 1
    audit.append(session, context.events)
    move_cursor(session, page.last_seq, context.settings_version)
    return result


# What a change's data says, read strictly: a missing key is a KeyError, a wrong kind of
# value a ValueError or TypeError.


def _bytes(value: Any) -> bytes | None:
    if value is None:
        return None
    return base64.b64decode(str(value), validate=True)


def _moment(value: Any) -> datetime | None:
    """A wire datetime (ISO 8601) as stored: UTC without tzinfo."""
    if value is None:
        return None
    moment = datetime.fromisoformat(str(value))
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _required_moment(value: Any) -> datetime:
    moment = _moment(value)
    if moment is None:
        raise ValueError("a moment is missing")
    return moment


# Artisans ----------------------------------------------------------------------------


def _artisan(context: _Context, change: wire.Change) -> None:
    if change.scope is wire.Scope.INDEX:
        _index_entry(context, change)
        return
    data = change.data
    uid, number = str(data["id"]), str(data["registration_number"])
    owner = str(data["owner_office"])
    status = Status(data["status"]).value
    photo = _bytes(data.get("photo"))
    values = fields_from_json(data["fields"], photo)
    history = [_history_entry(entry) for entry in data.get("history") or []]
    columns = columns_from_fields(values)
    sql = context.sql
    found = sql.execute("SELECT pk, version, origin FROM artisans WHERE id = ?", (uid,)).fetchone()
    first = history[0] if history else None
    last = history[-1] if history else None
    changed_at = last["at"] if last else context.now
    changed_by = last["actor"] if last else SYNC_ACTOR
    if found is None:
        pk = last_pk(context.session) + 1
        insert_rows(context.session, Artisan, [{
            "pk": pk, "id": uid, "registration_number": number, "status": status,
            "version": change.version, "synced_version": change.version, "owner_office": owner,
            "origin": Origin.PULLED.value,
            "created_at": first["at"] if first else context.now,
            "created_by": first["actor"] if first else SYNC_ACTOR,
            "updated_at": changed_at, "updated_by": changed_by, **columns,
        }])  # fmt: skip
        fulltext.insert_rows(context.session, [(pk, _terms(values, number))])
        before = None
    else:
        pk, before, origin = found
        if origin == Origin.HERE.value and _would_clash(context, pk, status, values):
            origin = Origin.PULLED.value  # the local uniqueness cannot hold it: kept as pulled
        context.session.execute(
            update(Artisan).where(Artisan.pk == pk).values(
                registration_number=number, status=status, version=change.version,
                synced_version=change.version, owner_office=owner, origin=origin,
                updated_at=changed_at, updated_by=changed_by, **columns,
            )
        )  # fmt: skip
        fulltext.index_rows(context.session, [(pk, _terms(values, number))])
    _store_photo(context, pk, photo)
    _add_history(context, pk, history)
    sql.execute(
        "UPDATE issued_documents SET artisan_pk = ? WHERE artisan_pk IS NULL AND artisan_id = ?",
        (pk, uid),
    )
    sql.execute("DELETE FROM national_index WHERE id = ?", (uid,))  # now held in full
    context.arrived(change, wire.Entity.ARTISAN.value, before)


def _terms(values: Any, number: str) -> list[str]:
    return [*terms_for(values, None), number_term(number)]


def _history_entry(entry: Mapping[str, Any]) -> dict[str, Any]:
    source = entry.get("from_status")
    return {
        "action": str(entry["action"]),
        "from_status": Status(source).value if source else None,
        "to_status": Status(entry["to_status"]).value,
        "reason": str(entry.get("reason") or ""),
        "actor": str(entry["actor"]),
        "at": _required_moment(entry["at"]),
    }


def _add_history(context: _Context, pk: int, history: list[dict[str, Any]]) -> None:
    """The server's status entries this desk does not hold yet, in the server's order
    (entries are never removed: the print queue files approvals from them). An entry is
    known by its action, status, actor and second (a server may keep no microseconds)."""
    held = {
        (action, target, actor, at[:_SECOND])
        for action, target, actor, at in context.sql.execute(
            "SELECT action, to_status, actor, at FROM status_changes WHERE artisan_pk = ?", (pk,)
        )
    }
    new = [
        (pk, e["action"], e["from_status"], e["to_status"], e["reason"], e["actor"],
         stored_moment(e["at"]))
        for e in history
        if (e["action"], e["to_status"], e["actor"], stored_moment(e["at"])[:_SECOND])
        not in held
    ]  # fmt: skip
    context.sql.executemany(
        "INSERT INTO status_changes (artisan_pk, action, from_status, to_status, reason, actor,"
        " at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        new,
    )


def _store_photo(context: _Context, pk: int, photo: bytes | None) -> None:
    if photo is None:
        context.sql.execute("DELETE FROM artisan_photos WHERE artisan_pk = ?", (pk,))
        return
    context.sql.execute(
        "INSERT INTO artisan_photos (artisan_pk, mime, data) VALUES (?, ?, ?)"
        " ON CONFLICT (artisan_pk) DO UPDATE SET mime = excluded.mime, data = excluded.data",
        (pk, photo_kind(photo) or "application/octet-stream", photo),
    )


def _would_clash(context: _Context, pk: int, status: str, values: Any) -> bool:
    """Whether another live record made here holds the CIN (of a person) or the ICE."""
    if status == Status.STRUCK_OFF.value:
        return False
    live_here = "pk <> ? AND origin = 'here' AND status <> 'struck_off'"
    if (
        not Category(values.category).is_entity
        and context.sql.execute(
            f"SELECT 1 FROM artisans WHERE cin = ? AND {live_here}"
            " AND category NOT IN ('cooperative', 'enterprise')",
            (values.cin, pk),
        ).fetchone()
    ):
        return True
    return values.ice is not None and bool(
        context.sql.execute(
            f"SELECT 1 FROM artisans WHERE ice = ? AND {live_here}", (values.ice, pk)
        ).fetchone()
    )


def _index_entry(context: _Context, change: wire.Change) -> None:
    data = change.data
    uid = str(data["id"])
    if context.sql.execute("SELECT 1 FROM artisans WHERE id = ?", (uid,)).fetchone():
        return  # held here in full
    latin, arabic = (str(key) for key in data["name_keys"])
    found = context.sql.execute("SELECT version FROM national_index WHERE id = ?", (uid,))
    before = found.fetchone()
    context.sql.execute(
        "INSERT INTO national_index (id, registration_number, owner_office, region, status,"
        " cin, category, ice, name_latin, name_arabic, version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
        " registration_number = excluded.registration_number,"
        " owner_office = excluded.owner_office, region = excluded.region,"
        " status = excluded.status, cin = excluded.cin, category = excluded.category,"
        " ice = excluded.ice, name_latin = excluded.name_latin,"
        " name_arabic = excluded.name_arabic, version = excluded.version",
        (uid, str(data["registration_number"]), str(data["owner_office"]), str(data["region"]),
         Status(data["status"]).value, str(data["cin"]), Category(data["category"]).value,
         data.get("ice") or None, latin, arabic, change.version),
    )  # fmt: skip
    context.arrived(change, "national_index", before[0] if before else None)


# Documents ---------------------------------------------------------------------------


def _document(context: _Context, change: wire.Change) -> None:
    data = change.data
    serial = change.entity_id
    cancelled_at = _moment(data.get("cancelled_at"))
    cancel = (cancelled_at, data.get("cancelled_by"), str(data.get("cancel_reason") or ""))
    found = context.sql.execute(
        "SELECT pk, version, artisan_pk, cancelled_at FROM issued_documents WHERE serial = ?",
        (serial,),
    ).fetchone()
    if found is not None:
        pk, before, artisan_pk, was_cancelled = found
        context.session.execute(
            update(IssuedDocument).where(IssuedDocument.pk == pk).values(
                cancelled_at=cancel[0], cancelled_by=cancel[1], cancel_reason=cancel[2],
                version=change.version, synced_version=change.version,
            )
        )  # fmt: skip
        if cancelled_at is not None and was_cancelled is None and artisan_pk is not None:
            _queue_again(context, artisan_pk)
        context.arrived(change, wire.Entity.DOCUMENT.value, before)
        return
    artisan_id = str(data["artisan_id"])
    linked = context.sql.execute("SELECT pk FROM artisans WHERE id = ?", (artisan_id,)).fetchone()
    insert_rows(context.session, IssuedDocument, [{
        "serial": serial, "kind": str(data["kind"]), "artisan_pk": linked[0] if linked else None,
        "artisan_id": artisan_id, "registration_number": str(data["registration_number"]),
        "issued_on": date.fromisoformat(str(data["issued_on"])),
        "issued_at": _required_moment(data["issued_at"]), "issued_by": str(data["issued_by"]),
        "copies": int(data["copies"]), "duplicate_of": data.get("duplicate_of"),
        "reprint_reason": str(data.get("reprint_reason") or ""), "payload": str(data["payload"]),
        "version": change.version, "synced_version": change.version,
        "cancelled_at": cancel[0], "cancelled_by": cancel[1], "cancel_reason": cancel[2],
        "batch_id": None, "printed_at": _moment(data.get("printed_at")),
        "origin": Origin.PULLED.value,
    }])  # fmt: skip
    context.arrived(change, wire.Entity.DOCUMENT.value, None)


def _queue_again(context: _Context, artisan_pk: int) -> None:
    """A document of this office's record cancelled at another desk: it waits again."""
    owner = context.sql.execute("SELECT owner_office FROM artisans WHERE pk = ?", (artisan_pk,))
    if owner.fetchone() == (context.here.office_code,):
        print_queue.enqueue(context.session, artisan_pk, context.now)


def _cancellation(context: _Context, change: wire.Change) -> None:
    context.sql.execute(
        "INSERT INTO cancelled_serials (serial, cancelled_at) VALUES (?, ?)"
        " ON CONFLICT (serial) DO UPDATE SET cancelled_at = excluded.cancelled_at",
        (str(change.data["serial"]), stored_moment(_required_moment(change.data["cancelled_at"]))),
    )
    context.arrived(change, "cancellation", None)


# Users, offices, settings, devices, activity lists -----------------------------------


def _user(context: _Context, change: wire.Change) -> None:
    """A user of the office; the local lockout state (failed logins, locked until) is
    this desk's own and stays. A local user of the same name (made here before the desk
    enrolled) becomes the server's: it takes its id."""
    data = change.data
    uid, username = str(data["id"]), str(data["username"])
    values = {
        "username": username, "full_name": str(data["full_name"]), "role": str(data["role"]),
        "password_hash": str(data["password_hash"]), "active": bool(data["active"]),
        "synced_version": change.version,
    }  # fmt: skip
    found = context.sql.execute(
        "SELECT id, synced_version FROM users WHERE id = ? OR username = ? ORDER BY id = ? DESC",
        (uid, username, uid),
    ).fetchone()
    if found is None:
        insert_rows(
            context.session,
            User,
            [
                {
                    "id": uid,
                    **values,
                    "failed_logins": 0,
                    "locked_until": None,
                    "created_at": context.now,
                }
            ],
        )
        context.arrived(change, wire.Entity.USER.value, None)
        return
    local_id, before = found
    if local_id != uid and (wire.Entity.USER.value, local_id) in context.kept:
        raise ValueError(f"the name {username} is held here by a user not yet sent")
    context.session.execute(update(User).where(User.id == local_id).values(id=uid, **values))
    context.arrived(change, wire.Entity.USER.value, before if local_id == uid else None)


def _office(context: _Context, change: wire.Change) -> None:
    data = change.data
    info = wire.OfficeInfo(str(data["code"]), str(data["region"]), str(data["office"]),
                           str(data["name_fr"]), str(data["name_ar"]))  # fmt: skip
    store_office(context.session, info)
    context.arrived(change, "office", None)


def store_office(session: Session, info: wire.OfficeInfo) -> None:
    """The office as the server names it; this desk's own name follows the server's."""
    sql = driver(session)
    sql.execute(
        "INSERT INTO offices (code, region, office, name_fr, name_ar) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (code) DO UPDATE SET region = excluded.region, office = excluded.office,"
        " name_fr = excluded.name_fr, name_ar = excluded.name_ar",
        (info.code, info.region, info.office, info.name_fr, info.name_ar),
    )
    sql.execute(
        "UPDATE desk_identity SET office_name = ? WHERE region || office = ?",
        (info.name_fr, info.code),
    )


def _settings(context: _Context, change: wire.Change) -> None:
    if change.entity_id != context.here.office_code:
        raise ValueError("the settings of another office")
    data = change.data
    values = {str(k): str(v) for k, v in dict(data["values"]).items() if k not in LOCAL_SETTINGS}
    if "logo" in data:
        logo = _bytes(data["logo"])
        values[LOGO_SETTING] = write_logo(context.here.data_dir, logo) if logo else ""
    context.sql.executemany(
        "INSERT INTO office_settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        list(values.items()),
    )
    context.settings_version = change.version
    context.arrived(change, wire.Entity.OFFICE_SETTINGS.value, None)


def _device(context: _Context, change: wire.Change) -> None:
    """A device on the national trust list: its key, its certificate, its revocation."""
    data = change.data
    public_key = _bytes(data["public_key"])
    if public_key is None:
        raise ValueError("a device without its key")
    identifier = key_id(public_key)
    certificate = _bytes(data.get("certificate"))
    revoked_at = _moment(data.get("revoked_at"))
    device_id, code = str(data["device_id"]), str(data["device_code"])
    found = context.sql.execute("SELECT 1 FROM trusted_keys WHERE key_id = ?", (identifier,))
    if found.fetchone():
        context.sql.execute(
            "UPDATE trusted_keys SET certificate = coalesce(?, certificate), revoked_at = ?,"
            " device_code = ? WHERE key_id = ?",
            (certificate, stored_moment(revoked_at) if revoked_at else None, code, identifier),
        )
    else:
        context.sql.execute(
            "INSERT INTO trusted_keys (key_id, kind, device_id, device_code, public_key, source,"
            " certificate, added_at, added_by, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (identifier, KeyKind.DEVICE.value, device_id, code, public_key,
             KeySource.SERVER.value, certificate, stored_moment(context.now), SYNC_ACTOR,
             stored_moment(revoked_at) if revoked_at else None),
        )  # fmt: skip
    context.arrived(change, "device", None)


def _activity_list(context: _Context, change: wire.Change) -> None:
    """A version of the activity list: the one the server sent last is in force."""
    data = change.data
    document = str(data["document"])
    nomenclature = Nomenclature.from_json(json.loads(document))
    sql = context.sql
    sql.execute("UPDATE nomenclatures SET active = 0")
    sql.execute(
        "INSERT INTO nomenclatures (version, status, document, active, loaded_at)"
        " VALUES (?, ?, ?, 1, ?) ON CONFLICT (version) DO UPDATE SET active = 1",
        (nomenclature.version, nomenclature.status, document, stored_moment(context.now)),
    )
    context.arrived(change, "activity_list", None)


_HANDLERS: dict[str, Callable[[_Context, wire.Change], None]] = {
    wire.Entity.ARTISAN.value: _artisan,
    wire.Entity.DOCUMENT.value: _document,
    "cancellation": _cancellation,
    wire.Entity.USER.value: _user,
    "office": _office,
    wire.Entity.OFFICE_SETTINGS.value: _settings,
    "device": _device,
    "activity_list": _activity_list,
}
