"""Terminal rendering with rich: terms with citations, findings, actions in words, the audit trail. No logic here.

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

from accrue.interfaces.describe import (
    STATUS_WORDS,
    SmallTable,
    describe,
    names_in_run,
    reasons,
    term_label,
    term_text,
)

if TYPE_CHECKING:  # the run service is heavy to import; the CLI imports this module at start-up
    from accrue.core.receivables import AgingReport
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
        for reason in reasons(a, known) if a["needs_approval"] else []:
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
        console.print(f"\n[yellow]Waiting for approval.[/] Someone whose role may approve it, signed in with their "
                      f"token (ACCRUE_TOKEN, from `accrue people token NAME`), approves with:\n"
                      f"  accrue approve {view.run_id} {ids}\nor rejects with:\n"
                      f"  accrue reject {view.run_id} {ids} --reason TEXT", highlight=False)
    if view.status == "needs_review" and view.review:
        print_review(console, view.run_id, view.review)


def audit_lines(events: list[dict[str, Any]], actions: list[dict[str, Any]],
                names: Mapping[str, str] | None = None) -> list[str]:
    """The audit trail in sentences: who did what, and for each effect its amount, target and number."""
    known = names_in_run(actions, names)
    by_id = {a["id"]: a for a in actions}
    lines = []
    for e in events:
        when = str(e["at"]).replace("T", " ")[:19]
        detail = e.get("detail") or {}
        action = by_id.get(e.get("action_id") or "")
        what = describe(action, known).sentence if action else ""
        event = e["event"]
        if event == "executed":
            ref = detail.get("external_id")
            made = f" Recorded as {known.get(ref, ref)} in {str(e.get('target') or 'the books').replace('_', ' ')}." \
                if ref else ""
            text = f"{e.get('action_id')} done: {what}{made}"
        elif event in {"approved", "rejected"} and action:
            role = f" ({detail['role']})" if detail.get("role") else ""
            why = f" Reason: {detail['reason']}." if detail.get("reason") else ""
            text = f"{event} {e.get('action_id')}{role}: {what}{why}"
        elif event == "run_started":
            sources = ", ".join(str(v).rsplit("/", 1)[-1] for v in (detail.get("inputs") or {}).values())
            text = f"run started ({str(detail.get('kind', '')).replace('_', ' ')}) from {sources or 'its inputs'}"
        elif event == "run_completed":
            text = (f"run completed: {len(detail.get('executed', []))} action(s) done, "
                    f"{len(detail.get('rejected', []))} rejected, {len(detail.get('failed', []))} failed")
        else:
            extra = "; ".join(f"{k.replace('_', ' ')}: {v}" for k, v in detail.items()
                              if v not in (None, "", [], {}) and not isinstance(v, dict | list))
            text = f"{event.replace('_', ' ')}" + (f" {e['action_id']}" if e.get("action_id") else "") + \
                (f": {what}" if what else "") + (f" ({extra})" if extra else "")
        lines.append(f"{when}  {e['actor']}: {text}")
    return lines


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

