"""Rich-text views that never read a file or device named in a document.

Qt's text documents load `<img src>` and stylesheets straight from disk (and hang on a FIFO or
crash on /dev/zero): `loadResource` here answers every image with a 1×1 transparent image and
everything else with nothing, which stops Qt's fallback to the file system (RELIABILITY.md).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

_PLACEHOLDER = QImage(1, 1, QImage.Format.Format_ARGB32)
_PLACEHOLDER.fill(0)


def guarded_resource(resource_type: int, url: QUrl) -> Any:
    """What a guarded document gets for any resource it asks for."""
    if resource_type == QTextDocument.ResourceType.ImageResource.value:
        return _PLACEHOLDER
    return QByteArray()


class SafeTextDocument(QTextDocument):
    """A QTextDocument that loads no external resource."""

    def loadResource(self, resource_type: int, url: QUrl) -> Any:
        return guarded_resource(int(resource_type), url)


class SafeTextBrowser(QTextBrowser):
    """A read-only HTML view (previews) with the same guard; links open nowhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, resource_type: int, url: QUrl) -> Any:
        return guarded_resource(int(resource_type), url)
