"""What the services hand out: frozen plain data, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from registry.artisan import ArtisanFields, Category, Sex, Status
from registry.issues import Issue
from registry.serialization import JsonValue
from registry.workflow import Role


@dataclass(frozen=True)
class Actor:
    """Who is acting: recorded in the audit log and checked against the role."""

    username: str
    role: Role


@dataclass(frozen=True)
class ArtisanRecord:
    id: str
    registration_number: str
    status: Status
    version: int
    owner_office: str
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    fields: ArtisanFields


@dataclass(frozen=True)
class SaveResult:
    record: ArtisanRecord
    warnings: tuple[Issue, ...]
    changed: tuple[str, ...]


@dataclass(frozen=True)
class StatusEntry:
    action: str
    from_status: Status | None
    to_status: Status
    reason: str
    actor: str
    at: datetime


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: JsonValue
    after: JsonValue


@dataclass(frozen=True)
class ChangeEntry:
    """One audited change of the record, field by field."""

    action: str
    actor: str
    at: datetime
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class RecordWithHistory:
    record: ArtisanRecord
    status_history: tuple[StatusEntry, ...]
    changes: tuple[ChangeEntry, ...]


@dataclass(frozen=True)
class ArtisanRow:
    """One line of a result list."""

    pk: int
    id: str
    registration_number: str
    cin: str
    last_name_fr: str
    first_name_fr: str
    last_name_ar: str
    first_name_ar: str
    sex: Sex
    birth_date: date
    province: str
    category: Category
    activity: str
    status: Status
    registered_on: date
    phone: str | None
