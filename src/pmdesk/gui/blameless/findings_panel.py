"""The side panel: every wording finding in the postmortem, by step, with what it means; a
click or Enter takes the writer to the words, and each hint can be applied or dismissed from
here (its context menu, the Menu key or Shift+F10, or the buttons under it). Dismissed findings
are listed too, to restore.

The list is built only while the panel shows; hidden, it only counts (from what the coach
remembers, so typing in one field never re-checks the others). The first check of a long
postmortem runs on the coach's background thread, and the panel says it is checking."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmdesk.blameless.document import FieldFinding
from pmdesk.domain.model import Dismissal
from pmdesk.gui.blameless.attach import can_apply
from pmdesk.gui.blameless.coach import WordingCoach
from pmdesk.gui.blameless.dismiss_dialog import DismissDialog
from pmdesk.gui.blameless.field_names import FieldNames
from pmdesk.gui.blameless.fields import FieldPlace, Target, place_of
from pmdesk.gui.blameless.labels import finding_html, severity_colour
from pmdesk.gui.blameless.rewrite import apply_label

REFRESH_DELAY_MS = 400
"""The panel catches up this long after the writer stops typing."""
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
DISMISSAL_ROLE = Qt.ItemDataRole.UserRole + 2
STEP_ROLE = Qt.ItemDataRole.UserRole + 3
DISMISSED_GROUP_ROLE = Qt.ItemDataRole.UserRole + 4


def severity_icon(severity: str, size: int = 12) -> QIcon:
    """A dot in the underline's colour, so the list and the text speak alike."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(severity_colour(severity))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class FindingsPanel(QWidget):
    """Lists `postmortem_findings` grouped by step; refreshes a moment after each edit."""

    jump_requested = Signal(object)  # Target
    apply_requested = Signal(object)  # FieldFinding: apply its suggestion where it was found
    count_changed = Signal(int)
    checking = Signal()  # the count is not known yet: the background check runs

    def __init__(
        self, coach: WordingCoach, names: FieldNames, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findings_panel")
        self.coach = coach
        self.names = names
        self.findings: list[FieldFinding] = []  # as listed (kept while the panel is hidden)
        self.count: int | None = 0  # None while the background check runs
        self.count_label = QLabel()
        self.count_label.setObjectName("findings_count")
        self.count_label.setWordWrap(True)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("findings_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.tree = QTreeWidget()
        self.tree.setObjectName("findings_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setRootIsDecorated(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("finding_detail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail_label.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.apply_button = self._button("apply_finding_button", self.apply_current)
        self.dismiss_button = self._button("dismiss_finding_button", self.dismiss_current)
        self.restore_button = self._button("restore_dismissal_button", self._restore)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail_label)
        layout.addLayout(buttons)
        self.menu_action = QAction(self.tree)
        self.menu_action.setShortcuts([QKeySequence(Qt.Key.Key_Menu), QKeySequence("Shift+F10")])
        self.menu_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.menu_action.triggered.connect(lambda: self.show_menu(None))
        self.tree.addAction(self.menu_action)
        self.tree.customContextMenuRequested.connect(self.show_menu)
        self.tree.itemActivated.connect(self._activated)  # Enter, double-click
        self.tree.itemClicked.connect(self._activated)
        self.tree.currentItemChanged.connect(self._show_detail)
        self._dismissed_open = False
        self._shown: tuple[list[FieldFinding], list[Dismissal]] | None = None  # in the tree
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        coach.findings_changed.connect(lambda _key: self.refresh())
        coach.document_checked.connect(self.refresh)
        self.retranslate()

    def can_apply(self, found: FieldFinding) -> bool:
        """Whether "Apply suggestion" can change the field where the finding is."""
        pm = self.coach.postmortem
        return can_apply(pm, place_of(found.field_key), found.finding)

    def _button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setEnabled(False)
        button.clicked.connect(slot)
        return button

    def retranslate(self) -> None:
        self.tree.setAccessibleName(self.tr("Wording hints"))
        self.tree.setAccessibleDescription(
            self.tr(
                "Each hint under its step. Enter or a click shows the words in the text; "
                "the Menu key applies or dismisses the hint."
            )
        )
        self.detail_label.setAccessibleName(self.tr("Selected hint"))
        self.apply_button.setText(self.tr("&Apply suggestion"))
        self.apply_button.setToolTip(
            self.tr("Put the suggested words in the text (Ctrl+Z there undoes it)")
        )
        self.dismiss_button.setText(self.tr("D&ismiss…"))
        self.dismiss_button.setToolTip(self.tr("Keep this wording here, with a reason"))
        self.restore_button.setText(self.tr("&Show again"))
        self.restore_button.setToolTip(self.tr("Underline the selected dismissed wording again"))
        self.empty_label.setText(
            self.tr("Nothing to flag: no wording here points at a person or judges in hindsight.")
        )
        self._shown = None  # field names are worded anew
        if self.isVisible():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def schedule_refresh(self) -> None:
        """Something was typed: list the findings again once typing pauses."""
        self._timer.start()

    # Listing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Count the findings again (re-checking only fields whose text changed, or, when much
        is unchecked, on the coach's background thread), and list them if the panel shows."""
        self._timer.stop()
        if not self.coach.ready():
            self.count = None
            self.checking.emit()
            if self.isVisible():
                self._show_checking()
            return
        if not self.isVisible():
            self.count = self.coach.finding_count()
            self.count_changed.emit(self.count)
            return
        pm = self.coach.postmortem
        self.findings = self.coach.document_findings()
        self.count = len(self.findings)
        self.count_changed.emit(self.count)
        if self._shown != (self.findings, pm.dismissals):
            self._rebuild()

    def _show_checking(self) -> None:
        self.count_label.setText(self.tr("Checking the wording…"))
        self.count_label.setAccessibleName(self.count_label.text())
        self.count_label.setVisible(True)
        self.empty_label.setVisible(False)
        self._shown = None

    def _rebuild(self) -> None:
        pm = self.coach.postmortem
        self._shown = (list(self.findings), list(pm.dismissals))
        chosen = self._identity(self.tree.currentItem())
        dismissed_group = self._dismissed_group()
        if dismissed_group is not None:
            self._dismissed_open = dismissed_group.isExpanded()
        placed = [(place_of(item.field_key), item) for item in self.findings]
        placed.sort(key=lambda pair: int(pair[0].page) if pair[0] else len(self.names.pages))
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for place, item in placed:
            step = self.names.step(place) if place else self.tr("Elsewhere")
            group = groups.get(step)
            if group is None:
                group = QTreeWidgetItem(self.tree, [step])
                group.setData(0, STEP_ROLE, step)
                groups[step] = group
            self._add_finding(group, place, item)
        for step, group in groups.items():
            group.setText(
                0, self.tr("{step} ({count})").format(step=step, count=group.childCount())
            )
            group.setExpanded(True)
        self._add_dismissed(pm.dismissals)
        count = len(self.findings)
        self.count_label.setText(self.tr("%n wording hint(s)", "", count))
        self.count_label.setAccessibleName(self.count_label.text())
        self.count_label.setVisible(count > 0)
        self.empty_label.setVisible(count == 0)
        self.tree.setVisible(self.tree.topLevelItemCount() > 0)
        self.detail_label.setVisible(self.tree.topLevelItemCount() > 0)
        self.apply_button.setVisible(count > 0)
        self.dismiss_button.setVisible(count > 0)
        self.restore_button.setVisible(bool(pm.dismissals))
        self._reselect(chosen)
        self._show_detail(self.tree.currentItem())

    def _add_finding(
        self, group: QTreeWidgetItem, place: FieldPlace | None, item: FieldFinding
    ) -> None:
        finding = item.finding
        field = self.names.field(self.coach.postmortem, place) if place else item.field_key
        child = QTreeWidgetItem(
            group, [self.tr("“{words}” · {field}").format(words=finding.match.strip(), field=field)]
        )
        child.setIcon(0, severity_icon(finding.severity))
        child.setData(0, FINDING_ROLE, item)
        child.setToolTip(0, f"{finding.message}\n{finding.suggestion}")

    def _add_dismissed(self, dismissals: list[Dismissal]) -> None:
        if not dismissals:
            return
        group = QTreeWidgetItem(
            self.tree, [self.tr("Dismissed ({count})").format(count=len(dismissals))]
        )
        group.setData(0, DISMISSED_GROUP_ROLE, True)
        for dismissal in dismissals:
            place = place_of(dismissal.field_key)
            field = self.names.field(self.coach.postmortem, place) if place else dismissal.field_key
            child = QTreeWidgetItem(
                group,
                [self.tr("“{words}” · {field}").format(words=dismissal.match.strip(), field=field)],
            )
            child.setForeground(0, self.palette().color(QPalette.ColorRole.PlaceholderText))
            child.setData(0, DISMISSAL_ROLE, dismissal)
            child.setToolTip(0, dismissal.reason)
        group.setExpanded(self._dismissed_open)

    def _dismissed_group(self) -> QTreeWidgetItem | None:
        count = self.tree.topLevelItemCount()
        last = self.tree.topLevelItem(count - 1) if count else None
        return last if last is not None and last.data(0, DISMISSED_GROUP_ROLE) else None

    def _identity(self, item: QTreeWidgetItem | None) -> tuple[str, ...] | None:
        """What a row shows, to select it again after the list is rebuilt."""
        if item is None:
            return None
        finding = self.finding_of(item)
        if finding is not None:
            return ("finding", finding.field_key, finding.finding.rule, finding.finding.match)
        dismissal = self.dismissal_of(item)
        if dismissal is not None:
            return ("dismissal", dismissal.field_key, dismissal.rule, dismissal.match)
        return ("group", str(item.data(0, STEP_ROLE)))

    def _reselect(self, identity: tuple[str, ...] | None) -> None:
        if identity is None:
            return
        for group_row in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(group_row)
            if self._identity(group) == identity:
                self.tree.setCurrentItem(group)
                return
            for row in range(group.childCount()):
                if self._identity(group.child(row)) == identity:
                    self.tree.setCurrentItem(group.child(row))
                    return

    def finding_of(self, item: QTreeWidgetItem | None) -> FieldFinding | None:
        found = item.data(0, FINDING_ROLE) if item is not None else None
        return found if isinstance(found, FieldFinding) else None

    def dismissal_of(self, item: QTreeWidgetItem | None) -> Dismissal | None:
        dismissal = item.data(0, DISMISSAL_ROLE) if item is not None else None
        return dismissal if isinstance(dismissal, Dismissal) else None

    # Acting on a row --------------------------------------------------------------------

    def _show_detail(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        found = self.finding_of(item)
        dismissal = self.dismissal_of(item)
        self.restore_button.setEnabled(dismissal is not None)
        self.dismiss_button.setEnabled(found is not None)
        self.apply_button.setEnabled(found is not None and self.can_apply(found))
        self.apply_button.setToolTip(
            apply_label(found.finding)
            if found is not None and self.can_apply(found)
            else self.tr("Put the suggested words in the text (Ctrl+Z there undoes it)")
        )
        if found is not None:
            self.detail_label.setText(finding_html(found.finding))
        elif dismissal is not None:
            title = self.tr("Dismissed")
            reason = self.tr("Reason: {reason}").format(reason=dismissal.reason)
            self.detail_label.setText(f"<p><b>{escape(title)}</b></p><p>{escape(reason)}</p>")
        else:
            self.detail_label.setText(
                escape(self.tr("Choose a hint to read why it matters and what to write instead."))
                if self.findings
                else ""
            )

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        found = self.finding_of(item)
        if found is not None:
            finding = found.finding
            target = Target(found.field_key, finding.match, finding.start, finding.end)
            self.jump_requested.emit(target)
            return
        dismissal = self.dismissal_of(item)
        if dismissal is not None:
            self.jump_requested.emit(Target(dismissal.field_key, dismissal.match))

    def show_menu(self, where: QPoint | None = None) -> None:
        """The row's own menu: at the mouse, or (Menu key, Shift+F10) under the current row."""
        if where is not None:
            item = self.tree.itemAt(where)
            if item is not None:
                self.tree.setCurrentItem(item)
        item = self.tree.currentItem()
        found = self.finding_of(item)
        dismissal = self.dismissal_of(item)
        if item is None or (found is None and dismissal is None):
            return
        menu = QMenu(self.tree)
        menu.setObjectName("finding_menu")
        menu.setToolTipsVisible(True)
        choices: dict[QAction, Callable[[], object]] = {}
        if found is not None:
            apply = menu.addAction(apply_label(found.finding).replace("&", "&&"))
            apply.setObjectName("finding_apply_action")
            apply.setToolTip(found.finding.suggestion)
            apply.setEnabled(self.can_apply(found))
            choices[apply] = self.apply_current
            dismiss = menu.addAction(self.tr("&Dismiss…"))
            dismiss.setObjectName("finding_dismiss_action")
            choices[dismiss] = self.dismiss_current
        else:
            restore = menu.addAction(self.tr("&Show again"))
            restore.setObjectName("finding_restore_action")
            choices[restore] = self._restore
        menu.addSeparator()
        show = menu.addAction(self.tr("Show in the &text"))
        show.setObjectName("finding_show_action")
        choices[show] = lambda: self._activated(item)
        rect = self.tree.visualItemRect(item)
        at = where if where is not None else rect.bottomLeft()
        chosen = menu.exec(self.tree.viewport().mapToGlobal(at))
        menu.deleteLater()
        if chosen in choices:  # acted on once the menu is gone, so the focus can move
            choices[chosen]()

    def apply_current(self) -> None:
        """Ask the editor to put the suggestion in place, in the field's own input."""
        found = self.finding_of(self.tree.currentItem())
        if found is not None and self.can_apply(found):
            self.apply_requested.emit(found)

    def dismiss_current(self) -> bool:
        """Ask for a reason, then keep the wording (the same dialog as the editor's menu)."""
        found = self.finding_of(self.tree.currentItem())
        if found is None:
            return False
        reason, accepted = DismissDialog.get_reason(self.window(), found.finding)
        if not accepted:
            return False
        self.coach.dismiss(found.field_key, found.finding, reason)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _restore(self) -> None:
        dismissal = self.dismissal_of(self.tree.currentItem())
        if dismissal is not None:
            self.coach.restore(dismissal)
