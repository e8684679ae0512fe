"""Cash application as it was before the ledger index: the reference the indexed matcher must agree with.

A regex per open invoice per payment and a subset search over every candidate, bounded only in states;
slow on a large ledger, which is why it lives here, as a test oracle, and not in accrue. It allocates a
payment with its own plain loop (`allocate`, below), not accrue's, so a bug in accrue's allocation shows
as a disagreement instead of being shared by both sides.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from accrue.core.billing.cash import CashApplication, OpenInvoice, Outcome, Payment
from accrue.core.money import to_minor

ZERO = Decimal(0)
MAX_SUBSET_STATES = 200_000


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
    """Pay the invoices one at a time, the one due first first (then the one issued first, then by number), each
    as far as the money left goes; whatever no invoice takes is unapplied. Exact when every invoice is paid in
    full and nothing is left, short when one is not paid in full, over when money is left."""
    queue = sorted(invoices, key=lambda inv: (inv.due_date, inv.invoice_date, inv.number))
    money_left = payment.amount
    allocations: list[tuple[str, Decimal]] = []
    still_owed: list[tuple[str, Decimal]] = []
    for inv in queue:
        if money_left >= inv.balance:
            allocations.append((inv.id, inv.balance))
            money_left -= inv.balance
        elif money_left > ZERO:
            allocations.append((inv.id, money_left))
            still_owed.append((inv.id, inv.balance - money_left))
            money_left = ZERO
        else:
            still_owed.append((inv.id, inv.balance))
    outcome: Outcome
    if still_owed:
        outcome = "short"
    elif money_left > ZERO:
        outcome = "over"
    else:
        outcome = "exact"
    if customer_id is None:
        customers = {inv.customer_id for inv in invoices}
        customer_id = customers.pop() if len(customers) == 1 else None
    return CashApplication(payment, outcome, customer_id, allocations, money_left, still_owed, method)


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


def apply_all(payments: list[tuple[Payment, str | None]], open_invoices: list[OpenInvoice]) -> list[CashApplication]:
    """Each payment in order, later ones seeing what earlier ones paid (as the validate stage applies a file)."""
    applications = []
    for payment, payer_customer in payments:
        applications.append(apply_cash(payment, open_invoices, payer_customer))
        paid = dict(applications[-1].allocations)
        open_invoices = [replace(inv, balance=inv.balance - paid[inv.id]) if inv.id in paid else inv
                         for inv in open_invoices]
    return applications
