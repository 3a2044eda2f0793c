"""The user's preferences: one typed class over one QSettings file, no string keys elsewhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from pmdesk.gui.i18n import normalise_language


class Settings:
    """Typed access to the settings file (INI format, so it is readable and easy to reset)."""

    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def ui_language(self) -> str | None:
        """The interface language the user chose, or None to follow the system."""
        return normalise_language(str(self._settings.value("ui/language", "") or ""))

    @ui_language.setter
    def ui_language(self, value: str | None) -> None:
        self._settings.setValue("ui/language", value or "")

    @property
    def window_geometry(self) -> QByteArray:
        value = self._settings.value("window/geometry", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        value = self._settings.value("window/state", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._settings.setValue("window/state", value)

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._settings.sync()
