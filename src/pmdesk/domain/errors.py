"""One error type for every expected failure: a code and values, worded by the interface layer.

Expected failures (bad file, full disk, unknown id) are `PmdeskError`s and become a one-line,
translated message; anything else is a bug and is reported as one.
"""

from __future__ import annotations

from pmdesk.domain.rules import Problem


class PmdeskError(Exception):
    """An expected failure the user can act on; `code` selects the message, `params` fill it."""

    def __init__(self, code: str, **params: str | int) -> None:
        super().__init__(code, params)
        self.code = code
        self.params: dict[str, str | int] = params

    def __str__(self) -> str:
        details = ", ".join(f"{key}={value}" for key, value in self.params.items())
        return f"{self.code} ({details})" if details else self.code


class InvalidDataError(PmdeskError):
    """Data that breaks a rule; `problem` names the first bad field by its path."""

    def __init__(self, problem: Problem, problems: list[Problem] | None = None) -> None:
        super().__init__("invalid_data", path=problem.path, problem=problem.code)
        self.problem = problem
        self.problems = problems or [problem]

    def __str__(self) -> str:
        return f"{self.problem.path}: {self.problem.code} {self.problem.params or ''}".rstrip()
