"""One push batch's working set: entities loaded once, changed in memory, written once.

Rows a batch may change are locked as they are loaded (``FOR UPDATE`` on PostgreSQL;
SQLite has one writer at a time), so two devices' batches on one record apply one after
the other, the second on the first's result.

Loading is done in bulk before the ops run (:meth:`Batch.preload`), with single
look-ups for the rare paths; writing (:meth:`Batch.flush`) is one statement per table
(new rows by ``COPY`` on PostgreSQL, :mod:`central_server.store.bulk`), then the feed
(:func:`central_server.store.feed.publish`), which must come last.
Rows are written in key order so that two batches touching the same rows lock them in
the same order.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import msgspec
from sqlalchemy import Connection, bindparam, select, update

from central_server.runtime import Runtime
from central_server.store import feed
from central_server.store.bulk import insert_rows
from central_server.store.models import (
    Artisan,
    ConflictRow,
    Document,
    EntityChange,
    FeedPayload,
    OfficeSettings,
    TrustedKey,
    User,
    table,
)
from central_server.store.queries import one_of
from central_server.store.upsert import upsert
from central_server.sync.devices import DeviceIdentity
from central_server.sync.states import (
    ARTISAN,
    DOCUMENT,
    OFFICE_SETTINGS,
    USER,
    ArtisanState,
    DocumentState,
    EntityKey,
    OfficeSettingsState,
    State,
    UserState,
)
from registry.artisan import Category, Status
from registry.document_serial import parse_document_serial
from registry.issues import Code, Issue
from registry.numbering import parse_registration_number
from registry.validation import RuleContext, SupervisorInfo
from registry.wire import Conflict, Outcome, WireIssue

_PAYLOAD_DECODER = msgspec.json.Decoder(dict[str, Any])


@dataclass(frozen=True)
class OpResult:
    """What one op got, before the feed gives the entity its sequence."""

    outcome: Outcome
    key: EntityKey | None = None  # the entity whose version and sequence it reports
    version: int | None = None
    conflict: Conflict | None = None
    issues: tuple[WireIssue, ...] = ()


def rejected(*issues: WireIssue) -> OpResult:
    return OpResult(Outcome.REJECTED, issues=issues)


def issue(code: Code, field: str) -> WireIssue:
    return WireIssue(code=code.value, field=field)


def wire_issues(issues: list[Issue]) -> tuple[WireIssue, ...]:
    """The errors among the rules' findings (warnings never refuse an op)."""
    return tuple(
        WireIssue(code=i.code.value, field=i.field, params=dict(i.params))
        for i in issues
        if i.is_error
    )


@dataclass(frozen=True)
class RegisterKeys:
    """A live record's CIN and ICE as the store holds them (for duplicate checks)."""

    id: str
    cin: str
    ice: str | None
    person: bool
    registration_number: str
    owner_office: str


@dataclass
class Batch:
    conn: Connection
    runtime: Runtime
    device: DeviceIdentity
    now: datetime
    rules: RuleContext = field(init=False)
    artisans: dict[str, ArtisanState] = field(default_factory=dict)
    documents: dict[str, DocumentState] = field(default_factory=dict)
    users: dict[str, UserState] = field(default_factory=dict)
    office_settings: OfficeSettingsState | None = None
    trusted_keys: dict[str, dict[str, Any]] = field(default_factory=dict)
    entity_changes: list[dict[str, Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    resolved_duplicates: set[str] = field(default_factory=set)  # artisan ids
    touched: dict[EntityKey, None] = field(default_factory=dict)
    # Live CINs and ICEs of the register seen so far, and supervisors by number.
    by_cin: dict[str, set[str]] = field(default_factory=dict)
    by_ice: dict[str, set[str]] = field(default_factory=dict)
    register_keys: dict[str, RegisterKeys] = field(default_factory=dict)
    numbers_in_use: set[str] = field(default_factory=set)
    supervisors: dict[str, SupervisorInfo | None] = field(default_factory=dict)
    users_loaded: bool = False
    missing: set[str] = field(default_factory=set)  # artisan ids the store does not hold
    locked_users: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.rules = self.runtime.rules(self.device.region)

    # Changes -------------------------------------------------------------------------

    def touch(self, key: EntityKey) -> None:
        """``key`` changed: it goes to the feed after every entity changed before."""
        self.touched.pop(key, None)
        self.touched[key] = None

    def log_change(
        self, key: EntityKey, version: int, actor: str, at: datetime, fields: Iterable[str]
    ) -> None:
        self.entity_changes.append(
            {
                "entity": key[0],
                "entity_id": key[1],
                "version": version,
                "device_id": self.device.device_id,
                "actor": actor,
                "at": at,
                "fields": json.dumps(sorted(fields)),
            }
        )

    # Loading -------------------------------------------------------------------------

    def preload(
        self,
        *,
        artisan_ids: Iterable[str],
        numbers: Iterable[str],
        cins: Iterable[str],
        ices: Iterable[str],
        supervisors: Iterable[str],
        serials: Iterable[str],
    ) -> None:
        self.load_artisans(set(artisan_ids))
        wanted = set(numbers)
        if wanted:
            found = self.conn.execute(
                select(Artisan.registration_number).where(
                    one_of(self.conn, Artisan.registration_number, wanted)
                )
            ).scalars()
            self.numbers_in_use.update(found)
        self.load_register_keys(set(cins), set(ices))
        self.load_supervisors(set(supervisors))
        self.load_documents(set(serials))

    def load_artisans(self, ids: set[str]) -> None:
        ids = {uid for uid in ids if uid not in self.artisans and uid not in self.missing}
        if not ids:
            return
        self.missing |= ids  # until found below
        rows = self.conn.execute(
            select(
                Artisan.id,
                Artisan.registration_number,
                Artisan.owner_office,
                Artisan.region,
                Artisan.status,
                Artisan.version,
                Artisan.held_with,
                Artisan.created_at,
                FeedPayload.full_data,
            )
            .join(
                FeedPayload,
                (FeedPayload.entity == ARTISAN) & (FeedPayload.entity_id == Artisan.id),
            )
            .where(one_of(self.conn, Artisan.id, ids))
            .with_for_update(of=Artisan)
        )
        for uid, number, owner, region, status, version, held, created, data in rows:
            payload = _PAYLOAD_DECODER.decode(data)
            parsed = parse_registration_number(number)
            assert parsed is not None
            self.artisans[uid] = ArtisanState(
                uid, parsed, owner, region, status, version, held, payload["fields"],
                payload["photo"], payload["history"], created, self.now,
            )  # fmt: skip
            self.missing.discard(uid)

    def artisan(self, uid: str) -> ArtisanState | None:
        if uid not in self.artisans:
            self.load_artisans({uid})
        return self.artisans.get(uid)

    def records_held_with(self, uid: str) -> set[str]:
        """The records held as possible duplicates of ``uid``."""
        stored = self.conn.execute(select(Artisan.id).where(Artisan.held_with == uid)).scalars()
        return set(stored) | {s.id for s in self.artisans.values() if s.held_with == uid}

    def load_register_keys(self, cins: set[str], ices: set[str]) -> None:
        if not cins and not ices:
            return
        person = [c.value for c in Category if not c.is_entity]
        rows = self.conn.execute(
            select(
                Artisan.id,
                Artisan.cin,
                Artisan.ice,
                Artisan.category,
                Artisan.registration_number,
                Artisan.owner_office,
            ).where(
                Artisan.status != Status.STRUCK_OFF.value,
                one_of(self.conn, Artisan.cin, cins) | one_of(self.conn, Artisan.ice, ices),
            )
        )
        for uid, cin, ice, category, number, owner in rows:
            self.remember_keys(RegisterKeys(uid, cin, ice, category in person, number, owner))

    def remember_keys(self, keys: RegisterKeys) -> None:
        self.register_keys[keys.id] = keys
        if keys.person:
            self.by_cin.setdefault(keys.cin, set()).add(keys.id)
        if keys.ice:
            self.by_ice.setdefault(keys.ice, set()).add(keys.id)

    def load_supervisors(self, numbers: set[str]) -> None:
        numbers -= self.supervisors.keys()
        if not numbers:
            return
        rows = self.conn.execute(
            select(Artisan.registration_number, Artisan.status, Artisan.category).where(
                one_of(self.conn, Artisan.registration_number, numbers)
            )
        )
        for number, status, category in rows:
            self.supervisors[number] = SupervisorInfo(Status(status), Category(category))
        for number in numbers:
            self.supervisors.setdefault(number, None)

    def supervisor(self, number: str) -> SupervisorInfo | None:
        """The record ``number`` names as it stands in this batch (the store otherwise)."""
        for state in self.artisans.values():
            if state.registration_number == number:
                return SupervisorInfo(Status(state.status), Category(state.category))
        self.load_supervisors({number})
        return self.supervisors[number]

    def load_documents(self, serials: set[str]) -> None:
        serials -= self.documents.keys()
        if not serials:
            return
        rows = self.conn.execute(
            select(
                Document.serial,
                Document.issued,
                Document.version,
                Document.withdraw_reason,
                Document.withdrawn_at,
                Document.withdrawn_by,
                FeedPayload.full_data,
            )
            .join(
                FeedPayload,
                (FeedPayload.entity == DOCUMENT) & (FeedPayload.entity_id == Document.serial),
            )
            .where(one_of(self.conn, Document.serial, serials))
            .with_for_update(of=Document)
        )
        for serial, issued, version, reason, at, by, data in rows:
            parsed = parse_document_serial(serial)
            assert parsed is not None
            withdrawal = {"reason": reason, "at": at, "by": by} if reason is not None else {}
            self.documents[serial] = DocumentState(
                parsed, _PAYLOAD_DECODER.decode(data), issued, version, withdrawal
            )

    def load_office_users(self) -> None:
        """Every user of the device's office (few): names are unique in an office."""
        if not self.users_loaded:
            self._load_users(User.office == self.device.office_code)
            self.users_loaded = True

    def user(self, uid: str) -> UserState | None:
        """The user ``uid``, its row locked for the batch (it may be changed)."""
        if uid not in self.users or uid not in self.locked_users:
            self._load_users(User.id == uid, lock=True)
            self.locked_users.add(uid)
        return self.users.get(uid)

    def _load_users(self, where: Any, *, lock: bool = False) -> None:
        query = select(
            User.id, User.office, User.username, User.full_name, User.role,
            User.password_hash, User.active, User.version, User.created_at,
        ).where(where)  # fmt: skip
        rows = self.conn.execute(query.with_for_update() if lock else query)
        for uid, office, name, full_name, role, hashed, active, version, created in rows:
            # A locked read is the latest: it replaces an earlier one the batch left alone.
            if uid not in self.users or (lock and (USER, uid) not in self.touched):
                self.users[uid] = UserState(
                    uid, office or "", name, full_name, role, hashed, active, version,
                    created, self.now,
                )  # fmt: skip

    def trusted_key_version(self, key_id: str) -> int:
        """The version of the office's trusted key ``key_id`` (0 for a new one)."""
        if key_id in self.trusted_keys:
            return int(self.trusted_keys[key_id]["version"])
        version = self.conn.execute(
            select(TrustedKey.version).where(
                TrustedKey.office == self.device.office_code, TrustedKey.key_id == key_id
            )
        ).scalar_one_or_none()
        return version or 0

    def settings(self) -> OfficeSettingsState:
        if self.office_settings is None:
            office = self.device.office_code
            row = self.conn.execute(
                select(OfficeSettings.version, FeedPayload.full_data)
                .join(
                    FeedPayload,
                    (FeedPayload.entity == OFFICE_SETTINGS)
                    & (FeedPayload.entity_id == OfficeSettings.office),
                )
                .where(OfficeSettings.office == office)
                .with_for_update(of=OfficeSettings)
            ).one_or_none()
            if row is None:
                self.office_settings = OfficeSettingsState(office, {}, None, 0, is_new=True)
            else:
                payload = _PAYLOAD_DECODER.decode(row.full_data)
                self.office_settings = OfficeSettingsState(
                    office, payload["values"], payload["logo"], row.version
                )
        return self.office_settings

    # Writing -------------------------------------------------------------------------

    def state(self, key: EntityKey) -> State:
        entity, uid = key
        if entity == ARTISAN:
            return self.artisans[uid]
        if entity == DOCUMENT:
            return self.documents[uid]
        if entity == OFFICE_SETTINGS:
            assert self.office_settings is not None
            return self.office_settings
        return self.users[uid]

    def flush(self) -> dict[EntityKey, int]:
        """Write every change of the batch; the feed sequence of each changed entity."""
        changed = [self.state(key) for key in sorted(self.touched)]
        for model, key_column in (
            (Artisan, "id"),
            (Document, "serial"),
            (User, "id"),
            (OfficeSettings, "office"),
        ):
            states = [s for s in changed if type(s) is _STATE_OF[model]]
            self._write(model, key_column, states)
        upsert(
            self.conn,
            table(TrustedKey),
            [self.trusted_keys[k] for k in sorted(self.trusted_keys)],
            keys=("office", "key_id"),
        )
        insert_rows(self.conn, table(EntityChange), self.entity_changes)
        insert_rows(self.conn, table(ConflictRow), self.conflicts)
        if self.resolved_duplicates:
            self.conn.execute(
                update(ConflictRow)
                .where(
                    ConflictRow.kind == "duplicate",
                    ConflictRow.resolved_at.is_(None),
                    ConflictRow.entity_id.in_(sorted(self.resolved_duplicates))
                    | ConflictRow.other_id.in_(sorted(self.resolved_duplicates)),
                )
                .values(resolved_at=self.now)
            )
        keys = list(self.touched)
        seqs = feed.publish(self.conn, [self.state(key).published() for key in keys])
        return dict(zip(keys, seqs, strict=True))

    def _write(self, model: Any, key_column: str, states: list[Any]) -> None:
        insert_rows(self.conn, table(model), [s.row() for s in states if s.is_new])
        old = []
        for state in states:
            if not state.is_new:
                row = state.row()
                old.append({"key_": row.pop(key_column), **row})
        if old:
            target = table(model)
            self.conn.execute(update(target).where(target.c[key_column] == bindparam("key_")), old)


_STATE_OF: dict[Any, type] = {
    Artisan: ArtisanState,
    Document: DocumentState,
    User: UserState,
    OfficeSettings: OfficeSettingsState,
}
