"""Where the artisan works: region → province → commune, from the desk's geography.

The region only narrows the list of provinces (the record stores the province, the
region follows from it). Communes are a list when the geography has one, otherwise a
code typed as ``01.051.01.03``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop_app.ui.context import translate
from desktop_app.ui.registration.editors import ENTRY_SEPARATOR, LTR, CodePicker, line_edit
from registry.reference import Geography


class PlacePicker(QObject):
    """The three editors of a place, kept consistent with each other (the form
    listens to the editors themselves)."""

    def __init__(self, geography: Geography, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.geography = geography
        self.region = QComboBox(parent)
        self.region.setObjectName("region")
        self.region.addItem("", "")
        for code in geography.regions:
            self.region.addItem(code, code)
        self.region.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.region.setMinimumContentsLength(12)
        self.province = CodePicker(parent)
        self.province.setObjectName("province")
        self.commune: CodePicker | QLineEdit
        if geography.communes:
            self.commune = CodePicker(parent)
        else:
            self.commune = line_edit(LTR, 12, parent)
        self.commune.setObjectName("commune")
        self._fill_provinces()
        self.region.currentIndexChanged.connect(self._region_chosen)
        self.province.committed.connect(self._province_committed)

    def retranslate(self) -> None:
        self.region.setItemText(0, translate("registration", "All regions"))
        # A choice, not typed text: named in the script of the interface's direction.
        arabic = self.region.isRightToLeft()
        for index in range(1, self.region.count()):
            region = self.geography.regions[str(self.region.itemData(index))]
            name = region.name_ar if arabic else region.name_fr
            self.region.setItemText(index, ENTRY_SEPARATOR.join((region.code, name)))
        if isinstance(self.commune, QLineEdit):
            self.commune.setPlaceholderText(translate("registration", "Code, e.g. 01.051.01.03"))

    def _fill_provinces(self) -> None:
        region = str(self.region.currentData() or "")
        provinces = (
            self.geography.provinces_of(region) if region else self.geography.provinces.values()
        )
        self.province.set_entries((p.code, p.name_fr, p.name_ar) for p in provinces)

    def _fill_communes(self) -> None:
        if isinstance(self.commune, CodePicker):
            communes = self.geography.communes_of(self.province.code())
            self.commune.set_entries((c.code, c.name_fr, c.name_ar) for c in communes)

    def _region_chosen(self) -> None:
        found = self.geography.provinces.get(self.province.code())
        if found is not None and self.region.currentData() not in ("", found.region_code):
            self.province.set_code("")  # a province of another region no longer applies
        self._fill_provinces()
        self._fill_communes()

    def _province_committed(self) -> None:
        self._show_region_of(self.province.code())
        self._fill_communes()

    def _show_region_of(self, province: str) -> None:
        found = self.geography.provinces.get(province)
        if found is None or self.region.currentData() == found.region_code:
            return
        self.region.blockSignals(True)
        self.region.setCurrentIndex(max(self.region.findData(found.region_code), 0))
        self.region.blockSignals(False)
        self._fill_provinces()

    def set_default_region(self, region: str) -> None:
        """The region a blank form starts in (the office's)."""
        self.region.setCurrentIndex(max(self.region.findData(region), 0))

    def province_code(self) -> str:
        return self.province.code()

    def commune_code(self) -> str:
        if isinstance(self.commune, CodePicker):
            return self.commune.code()
        return self.commune.text()

    def set_place(self, province: str, commune: str) -> None:
        self._show_region_of(province)
        self.province.set_code(province)
        self._fill_communes()
        if isinstance(self.commune, CodePicker):
            self.commune.set_code(commune)
        else:
            self.commune.setText(commune)
