"""Validation outcomes: codes, fields, severity."""

from __future__ import annotations

from registry.issues import Code, Issue, Severity, ValidationFailed, errors_only


def test_issue_defaults_to_an_error() -> None:
    issue = Issue(Code.REQUIRED, "cin")
    assert issue.severity is Severity.ERROR and issue.is_error
    assert issue.params == {}
    assert not Issue(Code.OUTSIDE_OFFICE_REGION, "province", Severity.WARNING).is_error


def test_validation_failed_keeps_every_issue_and_lists_errors() -> None:
    warning = Issue(Code.OUTSIDE_OFFICE_REGION, "province", Severity.WARNING, {"region": "02"})
    error = Issue(Code.CIN_FORMAT, "cin")
    failed = ValidationFailed(iter([warning, error]))
    assert failed.issues == (warning, error)
    assert failed.errors == (error,)
    assert str(failed) == "province: outside_office_region; cin: cin_format"
    assert errors_only([warning, error]) == [error]


def test_codes_are_unique_strings() -> None:
    values = [c.value for c in Code]
    assert len(values) == len(set(values))
    assert all(v == v.lower() and " " not in v for v in values)
