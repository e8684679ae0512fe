"""Terminal rendering with rich: terms with citations, findings, proposals, books. No logic here.

Everything that comes from a document, a CRM or a person is printed as plain `Text`, never parsed as rich
markup: a contract line like `[conceal]...[/conceal]` must show as written to the approver reading it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from accrue.core.billing.ledger import ACCOUNT_NAMES

if TYPE_CHECKING:  # the run service is heavy to import; the CLI imports this module at start-up
    from accrue.core.receivables import AgingReport
    from accrue.workflow.service import RunView

STATUS_STYLE = {"completed": "green", "waiting_approval": "yellow", "needs_review": "magenta", "failed": "red",
                "rejected": "red", "running": "cyan"}


def terms_table(terms: dict[str, Any], citations: dict[str, Any]) -> Table:
    table = Table(title="Extracted terms", show_lines=False, expand=False)
    table.add_column("field", style="bold")
    table.add_column("value")
    table.add_column("source", style="dim", overflow="fold")
    for key, value in terms.items():
        if value in (None, [], {}):
            continue
        if key == "line_items":
            for i, item in enumerate(value):
                cite = citations.get(f"line_items[{i}].unit_price") or {}
                desc = (f"{item['description']}: {item['quantity']} x {item['unit_price']} per "
                        f"{item['price_period']}")
                table.add_row(f"line_items[{i}]", Text(desc), Text(_cite(cite)))
            continue
        shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        cite = citations.get(key) or {}
        if cite.get("method") == "derived":
            shown += " (derived)"
        table.add_row(key, Text(shown), Text(_cite(cite)))
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


def actions_table(actions: list[dict[str, Any]]) -> Table:
    table = Table(title="Proposed actions")
    for col in ("id", "type", "summary", "approval", "status"):
        table.add_column(col)
    for a in actions:
        approval = "[yellow]needs approval[/]\n" + "\n".join(f"- {escape(r)}" for r in a["reasons"]) \
            if a["needs_approval"] else "[green]auto[/]"
        table.add_row(a["id"], a["type"], Text(summarise_action(a)), approval, a["status"])
    return table


def summarise_action(a: dict[str, Any]) -> str:
    t = a["type"]
    if t == "create_customer":
        return f"{a['customer_legal_name']} ({a['currency']})"
    if t == "create_invoice":
        return f"{a['currency']} {a['amount']} dated {a['invoice_date']}, due {a['due_date']}"
    if t == "post_journal_entry":
        return "; ".join(f"{ln['account']} " + (f"Dr {ln['debit']}" if ln["debit"] != "0" else f"Cr {ln['credit']}")
                         for ln in a["lines"])
    if t == "update_crm":
        return f"deal {a['deal_id']}: " + ", ".join(f"{k}={v}" for k, v in a["fields"].items())
    if t == "notify":
        return f"{a['channel']}: {a['message']}"
    if t in {"create_credit_note", "write_off"}:
        return f"{a['invoice_id']}: {a['amount']} ({a['reason']})"
    if t == "close_period":
        return f"close {a['month']}: nothing posts on or before {a['closes_through']} again"
    if t in {"apply_payment", "apply_credit"}:
        held = a.get("payment_id") or f"{a['customer']}'s credit balance"
        parts = [f"{x['invoice_id']} {x['amount']}" for x in a["allocations"]]
        if a.get("unapplied_amount") not in (None, "0", "0.00"):
            parts.append(f"{a['unapplied_amount']} to unapplied cash")
        return f"{held}: " + ", ".join(parts)
    return ", ".join(f"{k}={v}" for k, v in a.items() if k not in {"id", "type", "reasons", "needs_approval",
                                                                    "status", "idempotency_key", "evidence"})


def print_run(console: Console, view: RunView) -> None:
    style = STATUS_STYLE.get(view.status, "white")
    console.print(f"[bold]Run[/] {view.run_id}  [{style}]{view.status}[/]  ({escape(view.source)})")
    if view.already_processed:
        console.print("[dim]This input was already processed; showing the existing run.[/]")
    if view.terms:
        console.print(terms_table(view.terms, view.citations))
    if view.findings:
        table = Table(title="Validation findings")
        for col in ("code", "severity", "message"):
            table.add_column(col)
        for f in view.findings:
            table.add_row(f["code"], f["severity"], Text(f["message"]))
        console.print(table)
    else:
        console.print("[green]No validation findings.[/]")
    if view.actions:
        console.print(actions_table(view.actions))
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
    names = {c["id"]: c["legal_name"] for c in books["customers"]}
    t = Table(title="Invoices")
    for col in ("number", "customer", "date", "due", "amount", "balance", "status"):
        t.add_column(col)
    for i in books["invoices"]:
        t.add_row(Text(i["number"]), Text(names.get(i["customer_id"], i["customer_id"])), i["invoice_date"],
                  i["due_date"],
                  f"{i['currency']} {i['amount']}", i["balance"], i["status"])
    console.print(t)
    t = Table(title="Journal entries")
    for col in ("id", "date", "memo", "currency", "account", "debit", "credit"):
        t.add_column(col)
    for je in books["journal_entries"]:
        for n, ln in enumerate(je["lines"]):
            head = (je["id"], je["entry_date"], je["memo"], je["currency"]) if n == 0 else ("", "", "", "")
            t.add_row(*(Text(h) for h in head), _account_label(ln["account"]), _nonzero(ln["debit"]),
                      _nonzero(ln["credit"]))
    console.print(t)


def aging_table(console: Console, report: AgingReport) -> None:
    """The aging report: one row per customer and currency, then each currency's totals and its tie-out to AR."""
    from accrue.core.receivables import BUCKETS as AGING_BUCKETS  # here: the CLI imports this module at start-up

    t = Table(title=f"Receivables aging as of {report.as_of}")
    for col in ("customer", "currency", *AGING_BUCKETS, "total"):
        t.add_column(col, justify="left" if col in {"customer", "currency"} else "right")
    for row in report.rows:
        t.add_row(Text(row.customer_name), row.currency, *(str(row.buckets[b]) for b in AGING_BUCKETS),
                  str(row.total))
    for total in report.totals:
        t.add_row(Text("Total"), total.currency, *(str(total.buckets[b]) for b in AGING_BUCKETS), str(total.total),
                  style="bold")
    console.print(t)
    for total in report.totals:
        verdict = "ties out" if total.ties_out else f"does NOT tie out (difference {total.total - total.ar_balance})"
        console.print(f"{total.currency}: aged {total.total}, Accounts Receivable {total.ar_balance}: {verdict}",
                      highlight=False, markup=False)


def _nonzero(amount: str) -> str:
    return "" if amount in {"0", "0.00"} else amount


def _account_label(code: str) -> str:
    """'1100' -> '1100 Accounts Receivable' (the books JSON keeps the bare code)."""
    return f"{code} {ACCOUNT_NAMES[code]}" if code in ACCOUNT_NAMES else code
