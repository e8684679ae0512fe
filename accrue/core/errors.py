"""Errors a person can act on: each names the thing, the problem and the fix."""

from __future__ import annotations


class AccrueError(Exception):
    """Base for errors shown to a user as one line (CLI exit code 2)."""


class InputError(AccrueError):
    """Bad input file: names the file, the field and how to fix it."""

    def __init__(self, source: str, problem: str, fix: str | None = None):
        self.source = source
        self.problem = problem
        self.fix = fix
        msg = f"{source}: {problem}"
        if fix:
            msg += f"; {fix}"
        super().__init__(msg)


class ConfigError(AccrueError):
    """Settings or policy file that cannot be used."""


class ApprovalError(AccrueError):
    """A decision that the policy or the run's state does not allow."""
