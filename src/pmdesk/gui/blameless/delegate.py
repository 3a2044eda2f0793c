"""Underlines in list cells (the whys of a cause), where no text editor is shown: the cell
paints its text with the same wavy formats, and its tooltip explains the finding."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from pmdesk.blameless.findings import Finding
from pmdesk.gui.blameless.coach import WordingCoach
from pmdesk.gui.blameless.labels import finding_html
from pmdesk.gui.blameless.paragraphs import shifted
from pmdesk.gui.blameless.spans import to_qt
from pmdesk.gui.wizard.pages.causes_page import CausesPage
from pmdesk.gui.wizard.pages.timeline_page import TimelinePage
from pmdesk.gui.wizard.timeline.model import TEXT

Index = QModelIndex | QPersistentModelIndex
CellField = Callable[[Index], tuple[str, str] | None]
"""The field a cell shows: its key and its whole text (a timeline cell shows one line of it)."""


class FindingsDelegate(QStyledItemDelegate):
    """Paints a cell's text with its findings underlined; editing stays Qt's own."""

    def __init__(self, coach: WordingCoach, field_of: CellField, parent: QWidget) -> None:
        super().__init__(parent)
        self.coach = coach
        self.field_of = field_of

    def findings(self, index: Index) -> list[Finding]:
        """The whole field's findings (as the panel lists them) that fall in the cell's text,
        with offsets in that text."""
        shown = index.data(Qt.ItemDataRole.DisplayRole)
        field = self.field_of(index)
        if not isinstance(shown, str) or not shown or field is None:
            return []
        key, text = field
        offset = text.find(shown)
        if offset < 0:
            return []
        end = offset + len(shown)
        return [
            shifted(finding, -offset)
            for finding in self.coach.field_findings(key, text)
            if offset <= finding.start and finding.end <= end
        ]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        findings = self.findings(index)
        if not findings:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text = item.text
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = rect.adjusted(margin, 0, -margin, 0)
        layout = QTextLayout(text, item.font)
        ranges = []
        for finding in findings:
            span = QTextLayout.FormatRange()
            span.start = to_qt(text, finding.start)
            span.length = to_qt(text, finding.end) - span.start
            span.format = self.coach.formats[finding.severity]
            ranges.append(span)
        layout.setFormats(ranges)
        wrap = bool(item.features & QStyleOptionViewItem.ViewItemFeature.WrapText)
        text_option = QTextOption()
        text_option.setWrapMode(
            QTextOption.WrapMode.WordWrap if wrap else QTextOption.WrapMode.NoWrap
        )
        layout.setTextOption(text_option)
        height = 0.0
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(rect.width())
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(item.palette.color(role))
        top = rect.top() + max(0.0, (rect.height() - height) / 2)
        layout.draw(painter, QPointF(rect.left(), top))
        painter.restore()

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            findings = self.findings(index)
            if findings:
                html = "<hr>".join(finding_html(finding) for finding in findings)
                QToolTip.showText(event.globalPos(), html, view)
                return True
        return super().helpEvent(event, view, option, index)


def attach_whys(coach: WordingCoach, page: CausesPage) -> FindingsDelegate:
    """Underline findings in the selected cause's whys."""

    def field(index: Index) -> tuple[str, str] | None:
        factor = page.current_factor()
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if factor is None or not isinstance(text, str):
            return None
        return f"factors/{factor.id}/whys/{index.row()}", text

    table = page.whys_editor.table
    delegate = FindingsDelegate(coach, field, table)
    table.setItemDelegate(delegate)
    coach.findings_changed.connect(lambda _key: table.viewport().update())
    return delegate


def attach_timeline(coach: WordingCoach, page: TimelinePage) -> FindingsDelegate:
    """Underline findings in the timeline's "What happened" column (its first line)."""

    def field(index: Index) -> tuple[str, str] | None:
        if not 0 <= index.row() < page.model.rowCount():
            return None
        event = page.model.event_at(index.row())
        return f"timeline/{event.id}/text", event.text

    delegate = FindingsDelegate(coach, field, page.table)
    page.table.setItemDelegateForColumn(TEXT, delegate)
    coach.findings_changed.connect(lambda _key: page.table.viewport().update())
    return delegate
