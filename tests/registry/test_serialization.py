"""Records as plain JSON values for the audit log, the outbox and ``--json`` output."""

from __future__ import annotations

import hashlib
import json
from dataclasses import fields, replace
from datetime import date, datetime

import pytest

from registry.artisan import ArtisanFields, Category, Sex
from registry.serialization import changed_fields, fields_to_json, json_value, photo_digest
from registry.validation import RuleContext
from tests.factories import TODAY, make_photo
from tests.registry.support import cooperative, valid


def test_json_values() -> None:
    assert json_value(None) is None
    assert json_value("x") == "x"
    assert json_value(12) == 12
    assert json_value(date(1980, 5, 17)) == "1980-05-17"
    assert json_value(Sex.FEMALE) == "F"
    assert type(json_value(Category.COOPERATIVE)) is str
    for bad in (True, 1.5, b"x", [1], object()):
        with pytest.raises(TypeError):
            json_value(bad)


def test_photo_digest() -> None:
    photo = make_photo()
    assert photo_digest(photo) == hashlib.sha256(photo).hexdigest()
    assert photo_digest(None) is None
    assert photo_digest(b"") is None


def test_fields_to_json(ctx: RuleContext) -> None:
    photo = make_photo()
    values = valid(ctx, photo=photo, **cooperative())
    out = fields_to_json(values)
    assert list(out) == [f.name for f in fields(ArtisanFields)]
    assert out["birth_date"] == "1980-05-17"
    assert out["registered_on"] == TODAY.isoformat()
    assert out["sex"] == "F"
    assert out["category"] == "cooperative"
    assert out["members"] == 12
    assert out["photo"] == hashlib.sha256(photo).hexdigest()
    assert out["phone"] == "+212612345678"
    assert out["email"] is None
    assert out["diploma"] == ""
    assert all(type(v) in (str, int, type(None)) for v in out.values())
    assert json.loads(json.dumps(out)) == out


def test_fields_to_json_without_a_photo(ctx: RuleContext) -> None:
    assert fields_to_json(valid(ctx))["photo"] is None


def test_omit_empty(ctx: RuleContext) -> None:
    values = valid(ctx)
    full = fields_to_json(values)
    slim = fields_to_json(values, omit_empty=True)
    assert slim == {k: v for k, v in full.items() if v is not None and v != ""}
    assert "email" not in slim and "photo" not in slim and "diploma" not in slim
    assert slim["activity_since"] == 2005
    assert slim["cin"] == "K123456"


def test_a_datetime_is_not_silently_a_date() -> None:
    # datetime is a date subclass: its ISO form keeps the time.
    assert json_value(datetime(2026, 1, 2, 3, 4)) == "2026-01-02T03:04:00"


def test_changed_fields(ctx: RuleContext) -> None:
    before = fields_to_json(valid(ctx))
    after = fields_to_json(
        replace(valid(ctx), phone=None, activity_since=2001, category=Category.MASTER_ARTISAN)
    )
    old, new = changed_fields(before, after)
    assert old == {
        "phone": "+212612345678",
        "category": "artisan_experience",
        "activity_since": 2005,
    }
    assert new == {"phone": None, "category": "master_artisan", "activity_since": 2001}
    assert list(old) == list(new)


def test_nothing_changed(ctx: RuleContext) -> None:
    same = fields_to_json(valid(ctx))
    assert changed_fields(same, dict(same)) == ({}, {})


def test_a_field_new_to_after_is_a_change() -> None:
    assert changed_fields({}, {"email": "a@b.ma"}) == ({"email": None}, {"email": "a@b.ma"})
