"""The planner: turns validated terms (and events) into typed action proposals. No I/O.

Ids are deterministic within a run (`a1`, `a2`, ...) and idempotency keys derive from
the run id and the action id, so a re-planned run proposes the same keys and the
executor never does an effect twice.
"""

from __future__ import annotations

import re
import uuid
from decimal import Decimal

from agent.billing.invoicing import first_invoice
from agent.deal import Deal
from agent.money import format_money
from agent.terms import ContractTerms
from agent.validation import name_similarity
from tools.actions import (
    Action,
    CreateCustomer,
    CreateInvoice,
    InvoiceLine,
    JournalLine,
    Notify,
    PostJournalEntry,
    UpdateCrm,
)

_NS = uuid.UUID("6f1c2b0e-4c1b-4f7e-9a51-8d3f0f7f4a10")


def customer_id_for(legal_name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", legal_name.lower()).strip("-")
    return f"cus-{slug[:40]}"


def match_customer(legal_name: str, existing: dict[str, str]) -> str | None:
    """Existing customer id whose legal name is the same company (suffixes and case aside)."""
    best = max(existing.items(), key=lambda kv: name_similarity(legal_name, kv[1]), default=None)
    if best and name_similarity(legal_name, best[1]) >= 95:
        return best[0]
    return None


def finalise(actions: list[Action], run_id: str) -> list[Action]:
    """Assign ids `a1..aN` and idempotency keys derived from the run."""
    out: list[Action] = []
    for n, action in enumerate(actions, start=1):
        aid = action.id or f"a{n}"
        key = action.idempotency_key or str(uuid.uuid5(_NS, f"{run_id}:{aid}:{action.type}"))
        out.append(action.model_copy(update={"id": aid, "idempotency_key": key}))
    return out


def plan_new_contract(terms: ContractTerms, deal: Deal | None, *, run_id: str,
                      existing_customers: dict[str, str]) -> list[Action]:
    """Customer (if new), first invoice and its journal entry, CRM billing status, a notification."""
    if not terms.customer_legal_name or not terms.currency or not terms.service_start_date:
        return []
    actions: list[Action] = []
    customer_id = match_customer(terms.customer_legal_name, existing_customers)
    if customer_id is None:
        customer_id = customer_id_for(terms.customer_legal_name)
        actions.append(CreateCustomer(
            customer_id=customer_id, customer_legal_name=terms.customer_legal_name,
            billing_email=terms.billing_contact_email or (deal.billing_contact_email if deal else None),
            currency=terms.currency, evidence=["customer_legal_name", "currency"]))
    planned = first_invoice(terms)
    invoice_id = f"inv-{run_id[:8]}-1"
    evidence = ["service_start_date", "payment_terms_days", "billing_frequency", "currency"] + [
        f"line_items[{ln.item_index}]" for ln in planned.lines]
    if terms.po_number:
        evidence.append("po_number")
    invoice = CreateInvoice(
        invoice_id=invoice_id, customer=customer_id, invoice_date=planned.invoice_date,
        due_date=planned.due_date, currency=planned.currency, po_number=terms.po_number,
        lines=[InvoiceLine(description=ln.description, amount=ln.amount, period_start=ln.period_start,
                           period_end=ln.period_end, quantity=ln.quantity, unit_price=ln.unit_price,
                           revenue_type=ln.revenue_type)  # type: ignore[arg-type]
               for ln in planned.lines],
        amount=planned.amount, evidence=evidence)
    actions.append(invoice)
    actions.append(invoice_journal_entry(invoice, deferred=(terms.billing_timing or "advance") == "advance"))
    if deal is not None:
        actions.append(UpdateCrm(deal_id=deal.deal_id, fields={
            "billing_status": "invoiced", "invoice_id": invoice_id,
            "invoice_amount": f"{planned.amount} {planned.currency}"}))
    actions.append(Notify(channel="#billing", message=(
        f"{terms.customer_legal_name}: first invoice {format_money(planned.amount, planned.currency)} "
        f"dated {planned.invoice_date}, due {planned.due_date}.")))
    actions = finalise(actions, run_id)
    invoice_action = next(a for a in actions if a.type == "create_invoice")
    customer_deps = [a.id for a in actions if a.type == "create_customer"]
    return [a.model_copy(update={"depends_on": customer_deps}) if a is invoice_action
            else a.model_copy(update={"depends_on": [invoice_action.id]}) if a.type != "create_customer" else a
            for a in actions]


def invoice_journal_entry(invoice: CreateInvoice, *, deferred: bool) -> PostJournalEntry:
    """Dr Accounts Receivable / Cr Deferred Revenue (billed in advance) or revenue by line type."""
    credits: dict[str, Decimal] = {}
    for line in invoice.lines:
        if line.revenue_type == "usage":
            account = "Usage Revenue"
        elif line.revenue_type == "one_time":
            account = "Professional Services Revenue"
        else:
            account = "Deferred Revenue" if deferred else "Subscription Revenue"
        credits[account] = credits.get(account, Decimal(0)) + line.amount
    lines = [JournalLine(account="Accounts Receivable", debit=invoice.amount)]
    lines += [JournalLine(account=acc, credit=amt) for acc, amt in credits.items()]
    return PostJournalEntry(date=invoice.invoice_date, memo=f"Invoice {invoice.invoice_id} to {invoice.customer}",
                            currency=invoice.currency, lines=lines, source_ref=invoice.invoice_id,
                            evidence=list(invoice.evidence))
