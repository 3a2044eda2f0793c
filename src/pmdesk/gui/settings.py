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

    def last_place(self, postmortem_id: str) -> tuple[int, str, int]:
        """Where the writer stopped in a postmortem: (page, field name, cursor position)."""
        key = f"places/{postmortem_id}"
        page = _as_int(self._settings.value(f"{key}/page", 0))
        field = str(self._settings.value(f"{key}/field", "") or "")
        cursor = _as_int(self._settings.value(f"{key}/cursor", 0))
        return page, field, cursor

    def set_last_place(self, postmortem_id: str, page: int, field: str, cursor: int) -> None:
        key = f"places/{postmortem_id}"
        self._settings.setValue(f"{key}/page", page)
        self._settings.setValue(f"{key}/field", field)
        self._settings.setValue(f"{key}/cursor", cursor)

    @property
    def recent(self) -> list[str]:
        """Ids of the postmortems opened most recently, newest first."""
        value = self._settings.value("library/recent", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [str(item) for item in items if item]

    def add_recent(self, postmortem_id: str, keep: int = 8) -> None:
        items = [postmortem_id, *(item for item in self.recent if item != postmortem_id)]
        self._settings.setValue("library/recent", items[:keep])

    def forget(self, postmortem_id: str) -> None:
        """Drop a deleted postmortem from the recent list and the remembered places."""
        self._settings.setValue(
            "library/recent", [item for item in self.recent if item != postmortem_id]
        )
        self._settings.remove(f"places/{postmortem_id}")

    @property
    def export_folder(self) -> Path:
        """Where the last export went (the home folder at first)."""
        value = str(self._settings.value("export/folder", "") or "")
        folder = Path(value) if value else Path.home()
        return folder if folder.is_dir() else Path.home()

    @export_folder.setter
    def export_folder(self, value: Path) -> None:
        self._settings.setValue("export/folder", str(value))

    def export_choice(self, name: str, default: str) -> str:
        """One remembered export choice (format, paper, …) as its code."""
        return str(self._settings.value(f"export/{name}", default) or default)

    def set_export_choice(self, name: str, value: str) -> None:
        self._settings.setValue(f"export/{name}", value)

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._settings.sync()


def _as_int(value: object) -> int:
    try:
        return int(str(value))
    except ValueError:
        return 0
