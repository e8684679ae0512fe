"""Who builds the command line's run services: the one setting `main(args, run_service_factory=...)` makes.

Kept apart from `accrue.interfaces.cli.common` (consoles, output) so `accrue.interfaces.cli.main` can take
it without importing rich, and `accrue --help` stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the run service is heavy to import; `accrue --help` does not need it
    from accrue.workflow.service import RunService

RunServiceFactory = Callable[..., "RunService"]

# Set by `main(..., run_service_factory=...)` for the duration of one command line.
chosen_factory: ContextVar[RunServiceFactory | None] = ContextVar("run_service_factory", default=None)
