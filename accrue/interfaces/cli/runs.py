"""The run commands: start a run from a contract, list and show runs, decide held actions, retry, extract, audit.

The commands a finance person uses most, registered on the `accrue` app by `register(app)` like every
other command module (`accrue.interfaces.cli.main` imports it only when one of them runs).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from accrue.core.errors import AccrueError
from accrue.interfaces.cli.common import (
    JsonOpt,
    book_names,
    console,
    customer_names,
    dump,
    exit_if_failed,
    fail,
    run_customer,
    run_json,
    run_service,
)
from accrue.interfaces.cli.signin import AsOpt, signed_in
from accrue.interfaces.render import audit_lines, print_run, terms_table
from accrue.settings import load_settings


def register(app: typer.Typer) -> None:
    for command in (run, pending, runs, show, approve, reject, retry, extract, audit):
        app.command()(command)


def run(
    contract: Annotated[Path, typer.Argument(help="Signed order form (PDF, .txt or .md)")],
    deal: Annotated[Path | None, typer.Option("--deal", help="CRM deal JSON")] = None,
    extractor: Annotated[str | None, typer.Option(help="auto | rules | claude | hybrid")] = None,
    billing: Annotated[str | None, typer.Option(help="local | stripe (STRIPE_API_KEY from the environment)")] = None,
    stripe_url: Annotated[str | None, typer.Option(help="Stripe API base URL, e.g. http://127.0.0.1:8420")] = None,
    as_json: JsonOpt = False,
) -> None:
    """One triggered run: extract, validate, plan, and execute or wait for approval."""
    try:
        if billing not in (None, "local", "stripe"):
            raise AccrueError(f"--billing {billing!r} is not a billing system; use local or stripe")
        settings = load_settings(billing=billing, stripe_url=stripe_url)
        with run_service(extractor=extractor, settings=settings) as rt:
            view = rt.start_contract_run(contract, deal)
            names = book_names(rt)
    except AccrueError as exc:
        fail(exc)
    if as_json:
        dump(run_json(view))
    else:
        print_run(console, view, names)
    exit_if_failed(view)


def pending(as_json: JsonOpt = False) -> None:
    """Runs waiting for a person: held actions to decide, or terms to correct or confirm (needs_review), with
    the reasons."""
    try:
        with run_service() as rt:
            views = rt.pending()
            names = book_names(rt)
    except AccrueError as exc:
        fail(exc)
    if as_json:
        dump([run_json(v) for v in views])
        return
    if not views:
        console.print("Nothing is waiting for a person.")
    for v in views:
        print_run(console, v, names)


def runs(
    status: Annotated[str | None, typer.Option(
        help="running | needs_review | waiting_approval | completed | rejected | failed")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Every run, oldest first: id, kind, customer, status."""
    try:
        with run_service() as rt:
            views = rt.runs(status=status)
            customers = customer_names(rt)
    except AccrueError as exc:
        fail(exc)
    if as_json:
        dump([run_json(v) for v in views])
        return
    table = Table(title="Runs")
    for col in ("run id", "kind", "customer", "status", "source"):
        table.add_column(col)
    for v in views:
        table.add_row(v.run_id, v.kind, run_customer(v.terms, v.actions, customers), v.status, v.source)
    console.print(table if views else "No runs yet.")


def show(run_id: Annotated[str, typer.Argument()], as_json: JsonOpt = False) -> None:
    """One run in full: terms with citations, findings, actions and their status."""
    try:
        with run_service() as rt:
            view = rt.view(run_id)
            names = book_names(rt)
    except AccrueError as exc:
        fail(exc)
    if as_json:
        dump(run_json(view))
        return
    print_run(console, view, names)


def approve(
    run_id: Annotated[str, typer.Argument(help="Run id from `accrue pending`")],
    action_ids: Annotated[list[str] | None, typer.Argument(help="Action ids; all pending ones if omitted")] = None,
    by: AsOpt = None,
    role: Annotated[str | None, typer.Option(help="Which of your policy.toml [people] roles to act in")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Approve pending actions as the person ACCRUE_TOKEN signs in, and resume the run from its checkpoint."""
    try:
        with run_service() as rt:
            view = rt.decide(run_id, approve=list(action_ids or []), by=signed_in(rt, by), role=role)
            names = book_names(rt)
    except AccrueError as exc:
        fail(exc)
    _after_decision(view, as_json, names)


def reject(
    run_id: Annotated[str, typer.Argument()],
    action_ids: Annotated[list[str], typer.Argument(help="Action ids to reject")],
    reason: Annotated[str, typer.Option(help="Why; recorded in the audit trail")] = ...,  # type: ignore[assignment]
    by: AsOpt = None,
    role: Annotated[str | None, typer.Option(help="Which of your policy.toml [people] roles to act in")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Reject pending actions as the person ACCRUE_TOKEN signs in (they are never executed) and resume the run."""
    try:
        with run_service() as rt:
            view = rt.decide(run_id, reject=list(action_ids), by=signed_in(rt, by), role=role, reason=reason)
            names = book_names(rt)
    except AccrueError as exc:
        fail(exc)
    _after_decision(view, as_json, names)


def retry(
    run_id: Annotated[str, typer.Argument(help="Run id from `accrue runs` or `accrue audit`")],
    by: AsOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Finish a run: resume it after a crash, re-run its failed actions, or plan a run held for the books again,
    once the cause is fixed.

    A run held for what the books held (a usage period already invoiced, a customer not in them) plans again from
    its same inputs once a person has fixed that; `--as` records who asked."""
    try:
        with run_service() as rt:
            view = rt.retry(run_id, by=signed_in(rt, by)) if by is not None else rt.retry(run_id)
            names = book_names(rt)
    except AccrueError as exc:
        fail(exc)
    if as_json:
        dump(run_json(view))
    elif view.already_processed:
        console.print(f"Run {view.run_id} is {view.status}; nothing to retry, nothing changed.")
    else:
        print_run(console, view, names)
    exit_if_failed(view)


def _after_decision(view: Any, as_json: bool, names: dict[str, str]) -> None:
    if as_json:
        dump(run_json(view))
    elif view.already_processed:
        console.print(f"Run {view.run_id} is {view.status}; nothing to decide, nothing changed.")
    else:
        print_run(console, view, names)
    exit_if_failed(view)


def extract(
    contract: Annotated[Path, typer.Argument(help="Order form (PDF, .txt or .md)")],
    extractor: Annotated[str | None, typer.Option(help="auto | rules | claude | hybrid")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Extract the contract's terms, each with its citation."""
    # here, not at the top: the extractors compile their patterns on import and `accrue --help` starts fast
    from accrue.adapters.documents import read_document
    from accrue.extraction import extract_terms, get_extractor, needs_text_layer

    try:
        settings = load_settings()
        doc = read_document(contract, max_pages=settings.max_pages,
                            require_text=needs_text_layer(settings, extractor))
        result = extract_terms(doc, get_extractor(settings, extractor))
    except AccrueError as exc:
        fail(exc)
    data = result.model_dump(mode="json")
    if as_json:
        dump(data)
        return
    console.print(terms_table(data["terms"], data["citations"]))
    for w in result.warnings:
        console.print(f"[yellow]warning:[/] {escape(w)}")


def audit(run_id: Annotated[str, typer.Argument()], as_json: JsonOpt = False) -> None:
    """The audit trail of one run: what changed, where, from which source, who approved."""
    try:
        with run_service() as rt:
            events = rt.audit(run_id)
            actions = rt.view(run_id).actions if events else []
            names = book_names(rt)
    except AccrueError as exc:
        fail(exc)
    if as_json:
        dump(events)
        return
    for line in audit_lines(events, actions, names):
        console.print(line, markup=False, highlight=False)
