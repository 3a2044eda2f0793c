"""Step 1: the facts about the postmortem itself (title, team, severity, people, language…)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from pmdesk.domain.enums import DocumentTemplate, Language, Severity, Status
from pmdesk.domain.model import Postmortem
from pmdesk.domain.rules import known_timezones, validate
from pmdesk.gui.labels_export import template_help, template_label
from pmdesk.gui.library_model import status_label
from pmdesk.gui.wizard.page import PageId, WizardPage, clean_text

SEVERITY_HELP = {
    Severity.SEV1: QT_TRANSLATE_NOOP(
        "Severity", "SEV1: critical; a core service is down or data is at risk for many users"
    ),
    Severity.SEV2: QT_TRANSLATE_NOOP(
        "Severity", "SEV2: major; a core function is degraded for many users"
    ),
    Severity.SEV3: QT_TRANSLATE_NOOP(
        "Severity", "SEV3: minor; a workaround exists or few users are affected"
    ),
    Severity.SEV4: QT_TRANSLATE_NOOP("Severity", "SEV4: low; no visible impact, a near miss"),
}


def split_list(text: str) -> list[str]:
    """`Alice, Bob ,` → ["Alice", "Bob"]."""
    return [item.strip() for item in clean_text(text).split(",") if item.strip()]


class BasicsPage(WizardPage):
    """Title, team, services, severity, security, people, language, time zone, status."""

    page_id = PageId.BASICS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_edit = QLineEdit()
        self.team_edit = QLineEdit()
        self.services_edit = QLineEdit()
        self.severity_combo = QComboBox()
        self.security_check = QCheckBox()
        self.authors_edit = QLineEdit()
        self.facilitators_edit = QLineEdit()
        self.tags_edit = QLineEdit()
        self.language_combo = QComboBox()
        self.timezone_combo = QComboBox()
        self.timezone_combo.setEditable(True)
        self.timezone_combo.addItems(sorted(known_timezones()))
        self.timezone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(sorted(known_timezones()), self.timezone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone_combo.setCompleter(completer)
        self.status_combo = QComboBox()
        self.template_combo = QComboBox()
        self.inputs: dict[str, QWidget] = {
            "title": self.title_edit,
            "team": self.team_edit,
            "services": self.services_edit,
            "severity": self.severity_combo,
            "security_incident": self.security_check,
            "authors": self.authors_edit,
            "facilitators": self.facilitators_edit,
            "tags": self.tags_edit,
            "language": self.language_combo,
            "timezone": self.timezone_combo,
            "template": self.template_combo,
            "status": self.status_combo,
        }
        self.labels_by_name: dict[str, QLabel] = {}
        layout = QFormLayout(self.form)
        for name, widget in self.inputs.items():
            widget.setObjectName(f"{name}_input")
            if name == "security_incident":
                layout.addRow(QLabel(), widget)
                continue
            label = QLabel()
            label.setBuddy(widget)
            self.labels_by_name[name] = label
            layout.addRow(label, widget)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("status_problem")
        self.problem_label.setWordWrap(True)
        layout.addRow(self.problem_label)
        self._loading = False
        self.title_edit.textEdited.connect(lambda text: self._set("title", clean_text(text)))
        self.team_edit.textEdited.connect(lambda text: self._set("team", clean_text(text)))
        for name in ("services", "authors", "facilitators", "tags"):
            edit = self.inputs[name]
            assert isinstance(edit, QLineEdit)
            edit.textEdited.connect(lambda text, name=name: self._set(name, split_list(text)))
        self.severity_combo.activated.connect(self._severity_chosen)
        self.security_check.toggled.connect(lambda on: self._set("security_incident", on))
        self.language_combo.activated.connect(
            lambda _index: self._set("language", Language(self.language_combo.currentData()))
        )
        self.timezone_combo.currentTextChanged.connect(self._timezone_typed)
        self.status_combo.activated.connect(self._status_chosen)
        self.template_combo.activated.connect(
            lambda _index: self._set(
                "template", DocumentTemplate(self.template_combo.currentData())
            )
        )
        self.retranslate()

    def title(self) -> str:
        return self.tr("Basics")

    def retranslate(self) -> None:
        super().retranslate()
        texts = {
            "title": self.tr("&Title *"),
            "team": self.tr("T&eam"),
            "services": self.tr("&Services affected"),
            "severity": self.tr("Se&verity"),
            "authors": self.tr("&Authors"),
            "facilitators": self.tr("Fac&ilitators"),
            "tags": self.tr("Tags"),
            "language": self.tr("Document &language"),
            "timezone": self.tr("Time &zone"),
            "template": self.tr("Export te&mplate"),
            "status": self.tr("Stat&us"),
        }
        for name, text in texts.items():
            self.labels_by_name[name].setText(text)
            self.inputs[name].setAccessibleName(text.replace("&", "").replace(" *", ""))
        comma = self.tr("Separate names with commas.")
        self.title_edit.setPlaceholderText(self.tr("The symptom users saw, and for how long"))
        for name in ("services", "authors", "facilitators", "tags"):
            edit = self.inputs[name]
            assert isinstance(edit, QLineEdit)
            edit.setPlaceholderText(comma)
        self.security_check.setText(self.tr("This was a se&curity incident"))
        self.security_check.setAccessibleName(self.tr("Security incident"))
        self.language_combo.setToolTip(
            self.tr("The postmortem's own language: its export headings and wording checks.")
        )
        self.template_combo.setToolTip(
            self.tr("The shape of the exported document: its sections, order and headings.")
        )
        self._fill_combos()

    def _fill_combos(self) -> None:
        self._loading = True
        severity = self.severity_combo.currentData()
        self.severity_combo.clear()
        self.severity_combo.addItem(self.tr("Not set"), None)
        for level in Severity:
            help_text = QCoreApplication.translate("Severity", SEVERITY_HELP[level])
            self.severity_combo.addItem(level.value, level)
            self.severity_combo.setItemData(
                self.severity_combo.count() - 1, help_text, Qt.ItemDataRole.ToolTipRole
            )
        self.severity_combo.setToolTip(
            "\n".join(QCoreApplication.translate("Severity", SEVERITY_HELP[s]) for s in Severity)
        )
        self.severity_combo.setCurrentIndex(max(0, self.severity_combo.findData(severity)))
        language = self.language_combo.currentData()
        self.language_combo.clear()
        self.language_combo.addItem(self.tr("English"), Language.EN.value)
        self.language_combo.addItem(self.tr("French"), Language.FR.value)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        template = self.template_combo.currentData()
        self.template_combo.clear()
        for choice in DocumentTemplate:
            self.template_combo.addItem(template_label(choice), choice.value)
            self.template_combo.setItemData(
                self.template_combo.count() - 1,
                template_help(choice),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(template)))
        status = self.status_combo.currentData()
        self.status_combo.clear()
        for state in Status:
            self.status_combo.addItem(status_label(state), state)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))
        self._loading = False

    def load(self, postmortem: Postmortem) -> None:
        self._loading = True
        self.title_edit.setText(postmortem.title)
        self.team_edit.setText(postmortem.team)
        for name in ("services", "authors", "facilitators", "tags"):
            edit = self.inputs[name]
            assert isinstance(edit, QLineEdit)
            edit.setText(", ".join(getattr(postmortem, name)))
        self.severity_combo.setCurrentIndex(
            max(0, self.severity_combo.findData(postmortem.severity))
        )
        self.security_check.setChecked(postmortem.security_incident)
        self.language_combo.setCurrentIndex(self.language_combo.findData(postmortem.language.value))
        self.timezone_combo.setCurrentText(postmortem.timezone)
        self.template_combo.setCurrentIndex(
            max(0, self.template_combo.findData(postmortem.template.value))
        )
        self.status_combo.setCurrentIndex(self.status_combo.findData(postmortem.status))
        self._loading = False
        super().load(postmortem)

    def _set(self, name: str, value: object) -> None:
        if self._loading or self.postmortem is None:
            return
        setattr(self.postmortem, name, value)
        self.notify(name)

    def _severity_chosen(self, _index: int) -> None:
        code = self.severity_combo.currentData()  # combos hand StrEnums back as plain str
        self._set("severity", Severity(code) if code else None)

    def _timezone_typed(self, text: str) -> None:
        if text.strip() in known_timezones():
            self._set("timezone", text.strip())

    def _status_chosen(self, _index: int) -> None:
        """Leaving "in progress" needs owned, dated actions; say what is missing, keep the draft."""
        if self.postmortem is None:
            return
        wanted = Status(self.status_combo.currentData())
        previous = self.postmortem.status
        self.postmortem.status = wanted
        problems = validate(self.postmortem)
        if problems:
            self.postmortem.status = previous
            self._loading = True
            self.status_combo.setCurrentIndex(self.status_combo.findData(previous))
            self._loading = False
            self.problem_label.setText(
                self.tr("The status stays “{status}” until this is done: {missing}").format(
                    status=status_label(previous),
                    missing="; ".join(
                        problem.path.removeprefix("postmortem.") for problem in problems[:5]
                    ),
                )
            )
            return
        self.problem_label.clear()
        self.notify("status")

    def field_widgets(self) -> dict[str, QWidget]:
        return dict(self.inputs)
