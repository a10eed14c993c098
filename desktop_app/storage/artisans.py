"""Mapping between the register's typed values and the ``artisans`` table."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from datetime import date
from enum import StrEnum
from types import NoneType, SimpleNamespace
from typing import Any, get_args, get_type_hints

from sqlalchemy.orm import Session

from desktop_app.storage.driver import driver
from desktop_app.storage.models import ArtisanPhoto
from registry.artisan import (
    AmoStatus,
    ArtisanFields,
    Category,
    FiscalRegime,
    Sex,
    Status,
    Workplace,
)
from registry.indexing import record_terms
from registry.names import name_key
from registry.serialization import photo_digest
from registry.validation import SupervisorInfo

_STORED_FIELDS = tuple(f.name for f in fields(ArtisanFields) if f.name != "photo")
_HINTS = get_type_hints(ArtisanFields)
# Fields holding a choice (an enum), stored as its value.
_CHOICE_FIELDS = tuple(
    name
    for name, hint in _HINTS.items()
    if any(isinstance(t, type) and issubclass(t, StrEnum) for t in get_args(hint) or (hint,))
)
_DATE_FIELDS = tuple(name for name in _STORED_FIELDS if _HINTS[name] is date)
_OPTIONAL_FIELDS = frozenset(name for name in _STORED_FIELDS if NoneType in get_args(_HINTS[name]))


def sort_key(last: str, first: str) -> str:
    return f"{name_key(last)} {name_key(first)}".strip()


def columns_from_fields(values: ArtisanFields) -> dict[str, Any]:
    """Column values of the ``artisans`` row for ``values`` (enums as their values)."""
    columns: dict[str, Any] = {name: getattr(values, name) for name in _STORED_FIELDS}
    for name in _CHOICE_FIELDS:
        value = columns[name]
        if value is not None:
            columns[name] = value.value
    columns["photo_sha256"] = photo_digest(values.photo)
    columns["sort_name_fr"] = sort_key(values.last_name_fr, values.first_name_fr)
    columns["sort_name_ar"] = sort_key(values.last_name_ar, values.first_name_ar)
    return columns


def fields_from_row(row: Any, photo: bytes | None) -> ArtisanFields:
    """The values of a stored row (an ORM object or anything with its columns)."""

    def optional(enum: Any, value: str | None) -> Any:
        return enum(value) if value is not None else None

    values = {name: getattr(row, name) for name in _STORED_FIELDS}
    values.update(
        sex=Sex(row.sex),
        category=Category(row.category),
        workplace=optional(Workplace, row.workplace),
        amo_status=optional(AmoStatus, row.amo_status),
        fiscal_regime=optional(FiscalRegime, row.fiscal_regime),
        photo=photo,
    )
    return ArtisanFields(**values)


def fields_from_json(values: Mapping[str, Any], photo: bytes | None) -> ArtisanFields:
    """The typed values of a record as the wire carries them (the inverse of
    :func:`registry.serialization.fields_to_json`, a field left out being empty), read
    as they are, without the rules: the server checked them. ``ValueError`` (or
    ``TypeError``) for values that are not of their field's kind."""
    row: dict[str, Any] = {}
    for name in _STORED_FIELDS:
        value = values.get(name)
        if value is None or value == "":
            value = None if name in _OPTIONAL_FIELDS else ""
        elif name in _DATE_FIELDS:
            value = date.fromisoformat(value)
        row[name] = value
    return fields_from_row(SimpleNamespace(**row), photo)


def terms_for(values: ArtisanFields, registration_number: str | None) -> list[str]:
    """Every token the record is found by (see :mod:`registry.indexing`)."""
    return record_terms(
        [
            values.last_name_fr,
            values.first_name_fr,
            values.last_name_ar,
            values.first_name_ar,
            values.entity_name_fr,
            values.entity_name_ar,
        ],
        values.cin,
        registration_number,
        values.phone,
    )


def last_pk(session: Session) -> int:
    """The row id of the newest record (0 in an empty store)."""
    (found,) = driver(session).execute("SELECT max(pk) FROM artisans").fetchone()
    return int(found or 0)


def load_photo(session: Session, pk: int) -> bytes | None:
    sql = "SELECT data FROM artisan_photos WHERE artisan_pk = ?"
    found = driver(session).execute(sql, (pk,)).fetchone()
    return bytes(found[0]) if found is not None else None


def save_photo(session: Session, pk: int, photo: bytes | None, mime: str | None) -> None:
    existing = session.get(ArtisanPhoto, pk)
    if photo is None or mime is None:
        if existing is not None:
            session.delete(existing)
        return
    if existing is None:
        session.add(ArtisanPhoto(artisan_pk=pk, mime=mime, data=photo))
    else:
        existing.mime, existing.data = mime, photo


# The save path asks these on every registration: straight to the driver, where
# SQLAlchemy's statement handling would cost ten times the query.
_LIVE_PERSON_WITH_CIN = (
    "SELECT id FROM artisans WHERE cin = ? AND status <> 'struck_off'"
    " AND category NOT IN ('cooperative', 'enterprise')"
)
_LIVE_WITH_ICE = "SELECT id FROM artisans WHERE ice = ? AND status <> 'struck_off'"
# The national index holds the records of other regions (docs/sync.md, *Pull*).
_INDEXED_PERSON_WITH_CIN = (
    "SELECT id FROM national_index WHERE cin = ? AND status <> 'struck_off'"
    " AND category NOT IN ('cooperative', 'enterprise')"
)
_INDEXED_WITH_ICE = "SELECT id FROM national_index WHERE ice = ? AND status <> 'struck_off'"
_BY_NUMBER = "SELECT status, category FROM artisans WHERE registration_number = ?"


class StoreLookups:
    """The register questions of :mod:`registry.validation`, answered from the store:
    the records it holds and the national index of the other regions'."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def _ids(self, sql: str, value: str) -> list[str]:
        return [found for (found,) in driver(self._session).execute(sql, (value,))]

    def cin_in_use(self, cin: str, exclude_id: str | None) -> bool:
        found = self._ids(_LIVE_PERSON_WITH_CIN, cin) + self._ids(_INDEXED_PERSON_WITH_CIN, cin)
        return any(held != exclude_id for held in found)

    def ice_in_use(self, ice: str, exclude_id: str | None) -> bool:
        found = self._ids(_LIVE_WITH_ICE, ice) + self._ids(_INDEXED_WITH_ICE, ice)
        return any(held != exclude_id for held in found)

    def supervisor(self, registration_number: str) -> SupervisorInfo | None:
        row = driver(self._session).execute(_BY_NUMBER, (registration_number,)).fetchone()
        return SupervisorInfo(Status(row[0]), Category(row[1])) if row else None
