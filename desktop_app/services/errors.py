"""Failures of a use case that are not a field's validation (those raise
:class:`registry.issues.ValidationFailed`). Each carries a code the UI translates."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

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


class OtherOffice(ServiceError):
    """The record (``detail``: its number and owner) belongs to another office: pulled
    from the server, it is read here, never edited, approved or printed."""

    code = Code.OTHER_OFFICE


class RecordClosed(ServiceError):
    """A struck-off record is kept as it is; reinstate it first."""

    code = Code.RECORD_CLOSED


class FileRefused(ServiceError):
    """A file given to the program, or a place for one it writes, cannot be used:
    ``path`` names it, ``code`` says why, ``reason`` adds the system's words if any."""

    def __init__(self, code: Code, path: Path, reason: str = "") -> None:
        self.code = code
        super().__init__(str(path))
        self.path = path
        self.reason = reason


class StoreProblem(Exception):
    """The office store cannot be created or opened (message is for the operator)."""


class StoreState(StrEnum):
    """Why a store that exists cannot be used (the window words each its own way)."""

    EMPTY = "empty"
    NOT_A_STORE = "not_a_store"
    UNFINISHED = "unfinished"
    DAMAGED = "damaged"
    TOO_NEW = "too_new"
    READ_ONLY_UPGRADE = "read_only_upgrade"


class StoreUnusable(StoreProblem):
    """The store at ``path`` cannot be used as it is: ``state`` says why, the message
    (one line, for the command line) also says the way back; ``detail`` is what was
    found."""

    def __init__(self, state: StoreState, path: Path, detail: str, message: str) -> None:
        super().__init__(message)
        self.state = state
        self.path = path
        self.detail = detail
