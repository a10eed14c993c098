"""Pages of the server's feed for tests: records, users and the rest as a pull brings
them (docs/sync.md, *Pull*), and their application to a desk."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any

from uuid_utils import uuid7

from desktop_app.services.desk import Desk
from desktop_app.storage.pulled import Here, PageResult, apply_page
from registry import wire
from registry.numbering import RegistrationNumber
from registry.serialization import fields_to_json
from registry.validation import validate_draft
from tests.factories import make_draft

AT = "2026-11-30T08:00:00Z"


def here(desk: Desk) -> Here:
    return Here(desk.identity.office_code, desk.identity.device_id, desk.data_dir)


def apply(desk: Desk, *changes: wire.Change, last_seq: int | None = None) -> PageResult:
    """Apply one page holding ``changes`` (its cursor: the last change's seq)."""
    cursor = last_seq if last_seq is not None else max((c.seq for c in changes), default=0)
    page = wire.PullPage(changes=list(changes), last_seq=cursor, more=False)
    with desk.store.write() as session:
        return apply_page(session, page, here(desk), desk.now())


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@dataclass
class Feed:
    """Makes changes with increasing feed sequences."""

    seq: int = 0
    made: list[wire.Change] = field(default_factory=list)

    def change(
        self,
        entity: str,
        entity_id: str,
        data: dict[str, Any],
        version: int = 1,
        scope: wire.Scope = wire.Scope.FULL,
    ) -> wire.Change:
        self.seq += 1
        made = wire.Change(self.seq, entity, entity_id, version, scope, data)
        self.made.append(made)
        return made

    def artisan(
        self,
        desk: Desk,
        *,
        office: str = "01512",
        device: str = "01",
        sequence: int = 1,
        version: int = 1,
        status: str = "registered",
        artisan_id: str | None = None,
        photo: bytes | None = None,
        history: list[dict[str, Any]] | None = None,
        **draft: Any,
    ) -> wire.Change:
        """A record of ``office`` (another office of the desk's region by default)."""
        values, issues = validate_draft(make_draft(**draft), desk.rule_context())
        assert values is not None, issues
        uid = artisan_id or str(uuid7())
        number = RegistrationNumber(office[:2], office[2:], device, 2026, sequence)
        fields = {k: v for k, v in fields_to_json(values).items() if k != "photo"}
        entries = history or [
            {"action": "register", "from_status": None, "to_status": "pending_review",
             "reason": "", "actor": "clerk9", "at": AT},
            {"action": "approve", "from_status": "pending_review", "to_status": "registered",
             "reason": "", "actor": "super9", "at": AT},
        ]  # fmt: skip
        data = {
            "id": uid, "registration_number": str(number), "owner_office": office,
            "region": office[:2], "version": version, "status": status, "fields": fields,
            "photo": b64(photo) if photo else None, "history": entries, "held": None,
        }  # fmt: skip
        return self.change(wire.Entity.ARTISAN.value, uid, data, version)

    def index_entry(
        self, *, cin: str, office: str = "05101", name_keys: tuple[str, str] = ("", "")
    ) -> wire.Change:
        uid = str(uuid7())
        number = RegistrationNumber(office[:2], office[2:], "01", 2026, 1)
        data = {
            "id": uid, "registration_number": str(number), "owner_office": office,
            "region": office[:2], "status": "registered", "cin": cin,
            "category": "artisan_experience", "ice": None, "name_keys": list(name_keys),
        }  # fmt: skip
        return self.change(wire.Entity.ARTISAN.value, uid, data, scope=wire.Scope.INDEX)

    def user(
        self,
        user_id: str,
        username: str,
        *,
        full_name: str = "Samira Alaoui",
        role: str = "clerk",
        password_hash: str = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA",
        active: bool = True,
        version: int = 1,
    ) -> wire.Change:
        data = {"id": user_id, "username": username, "full_name": full_name, "role": role,
                "password_hash": password_hash, "active": active}  # fmt: skip
        return self.change(wire.Entity.USER.value, user_id, data, version)
