"""The entities a push works on, held in memory for the length of a batch.

A batch loads each entity it touches once, every op of the batch changes the loaded
state (so a later op sees an earlier one's effect), and the batch writes each final
state once: its table row and its feed payload (:mod:`central_server.sync.batch`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from central_server.store.feed import Published, encode_payload
from central_server.sync import payloads
from registry.artisan import Category, Status
from registry.document_serial import DocumentSerial
from registry.numbering import RegistrationNumber

EntityKey = tuple[str, str]
ARTISAN = "artisan"
DOCUMENT = "document"
USER = "user"
OFFICE_SETTINGS = "office_settings"
NO_OFFICE = ""  # a feed scope no device is in
PERSON_CATEGORIES = frozenset(c.value for c in Category if not c.is_entity)


@dataclass
class ArtisanState:
    id: str
    number: RegistrationNumber
    owner_office: str
    region: str
    status: str
    version: int
    held_with: str | None
    fields: dict[str, Any]
    photo: str | None  # base64, as the payload carries it
    history: list[dict[str, Any]]
    created_at: datetime
    updated_at: datetime
    is_new: bool = False
    registration_number: str = field(init=False)  # the number as shown, made once

    def __post_init__(self) -> None:
        self.registration_number = str(self.number)

    @property
    def key(self) -> EntityKey:
        return (ARTISAN, self.id)

    @property
    def cin(self) -> str:
        return str(self.fields.get("cin") or "")

    @property
    def ice(self) -> str | None:
        value = self.fields.get("ice")
        return str(value) if value else None

    @property
    def category(self) -> str:
        return str(self.fields.get("category") or "")

    @property
    def is_person(self) -> bool:
        return self.category in PERSON_CATEGORIES

    @property
    def live(self) -> bool:
        return self.status != Status.STRUCK_OFF

    def row(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "registration_number": self.registration_number,
            "number_prefix": self.number.body[:7],
            "number_year": self.number.year,
            "number_seq": self.number.sequence,
            "owner_office": self.owner_office,
            "region": self.region,
            "status": self.status,
            "version": self.version,
            "held_with": self.held_with,
            "cin": self.cin,
            "category": self.category,
            "ice": self.ice,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }

    def published(self) -> Published:
        full = payloads.artisan_full(
            artisan_id=self.id,
            registration_number=self.registration_number,
            owner_office=self.owner_office,
            region=self.region,
            version=self.version,
            status=self.status,
            fields=self.fields,
            photo=self.photo,
            history=self.history,
            held=self.held_with,
        )
        index = payloads.artisan_index(
            artisan_id=self.id,
            registration_number=self.registration_number,
            owner_office=self.owner_office,
            region=self.region,
            status=self.status,
            fields=self.fields,
        )
        return Published(
            ARTISAN,
            self.id,
            self.version,
            encode_payload(full),
            encode_payload(index),
            scope_region=self.region,
            is_new=self.is_new,
        )


@dataclass
class DocumentState:
    serial: DocumentSerial
    data: dict[str, Any]  # the full payload
    issued: bool
    version: int
    withdrawal: dict[str, Any] = field(default_factory=dict)  # reason, at, by
    is_new: bool = False

    @property
    def key(self) -> EntityKey:
        return (DOCUMENT, str(self.serial))

    @property
    def office_code(self) -> str:
        return self.serial.region + self.serial.office

    @property
    def cancelled(self) -> bool:
        return self.data.get("cancelled_at") is not None

    def row(self) -> dict[str, Any]:
        return {
            "serial": str(self.serial),
            "office": self.office_code,
            "region": self.serial.region,
            "serial_prefix": self.serial.body[:7],
            "serial_year": self.serial.year,
            "serial_seq": self.serial.sequence,
            "artisan_id": self.data.get("artisan_id"),
            "registration_number": self.data.get("registration_number"),
            "issued": self.issued,
            "cancelled": self.cancelled,
            "withdrawn": bool(self.data.get("withdrawn")),
            "withdraw_reason": self.withdrawal.get("reason"),
            "withdrawn_at": self.withdrawal.get("at"),
            "withdrawn_by": self.withdrawal.get("by"),
            "version": self.version,
        }

    def published(self) -> Published:
        index = None
        if self.cancelled:
            index = encode_payload(
                payloads.cancellation(str(self.serial), self.data["cancelled_at"])
            )
        if not self.issued:
            # Known by its serial alone (cancelled or withdrawn before its issue came):
            # no desk can store it as a document; everyone sees its cancellation.
            return Published(
                DOCUMENT, str(self.serial), self.version, encode_payload(self.data), index,
                scope_office=NO_OFFICE, is_new=self.is_new,
            )  # fmt: skip
        return Published(
            DOCUMENT,
            str(self.serial),
            self.version,
            encode_payload(self.data),
            index,
            scope_region=self.serial.region,
            is_new=self.is_new,
        )


@dataclass
class UserState:
    id: str
    office: str
    username: str
    full_name: str
    role: str
    password_hash: str
    active: bool
    version: int
    created_at: datetime
    updated_at: datetime
    is_new: bool = False

    @property
    def key(self) -> EntityKey:
        return (USER, self.id)

    def row(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "office": self.office,
            "username": self.username,
            "full_name": self.full_name,
            "role": self.role,
            "password_hash": self.password_hash,
            "active": self.active,
            "version": self.version,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }

    def published(self) -> Published:
        full = payloads.user_full(
            user_id=self.id,
            username=self.username,
            full_name=self.full_name,
            role=self.role,
            password_hash=self.password_hash,
            active=self.active,
        )
        return Published(
            USER,
            self.id,
            self.version,
            encode_payload(full),
            scope_office=self.office,
            is_new=self.is_new,
        )


@dataclass
class OfficeSettingsState:
    office: str
    values: dict[str, str]
    logo: str | None  # base64
    version: int
    is_new: bool = False

    @property
    def key(self) -> EntityKey:
        return (OFFICE_SETTINGS, self.office)

    def row(self) -> dict[str, Any]:
        return {"office": self.office, "version": self.version}

    def published(self) -> Published:
        full = payloads.office_settings_full(self.office, self.values, self.logo)
        return Published(
            OFFICE_SETTINGS,
            self.office,
            self.version,
            encode_payload(full),
            scope_office=self.office,
            is_new=self.is_new,
        )


State = ArtisanState | DocumentState | UserState | OfficeSettingsState
