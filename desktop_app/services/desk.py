"""The office's desk: an open store with its identity and reference data.

``init_office`` creates a store once; ``open_desk`` opens it (running migrations).
Everything else in ``services`` takes the :class:`Desk` it works on.
"""

from __future__ import annotations

import errno
import json
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cached_property
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from uuid_utils import uuid7

from desktop_app.resources import reference_file
from desktop_app.services import store_checks
from desktop_app.services.errors import NotAllowed, StoreProblem
from desktop_app.services.passwords import (
    MIN_PASSWORD_LENGTH,
    hash_password,
    password_issues,
    username_issues,
)
from desktop_app.services.records import Actor
from desktop_app.storage import audit, migrate, outbox
from desktop_app.storage.device_key_file import KeyFileProblem, load_or_create_private_key
from desktop_app.storage.engine import STORE_FILE, Store, store_path
from desktop_app.storage.models import DeskIdentity, NomenclatureVersion, User
from desktop_app.storage.trusted_keys import (
    DeviceKey,
    KeyKind,
    KeySource,
    add_key,
    ensure_device_key,
)
from registry import wire
from registry.device_keys import fingerprint, raw_public_key
from registry.reference import ActivityCatalogue, Geography, Nomenclature, ReferenceDataError
from registry.validation import RuleContext
from registry.workflow import Role

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Identity:
    device_id: str
    region: str
    office: str
    device: str
    office_name: str

    @property
    def office_code(self) -> str:
        """Region and office, the owner of the records this desk creates."""
        return f"{self.region}{self.office}"

    @property
    def device_code(self) -> str:
        """This desk as people name it: region, office and device (``01-511-01``)."""
        return f"{self.region}-{self.office}-{self.device}"


def load_geography() -> Geography:
    regions = json.loads(reference_file("regions.json").read_text(encoding="utf-8"))
    communes_path = reference_file("communes.json")
    communes = (
        json.loads(communes_path.read_text(encoding="utf-8")) if communes_path.exists() else None
    )
    return Geography.from_json(regions, communes)


def builtin_nomenclature() -> str:
    return reference_file("activities.json").read_text(encoding="utf-8")


class Desk:
    """One open office store. Not thread-bound: each call opens its own session."""

    def __init__(self, store: Store, clock: Clock = system_clock) -> None:
        self.store = store
        self.clock = clock
        self.geography = load_geography()
        self.identity = self._load_identity()
        self.activities = self._load_activities()
        if not store.read_only:  # stores made before device keys get theirs on first open
            _ = self.device_key

    @cached_property
    def device_key(self) -> DeviceKey:
        """This device's signing key, made on first need — at the first open of a store
        that can be written, at the first signature of one opened read-only (which
        reading never writes to)."""
        me = self.identity
        try:
            return ensure_device_key(
                self.store, self.data_dir, me.device_id, me.device_code, self.now()
            )
        except KeyFileProblem as exc:
            raise StoreProblem(str(exc)) from exc

    @property
    def read_only(self) -> bool:
        """Opened from a read-only disk: everything reads, nothing can be saved."""
        return self.store.read_only

    @property
    def data_dir(self) -> Path:
        """The folder that holds the store, this device's key and the office's files."""
        return self.store.path.parent

    def _load_identity(self) -> Identity:
        with self.store.read() as session:
            row = session.execute(select(DeskIdentity)).scalar_one()
            return Identity(row.device_id, row.region, row.office, row.device, row.office_name)

    def reload(self) -> None:
        """Read again what the store says the desk is (after a pull changed it)."""
        self.identity = self._load_identity()
        self.activities = self._load_activities()

    def _load_activities(self) -> ActivityCatalogue:
        with self.store.read() as session:
            rows = session.execute(select(NomenclatureVersion)).scalars().all()
            versions = [Nomenclature.from_json(json.loads(r.document)) for r in rows]
            active = next(r.version for r in rows if r.active)
        return ActivityCatalogue(versions, active)

    def reload_activities(self) -> None:
        self.activities = self._load_activities()

    def now(self) -> datetime:
        """The current time in UTC, without tzinfo (as stored)."""
        return self.clock().astimezone(UTC).replace(tzinfo=None)

    def today(self) -> date:
        """Today's date where the desk is."""
        return self.clock().astimezone().date()

    def rule_context(self) -> RuleContext:
        return RuleContext(self.geography, self.activities, self.today(), self.identity.region)

    def close(self) -> None:
        self.store.close()


def added_operation(row: User, actor: Actor, now: datetime) -> outbox.Operation:
    """A new user, for the other desks of the office (the password as its argon2 hash)."""
    data = {"username": row.username, "full_name": row.full_name, "role": row.role,
            "password_hash": row.password_hash, "active": row.active}  # fmt: skip
    return outbox.Operation(wire.Entity.USER, row.id, outbox.Kind.ADD, 0, actor.username, now, data)


def store_exists(data_dir: Path) -> bool:
    """Whether ``data_dir`` holds an office store (if not, the first start creates one)."""
    return store_path(data_dir).exists()


def open_desk(
    data_dir: Path,
    clock: Clock = system_clock,
    *,
    full_check: bool = True,
    recheck: bool = False,
    on_full_check: Callable[[], None] | None = None,
) -> Desk:
    """The office's desk, its store checked (see :mod:`desktop_app.services.store_checks`).

    ``full_check``: read the whole store first if a day has passed since it was last
    checked (``on_full_check`` is told before it starts; the window checks in the
    background instead). ``recheck``: open a store found damaged before, to check it
    again."""
    path = store_path(data_dir)
    if not path.exists():
        raise StoreProblem(f"no office store in {data_dir} (create one with 'hirfa init')")
    now = clock().astimezone(UTC).replace(tzinfo=None)
    store = store_checks.open_checked(path, now, recheck=recheck)
    try:
        desk = Desk(store, clock)
        if full_check and store_checks.full_check_due(store, now):
            if on_full_check is not None:
                on_full_check()
            store_checks.check_fully(store, now)
        return desk
    except BaseException:
        store.close()
        raise


def _check_init(
    geography: Geography,
    region: str,
    office: str,
    device: str,
    office_name: str,
    admin: str,
    password: str,
) -> None:
    if region not in geography.regions:
        raise StoreProblem(f"unknown region code {region!r} (01 to 12)")
    if not re.fullmatch(r"[0-9]{3}", office):
        raise StoreProblem(f"office code must be three digits, not {office!r}")
    if not re.fullmatch(r"[0-9]{2}", device) or device == "00":
        raise StoreProblem(f"device code must be two digits from 01 to 99, not {device!r}")
    if not office_name.strip():
        raise StoreProblem("the office needs a name")
    if username_issues(admin):
        raise StoreProblem(
            "user name: 2 to 32 lower-case letters, digits, '.', '_' or '-', starting with a letter"
        )
    if password_issues(password):
        raise StoreProblem(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")


@dataclass(frozen=True)
class NewDesk:
    """What a store is created with: the office, this computer's number and id."""

    region: str
    office: str
    device: str
    office_name: str
    device_id: str


Filling = Callable[[Session, NewDesk, bytes, datetime], None]


def init_office(
    data_dir: Path,
    *,
    region: str,
    office: str,
    office_name: str,
    admin_username: str,
    admin_password: str,
    admin_full_name: str = "",
    device: str = "01",
    clock: Clock = system_clock,
) -> Desk:
    """Create a new office store with its first administrator. Never touches an existing one."""
    if store_path(data_dir).exists():
        raise StoreProblem(f"an office store already exists in {data_dir}; it was left untouched")
    geography = load_geography()
    _check_init(geography, region, office, device, office_name, admin_username, admin_password)
    actor = Actor(f"init:{admin_username}", Role.ADMINISTRATOR)

    def first_administrator(
        session: Session, new: NewDesk, public_key: bytes, now: datetime
    ) -> None:
        admin = User(
            id=str(uuid7()),
            username=admin_username,
            full_name=admin_full_name or admin_username,
            role=Role.ADMINISTRATOR.value,
            password_hash=hash_password(admin_password),
            active=True,
            failed_logins=0,
            created_at=now,
        )
        session.add(admin)
        outbox.enqueue(session, [added_operation(admin, actor, now)])
        audit.append(
            session,
            [
                audit.AuditEvent.of(
                    actor.username, "add_user", "user", admin.id, {},
                    {"username": admin_username, "role": Role.ADMINISTRATOR.value}, now,
                ),
            ],
        )  # fmt: skip

    new = NewDesk(region, office, device, office_name.strip(), str(uuid7()))
    return create_store(data_dir, new, actor.username, first_administrator, clock)


def create_store(
    data_dir: Path, new: NewDesk, actor: str, filling: Filling, clock: Clock = system_clock
) -> Desk:
    """Create the office store of ``data_dir``: its identity, this device's key, the
    activity list shipped, then what ``filling`` adds in the same transaction. Built
    aside and put in place whole, never over an existing store (see _put_in_place)."""
    path = store_path(data_dir)
    if path.exists():
        raise StoreProblem(f"an office store already exists in {data_dir}; it was left untouched")
    try:
        nomenclature = Nomenclature.from_json(json.loads(builtin_nomenclature()))
    except (ReferenceDataError, ValueError) as exc:
        raise StoreProblem(f"the shipped activity list is unreadable: {exc}") from exc
    data_dir.mkdir(parents=True, exist_ok=True)
    try:
        public_key = raw_public_key(load_or_create_private_key(data_dir))
    except KeyFileProblem as exc:
        raise StoreProblem(str(exc)) from exc
    _remove_abandoned_creations(data_dir)
    # Built aside under a name of its own, so that two creations at once never share
    # a file, and put in place only once complete (see _put_in_place).
    descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=CREATING, dir=data_dir)
    os.close(descriptor)
    partial = Path(name)
    store = Store(partial)
    try:
        migrate.upgrade(store.engine)
        now = clock().astimezone(UTC).replace(tzinfo=None)
        code = f"{new.region}-{new.office}-{new.device}"
        with store.write() as session:
            session.add(
                DeskIdentity(
                    singleton=1,
                    device_id=new.device_id,
                    region=new.region,
                    office=new.office,
                    device=new.device,
                    office_name=new.office_name,
                    created_at=now,
                )
            )
            add_key(
                session, kind=KeyKind.DEVICE, public_key=public_key, source=KeySource.THIS_DEVICE,
                actor=actor, now=now, device_id=new.device_id, device_code=code, audited=False,
            )  # fmt: skip
            session.add(
                NomenclatureVersion(
                    version=nomenclature.version,
                    status=nomenclature.status,
                    document=builtin_nomenclature(),
                    active=True,
                    loaded_at=now,
                )
            )
            audit.append(
                session,
                [
                    audit.AuditEvent.of(
                        actor, "init_office", "office", f"{new.region}{new.office}", {},
                        {"region": new.region, "office": new.office, "device": new.device,
                         "office_name": new.office_name,
                         "device_key": fingerprint(public_key)}, now,
                    ),
                ],
            )  # fmt: skip
            filling(session, new, public_key, now)
    finally:
        store.close()
    try:
        _self_contained(partial)
        _put_in_place(partial, path)
    finally:
        for leftover in data_dir.glob(partial.name + "*"):
            leftover.unlink()
    desk = open_desk(data_dir, clock, full_check=False)
    store_checks.mark_whole(desk.store, desk.now())
    return desk


def _self_contained(path: Path) -> None:
    """Fold the WAL in for good: the file holds everything, nothing beside it is needed
    (the WAL's name follows the file's, which is about to change)."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()


CREATING = ".creating"
ABANDONED_AFTER_S = 3600


def _put_in_place(partial: Path, path: Path) -> None:
    """Give the finished store its real name, unless another creation got there first
    (a link fails if the name exists; Windows' rename refuses an existing name)."""
    try:
        if os.name == "nt":
            os.rename(partial, path)
            return
        try:
            os.link(partial, path)
        except OSError as exc:  # a file system without links (FAT on a USB stick)
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP):
                raise
            if path.exists():
                raise FileExistsError(path) from exc
            os.rename(partial, path)
    except FileExistsError:
        raise StoreProblem(
            f"an office store already exists in {path.parent}; it was left untouched"
        ) from None


def _remove_abandoned_creations(data_dir: Path) -> None:
    """Files of creations killed half-way (an hour old: none is still being built)."""
    for leftover in data_dir.glob(f".{STORE_FILE}.*{CREATING}*"):
        try:
            if time.time() - leftover.stat().st_mtime > ABANDONED_AFTER_S:
                leftover.unlink()
        except OSError:
            pass


def load_activity_list(desk: Desk, actor: Actor, document: str) -> Nomenclature:
    """Make a new version of the activity list active; older versions stay resolvable."""
    if actor.role is not Role.ADMINISTRATOR:
        raise NotAllowed("only an administrator loads reference data")
    try:
        nomenclature = Nomenclature.from_json(json.loads(document))
    except (ReferenceDataError, ValueError) as exc:
        raise StoreProblem(f"not an activity list: {exc}") from exc
    now = desk.now()
    with desk.store.write() as session:
        session.execute(update(NomenclatureVersion).values(active=False))
        existing = session.get(NomenclatureVersion, nomenclature.version)
        if existing is not None and existing.document != document:
            raise StoreProblem(
                f"version {nomenclature.version!r} is already loaded with other content; "
                "give the new list its own version"
            )
        if existing is None:
            session.add(
                NomenclatureVersion(
                    version=nomenclature.version,
                    status=nomenclature.status,
                    document=document,
                    active=True,
                    loaded_at=now,
                )
            )
        else:
            existing.active = True
        audit.append(
            session,
            [
                audit.AuditEvent.of(
                    actor.username, "load_activity_list", "nomenclature", nomenclature.version,
                    {}, {"activities": len(nomenclature.activities)}, now,
                )
            ],
        )  # fmt: skip
    desk.reload_activities()
    return nomenclature
