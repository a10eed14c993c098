"""English wording of the register's codes: field labels and issue messages.

These strings are the source texts that translations (Arabic, French) are made from;
the command line shows them as they are. A message says what is wrong and what is
expected, and its field label names the field.
"""

from __future__ import annotations

from registry.issues import Code, Issue

FIELD_LABELS: dict[str, str] = {
    "cin": "CIN",
    "last_name_fr": "Last name (Latin)",
    "first_name_fr": "First name (Latin)",
    "last_name_ar": "Last name (Arabic)",
    "first_name_ar": "First name (Arabic)",
    "sex": "Sex",
    "birth_date": "Birth date",
    "birth_place": "Birth place",
    "nationality": "Nationality",
    "phone": "Phone",
    "email": "E-mail",
    "address_fr": "Address (Latin)",
    "address_ar": "Address (Arabic)",
    "province": "Province",
    "commune": "Commune",
    "category": "Category",
    "activity": "Activity",
    "activity_since": "Activity since (year)",
    "diploma": "Diploma",
    "diploma_school": "School",
    "workplace": "Workplace",
    "cnss_number": "CNSS number",
    "amo_status": "AMO status",
    "fiscal_regime": "Fiscal regime",
    "entity_name_fr": "Name of the cooperative or enterprise (Latin)",
    "entity_name_ar": "Name of the cooperative or enterprise (Arabic)",
    "ice": "ICE",
    "rc_court": "RC court",
    "rc_number": "RC number",
    "tax_id": "Tax identifier (IF)",
    "odco_number": "ODCO number",
    "members": "Members",
    "supervisor_number": "Supervising artisan's registration number",
    "registered_on": "Registration date",
    "photo": "Photo",
    "status": "Status",
    "reason": "Reason",
    "username": "User name",
    "password": "Password",
    "full_name": "Full name",
    "lockout_attempts": "Failed logins before a lockout",
    "lockout_minutes": "Lockout duration (minutes)",
    "idle_lock_minutes": "Idle time before the session locks (minutes)",
}

MESSAGES: dict[Code, str] = {
    Code.REQUIRED: "is required",
    Code.TOO_LONG: "is too long: at most {max} characters",
    Code.TOO_SHORT: "is too short",
    Code.CONTROL_CHARACTERS: "contains invisible control characters; retype it",
    Code.WRONG_SCRIPT: "must be written in {script} letters",
    Code.INVALID_CHARACTERS: "may contain only letters, spaces, hyphens and apostrophes",
    Code.NAME_MISSING: "is required in Latin or in Arabic letters (at least one)",
    Code.INVALID_CHOICE: "is not one of the allowed values",
    Code.CIN_FORMAT: "must be 1 or 2 letters followed by 1 to 6 digits, e.g. AB123456",
    Code.CIN_IN_USE: "is already registered to another live record",
    Code.DATE_INVALID: "is not a valid date; write it as DD/MM/YYYY or YYYY-MM-DD",
    Code.DATE_IN_FUTURE: "cannot be in the future",
    Code.AGE_TOO_LOW: "gives an age under {min} years at registration",
    Code.AGE_TOO_HIGH: "gives an age over {max} years at registration",
    Code.PHONE_INVALID: "is not a valid phone number; e.g. 0612345678 or +212612345678",
    Code.EMAIL_INVALID: "is not a valid e-mail address",
    Code.PROVINCE_UNKNOWN: "is not a known province code (3 digits)",
    Code.COMMUNE_FORMAT: "must be a commune code like 01.051.01.03",
    Code.COMMUNE_OUTSIDE_PROVINCE: "is not a commune of the chosen province",
    Code.COMMUNE_UNKNOWN: "is not in the list of communes",
    Code.OUTSIDE_OFFICE_REGION: "is outside this office's region (allowed, please check)",
    Code.ACTIVITY_UNKNOWN: "is not in the activity list in force",
    Code.YEAR_INVALID: "must be a year between {min} and {max}",
    Code.YEAR_BEFORE_BIRTH: "cannot be before the year of birth",
    Code.EXPERIENCE_TOO_SHORT: "gives less than the {years} years of practice this category needs",
    Code.DIPLOMA_REQUIRED: "is required for an artisan with a diploma",
    Code.NUMBER_FORMAT: "is not a valid number for this field",
    Code.ICE_INVALID: "must be the 15 digits of a valid ICE",
    Code.ICE_IN_USE: "is already registered to another live record",
    Code.ODCO_REQUIRED: "is required for a cooperative",
    Code.MEMBERS_TOO_FEW: "must be at least {min} for a cooperative",
    Code.SUPERVISOR_REQUIRED: "is required for an enterprise",
    Code.SUPERVISOR_UNKNOWN: "does not designate a registered individual artisan",
    Code.SUPERVISOR_NOT_REGISTERED: "designates an artisan whose registration is not in force",
    Code.NOT_FOR_CATEGORY: "applies only to cooperatives and enterprises",
    Code.PHOTO_FORMAT: "must be a JPEG or PNG image",
    Code.PHOTO_TOO_LARGE: "is too large",
    Code.PHOTO_TOO_SMALL: "is too small: at least {min} pixels on each side",
    Code.REGISTRATION_NUMBER_INVALID: "is not a valid registration number (check the digits)",
    Code.STATUS_TRANSITION: "cannot change this way from its current status",
    Code.REASON_REQUIRED: "is required for this change",
    Code.VERSION_CONFLICT: "was changed by someone else since it was opened; reopen it",
    Code.NOT_FOUND: "was not found",
    Code.NOT_ALLOWED: "is not allowed for your role",
    Code.RECORD_CLOSED: "is struck off and cannot be edited; reinstate it first",
    Code.LOGIN_FAILED: "user name or password is wrong",
    Code.ACCOUNT_LOCKED: "is locked after too many failed attempts; try again later",
    Code.ACCOUNT_DISABLED: "is disabled; ask an administrator",
    Code.USERNAME_FORMAT: "must be 2 to 32 lower-case letters, digits, '.', '_' or '-', "
    "starting with a letter",
    Code.USERNAME_TAKEN: "is already used by another account",
    Code.PASSWORD_TOO_SHORT: "must have at least {min} characters",
    Code.LAST_ADMINISTRATOR: "is the last active administrator and cannot be disabled",
    Code.OUT_OF_RANGE: "must be between {min} and {max}",
}


def describe(issue: Issue) -> str:
    """``Field label: message`` in English."""
    label = FIELD_LABELS.get(issue.field, issue.field)
    template = MESSAGES.get(issue.code, issue.code.value)
    try:
        message = template.format(**issue.params)
    except (KeyError, IndexError):
        message = template
    return f"{label}: {message}"
