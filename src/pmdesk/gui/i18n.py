"""The interface language: choosing it, loading its Qt catalogues, switching it while running.

Two catalogues per language: pmdesk's own and Qt's `qtbase_*` (standard buttons, dialogs).
English also loads pmdesk's plural-only catalogue, which turns "%n postmortem(s)" into
"1 postmortem" / "2 postmortems". Installing or removing a translator makes Qt send a
LanguageChange event to every widget, which each window answers with `retranslate()`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from pmdesk.resources import catalogue_dirs

UI_LANGUAGES = ("en", "fr")
LOCALES = {
    "en": (QLocale.Language.English, QLocale.Country.Canada),
    "fr": (QLocale.Language.French, QLocale.Country.Canada),
}


def system_language() -> str:
    """French for any `fr_*` system locale, English otherwise."""
    return "fr" if QLocale.system().name().lower().startswith("fr") else "en"


def normalise_language(value: str | None) -> str | None:
    """`fr_CA.UTF-8` → `fr`; None for anything that is not one of the interface languages."""
    if not value:
        return None
    code = value.strip().lower()[:2]
    return code if code in UI_LANGUAGES else None


def locale_for(language: str) -> QLocale:
    """The locale whose formats (dates, numbers) go with an interface language."""
    return QLocale(*LOCALES.get(language, LOCALES["en"]))


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install pmdesk's and Qt's catalogues for `language`; returns them (keep them alive)."""
    installed: list[QTranslator] = []
    if language != "en":
        qt_translator = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(f"qtbase_{language}", qt_dir):
            installed.append(qt_translator)
    for folder in catalogue_dirs():
        translator = QTranslator(app)
        if translator.load(f"pmdesk_{language}", str(folder)):
            installed.append(translator)
            break
    QLocale.setDefault(locale_for(language))
    for translator in installed:
        app.installTranslator(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    translators.clear()


class LanguageManager(QObject):
    """Owns the installed catalogues and swaps them when the user picks another language."""

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication, language: str) -> None:
        super().__init__(app)
        self._app = app
        self.language = language
        self._translators = install_translators(app, language)

    def switch(self, language: str) -> None:
        """Use `language` from now on; every open window retranslates in place."""
        language = normalise_language(language) or "en"
        if language == self.language:
            return
        remove_translators(self._app, self._translators)
        self.language = language
        self._translators = install_translators(self._app, language)
        self.language_changed.emit(language)

    def close(self) -> None:
        remove_translators(self._app, self._translators)
