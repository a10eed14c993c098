"""The verdict on a document's code, big and clear, with what the code says."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.messages import verification_label, verification_reason
from desktop_app.ui.context import choice, translate
from desktop_app.ui.languages import latin_code
from desktop_app.ui.record.display import ReferenceNames, align_script, date_text, joined
from registry.signed_payload import PayloadFields, Verification, cin_matches

VALID_STYLE = "background: #1e7b34; color: white; border-radius: 6px; padding: 12px;"
INVALID_STYLE = "background: #b00020; color: white; border-radius: 6px; padding: 12px;"
EMPTY_STYLE = "border: 1px dashed palette(mid); border-radius: 6px; padding: 12px;"
LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
# The fields shown, in order, and the direction of their values (None: the interface's).
FIELDS: dict[str, Qt.LayoutDirection | None] = {
    "serial": LTR,
    "registration_number": LTR,
    "name_fr": LTR,
    "name_ar": RTL,
    "entity_name_fr": LTR,
    "entity_name_ar": RTL,
    "category": None,
    "activity": None,
    "status": None,
    "issued_on": None,
    "device": LTR,
    "trusted_by": None,
}


class VerificationPanel(QWidget):
    """Shows one :class:`Verification` (or a message); :meth:`set_cin` checks a CIN."""

    def __init__(self, names: ReferenceNames, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names
        self.result: Verification | None = None
        self.message: str | None = None
        self.cin = ""
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.verdict.setFont(font)
        self.reason = QLabel()
        self.reason.setObjectName("reason")
        self.reason.setWordWrap(True)
        self.reason.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bigger = self.reason.font()
        bigger.setPointSizeF(bigger.pointSizeF() * 1.2)
        self.reason.setFont(bigger)
        self.cin_check = QLabel()
        self.cin_check.setObjectName("cin_check")
        self.cin_check.setFont(bigger)
        self.fields_heading = QLabel()
        self.fields_heading.setObjectName("fields_heading")
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in FIELDS:
            caption, value = QLabel(), QLabel()
            value.setObjectName(f"value_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(caption, value)
            self.labels[key], self.values[key] = caption, value
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.verdict)
        layout.addWidget(self.reason)
        layout.addWidget(self.cin_check)
        layout.addWidget(self.fields_heading)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.refresh()

    def show_result(self, result: Verification) -> None:
        self.result, self.message = result, None
        self.refresh()

    def show_message(self, text: str | None) -> None:
        """A message instead of a verdict (``None``: waiting for a code)."""
        self.result, self.message = None, text
        self.refresh()

    def set_cin(self, cin: str) -> None:
        self.cin = cin.strip()
        self.refresh()

    def refresh(self) -> None:
        """Everything again, in the interface language."""
        result = self.result
        if result is None:
            self.verdict.setText(
                translate("verify", "No document checked")
                if self.message is None
                else verification_label("invalid", translate)
            )
            self.verdict.setStyleSheet(EMPTY_STYLE if self.message is None else INVALID_STYLE)
            self.reason.setText(self.message or "")
        else:
            key = "valid" if result.valid else "invalid"
            self.verdict.setText(verification_label(key, translate))
            self.verdict.setStyleSheet(VALID_STYLE if result.valid else INVALID_STYLE)
            self.reason.setText(
                verification_reason(result.reason, translate) if result.reason else ""
            )
        self.reason.setVisible(bool(self.reason.text()))
        fields = result.fields if result is not None else None
        values = self._values(result, fields) if result is not None and fields else {}
        self._show_fields_heading(result)
        for key, direction in FIELDS.items():
            text = values.get(key, "")
            self.labels[key].setText(verification_label(key, translate))
            self.values[key].setText(text)
            align_script(self.values[key], direction)
            self.form.setRowVisible(self.labels[key], bool(text))
        self._show_cin(fields)

    def _values(self, result: Verification, fields: PayloadFields) -> dict[str, str]:
        device = fields.device_id
        if result.certificate is not None and result.certificate.device_code:
            device += f" ({result.certificate.device_code})"
        activity = self.names.activity(fields.activity)
        return {
            "serial": fields.serial,
            "registration_number": fields.registration_number,
            "name_fr": joined(fields.last_name_fr, fields.first_name_fr),
            "name_ar": joined(fields.last_name_ar, fields.first_name_ar),
            "entity_name_fr": fields.entity_name_fr,
            "entity_name_ar": fields.entity_name_ar,
            "category": choice("category", fields.category.value),
            "activity": f"{activity} ({latin_code(fields.activity)})"
            if activity != fields.activity
            else latin_code(fields.activity),
            "status": choice("status", fields.status.value),
            "issued_on": date_text(fields.issued_on),
            "device": device,
            "trusted_by": verification_label(result.trusted_by.value, translate)
            if result.trusted_by
            else "",
        }

    def _show_fields_heading(self, result: Verification | None) -> None:
        """Over the fields: what a valid document says, or what a refused code claims."""
        if result is None or result.fields is None:
            self.fields_heading.hide()
            return
        if result.valid:
            self.fields_heading.setText(translate("verify", "What the document says:"))
            self.fields_heading.setStyleSheet("font-weight: bold;")
        else:
            self.fields_heading.setText(
                translate("verify", "What the code claims (not confirmed, do not rely on it):")
            )
            self.fields_heading.setStyleSheet("font-weight: bold; color: #b00020;")
        self.fields_heading.show()

    def _show_cin(self, fields: PayloadFields | None) -> None:
        if fields is None or not self.cin:
            self.cin_check.hide()
            return
        matches = cin_matches(fields, self.cin)
        self.cin_check.setText(
            verification_label("cin_matches" if matches else "cin_differs", translate)
        )
        colour = "#1e7b34" if matches else "#b00020"
        self.cin_check.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.cin_check.show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self.refresh()
        super().changeEvent(event)
