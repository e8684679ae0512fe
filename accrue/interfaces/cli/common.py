"""What every CLI command module shares: consoles, one-line errors (exit 2), JSON output, the run service.

Commands get their `RunService` from `run_service()`. `accrue` builds a plain one; a caller that
starts the app through `accrue.interfaces.cli.main.main(args, run_service_factory=factory)` decides how it
is built instead (a test driver wraps the executor to kill the process mid-run).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, overload

import typer
from rich.console import Console
from rich.markup import escape

from accrue.core.errors import InputError
from accrue.interfaces.cli.factory import RunServiceFactory, chosen_factory

if TYPE_CHECKING:  # the run service is heavy to import; `accrue --help` does not need it
    from accrue.workflow.service import RunService, RunView

console = Console()
err = Console(stderr=True)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON")]


def fail(exc: Exception | str) -> NoReturn:
    """Print `error: <file>: <problem>; <fix>` on stderr and exit with code 2."""
    err.print(f"[red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True, markup=True)
    raise typer.Exit(2)


def exit_if_failed(view: RunView) -> None:
    """After printing a run: exit 1, naming what failed, when the run failed or any of its actions did.

    Run commands call it last, so a failed run never reads as success, the first time or when the same
    command finds the run again.
    """
    failed = [f"{a['id']} ({a['type']})" for a in view.actions if a.get("status") == "failed"]
    if view.status != "failed" and not failed:
        return
    what = f"action {', '.join(failed)} failed" if failed else "it stopped with an error"
    cause = f": {view.error}" if view.error else ""
    err.print(f"[red]error:[/] run {view.run_id} {view.status}: {escape(what + cause)}; see `accrue audit "
              f"{view.run_id}`, fix the cause, then `accrue retry {view.run_id}`", highlight=False, soft_wrap=True)
    raise typer.Exit(1)


def dump(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, indent=2, default=str) + "\n")


def run_json(view: RunView) -> dict[str, Any]:
    """The JSON every run command prints (`run`, `show`, `pending`, `approve`, `correct`, ...)."""
    data = view.public()
    return {"run_id": data["run_id"], "status": data["status"], "terms": data["terms"],
            "findings": data["findings"], "actions": data["actions"], "citations": data["citations"],
            "warnings": data["warnings"], "already_processed": data["already_processed"], "error": data["error"],
            "review": data["review"], "corrections": data["corrections"]}


def run_service_factory() -> RunServiceFactory:
    """How this command line builds its run services: `RunService`, unless the caller chose otherwise."""
    chosen = chosen_factory.get()
    if chosen is not None:
        return chosen
    from accrue.workflow.service import RunService  # here, not at the top: `accrue --help` starts fast

    return RunService


def run_service(**kw: Any) -> RunService:
    """A run service for one command (use it as a context manager; it closes its connections)."""
    return run_service_factory()(**kw)


def book_names(rt: RunService) -> dict[str, str]:
    """The ids the books use -> what people call them (customer legal names, invoice numbers), for printing."""
    from accrue.adapters.read_model import ReadModel  # here, not at the top: `accrue --help` starts fast

    books = ReadModel(rt.engine)
    return {c.id: c.legal_name for c in books.customers()} | {i.id: i.number for i in books.invoices()}


def customer_names(rt: RunService) -> dict[str, str]:
    """Customer ids and invoice ids -> the customer's legal name, to say whose a run is."""
    from accrue.adapters.read_model import ReadModel  # here, not at the top: `accrue --help` starts fast

    books = ReadModel(rt.engine)
    names = {c.id: c.legal_name for c in books.customers()}
    return names | {i.id: names.get(i.customer_id, "") for i in books.invoices()}


def run_customer(terms: dict[str, Any] | None, actions: list[dict[str, Any]], customers: dict[str, str]) -> str:
    """Whose run it is: the contract's customer, else the customer its actions bill, credit or write off."""
    if terms and terms.get("customer_legal_name"):
        return str(terms["customer_legal_name"])
    for a in actions:
        for key in ("customer_legal_name", "customer", "customer_id", "invoice_id"):
            value = a.get(key)
            if value and (customers.get(value) or key == "customer_legal_name"):
                return customers.get(value) or str(value)
    return ""


@overload
def option_date(where: str, value: str) -> date: ...
@overload
def option_date(where: str, value: None) -> None: ...
@overload
def option_date(where: str, value: str | None) -> date | None: ...
def option_date(where: str, value: str | None) -> date | None:
    """A date given on the command line (None when the option was not given); a value that is not YYYY-MM-DD is
    one line naming the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(where, f"{value!r} is not a date", "write it as YYYY-MM-DD") from None
