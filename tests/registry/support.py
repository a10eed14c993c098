"""Helpers shared by the tests of the register's rules."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from registry.artisan import ArtisanFields
from registry.issues import Code, Issue
from registry.numbering import RegistrationNumber
from registry.validation import RuleContext, validate_draft
from tests.factories import make_draft

VALID_ICE = "001561191000066"  # a published example (python-stdnum's documentation)
SUPERVISOR_NUMBER = str(RegistrationNumber("01", "511", "01", 2024, 42))


def errors(issues: Iterable[Issue]) -> list[Issue]:
    return [i for i in issues if i.is_error]


def valid(ctx: RuleContext, **overrides: Any) -> ArtisanFields:
    """The values of ``make_draft(**overrides)``, which must have no issue at all."""
    values, issues = validate_draft(make_draft(**overrides), ctx)
    assert issues == [], issues
    assert values is not None
    return values


def refused(
    ctx: RuleContext,
    code: Code,
    field: str,
    params: Mapping[str, str | int] | None = None,
    /,
    **overrides: Any,
) -> None:
    """``make_draft(**overrides)`` is refused for exactly one reason: ``code`` on ``field``."""
    values, issues = validate_draft(make_draft(**overrides), ctx)
    assert values is None
    assert errors(issues) == [Issue(code, field, params=dict(params or {}))], issues


def cooperative(**overrides: Any) -> dict[str, Any]:
    """Overrides that make the factory's draft a valid craft cooperative."""
    base: dict[str, Any] = {
        "category": "cooperative",
        "activity_since": "",
        "entity_name_fr": "Coopérative Tazra",
        "entity_name_ar": "تعاونية تازرة",
        "odco_number": "2015/123",
        "members": "12",
    }
    return base | overrides


def enterprise(**overrides: Any) -> dict[str, Any]:
    """Overrides that make the factory's draft a valid craft enterprise."""
    base: dict[str, Any] = {
        "category": "enterprise",
        "activity_since": "",
        "entity_name_fr": "Atelier Zellige Nord SARL",
        "ice": VALID_ICE,
        "rc_court": "Tanger",
        "rc_number": "45678",
        "supervisor_number": SUPERVISOR_NUMBER,
    }
    return base | overrides


def diploma(**overrides: Any) -> dict[str, Any]:
    """Overrides that make the factory's draft a valid artisan with a diploma."""
    base: dict[str, Any] = {
        "category": "artisan_diploma",
        "activity_since": "",
        "diploma": "Diplôme de qualification en zellige",
        "diploma_school": "Institut des arts traditionnels, Tétouan",
    }
    return base | overrides
