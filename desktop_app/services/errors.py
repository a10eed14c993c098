"""Failures of a use case that are not a field's validation (those raise
:class:`registry.issues.ValidationFailed`). Each carries a code the UI translates."""

from __future__ import annotations

from registry.issues import Code


class ServiceError(Exception):
    code: Code = Code.NOT_FOUND

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.code.value)
        self.detail = detail


class RecordNotFound(ServiceError):
    code = Code.NOT_FOUND


class VersionConflict(ServiceError):
    """Someone else saved the record since it was opened."""

    code = Code.VERSION_CONFLICT


class NotAllowed(ServiceError):
    """The actor's role does not allow this action."""

    code = Code.NOT_ALLOWED


class RecordClosed(ServiceError):
    """A struck-off record is kept as it is; reinstate it first."""

    code = Code.RECORD_CLOSED


class StoreProblem(Exception):
    """The office store cannot be created or opened (message is for the operator)."""
