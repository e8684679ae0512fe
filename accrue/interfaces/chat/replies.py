"""Plain-text answers from tool results: what the offline chat and the slash commands print.

Pure functions (a tool result in, text out). Every answer about a contract quotes its
source as `p.N "verbatim quote"`; contract text is shown as a quotation and stripped of
terminal control characters, so a document can neither instruct nor repaint the terminal.
"""

from __future__ import annotations

import re
from decimal import Decimal

from accrue.core.money import format_money
from accrue.interfaces.chat.schemas import (
    BalanceResult,
    CitedValue,
    CorrectionResult,
    DecisionResult,
    ExplainResult,
    FindResult,
    OutstandingInvoice,
    PendingItem,
    PendingResult,
    ProposalResult,
    ScheduleEntry,
    ScheduleResult,
    TermsResult,
)
from accrue.interfaces.describe import STATUS_WORDS, title

_CONTROL = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x08\x0b-\x1f\x7f-\x9f]")

HELP = """I answer from the runs, the books and the policy. Ask, for example:
  what are Acme's payment terms?          why is the Acme invoice held?
  show me everything waiting for my approval
  approve the Acme invoice                reject the Acme invoice, reason wrong price
  credit 500 on INV-0001 for the outage, reason SLA breach
  refund Initech USD 250, reason paid twice   (pays back a credit balance or an overpayment)
  write off 120 on INV-0002, reason uncollectable
  change INV-0002 to 2500, reason wrong seat count
  what does Globex owe?                   billing schedule for Globex
  find acme
  Acme's service starts on 1 July 2026    Globex pays net 30   (corrects a run waiting for review)
Commands:
  /pending              everything waiting for approval (/pending mine: only what you may decide)
  /approve ID           approve a pending action (ID from /pending, or a run id for all of its actions)
  /reject ID REASON     reject a pending action; the reason goes into the audit trail
  /correct RUN PATH=VALUE ...  correct terms of a run waiting for review (RUN: run id or customer)
  /run PATH --deal PATH run a signed order form through the workflow
  /cost                 tokens and dollars this conversation has used
  /help  /quit          this help; leave (Ctrl-D also leaves, Ctrl-C cancels the current line)"""


def clean(text: str) -> str:
    """Text safe to print: no escape sequences or control characters (newlines and tabs stay)."""
    return _CONTROL.sub("", text)


LABELS = {"payment_terms_days": "payment terms", "term_months": "subscription term",
          "customer_legal_name": "legal name", "total_contract_value": "total contract value",
          "non_renewal_notice_days": "non-renewal notice", "po_required": "PO required", "po_number": "PO number",
          "price_escalator_percent": "price escalator", "late_fee_percent_per_month": "late fee",
          "non_standard_terms": "non-standard terms", "renewal_term_months": "renewal term",
          "billing_contact_email": "billing email", "vendor_legal_name": "vendor", "auto_renew": "renews automatically",
          "usage_rules": "usage pricing", "line_items": "line items"}


def label(field: str) -> str:
    m = re.fullmatch(r"(line_items|usage_rules)\[(\d+)\]", field)
    if m:
        return f"{'line item' if m.group(1) == 'line_items' else 'usage rule'} {int(m.group(2)) + 1}"
    return LABELS.get(field, field.replace("_", " "))


def quote(c: CitedValue) -> str:
    if c.page is None or not c.quote:
        return "(no source quote: the document does not state it, or it could not be verified)"
    return f'p.{c.page} "{clean(c.quote)}"'


def _money(amount: Decimal, currency: str) -> str:
    return format_money(amount, currency) if currency else str(amount)


def terms(result: TermsResult, source_name: str | None = None) -> str:
    src = source_name or result.source.rsplit("/", 1)[-1]
    head = f"{result.customer} (contract {src}, run {result.run_id[:8]}):"
    if len(result.values) == 1:
        v = result.values[0]
        return f"{result.customer}'s {label(v.field)}: {clean(v.display)}.\n  Source: {src}, {quote(v)}"
    lines = [head]
    for v in result.values:
        lines.append(f"  {label(v.field)}: {clean(v.display)}\n      {quote(v)}")
    if result.warnings:
        lines.append("  warnings: " + "; ".join(clean(w) for w in result.warnings))
    return "\n".join(lines)


def pending_item(i: PendingItem, *, show_who: bool = True) -> str:
    who = f" ({i.customer})" if i.customer and i.customer not in i.summary else ""
    text = f"[{i.handle}] {clean(i.summary)}{who}"
    if i.requested_by:
        text += f"\n    requested by {i.requested_by}"
    text += "".join(f"\n    - {clean(r)}" for r in i.reasons)
    if show_who and not i.you_may_decide:
        text += f"\n    you may not decide this: {i.why_not}"
    return text


def pending(result: PendingResult, *, mine_only: bool) -> str:
    about = f" for {result.about}" if result.about else ""
    if not result.items:
        if result.others_count:
            return (f"Nothing{about} is waiting for your approval ({result.speaker}, {result.role}); "
                    f"{result.others_count} other action(s) wait for someone else (see /pending).")
        return f"Nothing{about} is waiting for approval."
    scope = (f"waiting for your approval ({result.speaker}, {result.role})" if mine_only
             else "waiting for approval") + about
    lines = [f"{len(result.items)} action(s) {scope}:"]
    lines += [pending_item(i, show_who=not mine_only) for i in result.items]
    if result.others_count:
        lines.append(f"({result.others_count} more wait for someone else; /pending shows all.)")
    lines.append("Approve with /approve ID; reject with /reject ID REASON.")
    return "\n".join(lines)


def explain(result: ExplainResult, action_type: str | None = None) -> str:
    who = result.customer or "this request"
    lines = [f"Run {result.run_id[:8]} ({result.kind}, {clean(result.source.rsplit('/', 1)[-1])}) for {who} "
             f"is {result.status.replace('_', ' ')}."]
    focus = [p for p in result.pending if action_type is None or p.type == action_type] or result.pending
    if focus:
        for p in focus:
            lines.append(f"{title(p.type)} [{p.handle}]: {clean(p.summary)} It is held for approval because:")
            lines += [f"  - {clean(r)}" for r in p.reasons]
            if p.requested_by:
                lines.append(f"  requested by {p.requested_by}")
    if result.findings:
        lines.append("Validation findings:")
        for f in result.findings:
            lines.append(f"  - {f['code']} ({f['severity']}): {clean(f['message'])}")
    if result.citations:
        lines.append("Sources:")
        lines += [f"  {label(c.field)}: {clean(c.display)}, {quote(c)}" for c in result.citations.values()]
    done = [a for a in result.actions if a.status != "proposed"]
    if done:
        lines.append("Actions: " + "; ".join(f"{a.id} {title(a.type).lower()} {STATUS_WORDS.get(a.status, a.status)}"
                                             for a in result.actions))
    for d in result.decisions:
        lines.append(f"Decision: {d['decision']} {d['action_id']} by {d['by']} ({d['role']})"
                     + (f", reason: {clean(d['reason'])}" if d.get("reason") else ""))
    if result.error:
        lines.append(f"Error: {clean(result.error)}")
    if focus:
        ids = " ".join(p.handle for p in focus)
        mine = [p for p in focus if p.you_may_decide]
        lines.append(f"You may approve it: /approve {ids}" if mine else
                     f"Someone else must decide it ({focus[0].why_not}).")
    if result.audit:
        lines.append("Audit trail: " + "; ".join(
            f"{e.event}{' ' + e.action_id if e.action_id else ''} by {e.actor}" for e in result.audit[-6:]))
    return "\n".join(lines)


BOOKS_SOURCE = "Source: the open invoices in the books, less payments, credits and write-offs applied."


def balance(result: BalanceResult, currency: str | None = None) -> str:
    who = result.customer or "All customers"
    if not result.open_invoices:
        return f"{who}: nothing outstanding; no open invoices.\n{BOOKS_SOURCE}"
    total = ", ".join(_money(v, k) for k, v in result.outstanding.items())
    lines = [f"{who} owe{'s' if result.customer else ''} {total} on {len(result.open_invoices)} open invoice(s):"]
    for i in result.open_invoices:
        late = f", {i.days_overdue} days overdue" if i.days_overdue else ""
        name = "" if result.customer else f" {i.customer}"
        lines.append(f"  {i.number}{name}: {_money(i.balance, i.currency)} of {_money(i.amount, i.currency)}, "
                     f"due {i.due_date}{late}")
    if currency and currency not in result.outstanding:
        lines.append(f"Nothing is owed in {currency}; the balance above is in "
                     f"{', '.join(result.outstanding)} (no conversion is made).")
    lines.append(BOOKS_SOURCE)
    return "\n".join(lines)


def overdue(result: BalanceResult, min_days: int | None = None) -> str:
    """The open invoices past their due date (at least `min_days` late when given), oldest first."""
    floor = max(min_days or 0, 1)
    late = sorted((i for i in result.open_invoices if i.days_overdue >= floor), key=lambda i: -i.days_overdue)
    who = result.customer or "any customer"
    limit = f" by {floor} days or more" if min_days else ""
    if not late:
        still = (f"its {len(result.open_invoices)} open invoice(s) are not that late" if result.open_invoices
                 else "no invoice is open")
        return f"Nothing overdue{limit} for {who}; {still}.\n{BOOKS_SOURCE}"
    totals: dict[str, Decimal] = {}
    for i in late:
        totals[i.currency] = totals.get(i.currency, Decimal(0)) + i.balance
    lines = [f"{len(late)} invoice(s) overdue{limit} for {who}, "
             f"{', '.join(_money(v, k) for k, v in totals.items())} in all (oldest first):"]
    for i in late:
        lines.append(f"  {i.number} {i.customer}: {_money(i.balance, i.currency)} open, due {i.due_date}, "
                     f"{i.days_overdue} days overdue ({_bucket(i.days_overdue)})")
    lines.append(BOOKS_SOURCE)
    return "\n".join(lines)


def _bucket(days: int) -> str:
    for top in (30, 60, 90):
        if days <= top:
            return f"{top - 29 if top > 30 else 1}-{top} days"
    return "over 90 days"


def invoice_status(invoice: OutstandingInvoice | None, *, overdue_question: bool = False, number: str = "") -> str:
    """One invoice as a person asks about it: amount, what is open, due date, and whether it is late."""
    if invoice is None:
        return f"There is no invoice {number} in the books." if number else "There is no such invoice in the books."
    i = invoice
    if i.balance == 0:
        state = "paid in full (nothing open)"
    elif i.days_overdue:
        state = f"{_money(i.balance, i.currency)} open and {i.days_overdue} days overdue"
    else:
        state = f"{_money(i.balance, i.currency)} open, not yet due"
    head = f"{i.number} for {i.customer}: {_money(i.amount, i.currency)} issued {i.invoice_date}, due {i.due_date}; "
    if overdue_question:
        head = ("Yes, it is overdue. " if i.days_overdue else "No, it is not overdue. ") + head
    return f"{head}{state}.\nSource: invoice {i.number} in the books."


def next_invoices(results: list[ScheduleResult]) -> str:
    """The next invoice each customer will get, for a question about what goes out soon."""
    if not results:
        return "No contract has been run yet, so nothing is scheduled."
    lines = ["Next invoices, per customer:"]
    for r in results:
        upcoming = [e for e in r.entries if e.status != "issued"]
        if not upcoming:
            lines.append(f"  {r.customer}: nothing scheduled")
            continue
        e = upcoming[0]
        period = f" for {e.period_start} to {e.period_end}" if e.period_start and e.period_end else ""
        lines.append(f"  {r.customer}: {e.invoice_date}, {_money(e.amount, e.currency)}{period} ({_status(e)})")
    lines.append("Source: each customer's billing schedule (the subscription, or planned from the contract's "
                 "terms). Ask for one customer's billing schedule to see every date.")
    return "\n".join(lines)


def _status(e: ScheduleEntry) -> str:
    return ("renewal, " if e.renewal else "") + e.status.replace("_", " ")


def schedule(result: ScheduleResult) -> str:
    lines = [f"Billing schedule for {result.customer} ({result.basis}):"]
    if not result.entries:
        lines.append("  nothing scheduled yet")
    for e in result.entries:
        period = f" for {e.period_start} to {e.period_end}" if e.period_start and e.period_end else ""
        ref = f" {e.invoice_number}" if e.invoice_number else ""
        lines.append(f"  {e.invoice_date}: {_money(e.amount, e.currency)}{period} ({_status(e)}{ref})")
    cited = [c for c in result.citations if c.page]
    if cited:
        lines.append("Per the contract: " + "; ".join(f"{clean(c.display)} ({quote(c)})" for c in cited[:3]))
    return "\n".join(lines)


def found(result: FindResult) -> str:
    if not result.matches:
        return f"Nothing matches {result.query!r}."
    lines = [f"Matches for {result.query!r}:"]
    for m in result.matches:
        if m.kind == "customer":
            where = "" if m.customer_id else " (not in the books yet)"
            lines.append(f"  customer {m.name}{where}")
        else:
            lines.append(f"    contract {clean((m.source or '').rsplit('/', 1)[-1])}: run {(m.run_id or '')[:8]}, "
                         f"{(m.status or '').replace('_', ' ')}")
    return "\n".join(lines)


def proposal(result: ProposalResult) -> str:
    lines = []
    if result.already_requested:
        lines.append(f"That request was already made (run {result.run_id[:8]}, {result.status.replace('_', ' ')}).")
    if result.queued:
        lines.append("Queued for approval, not executed; nothing has changed in the books yet:")
        lines += [pending_item(i) for i in result.queued]
        lines.append("Someone else with the right role must approve it (/approve ID); you cannot approve your own "
                     "request.")
    elif not result.already_requested:
        lines.append(f"Run {result.run_id[:8]} is {result.status.replace('_', ' ')}: {result.message}.")
    return "\n".join(lines)


def correction(result: CorrectionResult) -> str:
    lines = [f"Corrected {result.customer}'s run {result.run_id[:8]}: {', '.join(result.corrected)}. "
             f"It planned again and is {result.status.replace('_', ' ')}."]
    if result.reasons:
        lines.append("It still waits because:")
        lines += [f"  - {clean(r)}" for r in result.reasons]
    return "\n".join(lines)


def decision(result: DecisionResult) -> str:
    verb = "Approved" if result.decision == "approve" else "Rejected"
    lines = [f"{verb} {', '.join(result.action_ids)} on run {result.run_id[:8]} as {result.by} ({result.role}). "
             f"The run is {result.status.replace('_', ' ')}."]
    if result.executed:
        lines.append("Executed: " + ", ".join(result.executed))
    if result.books:
        lines.append("The books now show:")
        lines += [f"  {clean(b)}" for b in result.books]
    return "\n".join(lines)
