"""Settings of the desk, each declared once with its default, stored as INI files in the
data directory: the user's choices in ``settings.ini``, window state apart in
``window.ini`` (so resetting the layout never loses a choice)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop_app.ui.languages import Language

DEFAULT_LANGUAGE = Language.ARABIC


class Preferences:
    def __init__(self, data_dir: Path) -> None:
        self._choices = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
        self._window = QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)

    @property
    def language(self) -> Language:
        value = self._choices.value("ui/language", DEFAULT_LANGUAGE.value)
        try:
            return Language(str(value))
        except ValueError:
            return DEFAULT_LANGUAGE

    @language.setter
    def language(self, language: Language) -> None:
        self._choices.setValue("ui/language", language.value)
        self._choices.sync()

    @property
    def last_username(self) -> str:
        return str(self._choices.value("login/last_username", ""))

    @last_username.setter
    def last_username(self, username: str) -> None:
        self._choices.setValue("login/last_username", username)

    @property
    def scan_folder(self) -> str:
        """The folder where the office's scanner saves its images ('' until chosen)."""
        return str(self._choices.value("photo/scan_folder", ""))

    @scan_folder.setter
    def scan_folder(self, folder: str) -> None:
        self._choices.setValue("photo/scan_folder", folder)
        self._choices.sync()

    def window_state(self, name: str) -> QByteArray | None:
        value = self._window.value(f"{name}/geometry")
        return value if isinstance(value, QByteArray) else None

    def save_window_state(self, name: str, geometry: QByteArray) -> None:
        self._window.setValue(f"{name}/geometry", geometry)
        self._window.sync()
