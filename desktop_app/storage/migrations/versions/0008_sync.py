"""sync: the outbox as operations with their answers, pulled state, the national index

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

The outbox of earlier revisions held too little for a server to rebuild the truth (no
actor, a status without its action, a photo as its hash), and nothing of it was ever
sent: there was no server. It is rebuilt here from what the store holds, numbered from 1
(docs/sync.md, *Operations*): the users, the office's settings, the keys trusted by
hand, then each record — created as first registered, with its current fields and
photo, then each later status change — then the documents printed, cancelled or
withdrawn. The field-by-field history stays in the audit log, which is not touched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import msgspec
import sqlalchemy as sa
from alembic import op
from uuid_utils import uuid7

from registry.artisan import ArtisanFields

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_FIELDS = tuple(f for f in ArtisanFields.__dataclass_fields__ if f != "photo")
_LOCAL_SETTINGS = ("print_queue_filed_to", "logo_file")  # this desk's, never synced
_CHUNK = 500
_LIVE_CIN = "status <> 'struck_off' AND category NOT IN ('cooperative', 'enterprise')"
_LIVE_ICE = "status <> 'struck_off' AND ice IS NOT NULL"


def upgrade() -> None:
    op.drop_table("outbox")
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("first_outcome", sa.String(length=16), nullable=True),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("server_seq", sa.Integer(), nullable=True),
        sa.Column("conflict", sa.Text(), nullable=True),
        sa.Column("issues", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("op_id"),
    )
    op.create_index(
        "ix_outbox_unanswered",
        "outbox",
        ["entity", "entity_id"],
        unique=False,
        sqlite_where=sa.text("outcome IS NULL"),
    )

    op.add_column(
        "artisans", sa.Column("synced_version", sa.Integer(), server_default="0", nullable=False)
    )
    op.add_column(
        "artisans", sa.Column("origin", sa.String(length=8), server_default="here", nullable=False)
    )
    op.drop_index("uq_artisans_live_cin", table_name="artisans")
    op.drop_index("uq_artisans_live_ice", table_name="artisans")
    op.create_index(
        "uq_artisans_live_cin",
        "artisans",
        ["cin"],
        unique=True,
        sqlite_where=sa.text(f"{_LIVE_CIN} AND origin = 'here'"),
    )
    op.create_index(
        "uq_artisans_live_ice",
        "artisans",
        ["ice"],
        unique=True,
        sqlite_where=sa.text(f"{_LIVE_ICE} AND origin = 'here'"),
    )

    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.alter_column("artisan_pk", existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(
            sa.Column("artisan_id", sa.String(length=36), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("synced_version", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("origin", sa.String(length=8), server_default="here", nullable=False)
        )
    op.execute(
        "UPDATE issued_documents SET artisan_id = "
        "(SELECT id FROM artisans WHERE artisans.pk = issued_documents.artisan_pk)"
    )
    op.create_index(
        "ix_issued_documents_unlinked",
        "issued_documents",
        ["artisan_id"],
        unique=False,
        sqlite_where=sa.text("artisan_pk IS NULL"),
    )

    op.add_column(
        "users", sa.Column("synced_version", sa.Integer(), server_default="0", nullable=False)
    )
    op.add_column("trusted_keys", sa.Column("revoked_at", sa.DateTime(), nullable=True))

    op.create_table(
        "national_index",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("registration_number", sa.String(length=22), nullable=False),
        sa.Column("owner_office", sa.String(length=6), nullable=False),
        sa.Column("region", sa.String(length=2), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("cin", sa.String(length=8), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("ice", sa.String(length=15), nullable=True),
        sa.Column("name_latin", sa.String(length=130), nullable=False),
        sa.Column("name_arabic", sa.String(length=130), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    for column in ("cin", "ice", "name_latin", "name_arabic"):
        op.create_index(f"ix_national_index_{column}", "national_index", [column], unique=False)
    op.create_table(
        "cancelled_serials",
        sa.Column("serial", sa.String(length=24), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("serial"),
    )
    op.create_table(
        "offices",
        sa.Column("code", sa.String(length=5), nullable=False),
        sa.Column("region", sa.String(length=2), nullable=False),
        sa.Column("office", sa.String(length=3), nullable=False),
        sa.Column("name_fr", sa.String(length=120), nullable=False),
        sa.Column("name_ar", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "sync_state",
        sa.Column("singleton", sa.Integer(), nullable=False),
        sa.Column("server_url", sa.String(length=300), nullable=True),
        sa.Column("cursor", sa.Integer(), server_default="0", nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=True),
        sa.Column("settings_version", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_round_at", sa.DateTime(), nullable=True),
        sa.Column("last_round", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("singleton"),
    )
    op.execute("INSERT INTO sync_state (singleton) VALUES (1)")
    _rebuild_outbox(cast(sqlite3.Connection, op.get_bind().connection.driver_connection))


# The rebuild reads the store with SQLite's own connection: a store of 400,000 records
# is read once, in order, and its operations written in chunks.

Row = tuple[Any, ...]
Operation = tuple[str, str, str, int, str, datetime, dict[str, Any]]


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _utc(text: str | None) -> datetime | None:
    moment = _moment(text)
    return moment.replace(tzinfo=UTC) if moment else None


def _rebuild_outbox(connection: sqlite3.Connection) -> None:
    encoder = msgspec.json.Encoder()
    rows: list[Row] = []
    for entity, entity_id, kind, base, actor, at, data in _operations(connection):
        naive = at.replace(tzinfo=None)
        rows.append((str(uuid7()), entity, entity_id, kind, base, actor,
                     encoder.encode(data).decode("utf-8"),
                     naive.strftime("%Y-%m-%d %H:%M:%S.%f")))  # fmt: skip
        if len(rows) >= _CHUNK:
            _write(connection, rows)
    _write(connection, rows)


def _write(connection: sqlite3.Connection, rows: list[Row]) -> None:
    connection.executemany(
        "INSERT INTO outbox (op_id, entity, entity_id, kind, base_version, actor, data,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    rows.clear()


def _operations(connection: sqlite3.Connection) -> Iterator[Operation]:
    yield from _users(connection)
    yield from _settings(connection)
    yield from _trusted_keys(connection)
    yield from _artisans(connection)
    yield from _documents(connection)


def _first_actor(connection: sqlite3.Connection, action: str) -> dict[str, str]:
    sql = "SELECT entity_id, actor FROM audit_log WHERE action = ? ORDER BY seq"
    found: dict[str, str] = {}
    for entity_id, actor in connection.execute(sql, (action,)):
        found.setdefault(entity_id, actor)
    return found


def _users(connection: sqlite3.Connection) -> Iterator[Operation]:
    added_by = _first_actor(connection, "add_user")
    sql = (
        "SELECT id, username, full_name, role, password_hash, active, created_at"
        " FROM users ORDER BY created_at, id"
    )
    for uid, username, full_name, role, password_hash, active, created in connection.execute(sql):
        data = {"username": username, "full_name": full_name, "role": role,
                "password_hash": password_hash, "active": bool(active)}  # fmt: skip
        at = _utc(created)
        assert at is not None
        yield "user", uid, "add", 0, added_by.get(uid, "system"), at, data


def _settings(connection: sqlite3.Connection) -> Iterator[Operation]:
    stored = dict(connection.execute("SELECT key, value FROM office_settings").fetchall())
    values = {k: v for k, v in stored.items() if k not in _LOCAL_SETTINGS}
    data: dict[str, Any] = {"values": values}
    if logo_name := stored.get("logo_file"):
        (_, _, main) = connection.execute("PRAGMA database_list").fetchone()
        logo = Path(main).parent / logo_name
        if logo.is_file():
            data["logo"] = logo.read_bytes()
    if not values and "logo" not in data:
        return
    last = connection.execute(
        "SELECT actor, at FROM audit_log WHERE action IN ('set_signatory', 'set_logo',"
        " 'set_policy') ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    (region, office) = connection.execute("SELECT region, office FROM desk_identity").fetchone()
    actor, at = last if last else ("system", None)
    moment = _utc(at) or datetime.now(UTC)
    yield "office_settings", f"{region}{office}", "set", 0, actor, moment, data


def _trusted_keys(connection: sqlite3.Connection) -> Iterator[Operation]:
    sql = (
        "SELECT key_id, kind, public_key, device_id, device_code, source, certificate,"
        " added_at, added_by FROM trusted_keys WHERE source <> 'this_device' ORDER BY added_at"
    )
    for (
        key_id,
        kind,
        public_key,
        device_id,
        code,
        source,
        certificate,
        added,
        by,
    ) in connection.execute(sql):
        data = {"kind": kind, "public_key": bytes(public_key), "device_id": device_id,
                "device_code": code, "source": source,
                "certificate": bytes(certificate) if certificate else None}  # fmt: skip
        at = _utc(added)
        assert at is not None
        yield "trusted_key", key_id, "trust", 0, by, at, data


def _artisans(connection: sqlite3.Connection) -> Iterator[Operation]:
    columns = ", ".join(_FIELDS)
    sql = (
        f"SELECT pk, id, registration_number, created_by, {columns},"
        " (SELECT data FROM artisan_photos WHERE artisan_pk = pk) FROM artisans ORDER BY pk"
    )
    history = "SELECT action, from_status, to_status, reason, actor, at FROM status_changes"
    reader = connection.cursor()  # apart from the statements that write meanwhile
    for pk, uid, number, created_by, *values, photo in reader.execute(sql):
        fields = {
            name: value
            for name, value in zip(_FIELDS, values, strict=True)
            if value is not None and value != ""
        }
        entries = connection.execute(f"{history} WHERE artisan_pk = ? ORDER BY seq", (pk,))
        changes: list[dict[str, Any]] = [
            {"action": action, "from_status": source, "to_status": target, "reason": reason,
             "actor": actor, "at": _utc(at)}
            for action, source, target, reason, actor, at in entries
        ]  # fmt: skip
        first = changes[0]
        data = {"registration_number": number, "status": first["to_status"], "fields": fields,
                "photo": bytes(photo) if photo else None, "history": first}  # fmt: skip
        yield "artisan", uid, "create", 0, created_by, first["at"], data
        for change in changes[1:]:
            status = {k: change[k] for k in ("action", "from_status", "to_status", "reason")}
            yield "artisan", uid, "status", 0, change["actor"], change["at"], status
    reader.close()


def _documents(connection: sqlite3.Connection) -> Iterator[Operation]:
    sql = (
        "SELECT serial, kind, artisan_id, registration_number, issued_on, issued_at, issued_by,"
        " copies, duplicate_of, reprint_reason, payload, printed_at, cancelled_at,"
        " cancelled_by, cancel_reason FROM issued_documents"
        " WHERE printed_at IS NOT NULL OR cancelled_at IS NOT NULL ORDER BY pk"
    )
    reader = connection.cursor()
    for (serial, kind, artisan_id, number, issued_on, issued_at, issued_by, copies, duplicate_of,
         reprint_reason, payload, printed_at, cancelled_at, cancelled_by, reason) in (
        reader.execute(sql)
    ):  # fmt: skip
        cancelled = _utc(cancelled_at)
        if printed_at is None:  # withdrawn: never printed
            assert cancelled is not None
            data = {"reason": reason, "at": cancelled, "by": cancelled_by}
            yield "document", serial, "withdraw", 0, cancelled_by, cancelled, data
            continue
        printed = _utc(printed_at)
        assert printed is not None
        issued = {"kind": kind, "artisan_id": artisan_id, "registration_number": number,
                  "issued_on": issued_on, "issued_at": _utc(issued_at), "issued_by": issued_by,
                  "copies": copies, "duplicate_of": duplicate_of,
                  "reprint_reason": reprint_reason, "payload": payload,
                  "printed_at": printed}  # fmt: skip
        yield "document", serial, "issue", 0, issued_by, printed, issued
        if cancelled is not None:
            data = {"reason": reason, "cancelled_at": cancelled, "cancelled_by": cancelled_by}
            yield "document", serial, "cancel", 0, cancelled_by, cancelled, data
    reader.close()


def downgrade() -> None:
    op.drop_table("sync_state")
    op.drop_table("offices")
    op.drop_table("cancelled_serials")
    for column in ("cin", "ice", "name_latin", "name_arabic"):
        op.drop_index(f"ix_national_index_{column}", table_name="national_index")
    op.drop_table("national_index")
    op.execute("ALTER TABLE trusted_keys DROP COLUMN revoked_at")
    op.execute("ALTER TABLE users DROP COLUMN synced_version")
    op.drop_index("ix_issued_documents_unlinked", table_name="issued_documents")
    with op.batch_alter_table("issued_documents", schema=None) as batch_op:
        batch_op.drop_column("origin")
        batch_op.drop_column("synced_version")
        batch_op.drop_column("artisan_id")
        batch_op.alter_column("artisan_pk", existing_type=sa.Integer(), nullable=False)
    op.drop_index("uq_artisans_live_cin", table_name="artisans")
    op.drop_index("uq_artisans_live_ice", table_name="artisans")
    # Not a batch: recreating the table would delete the rows that point to it.
    op.execute("ALTER TABLE artisans DROP COLUMN origin")
    op.execute("ALTER TABLE artisans DROP COLUMN synced_version")
    op.create_index(
        "uq_artisans_live_cin", "artisans", ["cin"], unique=True, sqlite_where=sa.text(_LIVE_CIN)
    )
    op.create_index(
        "uq_artisans_live_ice", "artisans", ["ice"], unique=True, sqlite_where=sa.text(_LIVE_ICE)
    )
    op.drop_index("ix_outbox_unanswered", table_name="outbox")
    op.drop_table("outbox")
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("op_id"),
    )
