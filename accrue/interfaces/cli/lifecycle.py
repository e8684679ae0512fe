"""`accrue bill --through DATE` and `accrue close --period YYYY-MM`: the contract lifecycle after the first invoice.

Both are triggered runs like the others (`RunService.start_bill_run`, `start_close`), through the same policy,
approval gate and connectors as a first invoice, and print like `accrue run` (`--json`: the same object, with the
run's `kind`). A bill run issues every scheduled invoice due up to its date across the active subscriptions; a
close posts the month's revenue recognition, closes the month and prints the close report (the deferred revenue
roll-forward and the trial balance; `--json`: under `"report"`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from accrue.core.errors import AccrueError
from accrue.interfaces.cli.common import JsonOpt, console, dump, fail, option_date, run_json, run_service
from accrue.interfaces.cli.progress import working
from accrue.interfaces.render import print_run

if TYPE_CHECKING:
    from accrue.core.billing.close import CloseReport


def bill(
    through: Annotated[str, typer.Option("--through", help="Issue every invoice due up to this day, YYYY-MM-DD")],
    as_json: JsonOpt = False,
) -> None:
    """Issue every scheduled invoice due up to a date across the active subscriptions (a bill run)."""
    try:
        day = option_date("accrue bill --through", through)
        with working(f"Bill run through {day}", as_json=as_json), run_service() as rt:
            view = rt.start_bill_run(day)
    except AccrueError as exc:
        fail(exc)
    if as_json:
        dump({**run_json(view), "kind": view.kind})
    else:
        print_run(console, view)


def close(
    period: Annotated[str, typer.Option("--period", help="The month to close, YYYY-MM")],
    as_json: JsonOpt = False,
) -> None:
    """Post a month's revenue recognition, close it, and print the roll-forward and the trial balance."""
    from accrue.adapters.read_model import ReadModel  # here, not at the top: `accrue --help` starts fast

    try:
        with working(f"Closing {period}", as_json=as_json), run_service() as rt:
            view = rt.start_close(period)
            report = ReadModel(rt.engine).close_report(period)
    except AccrueError as exc:
        fail(exc)
    if as_json:
        dump({**run_json(view), "kind": view.kind, "report": report_json(report)})
        return
    print_run(console, view)
    print_report(report)


def report_json(report: CloseReport) -> dict[str, Any]:
    """The close report as JSON: amounts as exact decimal strings."""
    return {"month": report.month, "ties": report.ties,
            "roll_forward": [{"currency": r.currency, "opening": str(r.opening), "billed": str(r.billed),
                              "recognised": str(r.recognised), "closing": str(r.closing), "ties": r.ties}
                             for r in report.roll_forward],
            "trial_balance": [{"currency": t.currency, "balances": t.balances, "debits": str(t.debits),
                               "credits": str(t.credits),
                               "accounts": [{"account": a, "debit": str(d), "credit": str(c)} for a, d, c in t.rows]}
                              for t in report.trial_balance]}


def print_report(report: CloseReport) -> None:
    roll = Table(title=f"Deferred revenue roll-forward, {report.month}")
    for col in ("currency", "opening", "+ billed", "- recognised", "= closing", "ties"):
        roll.add_column(col, justify="right" if col != "currency" else "left")
    for r in report.roll_forward:
        roll.add_row(r.currency, f"{r.opening:,}", f"{r.billed:,}", f"{r.recognised:,}", f"{r.closing:,}",
                     "yes" if r.ties else "NO")
    console.print(roll)
    for t in report.trial_balance:
        trial = Table(title=f"Trial balance {t.currency}, end of {report.month}")
        for col in ("account", "debit", "credit"):
            trial.add_column(col, justify="left" if col == "account" else "right")
        for account, debit, credit in t.rows:
            trial.add_row(account, f"{debit:,}" if debit else "", f"{credit:,}" if credit else "")
        trial.add_row("total", f"{t.debits:,}", f"{t.credits:,}", style="bold")
        console.print(trial)


def register(app: typer.Typer) -> None:
    app.command("bill")(bill)
    app.command("close")(close)
