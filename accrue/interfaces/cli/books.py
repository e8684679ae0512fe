"""`accrue books`: what the local books hold, and their journal entries as ERP import files.

`accrue books [--json]` prints the books; `accrue books export --format netsuite|quickbooks
[--out FILE] [--rates FILE]` writes the journal-entry import CSV (to stdout without --out), with
exchange rates from the rates file (`--rates`, the `rates_file` setting, else ./rates.csv when there
is one). Other modules add commands to the same group through `books_app`.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from accrue.core.errors import AccrueError, InputError
from accrue.interfaces.books_view import match_customer_id, print_books, select
from accrue.interfaces.cli.common import JsonOpt, console, dump, fail, option_date, run_service
from accrue.interfaces.render import aging_table

DEFAULT_RATES = Path("rates.csv")

books_app = typer.Typer(help="The local books: customers, invoices, journal entries; ERP export.",
                        invoke_without_command=True, no_args_is_help=False)


@books_app.callback()
def books(
    ctx: typer.Context,
    customer: Annotated[str | None, typer.Option("--customer", help="Only this customer (name, typos fine)")] = None,
    since: Annotated[str | None, typer.Option("--from", help="Only records dated on or after YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option("--to", help="Only records dated on or before YYYY-MM-DD")] = None,
    as_json: JsonOpt = False,
) -> None:
    """What the local books hold: customers, invoices, payments and allocations, credit notes, write-offs,
    subscriptions and journal entries."""
    if ctx.invoked_subcommand is not None:
        return
    from accrue.adapters.read_model import ReadModel  # here, not at the top: `accrue --help` starts fast

    try:
        first, last = option_date("--from", since), option_date("--to", until)
        with run_service() as rt:
            data = ReadModel(rt.engine).books_json()
        shown = data
        if customer or first or last:
            shown = select(data, customer_id=match_customer_id(data, customer) if customer else None,
                           since=first, until=last)
    except AccrueError as exc:
        fail(exc)
    if as_json:
        dump(shown)
    else:
        print_books(console, shown, everything=data)


@books_app.command("export")
def export(
    fmt: Annotated[str, typer.Option("--format", help="netsuite | quickbooks")],
    out: Annotated[Path | None, typer.Option("--out", help="Write the CSV here instead of stdout")] = None,
    since: Annotated[str | None, typer.Option(help="Only entries dated on or after YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option(help="Only entries dated on or before YYYY-MM-DD")] = None,
    date_format: Annotated[str, typer.Option(help="strftime format of the Date column")] = "%m/%d/%Y",
    rates: Annotated[Path | None, typer.Option("--rates", help="Exchange rates CSV: currency,rate[,date]")] = None,
) -> None:
    """Journal entries as a NetSuite or QuickBooks Online journal-entry import CSV."""
    # here, not at the top: `accrue --help` starts fast
    from accrue.adapters.erp_export import FORMATS, export_entries
    from accrue.adapters.rates_file import ExchangeRates, read_rates
    from accrue.adapters.read_model import ReadModel

    try:
        if fmt not in FORMATS:
            raise AccrueError(f"--format {fmt!r} is not supported; use one of: {', '.join(FORMATS)}")
        bounds = {name: option_date(f"--{name}", value) for name, value in (("since", since), ("until", until))}
        with run_service() as rt:
            entries = ReadModel(rt.engine).export_entries(since=bounds["since"], until=bounds["until"])
            base, rates_path = rt.settings.base_currency, rates or rt.settings.rates_file
        if rates_path is None and DEFAULT_RATES.is_file():
            rates_path = DEFAULT_RATES
        exchange = read_rates(rates_path, base) if rates_path is not None else ExchangeRates(base)
        try:
            text = export_entries(entries, fmt, rates=exchange, date_format=date_format)
        except ValueError as exc:
            raise AccrueError(f"books export: {exc}") from exc
        if out is None:
            typer.echo(text, nl=False)
            return
        _write_atomically(out, text)
    except AccrueError as exc:
        fail(exc)
    console.print(f"Wrote {len(entries)} journal entries to {out} ({fmt}).", highlight=False, markup=False)


@books_app.command("aging")
def aging(
    as_of: Annotated[str | None, typer.Option("--as-of", help="Count days overdue to YYYY-MM-DD (default: today)")
                     ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Receivables aging: current, 1-30, 31-60, 61-90, over 90 days, by customer and currency, tied to AR."""
    from accrue.adapters.read_model import ReadModel  # here, not at the top: `accrue --help` starts fast
    from accrue.core.clock import utcnow

    try:
        day = option_date("--as-of", as_of) or utcnow().date()
        with run_service() as rt:
            report = ReadModel(rt.engine).aging(day)
    except AccrueError as exc:
        fail(exc)
    if as_json:
        dump(report.model_dump(mode="json"))
    else:
        aging_table(console, report)


def _write_atomically(path: Path, text: str) -> None:
    """Whole file or nothing: written beside the target, then renamed over it."""
    if path.parent and not path.parent.is_dir():
        raise InputError(str(path), "its folder does not exist", "create the folder or choose another --out")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def register(app: typer.Typer) -> None:
    app.add_typer(books_app, name="books")
