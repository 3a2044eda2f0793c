"""Edits to the factor list that keep the postmortem valid (no Qt: plain domain objects).

An action names the causes it addresses by factor id; removing a factor must also drop that id
from every action, or the save would fail the `unknown_factor` rule. Removal remembers enough
to be undone exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pmdesk.domain.enums import FactorKind
from pmdesk.domain.model import Factor, Postmortem


@dataclass
class RemovedFactor:
    """A factor taken out of a postmortem, where it was, and which actions pointed to it."""

    index: int
    factor: Factor
    links: list[tuple[str, int]] = field(default_factory=list)  # (action id, position)


def new_factor_kind(pm: Postmortem) -> FactorKind:
    """The first factor is most likely the root cause; later ones contribute."""
    has_root = any(factor.kind is FactorKind.ROOT_CAUSE for factor in pm.factors)
    return FactorKind.CONTRIBUTING if has_root else FactorKind.ROOT_CAUSE


def actions_addressing(pm: Postmortem, factor_id: str) -> int:
    """How many actions name this factor among the causes they address."""
    return sum(factor_id in action.factor_ids for action in pm.actions)


def remove_factor(pm: Postmortem, index: int) -> RemovedFactor:
    """Remove the factor at `index` and every action's reference to it."""
    factor = pm.factors.pop(index)
    removed = RemovedFactor(index, factor)
    for action in pm.actions:
        if factor.id in action.factor_ids:
            position = action.factor_ids.index(factor.id)
            action.factor_ids[:] = [ref for ref in action.factor_ids if ref != factor.id]
            removed.links.append((action.id, position))
    return removed


def restore_factor(pm: Postmortem, removed: RemovedFactor) -> None:
    """Put a removed factor back where it was, with the links of actions still present."""
    pm.factors.insert(min(removed.index, len(pm.factors)), removed.factor)
    actions = {action.id: action for action in pm.actions}
    for action_id, position in removed.links:
        action = actions.get(action_id)
        if action is not None and removed.factor.id not in action.factor_ids:
            action.factor_ids.insert(min(position, len(action.factor_ids)), removed.factor.id)
