"""Record values as the interface shows them: reference names in the interface
language, dates and times with the default locale, choices translated."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from desktop_app.ui.context import AppContext, choice, translate
from desktop_app.ui.languages import DATE_FORMAT, MOMENT_FORMAT, Language, latin_code
from registry.identifiers import format_phone
from registry.serialization import JsonValue

EMPTY = "—"

# Fields whose stored value is the code of a choice (see desktop_app.messages).
CHOICE_FIELDS = frozenset({"sex", "category", "workplace", "amo_status", "fiscal_regime", "status"})
DATE_FIELDS = frozenset({"birth_date", "registered_on"})
ARABIC_FIELDS = frozenset({"last_name_ar", "first_name_ar", "address_ar", "entity_name_ar"})
LATIN_FIELDS = frozenset(
    {
        "cin", "phone", "email", "nationality", "cnss_number", "ice", "rc_number", "tax_id",
        "odco_number", "supervisor_number", "registration_number", "last_name_fr",
        "first_name_fr", "address_fr", "entity_name_fr",
    }
)  # fmt: skip


def date_text(value: date | None) -> str:
    if value is None:
        return EMPTY
    return QLocale().toString(QDate(value.year, value.month, value.day), DATE_FORMAT)


def moment_text(value: datetime) -> str:
    """A stored moment (UTC, without tzinfo) in the computer's local time, date then time
    whatever the direction of the text around it."""
    local = value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    return latin_code(QLocale().toString(QDateTime(local), MOMENT_FORMAT))


def script_direction(field: str) -> Qt.LayoutDirection | None:
    """The direction a field's text is written in, when it does not follow the interface."""
    if field in ARABIC_FIELDS:
        return Qt.LayoutDirection.RightToLeft
    if field in LATIN_FIELDS:
        return Qt.LayoutDirection.LeftToRight
    return None


def align_script(label: QLabel, direction: Qt.LayoutDirection | None) -> None:
    """Keep ``label`` at the interface's leading edge, beside its caption, with its text
    laid out in its script's ``direction`` (``None``: as its content reads). Call again
    when the interface direction changes: the alignment is absolute."""
    if direction is not None:
        label.setLayoutDirection(direction)
    interface = QGuiApplication.layoutDirection()
    edge = (
        Qt.AlignmentFlag.AlignRight
        if interface == Qt.LayoutDirection.RightToLeft
        else (Qt.AlignmentFlag.AlignLeft)
    )
    vertical = label.alignment() & Qt.AlignmentFlag.AlignVertical_Mask
    label.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute | vertical)


ARABIC_CELL_ALIGNMENT = (
    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
)
"""A table cell of Arabic names: at the right whatever the interface direction."""


def joined(*parts: str | None) -> str:
    return " ".join(p for p in parts if p)


class ReferenceNames:
    """Names of provinces, regions, communes, branches and activities in the interface
    language: Arabic names under the Arabic interface, French names otherwise."""

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx

    @property
    def arabic(self) -> bool:
        return self._ctx.translations.language is Language.ARABIC

    def pick(self, name_fr: str, name_ar: str) -> str:
        return (name_ar or name_fr) if self.arabic else (name_fr or name_ar)

    def region(self, code: str | None) -> str:
        region = self._ctx.desk.geography.regions.get(code or "")
        return self.pick(region.name_fr, region.name_ar) if region else (code or EMPTY)

    def province(self, code: str | None) -> str:
        province = self._ctx.desk.geography.provinces.get(code or "")
        return self.pick(province.name_fr, province.name_ar) if province else (code or EMPTY)

    def commune(self, code: str | None) -> str:
        commune = self._ctx.desk.geography.communes.get(code or "")
        return self.pick(commune.name_fr, commune.name_ar) if commune else (code or EMPTY)

    def activity(self, code: str | None, version: str | None = None) -> str:
        activity = self._ctx.desk.activities.resolve(code or "", version)
        return self.pick(activity.name_fr, activity.name_ar) if activity else (code or EMPTY)

    def branch(self, code: str | None) -> str:
        """A branch of the activity list in force."""
        branch = self._ctx.desk.activities.active.branches.get(code or "")
        return self.pick(branch.name_fr, branch.name_ar) if branch else (code or EMPTY)

    def branch_of(self, activity_code: str, version: str | None = None) -> str:
        """The branch of an activity coded against the list ``version``."""
        branch = self._ctx.desk.activities.branch(activity_code, version)
        return self.pick(branch.name_fr, branch.name_ar) if branch else EMPTY

    def value(self, field: str, value: JsonValue) -> str:
        """A field's stored JSON value (as in the change history) for display."""
        if value is None or value == "":
            return EMPTY
        text = str(value)
        if field in CHOICE_FIELDS:
            return choice(field, text)
        if field in DATE_FIELDS:
            try:
                return date_text(date.fromisoformat(text))
            except ValueError:
                return text
        if field == "photo":
            return translate("record", "Photo %1").replace("%1", text[:8])
        if field == "phone":
            return format_phone(text)  # 06 12 34 56 78, as people write it
        named = {
            "province": self.province,
            "region": self.region,
            "commune": self.commune,
            "activity": self.activity,
            "branch": self.branch,
        }.get(field)
        return named(text) if named else text
