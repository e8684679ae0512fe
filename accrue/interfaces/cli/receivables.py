"""`accrue dun --as-of DATE` and `accrue refund ...`: chasing what customers owe, and paying back what they hold.

Both are triggered runs like the others (`RunService.start_dunning`, `start_refund`), through the same policy,
approval gate and connectors, and print like `accrue run` (`--json`: the same object, with the run's `kind`). A
dunning run reminds, proposes contractual late fees (held for a person) and opens collections tasks as policy.toml
`[dunning]` says; a refund pays back what a customer holds (credit balance, overpayments) once someone other than
the requester approves it, and is refused (exit 2) above what the customer holds.
"""

from __future__ import annotations

from typing import Annotated

import typer
from pydantic import ValidationError

from accrue.core.clock import utcnow
from accrue.core.errors import AccrueError, InputError
from accrue.interfaces.cli.common import (
    JsonOpt,
    book_names,
    console,
    dump,
    exit_if_failed,
    fail,
    option_date,
    run_json,
    run_service,
)
from accrue.interfaces.cli.signin import AsOpt, signed_in
from accrue.interfaces.render import print_run


def dun(
    as_of: Annotated[str | None, typer.Option("--as-of", help="The day invoices are overdue as of, YYYY-MM-DD "
                                                              "(default today, UTC)")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Remind, propose late fees on and chase the invoices overdue on a day, as policy.toml [dunning] says."""
    try:
        day = option_date("accrue dun --as-of", as_of) or utcnow().date()
        with run_service() as rt:
            view = rt.start_dunning(day)
            names = book_names(rt)
    except AccrueError as exc:
        fail(exc)
    if as_json:
        dump({**run_json(view), "kind": view.kind})
    else:
        print_run(console, view, names)
    exit_if_failed(view)


def refund(
    customer: Annotated[str, typer.Option("--customer", help="The customer, by name or books id")],
    amount: Annotated[str, typer.Option("--amount", help="How much to pay back, e.g. 250.00")],
    currency: Annotated[str, typer.Option("--currency", help="ISO 4217 code of the credit, e.g. USD")],
    reason: Annotated[str, typer.Option("--reason", help="Why it is paid back (shown to the approver)")],
    as_person: AsOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Ask to pay back what a customer holds (credit balance, then overpayments); someone else approves it."""
    from accrue.core.refunds import RefundRequest

    try:
        with run_service() as rt:
            who = signed_in(rt, as_person)
            try:
                request = RefundRequest(customer=customer, amount=amount, currency=currency,
                                        reason=reason, requested_by=who)
            except ValidationError as exc:
                problem = str(exc.errors()[0].get("msg", "invalid")).removeprefix("Value error, ")
                raise InputError("accrue refund", problem, "give --amount as a positive amount in --currency's "
                                                           "minor units and --currency as an ISO code") from None
            view = rt.start_refund(request)
            names = book_names(rt)
    except AccrueError as exc:
        fail(exc)
    if as_json:
        dump({**run_json(view), "kind": view.kind})
    else:
        print_run(console, view, names)
    exit_if_failed(view)


def register(app: typer.Typer) -> None:
    app.command("dun")(dun)
    app.command("refund")(refund)
