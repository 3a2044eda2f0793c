"""Collecting every text a person can see in a window, to check it is in the right language."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QWidget,
)

ENDONYM_ROLE = Qt.ItemDataRole.UserRole + 10
FRENCH_CATALOGUE = Path(__file__).resolve().parents[2] / "translations" / "pmdesk_fr.ts"


def normalise(text: str) -> str:
    """Drop mnemonics, ellipses, shortcuts in brackets and trailing colons before comparing."""
    text = re.sub(r"&(?=\w)", "", text).replace("…", "").replace("\u00a0", " ")
    return text.strip().rstrip(":").strip()


def english_sources() -> set[str]:
    """Every English source text whose French translation differs from it."""
    sources = set()
    for message in ET.parse(FRENCH_CATALOGUE).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = (
            [f.text or "" for f in translation.iter("numerusform")]
            if translation is not None
            else []
        )
        texts = forms or [translation.text or "" if translation is not None else ""]
        if all(text != source for text in texts):
            sources.add(normalise(source))
    return sources


def visible_texts(root: QWidget) -> list[str]:
    """Labels, buttons, menus, tooltips, headers, titles and list items shown by `root`."""
    texts = [root.windowTitle(), root.toolTip(), root.accessibleName()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.statusTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [
                widget.itemText(i)
                for i in range(widget.count())
                if not widget.itemData(i, ENDONYM_ROLE)
            ]
        if isinstance(widget, QMenu):
            texts.append(widget.title())
        for action in widget.actions():
            if not action.property("endonym"):
                texts += [action.text(), action.toolTip()]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)
            ]
            for row in range(min(model.rowCount(), 50)):
                cells = [model.index(row, c) for c in range(columns)]
                texts += [str(c.data() or "") for c in cells if not c.data(ENDONYM_ROLE)]
    if isinstance(root, QMainWindow):
        texts.append(root.statusBar().currentMessage())
    return [text for text in texts if text and text.strip()]


def french_texts() -> set[str]:
    """Every French translation (a word such as "Type" is English and French alike)."""
    texts = set()
    for translation in ET.parse(FRENCH_CATALOGUE).getroot().iter("translation"):
        forms = [form.text or "" for form in translation.iter("numerusform")]
        texts |= {normalise(text) for text in forms or [translation.text or ""]}
    return texts


def english_leftovers(root: QWidget) -> list[str]:
    """Visible texts of `root` that are still the English source of a translated message."""
    english = english_sources() - french_texts()
    return sorted({text for text in visible_texts(root) if normalise(text) in english})
