"""Dunning: what a run over the overdue invoices proposes on a day (reminders, collections tasks, late fees). Pure.

For each open invoice past its due date, by the `[dunning]` policy (`accrue.core.policy.DunningRules`): a
reminder at the latest step of days overdue it has reached, unless that step's reminder went out already; with it,
where the contract states `late_fee_percent_per_month`, a late-fee invoice (and its entry, Dr Accounts Receivable /
Cr Late Fee Income) for the interest of the step's own window: through its day less through the day of the last
step reminded before (`accrue.core.billing.late_fees`), so a fee waiting or rejected at one step is never charged
again at the next; and, from `collections_after_days`, one collections task. Every effect is keyed
by the invoice and the step (`effect_key`), not by the run, so no later run, nor one resumed after a crash,
reminds, charges or chases the same step twice. The policy holds the late fees for a person (`[kinds.dunning]`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from accrue.core.actions import Action, CreateCollectionsTask, CreateInvoice, InvoiceLine, Notify
from accrue.core.billing.late_fees import late_fee
from accrue.core.money import format_money
from accrue.core.planner import effect_key, invoice_journal_entry
from accrue.core.policy import DunningRules

COLLECTIONS_CHANNEL = "#collections"
LATE_FEE_PREFIX = "fee-"  # a late-fee invoice's id: fee-<the overdue invoice's id>-d<step>


@dataclass(frozen=True)
class OverdueInvoice:
    """An open invoice as dunning sees it: what is owed, since when, and what its contract charges for lateness."""

    invoice_id: str
    number: str
    customer_id: str
    customer_name: str
    currency: str
    balance: Decimal
    due_date: date
    late_fee_percent: Decimal | None = None  # the contract's late_fee_percent_per_month
    is_late_fee: bool = False  # itself a late fee: reminded, never charged interest


def late_fee_invoice_id(invoice_id: str, step: int) -> str:
    return f"{LATE_FEE_PREFIX}{invoice_id}-d{step}"


def step_reached(days_overdue: int, steps: Iterable[int]) -> int | None:
    """The latest reminder step (days overdue) an invoice `days_overdue` days late has reached, if any."""
    reached = [s for s in steps if s <= days_overdue]
    return max(reached) if reached else None


def reminder_key(invoice_id: str, step: int) -> str:
    return effect_key(f"dun:{invoice_id}:d{step}", "notify")


def collections_key(invoice_id: str) -> str:
    return effect_key(f"dun:{invoice_id}:collections", "create_collections_task")


def plan_dunning(invoices: Iterable[OverdueInvoice], as_of: date, rules: DunningRules, *,
                 done: frozenset[str]) -> list[Action]:
    """The reminders, late fees and collections tasks due on `as_of` that are not done yet (`done`: the
    idempotency keys of the reminders and tasks already on the books), oldest due first."""
    actions: list[Action] = []

    def add(action: Action, effect: str, depends_on: tuple[str, ...] = ()) -> str:
        aid = f"a{len(actions) + 1}"
        actions.append(action.model_copy(update={"id": aid, "idempotency_key": effect_key(effect, action.type),
                                                 "depends_on": list(depends_on)}))
        return aid

    for inv in sorted(invoices, key=lambda i: (i.due_date, i.number)):
        days = (as_of - inv.due_date).days
        if days <= 0 or inv.balance <= 0:
            continue
        step = step_reached(days, rules.reminder_days)
        if step is not None and reminder_key(inv.invoice_id, step) not in done:
            fee = _late_fee(inv, step, rules, done)
            owed = format_money(inv.balance, inv.currency)
            message = (f"{inv.customer_name}: reminder ({step} days overdue): invoice {inv.number} for {owed} was "
                       f"due {inv.due_date} and is unpaid")
            if fee is not None:
                message += (f"; a late fee of {format_money(fee.amount, inv.currency)} "
                            f"({inv.late_fee_percent}% a month, as the contract states) is proposed")
            add(Notify(channel=COLLECTIONS_CHANNEL, message=message + "."), f"dun:{inv.invoice_id}:d{step}")
            if fee is not None:
                effect = f"dun:{inv.invoice_id}:d{step}"
                fee_action = add(fee, effect)
                entry = invoice_journal_entry(fee, deferred=False)
                if entry is not None:
                    add(entry, effect, (fee_action,))
        after = rules.collections_after_days
        if after and days >= after and collections_key(inv.invoice_id) not in done:
            add(CreateCollectionsTask(invoice_id=inv.invoice_id, amount_outstanding=inv.balance, currency=inv.currency,
                                      reason=f"{inv.customer_name}: invoice {inv.number} is {days} days overdue "
                                             f"(due {inv.due_date}); reminders have not brought payment"),
                f"dun:{inv.invoice_id}:collections")
    return actions


def _late_fee(inv: OverdueInvoice, step: int, rules: DunningRules, done: frozenset[str]) -> CreateInvoice | None:
    """The late-fee invoice of a reminder step, dated the step's day and due on receipt; None when the policy or
    the contract charges none, or the fees already charged cover the interest."""
    if not rules.late_fees or inv.is_late_fee or not inv.late_fee_percent:
        return None
    day = inv.due_date + timedelta(days=step)
    # Each step charges only its own window: from the day of the last earlier step whose reminder went out (its
    # fee was proposed with it), else from the due date. Windows never overlap, so a fee still waiting for
    # approval is not charged again by the next step, and one a person rejected stays waived.
    earlier = [s for s in rules.reminder_days if s < step and reminder_key(inv.invoice_id, s) in done]
    before = (late_fee(inv.balance, inv.late_fee_percent, inv.due_date, inv.due_date + timedelta(days=max(earlier)),
                       inv.currency, rules.late_fee_basis) if earlier else Decimal(0))
    amount = late_fee(inv.balance, inv.late_fee_percent, inv.due_date, day, inv.currency, rules.late_fee_basis,
                      charged=before)
    if amount <= 0:
        return None
    basis = f"{step} days" if rules.late_fee_basis == "days" else "whole months"
    line = InvoiceLine(description=f"Late fee on invoice {inv.number}: {format_money(inv.balance, inv.currency)} "
                                   f"overdue since {inv.due_date}, {inv.late_fee_percent}% a month by {basis}",
                       amount=amount, revenue_type="late_fee")
    return CreateInvoice(invoice_id=late_fee_invoice_id(inv.invoice_id, step), customer=inv.customer_id,
                         invoice_date=day, due_date=day, currency=inv.currency, lines=[line], amount=amount,
                         evidence=["late_fee_percent_per_month"])
