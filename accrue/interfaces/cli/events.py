"""`accrue event usage|payment|change-request|amendment ...` and `accrue books seed BOOKS.json`.

Each event command starts one run of that kind through `RunService.start_run`, exactly as a
webhook or an evaluation case would, and prints it like `accrue run` (`--json`: the same
object, with the run's `kind`). `--books` seeds the local books first (its shape: docs/billing.md).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from accrue.core.errors import AccrueError, InputError
from accrue.interfaces.cli.books import books_app
from accrue.interfaces.cli.common import JsonOpt, book_names, console, dump, exit_if_failed, fail, run_service
from accrue.interfaces.cli.progress import rows_in, working
from accrue.interfaces.render import print_run
from accrue.settings import Settings, load_settings

event_app = typer.Typer(help="Start a run from a billing event: usage, payments, a change request, an amendment.",
                        no_args_is_help=True)

BooksOpt = Annotated[Path | None, typer.Option("--books", help="books.json to seed the local books with first")]
ExtractorOpt = Annotated[str | None, typer.Option(help="auto | rules | claude | hybrid")]


def _show(view: Any, as_json: bool, names: dict[str, str] | None = None) -> None:
    if as_json:
        data = view.public()
        dump({k: data[k] for k in ("run_id", "kind", "status", "terms", "findings", "actions", "citations",
                                   "warnings", "already_processed", "error", "review", "corrections")})
        return
    print_run(console, view, names)


# What a person waits for while each kind of event runs; the file named is the one whose size the wait depends on.
_WORK = {"usage": ("Rating", "usage"), "payment": ("Applying", "payments"), "change_request": ("Planning", "request"),
         "amendment": ("Prorating", "amendment")}


def _start(kind: str, inputs: dict[str, Path | None], as_json: bool, extractor: str | None = None,
           settings: Settings | None = None) -> None:
    verb, role = _WORK[kind]
    try:
        with working(f"{verb} {rows_in(inputs.get(role))}", as_json=as_json), \
                run_service(extractor=extractor, settings=settings) as rt:
            view = rt.start_run(kind, {role: path for role, path in inputs.items() if path is not None})
            names = book_names(rt)
    except AccrueError as exc:
        fail(exc)
    _show(view, as_json, names)
    exit_if_failed(view)


@event_app.command("usage")
def usage(
    usage_csv: Annotated[Path, typer.Argument(help="Usage CSV: event_id, customer_id, metric, quantity, timestamp")],
    contract: Annotated[Path, typer.Option("--contract", help="The signed order form with the usage pricing")],
    request: Annotated[Path | None, typer.Option("--request", help='{"period_start", "period_end"} JSON')] = None,
    period_start: Annotated[str | None, typer.Option(help="First day billed, YYYY-MM-DD (or --request)")] = None,
    period_end: Annotated[str | None, typer.Option(help="Last day billed, YYYY-MM-DD (or --request)")] = None,
    books: BooksOpt = None,
    extractor: ExtractorOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Rate a period's usage against the contract and propose the usage invoice."""
    try:
        settings = load_settings()
        if request is None:
            request = _period_request(period_start, period_end, settings)
    except AccrueError as exc:
        fail(exc)
    _start("usage", {"usage": usage_csv, "contract": contract, "request": request, "books": books}, as_json,
           extractor, settings)


def _period_request(start: str | None, end: str | None, settings: Settings) -> Path:
    """Write the period flags as a request.json in the data folder (the run's input, like any other file)."""
    if not start or not end:
        raise InputError("accrue event usage", "the billed period is missing",
                         "pass --request request.json or both --period-start and --period-end")
    for name, value in (("--period-start", start), ("--period-end", end)):
        try:
            date.fromisoformat(value)
        except ValueError:
            raise InputError("accrue event usage", f"{name} {value!r} is not a date", "write YYYY-MM-DD") from None
    folder = settings.ensure_home() / "requests"
    folder.mkdir(exist_ok=True)
    path = folder / f"usage-{start}-{end}.json"
    path.write_text(json.dumps({"period_start": start, "period_end": end}) + "\n", encoding="utf-8")
    return path


@event_app.command("payment")
def payment(
    payments_csv: Annotated[Path, typer.Argument(help="Payments CSV: payment_id, date, amount, currency, payer, "
                                                      "reference (fee optional)")],
    books: BooksOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Apply received payments to open invoices (cash application)."""
    _start("payment", {"payments": payments_csv, "books": books}, as_json)


@event_app.command("change-request")
def change_request(
    request: Annotated[Path, typer.Argument(help='{"invoice", "amount", "reason", "requested_by"} JSON')],
    books: BooksOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Propose the credit note (or re-issued invoice) a change request asks for."""
    _start("change_request", {"request": request, "books": books}, as_json)


@event_app.command("amendment")
def amendment(
    amendment_doc: Annotated[Path, typer.Argument(help="The signed amendment (PDF, .txt or .md)")],
    contract: Annotated[Path, typer.Option("--contract", help="The order form it amends")],
    books: BooksOpt = None,
    extractor: ExtractorOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Prorate a mid-term change (quantity, plan or price) and propose the amended subscription."""
    _start("amendment", {"amendment": amendment_doc, "contract": contract, "books": books}, as_json, extractor)


def seed(books_json: Annotated[Path, typer.Argument(help="books.json: customers, invoices, usage_history")]) -> None:
    """Load a books.json seed into the local books (records already there are kept)."""
    try:
        with run_service() as rt:
            rt.seed_books(books_json)
    except AccrueError as exc:
        fail(exc)
    console.print(f"Seeded the local books from {books_json}.", highlight=False, markup=False)


def register(app: typer.Typer) -> None:
    app.add_typer(event_app, name="event")
    books_app.command("seed")(seed)
