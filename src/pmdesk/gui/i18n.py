"""Choosing the interface language and loading its Qt catalogues (pmdesk's and Qt's own)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pmdesk.resources import resource_roots

UI_LANGUAGES = ("en", "fr")


def system_language() -> str:
    """French for any `fr_*` system locale, English otherwise."""
    return "fr" if QLocale.system().name().lower().startswith("fr") else "en"


def normalise_language(value: str | None) -> str | None:
    """`fr_CA.UTF-8` → `fr`; None for anything that is not one of the interface languages."""
    if not value:
        return None
    code = value.strip().lower()[:2]
    return code if code in UI_LANGUAGES else None


def catalogue_dirs() -> list[Path]:
    """Where compiled pmdesk catalogues (`pmdesk_fr.qm`) may be, most specific first."""
    return [root.parent / "translations" for root in resource_roots()] + [
        root / "translations" for root in resource_roots()
    ]


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install pmdesk's and Qt's catalogues for `language`; returns them (keep them alive)."""
    installed: list[QTranslator] = []
    territory = QLocale.Country.Canada
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, territory))
        return installed
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    for folder in catalogue_dirs():
        translator = QTranslator(app)
        if translator.load(f"pmdesk_{language}", str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
            break
    QLocale.setDefault(QLocale(QLocale.Language.French, territory))
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    translators.clear()
