"""Text documents that never read a file or device named in a document (DESIGN.md, safe rendering).

Qt's text documents load `<img src>`, CSS `background-image` and stylesheets straight from disk
when `loadResource` has no answer (and hang on a FIFO or crash on /dev/zero). Here every image is
answered with a 1×1 transparent placeholder and everything else with nothing, so Qt never falls
back to the file system. The PDF export and the GUI previews share this one guard.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument, QTextFormat, QTextTable

_PLACEHOLDER = QImage(1, 1, QImage.Format.Format_ARGB32)
_PLACEHOLDER.fill(0)


def guarded_resource(resource_type: int, url: QUrl) -> Any:
    """What a guarded document gets for any resource it asks for: never the URL's content."""
    if resource_type == QTextDocument.ResourceType.ImageResource.value:
        return _PLACEHOLDER
    return QByteArray()


class SafeTextDocument(QTextDocument):
    """A QTextDocument that loads no external resource."""

    def loadResource(self, resource_type: int, url: QUrl) -> Any:
        return guarded_resource(int(resource_type), url)


def remove_images(document: QTextDocument) -> int:
    """Replace each inline image by `[name]` and drop image backgrounds; returns how many images.

    A printed document has no use for the placeholders: without this, each one would still be
    embedded in the PDF as a 1×1 picture. Run it after `setHtml`, before the layout.
    """
    if not any(_is_image_or_texture(used) for used in document.allFormats()):
        return 0  # the usual case, found without walking every fragment
    images: list[tuple[int, int, str]] = []
    block = document.begin()
    while block.isValid():
        if _textured(block.blockFormat()):
            cursor = QTextCursor(block)
            block_format = block.blockFormat()
            block_format.clearBackground()
            cursor.setBlockFormat(block_format)
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            char_format = fragment.charFormat()
            if char_format.isImageFormat():
                name = char_format.toImageFormat().name()
                images.append((fragment.position(), fragment.length(), name))
            elif _textured(char_format):
                char_format.clearBackground()
                _cursor_over(document, fragment.position(), fragment.length()).setCharFormat(
                    char_format
                )
            iterator += 1
        block = block.next()
    for position, length, name in reversed(images):  # from the end: positions stay valid
        _cursor_over(document, position, length).insertText(f"[{_last_segment(name)}]")
    _clear_frame_backgrounds(document)
    return len(images)


def _cursor_over(document: QTextDocument, position: int, length: int) -> QTextCursor:
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
    return cursor


def _last_segment(name: str) -> str:
    """What is shown instead of an image: the last segment of its name, never a whole path."""
    return name.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]


def _is_image_or_texture(text_format: QTextFormat) -> bool:
    return text_format.isImageFormat() or _textured(text_format)


def _textured(text_format: QTextFormat) -> bool:
    return text_format.background().style() == Qt.BrushStyle.TexturePattern


def _clear_frame_backgrounds(document: QTextDocument) -> None:
    """The root frame, tables and their cells may carry a `background` image too."""
    frames = [document.rootFrame()]
    while frames:
        frame = frames.pop()
        frames += frame.childFrames()
        frame_format = frame.frameFormat()
        if _textured(frame_format):
            frame_format.clearBackground()
            frame.setFrameFormat(frame_format)
        if isinstance(frame, QTextTable):
            for row in range(frame.rows()):
                for column in range(frame.columns()):
                    cell = frame.cellAt(row, column)
                    cell_format = cell.format()
                    if _textured(cell_format):
                        cell_format.clearBackground()
                        cell.setFormat(cell_format)
