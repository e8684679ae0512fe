"""Cash application: which open invoices a received payment pays, and what is left over or short.

Rules (documented in docs/billing.md), in order:
1. References: invoice numbers or ids named in the payment's reference (separators and case
   ignored) select the invoices it pays.
2. Otherwise the candidates are the open invoices of the payer (its name matched to a customer),
   or every open invoice in the currency when the payer is unknown; the payment applies to the
   unique subset of their open amounts that sums exactly to it (one invoice is the exact match).
3. A known payer with one open invoice, or paying more than all its open invoices, applies to them.
4. Anything else is unmatched: a finding for a person, no action.
Selected invoices are paid oldest due date first. Less than their open amount is a short
payment (the remainder stays open); more is an overpayment (the excess is unapplied cash).
Only invoices in the payment's currency are ever candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

from accrue.core.money import to_minor

ZERO = Decimal(0)
MAX_SUBSET_STATES = 200_000

Outcome = Literal["exact", "short", "over", "unmatched"]


@dataclass(frozen=True)
class OpenInvoice:
    id: str
    number: str
    customer_id: str
    currency: str
    balance: Decimal
    invoice_date: date
    due_date: date


@dataclass(frozen=True)
class Payment:
    payment_id: str
    date: date
    amount: Decimal
    currency: str
    payer: str
    reference: str = ""
    fee: Decimal = ZERO
    row: int = 0


@dataclass(frozen=True)
class CashApplication:
    payment: Payment
    outcome: Outcome
    customer_id: str | None = None
    allocations: list[tuple[str, Decimal]] = field(default_factory=list)  # (invoice id, amount)
    unapplied: Decimal = ZERO
    remaining: list[tuple[str, Decimal]] = field(default_factory=list)  # invoices left short: (id, balance)
    method: str = ""
    note: str = ""

    @property
    def applied(self) -> Decimal:
        return sum((a for _, a in self.allocations), ZERO)


def referenced_invoices(reference: str, invoices: list[OpenInvoice]) -> list[OpenInvoice]:
    """Open invoices whose number or id appears in the reference as a whole token (separators ignored)."""
    if not reference.strip():
        return []
    found: list[tuple[int, OpenInvoice]] = []
    for inv in invoices:
        for key in dict.fromkeys([inv.number, inv.id]):
            chars = [re.escape(c) for c in key if c.isalnum()]
            if not chars:
                continue
            pattern = r"(?<![A-Za-z0-9])" + r"[\s\-_/.#]*".join(chars) + r"(?![A-Za-z0-9])"
            m = re.search(pattern, reference, re.IGNORECASE)
            if m:
                found.append((m.start(), inv))
                break
    return [inv for _, inv in sorted(found, key=lambda p: p[0])]


def unique_subset(amount: Decimal, invoices: list[OpenInvoice], currency: str) -> list[OpenInvoice] | None:
    """The one subset of invoices whose open amounts sum exactly to `amount`; None if none or several."""
    target = to_minor(amount, currency)
    # states: reachable sum -> (number of subsets reaching it, capped at 2; one subset as a bit mask)
    states: dict[int, tuple[int, int]] = {0: (1, 0)}
    for i, inv in enumerate(invoices):
        value = to_minor(inv.balance, currency)
        if value <= 0:
            continue
        for total, (count, mask) in list(states.items()):
            reached = total + value
            if reached > target:
                continue
            prev = states.get(reached)
            states[reached] = (min(2, count + (prev[0] if prev else 0)), prev[1] if prev else mask | (1 << i))
        if len(states) > MAX_SUBSET_STATES:
            return None
    hit = states.get(target)
    if hit is None or hit[0] != 1 or target == 0:
        return None
    return [inv for i, inv in enumerate(invoices) if hit[1] >> i & 1]


def allocate(payment: Payment, invoices: list[OpenInvoice], method: str, customer_id: str | None) -> CashApplication:
    """Pay the invoices oldest due first; classify as exact, short or over."""
    ordered = sorted(invoices, key=lambda inv: (inv.due_date, inv.invoice_date, inv.number))
    left = payment.amount
    allocations: list[tuple[str, Decimal]] = []
    remaining: list[tuple[str, Decimal]] = []
    for inv in ordered:
        paid = min(left, inv.balance)
        if paid > 0:
            allocations.append((inv.id, paid))
            left -= paid
        if paid < inv.balance:
            remaining.append((inv.id, inv.balance - paid))
    outcome: Outcome = "short" if remaining else "over" if left > 0 else "exact"
    customers = {inv.customer_id for inv in invoices}
    customer = customer_id or (next(iter(customers)) if len(customers) == 1 else None)
    return CashApplication(payment, outcome, customer, allocations, left, remaining, method)


def apply_cash(payment: Payment, open_invoices: list[OpenInvoice], payer_customer: str | None) -> CashApplication:
    """Decide how one payment applies. `payer_customer` is the customer the payer's name matched, if any."""
    candidates = [inv for inv in open_invoices if inv.currency == payment.currency and inv.balance > 0]
    by_ref = referenced_invoices(payment.reference, candidates)
    if by_ref:
        return allocate(payment, by_ref, "reference", payer_customer)
    pool = [inv for inv in candidates if payer_customer is None or inv.customer_id == payer_customer]
    subset = unique_subset(payment.amount, pool, payment.currency) if pool else None
    if subset:
        return allocate(payment, subset, "exact_match" if len(subset) == 1 else "subset", payer_customer)
    if payer_customer is not None and pool:
        total = sum((inv.balance for inv in pool), ZERO)
        if len(pool) == 1:
            return allocate(payment, pool, "single_open_invoice", payer_customer)
        if payment.amount > total:
            return allocate(payment, pool, "all_open_invoices", payer_customer)
        note = (f"{len(pool)} open invoices of {payer_customer} total {total} {payment.currency}; no reference "
                f"and no combination of them sums to {payment.amount}")
    elif payer_customer is not None:
        note = f"{payer_customer} has no open invoice in {payment.currency}"
    elif subset is None and pool:
        note = (f"payer '{payment.payer}' matches no customer and no unique combination of open invoices sums to "
                f"{payment.amount} {payment.currency}")
    else:
        note = f"no open invoice in {payment.currency}"
    return CashApplication(payment, "unmatched", payer_customer, note=note)
