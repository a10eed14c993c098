"""Every value of a record, in labelled sections (identity, contact, craft...)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.records import ArtisanRecord
from desktop_app.ui.context import AppContext, choice, label, translate
from desktop_app.ui.record.display import (
    CHOICE_FIELDS,
    EMPTY,
    ReferenceNames,
    align_script,
    date_text,
    moment_text,
    script_direction,
)
from registry.artisan import ArtisanFields
from registry.identifiers import format_phone

# (section, column, fields); "entity" shows only for cooperatives and
# enterprises. Names that are not record fields are the registration's own facts.
SECTIONS: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("identity", 0, ("cin", "last_name_fr", "first_name_fr", "last_name_ar", "first_name_ar",
                     "sex", "birth_date", "birth_place", "nationality")),
    ("contact", 0, ("phone", "email", "address_fr", "address_ar", "region", "province",
                    "commune")),
    ("craft", 1, ("category", "branch", "activity", "activity_since", "diploma",
                  "diploma_school", "workplace")),
    ("entity", 1, ("entity_name_fr", "entity_name_ar", "odco_number", "members",
                   "supervisor_number")),
    ("social", 1, ("cnss_number", "amo_status", "fiscal_regime", "ice", "rc_court",
                   "rc_number", "tax_id")),
    ("registration", 0, ("registration_number", "status", "registered_on", "owner_office",
                         "created", "updated", "version")),
)  # fmt: skip


def section_title(section: str) -> str:
    titles = {
        "identity": translate("record", "Identity"),
        "contact": translate("record", "Contact and address"),
        "craft": translate("record", "Craft activity"),
        "entity": translate("record", "Cooperative or enterprise"),
        "social": translate("record", "Social security and tax"),
        "registration": translate("record", "Registration"),
    }
    return titles[section]


def row_label(name: str) -> str:
    own = {
        "registration_number": translate("record", "Registration number"),
        "owner_office": translate("record", "Office"),
        "created": translate("record", "Created"),
        "updated": translate("record", "Last changed"),
        "version": translate("record", "Version"),
    }
    return own.get(name) or label(name)


def field_text(names: ReferenceNames, record: ArtisanRecord, name: str) -> str:
    """The value of ``name`` in ``record`` as the interface shows it."""
    values: ArtisanFields = record.fields
    match name:
        case "registration_number":
            return record.registration_number
        case "status":
            return choice("status", record.status.value)
        case "owner_office":
            return record.owner_office
        case "created":
            return f"{moment_text(record.created_at)} — {record.created_by}"
        case "updated":
            return f"{moment_text(record.updated_at)} — {record.updated_by}"
        case "version":
            return str(record.version)
        case "region":
            return names.region(values.region)
        case "province":
            return names.province(values.province)
        case "commune":
            return names.commune(values.commune) if values.commune else EMPTY
        case "activity":
            return names.activity(values.activity, values.activity_version)
        case "branch":
            return names.branch_of(values.activity, values.activity_version)
        case "phone":
            return format_phone(values.phone) if values.phone else EMPTY
    value = getattr(values, name)
    if value is None or value == "":
        return EMPTY
    if isinstance(value, date):
        return date_text(value)
    if name in CHOICE_FIELDS:
        return choice(name, str(value))
    return str(value)


class RecordSections(QWidget):
    """The record's values; :meth:`show_record` fills them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = ReferenceNames(ctx)
        self.record: ArtisanRecord | None = None
        self.boxes: dict[str, QGroupBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        columns = (QVBoxLayout(), QVBoxLayout())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for stack in columns:
            layout.addLayout(stack, 1)
        for section, column, fields in SECTIONS:
            box = QGroupBox()
            box.setObjectName(f"section_{section}")
            form = QFormLayout(box)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
            # A caption too long for the column (a translation) goes above its value.
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for name in fields:
                caption, value = QLabel(), QLabel()
                value.setObjectName(f"value_{name}")
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow(caption, value)
                self.labels[name], self.values[name] = caption, value
            self.boxes[section] = box
            columns[column].addWidget(box)
        for stack in columns:
            stack.addStretch(1)

    def align_values(self) -> None:
        for name, value in self.values.items():
            align_script(value, script_direction(name))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self.align_values()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.align_values()
        for section, box in self.boxes.items():
            box.setTitle(section_title(section))
        for name, caption in self.labels.items():
            caption.setText(row_label(name))
        if self.record is not None:
            self.show_record(self.record)

    def show_record(self, record: ArtisanRecord) -> None:
        self.record = record
        for name, value in self.values.items():
            value.setText(field_text(self.names, record, name))
        self.boxes["entity"].setVisible(record.fields.category.is_entity)
