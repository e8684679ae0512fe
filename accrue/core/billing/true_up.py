"""Minimum-commitment true-ups: at the end of each commitment period, the shortfall of what was billed for usage
below the minimum the contract commits to, billed once.

A usage run adds the true-up itself when the period it bills closes a commitment period; a bill run catches the
rest (a commitment period whose last usage period was billed by a run that did not close it, a quiet last month,
a term commitment) from what the books hold: the usage lines of the customer's invoices in the commitment period,
less what credit notes took back from them (usage credited to bill a corrected file again is not billed twice).
A commitment period some of whose usage is still missing is not trued up yet: billing the whole minimum before
the usage arrives would charge the customer twice for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from accrue.core.billing.invoicing import PlannedInvoice, PlannedLine, due_date_for
from accrue.core.billing.periods import ONE_DAY, Period
from accrue.core.billing.schedule import charge_periods
from accrue.core.findings import Finding
from accrue.core.money import format_money, round_money
from accrue.core.terms import ContractTerms, MinimumCommitment

TRUE_UP = "Minimum commitment true-up"  # how a true-up line's description starts, on every invoice that bills one
_COMMITMENT_MONTHS = {"month": 1, "year": 12}


@dataclass(frozen=True)
class UsageBilled:
    """A usage line of one of the customer's invoices on the books: its service period, amount, whether it is a
    true-up line, and how much of it credit notes on its invoice took back."""

    period: Period
    amount: Decimal
    true_up: bool
    credited: Decimal = Decimal(0)

    @property
    def net(self) -> Decimal:
        """What the line still bills: a credited usage line does not count toward the commitment."""
        return self.amount - self.credited

    def counted_from(self, term: Period) -> date:
        """The day that says which period of the term the line bills: its first day, or the term's first day for a
        line that starts before the term (a calendar month the service started in the middle of)."""
        return max(self.period.start, term.start)


@dataclass(frozen=True)
class TrueUp:
    """A closed commitment period billed under its minimum: the minimum and what its usage lines billed."""

    period: Period
    commitment: Decimal
    billed: Decimal
    credited_before: int = 0  # true-ups of this period credited in full before: a new one is an effect of its own

    @property
    def shortfall(self) -> Decimal:
        return self.commitment - self.billed


def credited_usage(lines: Sequence[UsageBilled], credited: Decimal) -> list[UsageBilled]:
    """An invoice's usage lines with the credit notes on it (`credited` in all) taken from them: from its usage
    lines first, in order, each down to zero, then from its true-up lines. A credit note names an invoice, not a
    line; usage invoices bill usage lines only, so this is what it took back."""
    left = credited
    out: list[UsageBilled] = []
    for line in sorted(lines, key=lambda u: u.true_up):  # stable: usage lines in order, then true-ups
        taken = min(max(left, Decimal(0)), line.amount)
        left -= taken
        out.append(UsageBilled(line.period, line.amount, line.true_up, taken))
    return out


def commitment_periods(commitment: MinimumCommitment, term: Period) -> list[Period]:
    """The term cut into the commitment's periods: months or years from the service start, or the whole term."""
    if commitment.period == "term":
        return [term]
    return [cp.actual for cp in charge_periods(term, _COMMITMENT_MONTHS[commitment.period])]


def true_ups_due(commitment: MinimumCommitment, term: Period, usage: Sequence[UsageBilled], through: date,
                 unbilled: Sequence[Period]) -> list[TrueUp]:
    """The commitment periods that ended before `through` (a true-up is billed in arrears, the day after), have no
    true-up standing on the books (one credited in full does not stand), have none of their usage periods in
    `unbilled`, and billed less than the minimum (net of the credit notes on their usage lines)."""
    due: list[TrueUp] = []
    for period in commitment_periods(commitment, term):
        if period.end >= through:
            break
        if any(u.true_up and u.net > 0 and u.period.overlap(period) for u in usage):
            continue  # trued up and standing; one credited in full (its usage corrected) is trued up again
        if any(gap.overlap(period) for gap in unbilled):
            continue
        billed = sum((u.net for u in usage if not u.true_up and period.contains(u.counted_from(term))),
                     Decimal(0))
        if billed < commitment.amount:
            voided = sum(1 for u in usage if u.true_up and u.net <= 0 and u.period.overlap(period))
            due.append(TrueUp(period, commitment.amount, billed, voided))
    return due


def true_up_invoice(true_up: TrueUp, terms: ContractTerms) -> PlannedInvoice:
    """The invoice of one true-up: a single usage line for the shortfall over the commitment period, dated the day
    after it ends (usage revenue when invoiced, never deferred)."""
    if terms.currency is None:
        raise ValueError("a true-up invoice needs the contract currency")
    period = true_up.period
    amount = round_money(true_up.shortfall, terms.currency)
    line = PlannedLine(f"{TRUE_UP} ({period.label()}): commitment {true_up.commitment}, usage billed "
                       f"{true_up.billed}", amount, period.start, period.end, None, None, "usage", -1)
    invoice_date = period.end + ONE_DAY
    return PlannedInvoice(invoice_date, due_date_for(invoice_date, terms.payment_terms_days), period.start,
                          period.end, [line], terms.currency, terms.po_number, deferred=False)


def stale_true_up_finding(true_ups: Sequence[tuple[str, str, UsageBilled]], *, customer_name: str, period: Period,
                          file: str, run_id: str) -> Finding:
    """The hold of usage run `run_id` whose period lies in a commitment period already trued up: billing it would
    leave that true-up computed from usage that no longer stands (under- or over-billing the minimum)."""
    named = "; ".join(f"invoice {number} ({format_money(line.net, currency)} for {line.period.label()})"
                      for number, currency, line in true_ups)
    numbers = ", ".join(number for number, _, _ in true_ups)
    return Finding(
        code="true_up_stale", severity="error", fields=["minimum_commitment"],
        message=f"{customer_name}: {period.label()} lies in a commitment period already trued up by {named}; "
                f"billing {file} would leave that true-up wrong. Credit {numbers} in full (the next bill run trues "
                f"the period up again from the usage then billed), then `accrue retry {run_id}`; otherwise reject "
                "this run",
        evidence={"file": file, "true_ups": numbers})
