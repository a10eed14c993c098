"""A record's fields in their wire form (:func:`registry.serialization.fields_to_json`,
without the photo digest) and back to what the registry's rules take.

The photo travels beside the fields as base64 text; the payload keeps it that way.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Any

from registry.artisan import (
    DRAFT_FIELDS,
    AmoStatus,
    ArtisanDraft,
    ArtisanFields,
    Category,
    FiscalRegime,
    Sex,
    Workplace,
)
from registry.issues import Code
from registry.serialization import fields_to_json
from registry.wire import WireIssue

# Computed by the rules from other fields (and the photo's digest): ignored when sent.
DERIVED_FIELDS = frozenset({"region", "activity_version", "branch"})
WRITABLE_FIELDS = frozenset(DRAFT_FIELDS)
PHOTO = "photo"
_ACCEPTED = WRITABLE_FIELDS | DERIVED_FIELDS | {PHOTO}
_DATES = frozenset({"birth_date", "registered_on"})
_CHOICES: dict[str, type[StrEnum]] = {
    "sex": Sex,
    "category": Category,
    "workplace": Workplace,
    "amo_status": AmoStatus,
    "fiscal_regime": FiscalRegime,
}


def wire_fields(values: ArtisanFields) -> dict[str, Any]:
    """The canonical values as the wire and the payload carry them."""
    out: dict[str, Any] = fields_to_json(values)
    del out[PHOTO]
    return out


def draft_of(fields: Mapping[str, Any], photo: bytes | None) -> ArtisanDraft | list[WireIssue]:
    """The draft the rules check, from wire values (strings, integers, null)."""
    issues = [
        WireIssue(code=Code.NOT_ALLOWED.value, field=name)
        for name in sorted(fields.keys() - _ACCEPTED)
    ]
    texts: dict[str, str] = {}
    for name in WRITABLE_FIELDS.intersection(fields):
        value = fields[name]
        kind = type(value)
        if kind is str:
            texts[name] = value
        elif value is None:
            texts[name] = ""
        elif kind is int:
            texts[name] = str(value)
        else:
            issues.append(WireIssue(code=Code.INVALID_CHOICE.value, field=name))
    return issues or ArtisanDraft(photo=photo, **texts)


def stored_fields(fields: Mapping[str, Any], photo: bytes | None) -> ArtisanFields:
    """The typed values of a record the server stored (valid and canonical)."""
    kwargs: dict[str, Any] = {PHOTO: photo}
    for field in dataclasses.fields(ArtisanFields):
        if field.name == PHOTO:
            continue
        value = fields.get(field.name)
        if value is not None and field.name in _DATES:
            value = date.fromisoformat(value)
        elif value is not None and field.name in _CHOICES:
            value = _CHOICES[field.name](value)
        kwargs[field.name] = value
    return ArtisanFields(**kwargs)


def photo_bytes(text: str | None) -> bytes | None:
    return base64.b64decode(text) if text else None


def photo_text(photo: bytes | None) -> str | None:
    return base64.b64encode(photo).decode("ascii") if photo else None


def read_photo(value: object) -> bytes | None | WireIssue:
    """A photo as a change carries it: base64 text, or null for none."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return base64.b64decode(value, validate=True) or None
        except (binascii.Error, ValueError):
            pass
    return WireIssue(code=Code.PHOTO_FORMAT.value, field=PHOTO)
