"""Rich-text views that never read a file or device named in a document.

The guard itself lives in `pmdesk.export.safe_document`, shared with the PDF export:
`loadResource` answers every image with a 1×1 transparent image and everything else with
nothing, which stops Qt's fallback to the file system (RELIABILITY.md).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from pmdesk.export.safe_document import SafeTextDocument, guarded_resource

__all__ = ["SafeTextBrowser", "SafeTextDocument", "guarded_resource"]


class SafeTextBrowser(QTextBrowser):
    """A read-only HTML view (previews) with the same guard; links open nowhere."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, resource_type: int, url: QUrl) -> Any:
        return guarded_resource(int(resource_type), url)
