"""A usage period is invoiced once, whatever files arrive for it: which invoices on the books already bill what a
usage run would bill (the customer's usage lines of its metrics for days of its period, unless credited in full),
the finding that holds such a run, and the invoice's key by customer, subscription, metrics and period (not by run,
so two runs racing on one period share it) with how many of their invoices were credited in full before (so a
corrected file billed after a full credit gets a key of its own).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from pydantic import BaseModel

from accrue.core.billing.periods import Period
from accrue.core.findings import Finding
from accrue.core.money import format_money


class UsageInvoiceOnBooks(BaseModel):
    """A usage invoice of the customer on the books: the metrics its usage lines bill, their service period, what
    was credited against it, and the usage file of the run that issued it (when accrue issued it)."""

    invoice_id: str
    number: str
    currency: str
    amount: Decimal
    credited: Decimal
    metrics: list[str]
    period_start: date
    period_end: date
    file: str | None = None

    @property
    def period(self) -> Period:
        return Period(self.period_start, self.period_end)

    @property
    def credited_in_full(self) -> bool:
        return self.credited >= self.amount


def overlapping(invoices: Iterable[UsageInvoiceOnBooks], metrics: Iterable[str],
                period: Period) -> list[UsageInvoiceOnBooks]:
    """The invoices billing one of `metrics` for days of `period` (credited or not), by invoice number."""
    wanted = set(metrics)
    return sorted((inv for inv in invoices if wanted & set(inv.metrics) and inv.period.overlap(period)),
                  key=lambda inv: inv.number)


def already_billed(invoices: Iterable[UsageInvoiceOnBooks], metrics: Iterable[str], period: Period, *,
                   own_invoice_id: str) -> list[UsageInvoiceOnBooks]:
    """The invoices that still bill the run's metrics and period: overlapping ones not credited in full, the run's
    own invoice aside (a run resumed after its invoice executed finds it on the books)."""
    return [inv for inv in overlapping(invoices, metrics, period)
            if not inv.credited_in_full and inv.invoice_id != own_invoice_id]


def usage_invoice_effect(customer_id: str, subscription_id: str | None, metrics: Iterable[str], period: Period,
                         credited_before: int) -> str:
    """The effect a usage invoice is: its customer's (and subscription's) metrics for the period, the how-many-th
    after `credited_before` of them were credited in full. Not the run: a resent file must not bill it again."""
    return (f"usage-invoice:{customer_id}:{subscription_id or '-'}:{','.join(sorted(set(metrics)))}:"
            f"{period.start.isoformat()}:{period.end.isoformat()}:{credited_before}")


def already_billed_finding(billed: Sequence[UsageInvoiceOnBooks], *, customer_name: str, period: Period,
                           file: str, run_id: str) -> Finding:
    """The hold of usage run `run_id` whose period is already invoiced: which invoice, for how much, from which
    file, and what a person can do about it."""
    named = "; ".join(f"invoice {inv.number} ({format_money(inv.amount, inv.currency)}, {', '.join(inv.metrics)}, "
                      f"{inv.period.label()}, from {inv.file or 'a file accrue did not read'})" for inv in billed)
    numbers = ", ".join(inv.number for inv in billed)
    return Finding(
        code="usage_already_billed", severity="error", fields=[],
        message=f"{customer_name}: {period.label()} is already billed by {named}; nothing is billed from {file}. "
                f"If {file} corrects that usage, credit {numbers} in full, then `accrue retry {run_id}`; "
                "otherwise reject this run",
        evidence={"file": file, "period_start": period.start.isoformat(), "period_end": period.end.isoformat(),
                  "invoices": [{"invoice_id": inv.invoice_id, "number": inv.number, "amount": str(inv.amount),
                                "currency": inv.currency, "metrics": inv.metrics, "file": inv.file}
                               for inv in billed]})


def credited_in_full_count(invoices: Iterable[UsageInvoiceOnBooks], metrics: Iterable[str], period: Period) -> int:
    """How many invoices of the metrics and period were credited in full: the edition a new invoice of them is."""
    return sum(1 for inv in overlapping(invoices, metrics, period) if inv.credited_in_full)
