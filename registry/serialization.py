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
    if value is None or isinstance(value, int | str) and not isinstance(value, StrEnum | bool):
        return value
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"no JSON form for {type(value).__name__}")


def fields_to_json(values: ArtisanFields) -> dict[str, JsonValue]:
    out: dict[str, JsonValue] = {}
    for f in fields(values):
        value = getattr(values, f.name)
        out[f.name] = photo_digest(value) if f.name == "photo" else json_value(value)
    return out


def changed_fields(
    before: dict[str, JsonValue], after: dict[str, JsonValue]
) -> tuple[dict[str, JsonValue], dict[str, JsonValue]]:
    """Only the fields that differ: (their old values, their new values)."""
    keys = [k for k in after if before.get(k) != after[k]]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}
