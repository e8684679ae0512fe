"""`accrue bill --through DATE`: the contract lifecycle after the first invoice, run by date.

A bill run is a triggered run like the others (`RunService.start_bill_run`): it issues every scheduled invoice
due up to the date across the active subscriptions, through the same policy, approval gate and connectors as
a first invoice, and prints like `accrue run` (`--json`: the same object, with the run's `kind`).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer

from accrue.core.errors import AccrueError, InputError
from accrue.interfaces.cli.common import JsonOpt, console, dump, fail, run_json, run_service
from accrue.interfaces.render import print_run


def bill(
    through: Annotated[str, typer.Option("--through", help="Issue every invoice due up to this day, YYYY-MM-DD")],
    as_json: JsonOpt = False,
) -> None:
    """Issue every scheduled invoice due up to a date across the active subscriptions (a bill run)."""
    try:
        day = _day("bill --through", through)
        with run_service() as rt:
            view = rt.start_bill_run(day)
    except AccrueError as exc:
        fail(exc)
    if as_json:
        dump({**run_json(view), "kind": view.kind})
    else:
        print_run(console, view)


def _day(flag: str, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"accrue {flag}", f"{value!r} is not a date", "write it as YYYY-MM-DD") from None


def register(app: typer.Typer) -> None:
    app.command("bill")(bill)
