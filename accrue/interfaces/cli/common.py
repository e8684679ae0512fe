"""Helpers every CLI command module shares: consoles, one-line errors (exit 2), JSON output."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

console = Console()
err = Console(stderr=True)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON")]


def fail(exc: Exception | str) -> NoReturn:
    """Print `error: <file>: <problem>; <fix>` on stderr and exit with code 2."""
    err.print(f"[red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True, markup=True)
    raise typer.Exit(2)


def dump(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, indent=2, default=str) + "\n")


def runtime(**kw: Any) -> Any:
    """A RunService, imported lazily so `accrue --help` stays fast."""
    from accrue.workflow.service import RunService

    return RunService(**kw)
