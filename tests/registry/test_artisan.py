"""The record's shape: categories, field lists and the draft a form edits."""

from __future__ import annotations

from dataclasses import fields

from registry.artisan import (
    DRAFT_FIELDS,
    IDENTITY_FIELDS,
    ArtisanDraft,
    ArtisanFields,
    Category,
    draft_from_fields,
)
from registry.validation import RuleContext
from tests.factories import make_photo
from tests.registry.support import cooperative, valid


def test_entities() -> None:
    assert {c for c in Category if c.is_entity} == {Category.COOPERATIVE, Category.ENTERPRISE}


def test_draft_fields_are_the_text_fields_in_form_order() -> None:
    assert DRAFT_FIELDS == tuple(f.name for f in fields(ArtisanDraft))[:-1]
    assert "photo" not in DRAFT_FIELDS
    stored = {f.name for f in fields(ArtisanFields)}
    assert set(DRAFT_FIELDS) <= stored
    # What validation derives is stored but never typed.
    assert stored - set(DRAFT_FIELDS) == {"region", "activity_version", "branch", "photo"}
    assert IDENTITY_FIELDS <= stored


def test_draft_from_fields(ctx: RuleContext) -> None:
    photo = make_photo()
    values = valid(ctx, photo=photo, **cooperative(registered_on="2020-03-15"))
    draft = draft_from_fields(values)
    assert draft.cin == "K123456"
    assert draft.sex == "F"
    assert draft.birth_date == "1980-05-17"
    assert draft.registered_on == "2020-03-15"
    assert draft.category == "cooperative"
    assert draft.members == "12"
    assert draft.activity_since == ""
    assert draft.email == ""
    assert draft.phone == "+212612345678"
    assert draft.photo is photo
