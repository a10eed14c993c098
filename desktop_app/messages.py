"""English wording of the register's codes: field labels and issue messages.

These strings are the source texts that translations (Arabic, French) are made from:
``QT_TRANSLATE_NOOP`` marks them for Qt Linguist's ``lupdate`` without importing Qt,
so the command line can show them as they are and the window translated. A message
says what is wrong and what is expected; its field label names the field.
"""

from __future__ import annotations

from collections.abc import Callable

from registry.issues import Code, Issue
from registry.signed_payload import Reason

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    return text


def untranslated(context: str, text: str) -> str:
    return text


FIELD_LABELS: dict[str, str] = {
    "cin": QT_TRANSLATE_NOOP("fields", "CIN"),
    "last_name_fr": QT_TRANSLATE_NOOP("fields", "Last name (Latin)"),
    "first_name_fr": QT_TRANSLATE_NOOP("fields", "First name (Latin)"),
    "last_name_ar": QT_TRANSLATE_NOOP("fields", "Last name (Arabic)"),
    "first_name_ar": QT_TRANSLATE_NOOP("fields", "First name (Arabic)"),
    "sex": QT_TRANSLATE_NOOP("fields", "Sex"),
    "birth_date": QT_TRANSLATE_NOOP("fields", "Birth date"),
    "birth_place": QT_TRANSLATE_NOOP("fields", "Birth place"),
    "nationality": QT_TRANSLATE_NOOP("fields", "Nationality"),
    "phone": QT_TRANSLATE_NOOP("fields", "Phone"),
    "email": QT_TRANSLATE_NOOP("fields", "E-mail"),
    "address_fr": QT_TRANSLATE_NOOP("fields", "Address (Latin)"),
    "address_ar": QT_TRANSLATE_NOOP("fields", "Address (Arabic)"),
    "region": QT_TRANSLATE_NOOP("fields", "Region"),
    "province": QT_TRANSLATE_NOOP("fields", "Province"),
    "commune": QT_TRANSLATE_NOOP("fields", "Commune"),
    "category": QT_TRANSLATE_NOOP("fields", "Category"),
    "branch": QT_TRANSLATE_NOOP("fields", "Branch"),
    "activity": QT_TRANSLATE_NOOP("fields", "Activity"),
    "activity_version": QT_TRANSLATE_NOOP("fields", "Activity list version"),
    "activity_since": QT_TRANSLATE_NOOP("fields", "Activity since (year)"),
    "diploma": QT_TRANSLATE_NOOP("fields", "Diploma"),
    "diploma_school": QT_TRANSLATE_NOOP("fields", "School"),
    "workplace": QT_TRANSLATE_NOOP("fields", "Workplace"),
    "cnss_number": QT_TRANSLATE_NOOP("fields", "CNSS number"),
    "amo_status": QT_TRANSLATE_NOOP("fields", "AMO status"),
    "fiscal_regime": QT_TRANSLATE_NOOP("fields", "Fiscal regime"),
    "entity_name_fr": QT_TRANSLATE_NOOP("fields", "Name of the cooperative or enterprise (Latin)"),
    "entity_name_ar": QT_TRANSLATE_NOOP("fields", "Name of the cooperative or enterprise (Arabic)"),
    "ice": QT_TRANSLATE_NOOP("fields", "ICE"),
    "rc_court": QT_TRANSLATE_NOOP("fields", "RC court"),
    "rc_number": QT_TRANSLATE_NOOP("fields", "RC number"),
    "tax_id": QT_TRANSLATE_NOOP("fields", "Tax identifier (IF)"),
    "odco_number": QT_TRANSLATE_NOOP("fields", "ODCO number"),
    "members": QT_TRANSLATE_NOOP("fields", "Members"),
    "supervisor_number": QT_TRANSLATE_NOOP("fields", "Supervising artisan's registration number"),
    "registered_on": QT_TRANSLATE_NOOP("fields", "Registration date"),
    "photo": QT_TRANSLATE_NOOP("fields", "Photo"),
    "registration_number": QT_TRANSLATE_NOOP("fields", "Registration number"),
    "status": QT_TRANSLATE_NOOP("fields", "Status"),
    "reason": QT_TRANSLATE_NOOP("fields", "Reason"),
    "username": QT_TRANSLATE_NOOP("fields", "User name"),
    "password": QT_TRANSLATE_NOOP("fields", "Password"),
    "full_name": QT_TRANSLATE_NOOP("fields", "Full name"),
    "lockout_attempts": QT_TRANSLATE_NOOP("fields", "Failed logins before a lockout"),
    "lockout_minutes": QT_TRANSLATE_NOOP("fields", "Lockout duration (minutes)"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP(
        "fields", "Idle time before the session locks (minutes)"
    ),
    "reprint_reason": QT_TRANSLATE_NOOP("fields", "Reprint reason"),
    "cancel_reason": QT_TRANSLATE_NOOP("fields", "Reason for cancelling"),
    "copies": QT_TRANSLATE_NOOP("fields", "Copies"),
    "signatory_name": QT_TRANSLATE_NOOP("fields", "Signatory's name"),
    "signatory_title_fr": QT_TRANSLATE_NOOP("fields", "Signatory's title (French)"),
    "signatory_title_ar": QT_TRANSLATE_NOOP("fields", "Signatory's title (Arabic)"),
    "logo": QT_TRANSLATE_NOOP("fields", "Logo"),
}

MESSAGES: dict[Code, str] = {
    Code.REQUIRED: QT_TRANSLATE_NOOP("messages", "is required"),
    Code.TOO_LONG: QT_TRANSLATE_NOOP("messages", "is too long: at most {max} characters"),
    Code.TOO_SHORT: QT_TRANSLATE_NOOP("messages", "is too short"),
    Code.CONTROL_CHARACTERS: QT_TRANSLATE_NOOP(
        "messages", "contains invisible control characters; retype it"
    ),
    Code.WRONG_SCRIPT: QT_TRANSLATE_NOOP("messages", "must be written in {script} letters"),
    Code.INVALID_CHARACTERS: QT_TRANSLATE_NOOP(
        "messages", "may contain only letters, spaces, hyphens and apostrophes"
    ),
    Code.NAME_MISSING: QT_TRANSLATE_NOOP(
        "messages", "is required in Latin or in Arabic letters (at least one)"
    ),
    Code.INVALID_CHOICE: QT_TRANSLATE_NOOP("messages", "is not one of the allowed values"),
    Code.CIN_FORMAT: QT_TRANSLATE_NOOP(
        "messages", "must be 1 or 2 letters followed by 1 to 6 digits, e.g. AB123456"
    ),
    Code.CIN_IN_USE: QT_TRANSLATE_NOOP("messages", "is already registered to another live record"),
    Code.DATE_INVALID: QT_TRANSLATE_NOOP(
        "messages", "is not a valid date; write it as DD/MM/YYYY or YYYY-MM-DD"
    ),
    Code.DATE_IN_FUTURE: QT_TRANSLATE_NOOP("messages", "cannot be in the future"),
    Code.AGE_TOO_LOW: QT_TRANSLATE_NOOP(
        "messages", "gives an age under {min} years at registration"
    ),
    Code.AGE_TOO_HIGH: QT_TRANSLATE_NOOP(
        "messages", "gives an age over {max} years at registration"
    ),
    Code.PHONE_INVALID: QT_TRANSLATE_NOOP(
        "messages", "is not a valid phone number; e.g. 0612345678 or +212612345678"
    ),
    Code.EMAIL_INVALID: QT_TRANSLATE_NOOP("messages", "is not a valid e-mail address"),
    Code.PROVINCE_UNKNOWN: QT_TRANSLATE_NOOP("messages", "is not a known province code (3 digits)"),
    Code.COMMUNE_FORMAT: QT_TRANSLATE_NOOP("messages", "must be a commune code like 01.051.01.03"),
    Code.COMMUNE_OUTSIDE_PROVINCE: QT_TRANSLATE_NOOP(
        "messages", "is not a commune of the chosen province"
    ),
    Code.COMMUNE_UNKNOWN: QT_TRANSLATE_NOOP("messages", "is not in the list of communes"),
    Code.OUTSIDE_OFFICE_REGION: QT_TRANSLATE_NOOP(
        "messages", "is outside this office's region (allowed, please check)"
    ),
    Code.ACTIVITY_UNKNOWN: QT_TRANSLATE_NOOP("messages", "is not in the activity list in force"),
    Code.YEAR_INVALID: QT_TRANSLATE_NOOP("messages", "must be a year between {min} and {max}"),
    Code.YEAR_BEFORE_BIRTH: QT_TRANSLATE_NOOP("messages", "cannot be before the year of birth"),
    Code.EXPERIENCE_TOO_SHORT: QT_TRANSLATE_NOOP(
        "messages", "gives less than the {years} years of practice this category needs"
    ),
    Code.DIPLOMA_REQUIRED: QT_TRANSLATE_NOOP(
        "messages", "is required for an artisan with a diploma"
    ),
    Code.NUMBER_FORMAT: QT_TRANSLATE_NOOP("messages", "is not a valid number for this field"),
    Code.ICE_INVALID: QT_TRANSLATE_NOOP("messages", "must be the 15 digits of a valid ICE"),
    Code.ICE_IN_USE: QT_TRANSLATE_NOOP("messages", "is already registered to another live record"),
    Code.ODCO_REQUIRED: QT_TRANSLATE_NOOP("messages", "is required for a cooperative"),
    Code.MEMBERS_TOO_FEW: QT_TRANSLATE_NOOP("messages", "must be at least {min} for a cooperative"),
    Code.SUPERVISOR_REQUIRED: QT_TRANSLATE_NOOP("messages", "is required for an enterprise"),
    Code.SUPERVISOR_UNKNOWN: QT_TRANSLATE_NOOP(
        "messages", "does not designate a registered individual artisan"
    ),
    Code.SUPERVISOR_NOT_REGISTERED: QT_TRANSLATE_NOOP(
        "messages", "designates an artisan whose registration is not in force"
    ),
    Code.NOT_FOR_CATEGORY: QT_TRANSLATE_NOOP(
        "messages", "applies only to cooperatives and enterprises"
    ),
    Code.PHOTO_FORMAT: QT_TRANSLATE_NOOP("messages", "must be a JPEG or PNG image"),
    Code.PHOTO_TOO_LARGE: QT_TRANSLATE_NOOP("messages", "is too large"),
    Code.PHOTO_TOO_SMALL: QT_TRANSLATE_NOOP(
        "messages", "is too small: at least {min} pixels on each side"
    ),
    Code.REGISTRATION_NUMBER_INVALID: QT_TRANSLATE_NOOP(
        "messages", "is not a valid registration number (check the digits)"
    ),
    Code.REGISTRATION_NUMBER_IN_USE: QT_TRANSLATE_NOOP(
        "messages", "is already held by another record (another CIN)"
    ),
    Code.STATUS_TRANSITION: QT_TRANSLATE_NOOP(
        "messages", "cannot change this way from its current status"
    ),
    Code.REASON_REQUIRED: QT_TRANSLATE_NOOP("messages", "is required for this change"),
    Code.VERSION_CONFLICT: QT_TRANSLATE_NOOP(
        "messages", "was changed by someone else since it was opened; reopen it"
    ),
    Code.NOT_FOUND: QT_TRANSLATE_NOOP("messages", "was not found"),
    Code.NOT_ALLOWED: QT_TRANSLATE_NOOP("messages", "is not allowed for your role"),
    Code.RECORD_CLOSED: QT_TRANSLATE_NOOP(
        "messages", "is struck off and cannot be edited; reinstate it first"
    ),
    Code.OTHER_OFFICE: QT_TRANSLATE_NOOP(
        "messages",
        "belongs to another office: it can be read here, not edited, approved or printed",
    ),
    Code.LOGIN_FAILED: QT_TRANSLATE_NOOP("messages", "user name or password is wrong"),
    Code.ACCOUNT_LOCKED: QT_TRANSLATE_NOOP(
        "messages", "is locked after too many failed attempts; try again later"
    ),
    Code.ACCOUNT_DISABLED: QT_TRANSLATE_NOOP("messages", "is disabled; ask an administrator"),
    Code.USERNAME_FORMAT: QT_TRANSLATE_NOOP(
        "messages",
        "must be 2 to 32 lower-case letters, digits, '.', '_' or '-', starting with a letter",
    ),
    Code.USERNAME_TAKEN: QT_TRANSLATE_NOOP("messages", "is already used by another account"),
    Code.PASSWORD_TOO_SHORT: QT_TRANSLATE_NOOP("messages", "must have at least {min} characters"),
    Code.LAST_ADMINISTRATOR: QT_TRANSLATE_NOOP(
        "messages", "is the last active administrator and cannot be disabled"
    ),
    Code.OUT_OF_RANGE: QT_TRANSLATE_NOOP("messages", "must be between {min} and {max}"),
    Code.NOT_REGISTERED: QT_TRANSLATE_NOOP(
        "messages", "is not registered: only registered records are printed"
    ),
    Code.REPRINT_NEEDS_REASON: QT_TRANSLATE_NOOP(
        "messages", "was already printed: a reprint needs a reason"
    ),
    Code.DOCUMENT_CANCELLED: QT_TRANSLATE_NOOP("messages", "is already cancelled"),
    Code.PRINT_PENDING: QT_TRANSLATE_NOOP(
        "messages", "is in a print that was not confirmed: print it again or withdraw it first"
    ),
    Code.BATCH_BUSY: QT_TRANSLATE_NOOP(
        "messages", "is being printed by another Hirfa program right now: let it finish"
    ),
    Code.BATCH_FINISHED: QT_TRANSLATE_NOOP(
        "messages", "is not an interrupted print: it was completed or withdrawn"
    ),
    Code.KEY_FILE_INVALID: QT_TRANSLATE_NOOP("messages", "is not a Hirfa public key file"),
    Code.CERTIFICATE_INVALID: QT_TRANSLATE_NOOP(
        "messages", "is not a certificate of this device's key from a trusted root"
    ),
    Code.FILE_UNREADABLE: QT_TRANSLATE_NOOP("messages", "cannot be read as a PDF file"),
    Code.FILE_MISSING: QT_TRANSLATE_NOOP("messages", "does not exist"),
    Code.FILE_UNREADABLE_SYSTEM: QT_TRANSLATE_NOOP("messages", "cannot be read"),
    Code.FILE_TOO_LARGE: QT_TRANSLATE_NOOP("messages", "is far too large for this kind of file"),
    Code.FILE_NOT_TEXT: QT_TRANSLATE_NOOP(
        "messages", "is not UTF-8 text: save it as UTF-8 (Unicode) and try again"
    ),
    Code.PDF_TOO_MANY_PAGES: QT_TRANSLATE_NOOP(
        "messages", "has more pages than any batch of documents (2,000 at most)"
    ),
    Code.PDF_PAGE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "messages", "has a page larger than any document Hirfa prints (A3 at most)"
    ),
    Code.OUTPUT_PROTECTED: QT_TRANSLATE_NOOP(
        "messages",
        "is in the office's data folder, beside the store and its keys: save it in another folder",
    ),
    Code.OUTPUT_EXISTS: QT_TRANSLATE_NOOP(
        "messages", "already exists: choose another name, or ask for it to be replaced"
    ),
    Code.OUTPUT_NO_FOLDER: QT_TRANSLATE_NOOP("messages", "is in a folder that does not exist"),
    Code.OUTPUT_IS_FOLDER: QT_TRANSLATE_NOOP("messages", "is a folder, not a file name"),
    Code.OUTPUT_NOT_WRITABLE: QT_TRANSLATE_NOOP(
        "messages", "is in a folder where this program may not write"
    ),
}


# Values put into messages that need translating themselves.
PARAM_WORDS: dict[str, str] = {
    "arabic": QT_TRANSLATE_NOOP("messages", "Arabic"),
    "latin": QT_TRANSLATE_NOOP("messages", "Latin"),
}


def field_label(field: str, translate: Translate = untranslated) -> str:
    return translate("fields", FIELD_LABELS.get(field, field))


def issue_message(issue: Issue, translate: Translate = untranslated) -> str:
    """What is wrong, without the field's name (shown beside the field)."""
    template = translate("messages", MESSAGES.get(issue.code, issue.code.value))
    params = {
        key: translate("messages", PARAM_WORDS[value]) if value in PARAM_WORDS else value
        for key, value in issue.params.items()
    }
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def describe(issue: Issue, translate: Translate = untranslated) -> str:
    """``Field label: message``, in English unless a ``translate`` is given."""
    return f"{field_label(issue.field, translate)}: {issue_message(issue, translate)}"


CHOICE_LABELS: dict[str, dict[str, str]] = {
    "sex": {
        "M": QT_TRANSLATE_NOOP("choices", "Male"),
        "F": QT_TRANSLATE_NOOP("choices", "Female"),
    },
    "category": {
        "artisan_diploma": QT_TRANSLATE_NOOP("choices", "Artisan with a diploma"),
        "artisan_experience": QT_TRANSLATE_NOOP("choices", "Artisan by experience"),
        "master_artisan": QT_TRANSLATE_NOOP("choices", "Master artisan (maâlem)"),
        "cooperative": QT_TRANSLATE_NOOP("choices", "Craft cooperative"),
        "enterprise": QT_TRANSLATE_NOOP("choices", "Craft enterprise"),
    },
    "workplace": {
        "own_workshop": QT_TRANSLATE_NOOP("choices", "Own workshop"),
        "home": QT_TRANSLATE_NOOP("choices", "At home"),
        "cooperative": QT_TRANSLATE_NOOP("choices", "In a cooperative"),
        "itinerant": QT_TRANSLATE_NOOP("choices", "Itinerant"),
        "other": QT_TRANSLATE_NOOP("choices", "Other"),
    },
    "amo_status": {
        "not_enrolled": QT_TRANSLATE_NOOP("choices", "Not enrolled"),
        "enrolled": QT_TRANSLATE_NOOP("choices", "Enrolled"),
        "suspended": QT_TRANSLATE_NOOP("choices", "Rights suspended"),
    },
    "fiscal_regime": {
        "cpu": QT_TRANSLATE_NOOP("choices", "Single professional contribution (CPU)"),
        "auto_entrepreneur": QT_TRANSLATE_NOOP("choices", "Auto-entrepreneur"),
        "simplified_accounting": QT_TRANSLATE_NOOP("choices", "Simplified accounting"),
        "none": QT_TRANSLATE_NOOP("choices", "None"),
    },
    "status": {
        "pending_review": QT_TRANSLATE_NOOP("choices", "Pending review"),
        "returned": QT_TRANSLATE_NOOP("choices", "Returned to the clerk"),
        "registered": QT_TRANSLATE_NOOP("choices", "Registered"),
        "suspended": QT_TRANSLATE_NOOP("choices", "Suspended"),
        "struck_off": QT_TRANSLATE_NOOP("choices", "Struck off"),
    },
    "role": {
        "clerk": QT_TRANSLATE_NOOP("choices", "Clerk"),
        "supervisor": QT_TRANSLATE_NOOP("choices", "Supervisor"),
        "administrator": QT_TRANSLATE_NOOP("choices", "Administrator"),
    },
    "action": {
        "register": QT_TRANSLATE_NOOP("choices", "Registered at the counter"),
        "import": QT_TRANSLATE_NOOP("choices", "Imported"),
        "seed": QT_TRANSLATE_NOOP("choices", "Demo data"),
        "update": QT_TRANSLATE_NOOP("choices", "Edited"),
        "approve": QT_TRANSLATE_NOOP("choices", "Approve"),
        "return": QT_TRANSLATE_NOOP("choices", "Return to the clerk"),
        "resubmit": QT_TRANSLATE_NOOP("choices", "Submit for review again"),
        "suspend": QT_TRANSLATE_NOOP("choices", "Suspend"),
        "strike_off": QT_TRANSLATE_NOOP("choices", "Strike off"),
        "reinstate": QT_TRANSLATE_NOOP("choices", "Reinstate"),
    },
}


VERIFICATION_REASONS: dict[Reason, str] = {
    Reason.MALFORMED: QT_TRANSLATE_NOOP(
        "verification", "This is not a Hirfa document code, or it is damaged."
    ),
    Reason.TRUNCATED: QT_TRANSLATE_NOOP(
        "verification", "The code is incomplete: it was cut short. Scan it again."
    ),
    Reason.UNKNOWN_VERSION: QT_TRANSLATE_NOOP(
        "verification", "The code was made by a newer version of Hirfa: update this program."
    ),
    Reason.BAD_SIGNATURE: QT_TRANSLATE_NOOP(
        "verification", "The signature does not match: the content was changed or forged."
    ),
    Reason.UNTRUSTED_KEY: QT_TRANSLATE_NOOP(
        "verification", "Signed by a device this office does not trust."
    ),
    Reason.BAD_CERTIFICATE: QT_TRANSLATE_NOOP(
        "verification",
        "The issuing device's certificate does not come from a trusted authority.",
    ),
    Reason.CERTIFICATE_EXPIRED: QT_TRANSLATE_NOOP(
        "verification", "The issuing device's certificate was not valid on the issue date."
    ),
    Reason.CANCELLED: QT_TRANSLATE_NOOP("verification", "This document was cancelled."),
    Reason.NOT_PRINTED: QT_TRANSLATE_NOOP(
        "verification",
        "This document's print was interrupted and never confirmed: it is not in force.",
    ),
    Reason.REVOKED: QT_TRANSLATE_NOOP(
        "verification", "The issuing device was revoked: its documents are no longer valid."
    ),
    Reason.UNKNOWN_SERIAL: QT_TRANSLATE_NOOP(
        "verification", "No office has reported issuing this document."
    ),
}

# What a verification shows, in order: the payload's fields, then the verdict.
VERIFICATION_LABELS: dict[str, str] = {
    "serial": QT_TRANSLATE_NOOP("verification", "Document serial"),
    "registration_number": QT_TRANSLATE_NOOP("verification", "Registration number"),
    "name_fr": QT_TRANSLATE_NOOP("verification", "Name (Latin)"),
    "name_ar": QT_TRANSLATE_NOOP("verification", "Name (Arabic)"),
    "entity_name_fr": QT_TRANSLATE_NOOP("verification", "Cooperative or enterprise (Latin)"),
    "entity_name_ar": QT_TRANSLATE_NOOP("verification", "Cooperative or enterprise (Arabic)"),
    "category": QT_TRANSLATE_NOOP("verification", "Category"),
    "activity": QT_TRANSLATE_NOOP("verification", "Activity code"),
    "status": QT_TRANSLATE_NOOP("verification", "Status at issue"),
    "issued_on": QT_TRANSLATE_NOOP("verification", "Issue date"),
    "device": QT_TRANSLATE_NOOP("verification", "Issuing device"),
    "cin_digest": QT_TRANSLATE_NOOP("verification", "CIN digest"),
    "trusted_by": QT_TRANSLATE_NOOP("verification", "Trusted through"),
    "valid": QT_TRANSLATE_NOOP("verification", "VALID"),
    "invalid": QT_TRANSLATE_NOOP("verification", "INVALID"),
    "trust_list": QT_TRANSLATE_NOOP("verification", "the office's trust list"),
    "certificate": QT_TRANSLATE_NOOP("verification", "the device's certificate"),
    "cin_matches": QT_TRANSLATE_NOOP("verification", "The CIN matches the document."),
    "cin_differs": QT_TRANSLATE_NOOP("verification", "The CIN does not match the document."),
}


def verification_reason(reason: Reason, translate: Translate = untranslated) -> str:
    """Why a document code was refused, as one sentence."""
    return translate("verification", VERIFICATION_REASONS.get(reason, reason.value))


def verification_label(key: str, translate: Translate = untranslated) -> str:
    return translate("verification", VERIFICATION_LABELS.get(key, key))


def choice_label(kind: str, value: str, translate: Translate = untranslated) -> str:
    """The label of one allowed value of a choice field (category, status...)."""
    return translate("choices", CHOICE_LABELS.get(kind, {}).get(value, value))
