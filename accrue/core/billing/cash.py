"""Cash application: which open invoices a received payment pays, and what is left over or short.

Rules (documented in docs/billing.md), in order:
1. References: invoice numbers or ids named in the payment's reference (separators and case
   ignored) select the invoices it pays.
2. Otherwise the candidates are the open invoices of the payer (its name matched to a customer),
   or every open invoice in the currency when the payer is unknown (and they are few); the payment
   applies to the unique subset of their open amounts that sums exactly to it (one invoice is the
   exact match).
3. A known payer with one open invoice, or paying more than all its open invoices, applies to them.
4. Anything else is unmatched: a finding for a person, no action.
Selected invoices are paid oldest due date first. Less than their open amount is a short
payment (the remainder stays open); more is an overpayment (the excess is unapplied cash).
Only invoices in the payment's currency are ever candidates.

At a finance team's scale (thousands of payments against tens of thousands of open invoices) the
work is bounded: `OpenLedger` indexes the open invoices once by normalised number and by payer, a
reference is tokenised once, and the subset search is bounded in candidates, work and subset size.
A search that hits a bound leaves the payment unmatched for a person, never a guess. A few payments
(one bank-feed event) need not read the whole ledger: `LedgerAsks` says which open invoices they can
touch, and an `OpenLedger` of just those (with the books' count per currency) decides the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Literal

from accrue.core.money import format_money, to_minor

ZERO = Decimal(0)
# The subset search's bounds. Candidates: open invoices no larger than the payment. Steps: partial sums
# extended, counted rather than timed so that the same books give the same answer on any machine (about
# half a second at most). Subset size: a larger combination that happens to sum exactly is for a person.
MAX_SUBSET_CANDIDATES = 40
MAX_SUBSET_STEPS = 500_000
MAX_SUBSET_SIZE = 12
# What may sit between the characters of an invoice number in a reference ("INV 0102", "inv-0102", "#0102").
_SEPARATORS = frozenset("-_/.#")

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


class SubsetSearchBounded(Exception):
    """The subset search stopped at one of its bounds: whether a unique subset exists is for a person."""


@dataclass(frozen=True)
class LedgerAsks:
    """What deciding some payments can ask of the open invoices, known before any is decided.

    `keys`: the normalised numbers or ids their references could name (see `reference_keys`); `owed`: the
    (customer id, currency) pairs whose open invoices a known payer's payment searches; `unknown_payers_in`:
    the currencies a payer no customer matches pays in (every open invoice there, when they are few). Open
    invoices answering these, with the books' count of open invoices in each of those currencies, make an
    `OpenLedger` that decides these payments exactly as one of the whole ledger would.
    """

    keys: frozenset[str]
    owed: frozenset[tuple[str, str]]
    unknown_payers_in: frozenset[str]


def ledger_asks(payments: Iterable[tuple[Payment, str | None]], longest_key: int) -> LedgerAsks:
    """What deciding `payments` (each with the customer its payer matched, if any) can ask of the open invoices;
    no key longer than `longest_key` is asked for (the longest in the books, or the longest token of the
    references: `longest_token`)."""
    keys: set[str] = set()
    owed: set[tuple[str, str]] = set()
    unknown: set[str] = set()
    for payment, customer in payments:
        keys |= reference_keys(payment.reference, longest_key)
        if customer is None:
            unknown.add(payment.currency)
        else:
            owed.add((customer, payment.currency))
    return LedgerAsks(frozenset(keys), frozenset(owed), frozenset(unknown))


class OpenLedger:
    """The open invoices a batch of payments applies to, indexed once.

    Use it to apply many payments in order: each `apply` sees what the earlier ones paid. Invoices keep
    the order they were given in, which decides ties (two invoices named at the same place in a reference).
    `invoices` is the whole ledger, or only the open invoices answering the payments' `LedgerAsks`; then
    `open_in_currency` gives the books' count of open invoices in each currency an unknown payer pays in,
    which decides whether such a payer is searched for.
    """

    def __init__(self, invoices: Iterable[OpenInvoice], open_in_currency: Mapping[str, int] | None = None) -> None:
        self._invoices: list[OpenInvoice] = list(invoices)
        self._open_in_currency = open_in_currency
        self._keys: list[tuple[str, ...]] = []  # per invoice: its normalised number, then its id if different
        self._by_key: dict[str, list[int]] = {}
        self._prefixes: set[str] = set()
        self._by_payer: dict[tuple[str, str], list[int]] = {}  # (customer id, currency) -> invoices
        self._by_currency: dict[str, list[int]] = {}
        self._by_id: dict[str, list[int]] = {}
        for position, inv in enumerate(self._invoices):
            self._by_id.setdefault(inv.id, []).append(position)
            keys = tuple(dict.fromkeys(k for k in (invoice_key(inv.number), invoice_key(inv.id)) if k))
            self._keys.append(keys)
            for key in keys:
                self._by_key.setdefault(key, []).append(position)
                self._prefixes.update(key[:n] for n in range(1, len(key) + 1))
            self._by_payer.setdefault((inv.customer_id, inv.currency), []).append(position)
            self._by_currency.setdefault(inv.currency, []).append(position)

    @property
    def invoices(self) -> list[OpenInvoice]:
        """The invoices with what the payments applied so far have left open on each."""
        return list(self._invoices)

    def referenced(self, reference: str, currency: str | None = None) -> list[OpenInvoice]:
        """Open invoices whose number or id appears in the reference as a whole token (case and separators
        ignored), in the order the reference names them; only those in `currency` when it is given."""
        named = _named_keys(reference, self._prefixes, self._by_key)
        found: list[tuple[int, int]] = []  # (place in the reference, invoice position)
        for position in sorted({p for key in named for p in self._by_key[key]}):
            inv = self._invoices[position]
            if inv.balance <= 0 or (currency is not None and inv.currency != currency):
                continue
            place = next(named[key] for key in self._keys[position] if key in named)
            found.append((place, position))
        return [self._invoices[position] for _, position in sorted(found)]

    def apply(self, payment: Payment, payer_customer: str | None) -> CashApplication:
        """Decide how one payment applies and settle it, so later payments see what this one paid.
        `payer_customer` is the customer the payer's name matched, if any."""
        return self.settle(self.decide(payment, payer_customer))

    def owed_by(self, customer_id: str, currency: str) -> list[OpenInvoice]:
        """The customer's invoices in `currency` still open, after what was settled so far."""
        return [inv for inv in (self._invoices[p] for p in self._by_payer.get((customer_id, currency), []))
                if inv.balance > 0]

    def settle(self, application: CashApplication) -> CashApplication:
        """Take what an application pays off its invoices, so later ones see it."""
        for invoice_id, paid in dict(application.allocations).items():
            for position in self._by_id[invoice_id]:
                inv = self._invoices[position]
                self._invoices[position] = replace(inv, balance=inv.balance - paid)
        return application

    def decide(self, payment: Payment, payer_customer: str | None) -> CashApplication:
        """How one payment would apply, settling nothing (`apply` settles it too)."""
        by_ref = self.referenced(payment.reference, payment.currency)
        if by_ref:
            return allocate(payment, by_ref, "reference", payer_customer)
        if payer_customer is not None:
            positions = self._by_payer.get((payer_customer, payment.currency), [])
        else:
            positions = self._by_currency.get(payment.currency, [])
            in_currency = (len(positions) if self._open_in_currency is None
                           else self._open_in_currency[payment.currency])
            if in_currency > MAX_SUBSET_CANDIDATES:  # a payer nobody knows is not searched for across the books
                return CashApplication(payment, "unmatched", None, note=(
                    f"payer '{payment.payer}' matches no customer and gives no reference; the books hold "
                    f"{in_currency} invoices in {payment.currency}, too many to guess from; apply it by hand"))
        pool = [inv for inv in (self._invoices[p] for p in positions) if inv.balance > 0]
        try:
            subset = unique_subset(payment.amount, pool, payment.currency) if pool else None
        except SubsetSearchBounded as bound:
            return CashApplication(payment, "unmatched", payer_customer, note=(
                f"no reference, and {bound} among the open invoices of "
                f"{payer_customer or repr(payment.payer) + ' (no customer matched)'}; apply it by hand"))
        if subset:
            return allocate(payment, subset, "exact_match" if len(subset) == 1 else "subset", payer_customer)
        if payer_customer is not None and pool:
            total = sum((inv.balance for inv in pool), ZERO)
            if len(pool) == 1:
                return allocate(payment, pool, "single_open_invoice", payer_customer)
            if payment.amount > total:
                return allocate(payment, pool, "all_open_invoices", payer_customer)
            note = (f"{len(pool)} open invoices of {payer_customer} total {format_money(total, payment.currency)}; "
                    f"no reference and no combination of them sums to {format_money(payment.amount, payment.currency)}")
        elif payer_customer is not None:
            note = f"{payer_customer} has no open invoice in {payment.currency}"
        elif pool:
            note = (f"payer '{payment.payer}' matches no customer and no unique combination of open invoices sums "
                    f"to {format_money(payment.amount, payment.currency)}")
        else:
            note = f"no open invoice in {payment.currency}"
        return CashApplication(payment, "unmatched", payer_customer, note=note)


def apply_cash(payment: Payment, open_invoices: list[OpenInvoice], payer_customer: str | None) -> CashApplication:
    """Decide how one payment applies. For a batch of payments build one `OpenLedger` and apply each to it."""
    return OpenLedger(open_invoices).apply(payment, payer_customer)


def unique_subset(amount: Decimal, invoices: list[OpenInvoice], currency: str) -> list[OpenInvoice] | None:
    """The one subset of invoices whose open amounts sum exactly to `amount`; None if none or several.

    Raises `SubsetSearchBounded` when deciding would take more than the bounds allow."""
    target = to_minor(amount, currency)
    usable = [(v, i) for v, i in ((to_minor(inv.balance, currency), i) for i, inv in enumerate(invoices)
                                  if 0 < inv.balance <= amount) if v > 0]
    total = sum(v for v, _ in usable)
    if target <= 0 or total < target:
        return None
    # every amount is positive: only all of them together reach the total
    mask = sum(1 << i for _, i in usable) if total == target else _one_subset_mask(target, usable)
    if mask is None:
        return None
    chosen = [inv for i, inv in enumerate(invoices) if mask >> i & 1]
    if len(chosen) > MAX_SUBSET_SIZE:
        raise SubsetSearchBounded(f"only a combination of {len(chosen)} invoices (more than {MAX_SUBSET_SIZE}) "
                                  f"sums to {format_money(amount, currency)}")
    return chosen


def _one_subset_mask(target: int, usable: list[tuple[int, int]]) -> int | None:
    """The bit mask of the one subset of (minor amount, index) pairs summing to target; None if none or several.

    A dynamic programme over reachable partial sums (each with how many subsets reach it, capped at 2, and
    one of them), largest amounts first, dropping any partial sum the amounts still to come cannot lift
    to the target: that keeps it far below the number of cents for real ledgers."""
    if len(usable) > MAX_SUBSET_CANDIDATES:
        raise SubsetSearchBounded(f"{len(usable)} open invoices could take part (at most "
                                  f"{MAX_SUBSET_CANDIDATES} are searched)")
    ordered = sorted(usable, reverse=True)
    still_to_come = sum(v for v, _ in ordered)
    states: dict[int, tuple[int, int]] = {0: (1, 0)}
    steps = 0
    for value, index in ordered:
        still_to_come -= value
        steps += len(states)
        if steps > MAX_SUBSET_STEPS:
            raise SubsetSearchBounded(f"too many combinations of {len(usable)} open invoices")
        extended: dict[int, tuple[int, int]] = {}
        for total, (count, mask) in states.items():
            if total + still_to_come >= target:
                _merge(extended, total, count, mask)
            reached = total + value
            if reached <= target and reached + still_to_come >= target:
                _merge(extended, reached, count, mask | 1 << index)
        states = extended
    hit = states.get(target)
    return hit[1] if hit is not None and hit[0] == 1 else None


def _merge(states: dict[int, tuple[int, int]], total: int, count: int, mask: int) -> None:
    prev = states.get(total)
    states[total] = (count, mask) if prev is None else (min(2, prev[0] + count), prev[1])


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


# -- references -------------------------------------------------------------------------------------
def _fold(ch: str) -> str:
    low = ch.lower()
    return low if len(low) == 1 else ch


def invoice_key(number_or_id: str) -> str:
    """An invoice number or id as a reference may name it: its letters and digits, case folded.

    The books index every invoice under this key (of its number and of its id), so a reference's keys
    find their invoices by an indexed query."""
    return "".join(_fold(c) for c in number_or_id if c.isalnum())


def reference_keys(reference: str, longest: int) -> set[str]:
    """Every key of at most `longest` characters the reference names as a whole token: what the books are asked
    for. A superset of what `OpenLedger.referenced` finds, whatever invoices the books hold."""
    return {key for key, _ in _whole_tokens(reference, lambda key: len(key) <= longest)}


def _ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _named_keys(reference: str, prefixes: set[str], keys: dict[str, list[int]]) -> dict[str, int]:
    """Each known key the reference names as a whole token -> where it first starts in the reference."""
    named: dict[str, int] = {}
    for key, place in _whole_tokens(reference, prefixes.__contains__):
        if key in keys:
            named.setdefault(key, place)
    return named


def longest_token(reference: str) -> int:
    """The most letters and digits the reference holds in one token (separators aside): no key it names is longer."""
    return max((len(run) for run in _runs(reference)), default=0)


def _runs(reference: str) -> list[list[tuple[str, int]]]:
    """The reference's runs of letters and digits (folded, with their places), separators allowed inside a run."""
    chars: list[tuple[str, int]] = []
    runs: list[list[tuple[str, int]]] = [chars]
    for place, ch in enumerate(reference):
        if ch.isalnum():
            chars.append((_fold(ch), place))
        elif not (ch.isspace() or ch in _SEPARATORS):
            chars = []
            runs.append(chars)
    return runs


def _whole_tokens(reference: str, extend: Callable[[str], bool]) -> Iterator[tuple[str, int]]:
    """Each (key, where it starts) the reference holds as a whole token, in reading order, growing a key only
    while `extend` accepts it (a known prefix, or short enough).

    A token is a run of letters and digits, separators allowed between them; it is whole when no ASCII
    letter or digit touches it on either side. One pass over the reference."""
    last = len(reference) - 1
    for run in _runs(reference):
        for start, (_, place) in enumerate(run):
            if place > 0 and _ascii_alnum(reference[place - 1]):
                continue
            key = ""
            for ch, end in run[start:]:
                key += ch
                if not extend(key):
                    break
                if end == last or not _ascii_alnum(reference[end + 1]):
                    yield key, place
