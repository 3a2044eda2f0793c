"""Translated labels for factor codes (kinds and categories): one table, used by every widget.

The domain stores codes; these tables give each code its English source (marked for Qt
Linguist) and the functions translate it into the interface language when asked.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pmdesk.domain.enums import FactorCategory, FactorKind

FACTOR_KIND_LABELS = {
    FactorKind.ROOT_CAUSE: QT_TRANSLATE_NOOP("FactorKind", "Root cause"),
    FactorKind.CONTRIBUTING: QT_TRANSLATE_NOOP("FactorKind", "Contributing factor"),
    FactorKind.MITIGATOR: QT_TRANSLATE_NOOP("FactorKind", "Mitigator"),
}
FACTOR_KIND_HELP = {
    FactorKind.ROOT_CAUSE: QT_TRANSLATE_NOOP(
        "FactorKind", "A condition that, once changed, keeps this from happening again."
    ),
    FactorKind.CONTRIBUTING: QT_TRANSLATE_NOOP(
        "FactorKind", "A condition that made the incident more likely or its impact worse."
    ),
    FactorKind.MITIGATOR: QT_TRANSLATE_NOOP(
        "FactorKind", "Something that limited the damage: worth keeping."
    ),
}
FACTOR_CATEGORY_LABELS = {
    FactorCategory.TECHNICAL: QT_TRANSLATE_NOOP("FactorCategory", "Technical"),
    FactorCategory.PROCESS: QT_TRANSLATE_NOOP("FactorCategory", "Process"),
    FactorCategory.ORGANISATIONAL: QT_TRANSLATE_NOOP("FactorCategory", "Organisational"),
    FactorCategory.EXTERNAL: QT_TRANSLATE_NOOP("FactorCategory", "External"),
}
FACTOR_CATEGORY_HELP = {
    FactorCategory.TECHNICAL: QT_TRANSLATE_NOOP(
        "FactorCategory", "Software, hardware, configuration, infrastructure."
    ),
    FactorCategory.PROCESS: QT_TRANSLATE_NOOP(
        "FactorCategory", "How the work is done: reviews, rollouts, runbooks, on-call."
    ),
    FactorCategory.ORGANISATIONAL: QT_TRANSLATE_NOOP(
        "FactorCategory", "Staffing, priorities, training, communication between teams."
    ),
    FactorCategory.EXTERNAL: QT_TRANSLATE_NOOP(
        "FactorCategory", "Vendors, partners, upstream services, events outside the team."
    ),
}


def factor_kind_label(kind: FactorKind) -> str:
    """`root_cause` → "Root cause" (interface language)."""
    return QCoreApplication.translate("FactorKind", FACTOR_KIND_LABELS[kind])


def factor_kind_help(kind: FactorKind) -> str:
    """One sentence that tells the kinds apart, for tooltips."""
    return QCoreApplication.translate("FactorKind", FACTOR_KIND_HELP[kind])


def factor_category_label(category: FactorCategory) -> str:
    """`organisational` → "Organisational" (interface language)."""
    return QCoreApplication.translate("FactorCategory", FACTOR_CATEGORY_LABELS[category])


def factor_category_help(category: FactorCategory) -> str:
    """Examples of what belongs in a category, for tooltips."""
    return QCoreApplication.translate("FactorCategory", FACTOR_CATEGORY_HELP[category])
