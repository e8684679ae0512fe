"""Terminal rendering with rich: terms with citations, findings, proposals, books. No logic here.

Everything that comes from a document, a CRM or a person is printed as plain `Text`, never parsed as rich
markup: a contract line like `[conceal]...[/conceal]` must show as written to the approver reading it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Console, Group
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from accrue.core.billing.ledger import ACCOUNT_NAMES
from accrue.interfaces.describe import (
    STATUS_WORDS,
    SmallTable,
    describe,
    names_in_run,
    term_label,
    term_text,
)

if TYPE_CHECKING:  # the run service is heavy to import; the CLI imports this module at start-up
    from accrue.workflow.service import RunView

STATUS_STYLE = {"completed": "green", "waiting_approval": "yellow", "needs_review": "magenta", "failed": "red",
                "rejected": "red", "running": "cyan"}


def terms_table(terms: dict[str, Any], citations: dict[str, Any]) -> Table:
    """The extracted terms as a person reads them, each with the words on the page it came from."""
    table = Table(title="Extracted terms", show_lines=False, expand=False)
    table.add_column("term", style="bold")
    table.add_column("value", overflow="fold")
    table.add_column("source", style="dim", overflow="fold")
    currency = terms.get("currency")
    for key, value in terms.items():
        if value in (None, [], {}):
            continue
        if key in {"line_items", "usage_rules"}:
            for i, item in enumerate(value):
                cite: dict[str, Any] = citations.get(f"{key}[{i}].unit_price") or citations.get(f"{key}[{i}]") or next(
                    (c for k, c in sorted(citations.items()) if k.startswith(f"{key}[{i}]")), {})
                table.add_row(term_label(f"{key}[{i}]"), Text(term_text(key, item, currency)), Text(_cite(cite)))
            continue
        shown = term_text(key, value, currency)
        cite = citations.get(key) or {}
        if cite.get("method") == "derived":
            shown += " (derived)"
        table.add_row(term_label(key), Text(shown), Text(_cite(cite)))
    return table


def _cite(cite: dict[str, Any]) -> str:
    """Page and quote, then how the value was found; a derived value shows its rule and inputs first."""
    if not cite:
        return ""
    where = f"p.{cite['page']} \"{cite['quote']}\""
    method = cite.get("method")
    if method == "derived":
        return f"derived: {cite['rule']} (from {', '.join(cite['inputs'])}); {where}"
    return f"{where} [{method.replace('_', ' ')}]" if method else where


def action_blocks(actions: list[dict[str, Any]], names: Mapping[str, str] | None = None) -> Group:
    """Each action as a sentence under its title, the policy's reasons, and a small table where one helps."""
    known = names_in_run(actions, names)
    parts: list[Any] = [Text("Proposed actions", style="bold underline")]
    for a in actions:
        d = describe(a, known)
        head = Text(f"{a['id']}  ", style="dim") + Text(d.title, style="bold")
        if a["needs_approval"] and a["status"] == "proposed":
            head += Text("  needs approval", style="yellow")
        head += Text(f"  ({STATUS_WORDS.get(a['status'], a['status'])})", style="dim")
        parts.append(head)
        parts.append(Padding(Text(d.sentence), (0, 0, 0, 4)))
        for reason in a["reasons"] if a["needs_approval"] else []:
            parts.append(Padding(Text(f"- {reason}", style="yellow"), (0, 0, 0, 4)))
        if a.get("requested_by"):
            parts.append(Padding(Text(f"requested by {a['requested_by']}", style="dim"), (0, 0, 0, 4)))
        for t in d.tables:
            parts.append(Padding(small_table(t), (0, 0, 0, 4)))
    return Group(*parts)


def small_table(t: SmallTable, limit: int = 12) -> Table:
    """A compact table that folds long cells to fit the terminal; long schedules show their first rows."""
    table = Table(title=t.title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False, expand=False)
    for i, col in enumerate(t.columns):
        table.add_column(col, justify="right" if i in t.right else "left", overflow="fold")
    for row in t.rows[:limit]:
        table.add_row(*(Text(c) for c in row))
    if len(t.rows) > limit:
        table.add_row(Text(f"... and {len(t.rows) - limit} more", style="dim"), *([""] * (len(t.columns) - 1)))
    return table


def summarise_action(a: dict[str, Any], names: Mapping[str, str] | None = None) -> str:
    """One plain sentence for an action (see `accrue.interfaces.describe`)."""
    return describe(a, names).sentence


def print_run(console: Console, view: RunView, names: Mapping[str, str] | None = None) -> None:
    """A run for a person: status, terms with sources, findings, and each action in words.

    `names` maps the books' ids to customer names and invoice numbers (`cli.common.book_names`)."""
    style = STATUS_STYLE.get(view.status, "white")
    console.print(f"[bold]Run[/] {view.run_id}  [{style}]{view.status}[/]  ({escape(view.source)})")
    if view.already_processed:
        console.print("[dim]This input was already processed; showing the existing run.[/]")
    if view.terms:
        console.print(terms_table(view.terms, view.citations))
    if view.findings:
        table = Table(title="Validation findings")
        for col in ("severity", "finding"):
            table.add_column(col)
        for f in view.findings:
            table.add_row(f["severity"], Text(f["message"]))
        console.print(table)
    else:
        console.print("[green]No validation findings.[/]")
    if view.actions:
        console.print(action_blocks(view.actions, names))
    if view.error:
        console.print(f"[red]error:[/] {escape(view.error)}")
    if view.status == "waiting_approval":
        ids = " ".join(a["id"] for a in view.actions if a["needs_approval"] and a["status"] == "proposed")
        console.print(f"\n[yellow]Waiting for approval.[/] Approve with:\n  accrue approve {view.run_id} {ids} "
                      f"--as \"Dana Controller\"")
    if view.status == "needs_review" and view.review:
        print_review(console, view.run_id, view.review)


def print_review(console: Console, run_id: str, review: dict[str, Any]) -> None:
    """Why a run waits at needs_review, with each field's value and its words on the page, and how to answer."""
    console.print("\n[magenta]Needs review:[/] nothing has executed; the plan cannot finish without a person.")
    for concern in [*review.get("gaps", []), *review.get("open_findings", [])]:
        console.print(Text(f"- {concern['code']}: {concern['message']}"))
        for f in concern.get("fields", []):
            source = (f"p.{f['page']} \"{f['quote']}\"" if f.get("quote") else
                      f"entered by {f['entered_by']}" if f.get("entered_by") else "not found in the document")
            console.print(Text(f"    {f['path']} = {f.get('value')!r}  ({source})"))
            if f.get("context"):
                console.print(Text(f"      ...{f['context']}", style="dim"))
            for candidate in f.get("candidates", []):
                console.print(Text(f"      a date on the pages no term uses: {candidate}", style="dim"))
    for note in review.get("notes", []):
        console.print(Text(f"  note: {note}", style="dim"))
    for term, value in review.get("assumed", {}).items():
        console.print(Text(f"  assumed by policy: {term} = {value}", style="dim"))
    console.print(f"Correct a term:  accrue correct {run_id} PATH=VALUE --as NAME [--page N --quote TEXT]\n"
                  f"Accept as it is: accrue accept {run_id} --as NAME --reason TEXT\n"
                  f"Reject the run:  accrue reject-run {run_id} --as NAME --reason TEXT")


def books_tables(console: Console, books: dict[str, Any]) -> None:
    t = Table(title="Customers")
    for col in ("id", "legal name", "currency", "email"):
        t.add_column(col)
    for c in books["customers"]:
        t.add_row(Text(c["id"]), Text(c["legal_name"]), c["currency"], Text(c.get("billing_email") or ""))
    console.print(t)
    t = Table(title="Invoices")
    for col in ("number", "customer", "date", "due", "amount", "balance", "status"):
        t.add_column(col)
    for i in books["invoices"]:
        t.add_row(Text(i["number"]), Text(i["customer_id"]), i["invoice_date"], i["due_date"],
                  f"{i['currency']} {i['amount']}", i["balance"], i["status"])
    console.print(t)
    t = Table(title="Journal entries")
    for col in ("id", "date", "memo", "account", "debit", "credit"):
        t.add_column(col)
    for je in books["journal_entries"]:
        for n, ln in enumerate(je["lines"]):
            head = (je["id"], je["entry_date"], je["memo"]) if n == 0 else ("", "", "")
            t.add_row(*(Text(h) for h in head), _account_label(ln["account"]), _nonzero(ln["debit"]),
                      _nonzero(ln["credit"]))
    console.print(t)


def _nonzero(amount: str) -> str:
    return "" if amount in {"0", "0.00"} else amount


def _account_label(code: str) -> str:
    """'1100' -> '1100 Accounts Receivable' (the books JSON keeps the bare code)."""
    return f"{code} {ACCOUNT_NAMES[code]}" if code in ACCOUNT_NAMES else code
