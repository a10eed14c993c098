"""Records as plain JSON values: for the audit log, the sync outbox and ``--json`` output.

Dates are ISO strings, choices their canonical values; the photo appears as the
SHA-256 of its bytes (the bytes travel separately).
"""

from __future__ import annotations

import hashlib
from dataclasses import fields
from datetime import date
from enum import StrEnum
from typing import TypeAlias

from registry.artisan import ArtisanFields

JsonValue: TypeAlias = str | int | None


def photo_digest(photo: bytes | None) -> str | None:
    return hashlib.sha256(photo).hexdigest() if photo else None


def json_value(value: object) -> JsonValue:
    kind = type(value)
    if kind is str or kind is int or value is None:
        return value  # type: ignore[return-value]
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"no JSON form for {type(value).__name__}")


_FIELD_NAMES = tuple(f.name for f in fields(ArtisanFields) if f.name != "photo")


def fields_to_json(values: ArtisanFields, *, omit_empty: bool = False) -> dict[str, JsonValue]:
    """Every field as a JSON value; with ``omit_empty``, only those that hold something."""
    out = {name: json_value(getattr(values, name)) for name in _FIELD_NAMES}
    out["photo"] = photo_digest(values.photo)
    if omit_empty:
        return {name: value for name, value in out.items() if value is not None and value != ""}
    return out


def changed_fields(
    before: dict[str, JsonValue], after: dict[str, JsonValue]
) -> tuple[dict[str, JsonValue], dict[str, JsonValue]]:
    """Only the fields that differ: (their old values, their new values)."""
    keys = [k for k in after if before.get(k) != after[k]]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}
