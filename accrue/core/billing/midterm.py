"""Mid-term changes (amendments, upgrades, seat changes): prorated credit for the old, charge for the new.

Rule: credit the old price and charge the new one for the remaining days of the current
billing period (the effective date through the period's end), both by the proration rule
against the full period that contains it, as lines of one invoice dated the effective date.
When the credit outweighs the charge the net is a credit note against the period's invoice.

Reading an amendment's fee lines: a line may open with its role, as amendments write them:
"Removed:"/"Deleted:" drops the original line it names; "Previous:"/"Was:"/"Current:" only
restates the old line (ignored); "Amended:"/"New:"/"Added:" or no marker states a line as it
is from the change date. Such a line replaces the original with the same SKU, else the one
whose description it names; one matching nothing is added; quantity 0 removes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from rapidfuzz import fuzz

from accrue.core.billing.invoicing import PlannedInvoice, PlannedLine, due_date_for
from accrue.core.billing.periods import Period
from accrue.core.billing.schedule import (
    ChargePeriod,
    build_schedule,
    charge_periods,
    recurring_charge,
    subscription_term,
)
from accrue.core.money import round_money
from accrue.core.terms import FREQUENCY_MONTHS, ContractTerms, LineItem

DESCRIPTION_MATCH = 90.0


@dataclass(frozen=True)
class ItemChange:
    """One line the amendment touches: `old` None means added, `new` None (or quantity 0) means removed."""

    original_index: int | None
    old: LineItem | None
    new: LineItem | None
    amendment_index: int | None = None  # the amendment line that states the change


@dataclass(frozen=True)
class MidtermChange:
    effective: date
    period: ChargePeriod  # the current billing period the change falls in
    remaining: Period
    lines: list[PlannedLine]  # credits negative, charges positive, each rounded
    currency: str

    @property
    def net(self) -> Decimal:
        return sum((ln.amount for ln in self.lines), Decimal(0))


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())


def _same_line(a: LineItem, b: LineItem) -> bool:
    return (a.quantity, a.unit_price, a.price_period, a.discount_percent or 0) == (
        b.quantity, b.unit_price, b.price_period, b.discount_percent or 0) and (a.net_amount is None
                                                                              or b.net_amount is None
                                                                              or a.net_amount == b.net_amount)


_ROLES = (r"removed|remove|deleted|delete|cancelled|canceled|terminated|previous|previously|was|old|current|"
          r"existing|from|amended|amend|new|added|add|revised|updated|to|replacement")
_ROLE = re.compile(rf"^\s*(?P<role>{_ROLES})\s*:\s*", re.IGNORECASE)
_ROLE_BEFORE = re.compile(rf"(?:^|[^A-Za-z])(?P<role>{_ROLES})\s*:\s*$", re.IGNORECASE)
_REMOVE = {"removed", "remove", "deleted", "delete", "cancelled", "canceled", "terminated"}
_RESTATE = {"previous", "previously", "was", "old", "current", "existing", "from"}


def line_role(item: LineItem, quote: str | None = None) -> tuple[str, LineItem]:
    """('remove' | 'restate' | 'set', the line without its role marker).

    The marker is read from the description, else from the words just before the description in
    the line's citation (extractors often leave "Removed:" out of the description but the quote keeps it).
    """
    m = _ROLE.match(item.description)
    if m:
        clean = item.model_copy(update={"description": item.description[m.end():].strip() or item.description})
        word = m.group("role").lower()
    else:
        at = quote.lower().find(item.description.lower()) if quote else -1
        before = _ROLE_BEFORE.search(quote[:at]) if quote and at > 0 else None
        if before is None:
            return "set", item
        clean, word = item, before.group("role").lower()
    return ("remove" if word in _REMOVE else "restate" if word in _RESTATE else "set"), clean


def _find(item: LineItem, original: list[LineItem], used: set[int]) -> int | None:
    """The original line an amendment line refers to: the same SKU, else the one whose description matches.

    A SKU the contract does not have is another product: it is matched by description only against
    lines without a SKU (replacing a product with a differently coded one needs an explicit "Removed:").
    """
    sku = (item.sku or "").strip().lower()
    if sku:
        same = [i for i, old in enumerate(original) if (old.sku or "").strip().lower() == sku]
        if same:
            return next((i for i in same if i not in used), None)
    candidates = [i for i, old in enumerate(original) if i not in used and not (sku and old.sku)]
    scores = [(fuzz.token_set_ratio(_norm(item.description), _norm(original[i].description)), i) for i in candidates]
    best = max(scores, default=(0.0, -1))
    if best[0] >= DESCRIPTION_MATCH and [sc for sc, _ in scores].count(best[0]) == 1:
        return best[1]
    return None


def match_changes(original: list[LineItem], amended: list[LineItem],
                  quotes: list[str | None] | None = None) -> list[ItemChange]:
    """Pair the amendment's lines with the original lines they change; unchanged lines are left out.

    `quotes` are the amendment lines' citation quotes (for role markers the description lacks). When
    several unmarked lines name the same original line, those identical to it restate it and the
    last differing one is its new state ("50 seats ... now 80 seats").
    """
    quotes = quotes or [None] * len(amended)
    lines = [(pos, *line_role(item, quotes[pos] if pos < len(quotes) else None)) for pos, item in enumerate(amended)]
    # A restated line the contract lacks (its reading missed it, or it came by an earlier amendment) is
    # still the old state the amendment itself states: it joins the pool, outside the contract's indices.
    pool = list(original)
    for _, role, item in lines:
        if role == "restate" and _find(item, pool, set()) is None:
            pool.append(item)
    used: set[int] = set()
    changes: list[ItemChange] = []
    def index(i: int) -> int | None:
        return i if i < len(original) else None

    for pos, role, item in lines:
        if role == "remove":
            idx = _find(item, pool, used)
            if idx is not None:
                used.add(idx)
                changes.append(ItemChange(index(idx), pool[idx], None, pos))
    targeted: dict[int, list[tuple[int, LineItem]]] = {}
    added: list[tuple[int, LineItem]] = []
    for pos, role, item in lines:
        if role != "set":
            continue
        idx = _find(item, pool, used)
        if idx is None:
            added.append((pos, item))
        else:
            targeted.setdefault(idx, []).append((pos, item))
    for idx, group in sorted(targeted.items()):
        old = pool[idx]
        differing = [(pos, new) for pos, new in group if not (_same_line(old, new)
                                                              and (old.sku or "") == (new.sku or ""))]
        if differing:
            pos, new = differing[-1]
            changes.append(ItemChange(index(idx), old, None if new.quantity == 0 else new, pos))
    changes += [ItemChange(None, None, new, pos) for pos, new in added if new.quantity != 0]
    return sorted(changes, key=lambda c: (c.new is not None, c.amendment_index or 0))


def current_period(terms: ContractTerms, day: date) -> ChargePeriod:
    """The billing period (of the original schedule) that contains `day`."""
    term = subscription_term(terms)
    if not term.contains(day):
        raise ValueError(f"the change date {day} is outside the subscription term {term.label()}")
    months = FREQUENCY_MONTHS.get(terms.billing_frequency or "annual", 12)
    anchor = None if terms.billing_frequency == "one_time" else terms.billing_anchor
    return next(cp for cp in charge_periods(term, months, anchor) if cp.actual.contains(day))


def midterm_change(terms: ContractTerms, changes: list[ItemChange], effective: date) -> MidtermChange:
    """Credit and charge lines for the rest of the current period, each rounded once."""
    if terms.currency is None:
        raise ValueError("a mid-term change needs the contract currency")
    currency = terms.currency
    term = subscription_term(terms)
    cp = current_period(terms, effective)
    remaining = Period(effective, cp.actual.end)
    part = ChargePeriod(remaining, cp.full)
    months = FREQUENCY_MONTHS.get(terms.billing_frequency or "annual", 12)
    lines: list[PlannedLine] = []
    for change in changes:
        for item, sign, verb in ((change.old, -1, "Credit"), (change.new, 1, "Charge")):
            if item is None or item.price_period == "one_time":
                continue
            # the new line runs from the change date for the rest of the line it replaces
            priced = item if sign < 0 else item.model_copy(update={
                "start_date": None, "end_date": change.old.end_date if change.old else None})
            charge = recurring_charge(priced, part, months, term, terms.price_escalator_percent,
                                      priced_on=cp.actual.start)  # the year the period was billed at
            if charge is None:
                continue
            amount, covered = charge
            lines.append(PlannedLine(
                f"{verb}: {item.description}, {item.quantity.normalize():f} x {item.unit_price} "
                f"({covered.label()}, {covered.days}/{cp.full.days} days)",
                sign * round_money(amount, currency), covered.start, covered.end, item.quantity, item.unit_price,
                "proration", change.original_index if change.original_index is not None else -1))
    return MidtermChange(effective, cp, remaining, lines, currency)


def change_invoice(change: MidtermChange, terms: ContractTerms) -> PlannedInvoice:
    """The one invoice carrying the change's lines, dated the effective date."""
    return PlannedInvoice(change.effective, due_date_for(change.effective, terms.payment_terms_days),
                          change.remaining.start, change.remaining.end, change.lines, change.currency,
                          terms.po_number, deferred=(terms.billing_timing or "advance") == "advance")


def amended_terms(terms: ContractTerms, changes: list[ItemChange], effective: date) -> ContractTerms:
    """The contract as amended: changed lines replaced, removed lines dropped, new lines added."""
    items = list(terms.line_items)
    removed: set[int] = set()
    added: list[LineItem] = []
    for change in changes:
        if change.original_index is not None:
            if change.new is None:
                removed.add(change.original_index)
            else:
                old = items[change.original_index]
                items[change.original_index] = change.new.model_copy(update={
                    "start_date": old.start_date, "end_date": old.end_date})
        elif change.new is not None:
            added.append(change.new.model_copy(update={"start_date": effective}))
    kept = [it for i, it in enumerate(items) if i not in removed] + added
    return terms.model_copy(update={"line_items": kept})


def schedule_after(terms: ContractTerms, changes: list[ItemChange], effective: date) -> list[PlannedInvoice]:
    """The amended subscription's invoices for the periods after the current one."""
    cp = current_period(terms, effective)
    new_terms = amended_terms(terms, changes, effective)
    try:
        schedule = build_schedule(new_terms)
    except ValueError:
        return []
    return [inv for inv in schedule if inv.period_start > cp.actual.end]
