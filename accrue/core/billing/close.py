"""Month-end close: the revenue a month recognises from deferred revenue, and the close report that proves it.

Recognition is ratable by days over each deferred invoice line's service period (`ledger.recognition_schedule`:
each calendar month rounded, the last month takes the rest, so a line is recognised exactly). Closing a month
posts, per currency, what every deferred line recognises through that month minus what earlier closes already
recognised: an invoice posted after its first months were closed catches up in the open month, and the books
never recognise a line twice. One-time fees and arrears billing are revenue when invoiced (point in time), so
only billed-in-advance subscription lines are deferred. The close report is the deferred revenue roll-forward
(opening + billed - recognised = closing) and the trial balance, per currency, both to the minor unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from accrue.core.billing.ledger import (
    CHART_OF_ACCOUNTS,
    DEFERRED,
    Entry,
    recognition_entry,
    recognition_schedule,
)
from accrue.core.billing.periods import ONE_DAY, Period, add_months
from accrue.core.money import round_money

ZERO = Decimal(0)
_CHART_ORDER = {name: i for i, (_, name, _) in enumerate(CHART_OF_ACCOUNTS)}
_MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")
RECOGNITION_REF = "close:"  # source_ref prefix of the recognition entries a close posts


def month_period(month: str) -> Period:
    """The days of a `YYYY-MM` month; ValueError naming the form for anything else."""
    m = _MONTH.fullmatch(month.strip())
    if not m:
        raise ValueError(f"{month!r} is not a month; write it as YYYY-MM")
    start = date(int(m.group(1)), int(m.group(2)), 1)
    return Period(start, add_months(start, 1) - ONE_DAY)


@dataclass(frozen=True)
class DeferredLine:
    """An invoice line posted to Deferred Revenue: its amount and the service period it is earned over."""

    invoice_id: str
    currency: str
    amount: Decimal
    period: Period


def recognition_through(lines: Iterable[DeferredLine], month: str) -> dict[str, Decimal]:
    """Per currency, what the lines recognise from their start through the end of `month`."""
    key = month_period(month).start.strftime("%Y-%m")
    totals: dict[str, Decimal] = {}
    for line in lines:
        earned = sum((row.amount for row in recognition_schedule(line.amount, line.period, line.currency)
                      if row.month <= key), ZERO)
        if earned:
            totals[line.currency] = totals.get(line.currency, ZERO) + earned
    return totals


def recognition_entries(lines: Iterable[DeferredLine], month: str,
                        recognised: Mapping[str, Decimal]) -> list[Entry]:
    """The entries closing `month` posts, dated its last day: per currency, what the lines recognise through it
    minus what is already `recognised` (the recognition entries on the books)."""
    day = month_period(month).end
    due = recognition_through(lines, month)
    entries: list[Entry] = []
    for currency in sorted(set(due) | set(recognised)):
        amount = due.get(currency, ZERO) - recognised.get(currency, ZERO)
        if amount:
            entries.append(recognition_entry(day, f"Revenue recognition {month}", currency, amount))
    return entries


# -- the close report -------------------------------------------------------------------------------
@dataclass(frozen=True)
class PostedLine:
    """One journal line as the books hold it, with what the report needs of its entry."""

    day: date
    currency: str
    account: str  # the account's name
    debit: Decimal
    credit: Decimal
    recognition: bool  # part of a recognition entry a close posted


@dataclass(frozen=True)
class RollForward:
    """Deferred revenue over one month in one currency."""

    currency: str
    opening: Decimal
    billed: Decimal
    recognised: Decimal
    closing: Decimal

    @property
    def ties(self) -> bool:
        return self.opening + self.billed - self.recognised == self.closing


@dataclass(frozen=True)
class TrialBalance:
    """Every account's balance at a day in one currency: (account, debit, credit); the columns' totals agree."""

    currency: str
    rows: list[tuple[str, Decimal, Decimal]]

    @property
    def debits(self) -> Decimal:
        return sum((d for _, d, _ in self.rows), ZERO)

    @property
    def credits(self) -> Decimal:
        return sum((c for _, _, c in self.rows), ZERO)

    @property
    def balances(self) -> bool:
        return self.debits == self.credits


@dataclass(frozen=True)
class CloseReport:
    month: str
    roll_forward: list[RollForward]
    trial_balance: list[TrialBalance]

    @property
    def ties(self) -> bool:
        return all(r.ties for r in self.roll_forward) and all(t.balances for t in self.trial_balance)


def close_report(lines: Iterable[PostedLine], month: str) -> CloseReport:
    """The roll-forward of deferred revenue through `month` and the trial balance at its last day, per currency.

    The closing balance is read from the ledger, not computed from the other three, so `ties` is a check.
    """
    span = month_period(month)
    posted = [ln for ln in lines if ln.day <= span.end]
    currencies = sorted({ln.currency for ln in posted})
    rolls: list[RollForward] = []
    trials: list[TrialBalance] = []
    for cur in currencies:
        mine = [ln for ln in posted if ln.currency == cur]
        deferred = [ln for ln in mine if ln.account == DEFERRED]
        opening = sum((ln.credit - ln.debit for ln in deferred if ln.day < span.start), ZERO)
        in_month = [ln for ln in deferred if span.contains(ln.day)]
        billed = sum((ln.credit - ln.debit for ln in in_month if not ln.recognition), ZERO)
        recognised = sum((ln.debit - ln.credit for ln in in_month if ln.recognition), ZERO)
        closing = sum((ln.credit - ln.debit for ln in deferred), ZERO)
        if deferred:  # shown to the currency's places (a sum of exact amounts; nothing is rounded away)
            rolls.append(RollForward(cur, *(round_money(v, cur) for v in (opening, billed, recognised, closing))))
        balances: dict[str, Decimal] = {}
        for ln in mine:
            balances[ln.account] = balances.get(ln.account, ZERO) + ln.debit - ln.credit
        trials.append(TrialBalance(cur, [(acc, round_money(max(bal, ZERO), cur), round_money(max(-bal, ZERO), cur))
                                         for acc, bal in sorted(balances.items(), key=lambda kv: _CHART_ORDER[kv[0]])
                                         if bal]))
    return CloseReport(month, rolls, trials)
