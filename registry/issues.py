"""Validation outcomes: an error code plus the field it concerns.

The register never produces user-facing text; the UI and the command line translate
codes. ``params`` carries the values a message needs (a limit, a year).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Code(StrEnum):
    """Every reason a value can be refused or flagged."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    TOO_SHORT = "too_short"
    CONTROL_CHARACTERS = "control_characters"
    WRONG_SCRIPT = "wrong_script"
    INVALID_CHARACTERS = "invalid_characters"
    NAME_MISSING = "name_missing"
    INVALID_CHOICE = "invalid_choice"
    CIN_FORMAT = "cin_format"
    CIN_IN_USE = "cin_in_use"
    DATE_INVALID = "date_invalid"
    DATE_IN_FUTURE = "date_in_future"
    AGE_TOO_LOW = "age_too_low"
    AGE_TOO_HIGH = "age_too_high"
    PHONE_INVALID = "phone_invalid"
    EMAIL_INVALID = "email_invalid"
    PROVINCE_UNKNOWN = "province_unknown"
    COMMUNE_FORMAT = "commune_format"
    COMMUNE_OUTSIDE_PROVINCE = "commune_outside_province"
    COMMUNE_UNKNOWN = "commune_unknown"
    OUTSIDE_OFFICE_REGION = "outside_office_region"
    ACTIVITY_UNKNOWN = "activity_unknown"
    YEAR_INVALID = "year_invalid"
    YEAR_BEFORE_BIRTH = "year_before_birth"
    EXPERIENCE_TOO_SHORT = "experience_too_short"
    DIPLOMA_REQUIRED = "diploma_required"
    NUMBER_FORMAT = "number_format"
    ICE_INVALID = "ice_invalid"
    ICE_IN_USE = "ice_in_use"
    ODCO_REQUIRED = "odco_required"
    MEMBERS_TOO_FEW = "members_too_few"
    SUPERVISOR_REQUIRED = "supervisor_required"
    SUPERVISOR_UNKNOWN = "supervisor_unknown"
    SUPERVISOR_NOT_REGISTERED = "supervisor_not_registered"
    NOT_FOR_CATEGORY = "not_for_category"
    PHOTO_FORMAT = "photo_format"
    PHOTO_TOO_LARGE = "photo_too_large"
    PHOTO_TOO_SMALL = "photo_too_small"
    REGISTRATION_NUMBER_INVALID = "registration_number_invalid"
    REGISTRATION_NUMBER_IN_USE = "registration_number_in_use"
    STATUS_TRANSITION = "status_transition"
    REASON_REQUIRED = "reason_required"
    VERSION_CONFLICT = "version_conflict"
    NOT_FOUND = "not_found"
    NOT_ALLOWED = "not_allowed"
    RECORD_CLOSED = "record_closed"
    OTHER_OFFICE = "other_office"
    LOGIN_FAILED = "login_failed"
    ACCOUNT_LOCKED = "account_locked"
    ACCOUNT_DISABLED = "account_disabled"
    USERNAME_FORMAT = "username_format"
    USERNAME_TAKEN = "username_taken"
    PASSWORD_TOO_SHORT = "password_too_short"
    LAST_ADMINISTRATOR = "last_administrator"
    OUT_OF_RANGE = "out_of_range"
    NOT_REGISTERED = "not_registered"
    REPRINT_NEEDS_REASON = "reprint_needs_reason"
    DOCUMENT_CANCELLED = "document_cancelled"
    PRINT_PENDING = "print_pending"
    BATCH_BUSY = "batch_busy"
    BATCH_FINISHED = "batch_finished"
    KEY_FILE_INVALID = "key_file_invalid"
    CERTIFICATE_INVALID = "certificate_invalid"
    FILE_UNREADABLE = "file_unreadable"
    FILE_MISSING = "file_missing"
    FILE_UNREADABLE_SYSTEM = "file_unreadable_system"
    FILE_TOO_LARGE = "file_too_large"
    FILE_NOT_TEXT = "file_not_text"
    PDF_TOO_MANY_PAGES = "pdf_too_many_pages"
    PDF_PAGE_TOO_LARGE = "pdf_page_too_large"
    OUTPUT_PROTECTED = "output_protected"
    OUTPUT_EXISTS = "output_exists"
    OUTPUT_NO_FOLDER = "output_no_folder"
    OUTPUT_IS_FOLDER = "output_is_folder"
    OUTPUT_NOT_WRITABLE = "output_not_writable"


@dataclass(frozen=True)
class Issue:
    """One finding about one field."""

    code: Code
    field: str
    severity: Severity = Severity.ERROR
    params: Mapping[str, str | int] = dataclasses.field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


class ValidationFailed(Exception):
    """Raised by a use case when a record breaks at least one rule."""

    def __init__(self, issues: Iterable[Issue]) -> None:
        self.issues = tuple(issues)
        super().__init__("; ".join(f"{i.field}: {i.code}" for i in self.issues))

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.is_error)


def errors_only(issues: Iterable[Issue]) -> list[Issue]:
    return [i for i in issues if i.is_error]
