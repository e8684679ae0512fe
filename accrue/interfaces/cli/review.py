"""`accrue correct`, `accrue accept` and `accrue reject-run`: a person answers a run waiting at needs_review.

Each goes through the run service (`RunService.correct`, `accept_terms`, `reject_run`), which checks the
answer against the run before resuming it; a correction that does not fit (an unknown path, a value the
terms model refuses, a quote not on its page) stops with one line naming it, exit 2, and nothing changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from accrue.core.corrections import TermEdit, parse_assignment
from accrue.core.errors import AccrueError
from accrue.core.terms import Citation
from accrue.interfaces.cli.common import JsonOpt, console, dump, fail, run_json, run_service
from accrue.interfaces.cli.signin import AsOpt, signed_in
from accrue.interfaces.render import print_run

if TYPE_CHECKING:  # the run service is heavy to import; `accrue --help` does not need it
    from accrue.workflow.service import RunView

RoleOpt = Annotated[str | None, typer.Option(help="Role, if not the first one the policy gives you")]

CORRECT_HELP = """Correct or supply terms of a run waiting at needs_review; it validates and plans again.

PATH=VALUE, one per term: service_start_date=2026-03-01, payment_terms_days=30,
line_items[1].unit_price=1200.00, billing_frequency=quarterly. Add a fee line with
line_items[+]='{"description": "Premium support", "quantity": "1", "unit_price": "4800.00",
"price_period": "year"}'; remove one with line_items[1]=- (a dash clears any other value).

--page and --quote cite where the document states the value: they apply to the one PATH=VALUE
given with them, so cite several values with one command each. The quote must be on that page,
word for word, and state the value. Without a quote the value is recorded as entered by you,
and what depends on it waits for someone else's approval."""


def register(app: typer.Typer) -> None:
    app.command(help=CORRECT_HELP)(correct)
    app.command()(accept)
    app.command("reject-run")(reject_run)


def correct(
    run_id: Annotated[str, typer.Argument(help="Run id from `accrue pending`")],
    assignments: Annotated[list[str], typer.Argument(help="PATH=VALUE, one or more", metavar="PATH=VALUE...")],
    page: Annotated[int | None, typer.Option(help="Page of the document that states the value (with --quote)")] = None,
    quote: Annotated[str | None, typer.Option(help="The document's words for the value, verbatim")] = None,
    by: AsOpt = None,
    role: RoleOpt = None,
    as_json: JsonOpt = False,
) -> None:
    try:
        edits = _edits(assignments, page, quote)
        with run_service() as rt:
            view = rt.correct(run_id, edits, by=signed_in(rt, by), role=role)
    except AccrueError as exc:
        fail(exc)
    _show(view, as_json)


def accept(
    run_id: Annotated[str, typer.Argument(help="Run id from `accrue pending`")],
    reason: Annotated[str, typer.Option(help="Why the plan stands as it is; recorded in the audit trail")] = ...,  # type: ignore[assignment]
    by: AsOpt = None,
    role: RoleOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Accept the plan of a run at needs_review as it is; its actions go on to approval and execution."""
    try:
        with run_service() as rt:
            view = rt.accept_terms(run_id, by=signed_in(rt, by), role=role, reason=reason)
    except AccrueError as exc:
        fail(exc)
    _show(view, as_json)


def reject_run(
    run_id: Annotated[str, typer.Argument(help="Run id from `accrue pending`")],
    reason: Annotated[str, typer.Option(help="Why; recorded in the audit trail")] = ...,  # type: ignore[assignment]
    by: AsOpt = None,
    role: RoleOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Reject a run at needs_review: nothing executes, and it ends `rejected`."""
    try:
        with run_service() as rt:
            view = rt.reject_run(run_id, by=signed_in(rt, by), role=role, reason=reason)
    except AccrueError as exc:
        fail(exc)
    _show(view, as_json)


def _edits(assignments: list[str], page: int | None, quote: str | None) -> list[TermEdit]:
    if (page is None) != (quote is None):
        raise AccrueError("--page and --quote go together: the page the quote is on, and the quote")
    if quote is not None and len(assignments) != 1:
        raise AccrueError(f"--quote cites one value, and {len(assignments)} were given; run `accrue correct` once "
                          "per quoted value")
    citation = Citation(page=page, quote=quote) if page is not None and quote is not None else None
    return [parse_assignment(text, citation) for text in assignments]


def _show(view: RunView, as_json: bool) -> None:
    if as_json:
        dump(run_json(view))
    else:
        print_run(console, view)
