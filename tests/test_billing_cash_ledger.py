"""The indexed cash matcher against the matcher it replaced and against brute force.

Small random ledgers (hypothesis): every application (outcome, invoices paid, amounts, method, customer,
what stays open) is the one the regex-per-invoice matcher gave, and the unique subset is the one brute
force finds. A generated ledger of a few hundred invoices gives the same answers too. The bounds leave a
payment for a person: too many candidates, a combination of too many invoices, an unknown payer at scale.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from accrue.core.billing.cash import (
    MAX_SUBSET_CANDIDATES,
    MAX_SUBSET_SIZE,
    CashApplication,
    OpenInvoice,
    OpenLedger,
    Payment,
    unique_subset,
)
from tests import cash_reference

D = Decimal
DAY0 = date(2026, 1, 1)


def answer(app: CashApplication) -> tuple[object, ...]:
    return (app.payment.payment_id, app.outcome, app.customer_id, app.allocations, app.unapplied, app.remaining,
            app.method)


def indexed(payments: list[tuple[Payment, str | None]], invoices: list[OpenInvoice]) -> list[CashApplication]:
    ledger = OpenLedger(invoices)
    return [ledger.apply(payment, payer) for payment, payer in payments]


amounts = st.integers(min_value=1, max_value=60).map(lambda n: D(n * 25) / 100)  # few values: ties and subsets
numbers = st.sampled_from(["INV-1", "INV-10", "INV-2", "inv 1", "A-1", "B/7", "7", "INV-01", "X9"])


@st.composite
def ledgers(draw: st.DrawFn) -> tuple[list[OpenInvoice], list[tuple[Payment, str | None]]]:
    n = draw(st.integers(min_value=0, max_value=8))
    invoices = [OpenInvoice(f"in_{i}", draw(numbers), draw(st.sampled_from(["c1", "c2"])),
                            draw(st.sampled_from(["USD", "USD", "EUR"])), draw(amounts),
                            DAY0, DAY0 + timedelta(days=draw(st.integers(0, 3)))) for i in range(n)]
    refs = st.one_of(st.just(""), numbers, st.builds(lambda a, b, sep: f"{a}{sep}{b}", numbers, numbers,
                                                     st.sampled_from([" ", ", ", "/", " and ", "", "#"])),
                     st.sampled_from(["paying INV-1.", "INV1 INV2", "xINV-1", "INV-1x", "ref in_3", "IN_2"]))
    payments = [(Payment(f"P-{k}", DAY0, draw(amounts), draw(st.sampled_from(["USD", "EUR"])), "Payer",
                         draw(refs)), draw(st.sampled_from(["c1", "c2", None])))
                for k in range(draw(st.integers(min_value=1, max_value=4)))]
    return invoices, payments


@settings(max_examples=400, deadline=None)
@given(ledgers())
def test_indexed_matcher_agrees_with_the_regex_matcher(ledger: tuple[list[OpenInvoice],
                                                                     list[tuple[Payment, str | None]]]) -> None:
    invoices, payments = ledger
    assert [answer(a) for a in indexed(payments, invoices)] == [
        answer(a) for a in cash_reference.apply_all(payments, invoices)]


@settings(max_examples=300, deadline=None)
@given(st.lists(amounts, max_size=10), amounts)
def test_unique_subset_is_the_one_brute_force_finds(balances: list[Decimal], amount: Decimal) -> None:
    invoices = [OpenInvoice(f"in_{i}", f"N{i}", "c1", "USD", b, DAY0, DAY0) for i, b in enumerate(balances)]
    sums = [combo for size in range(1, len(invoices) + 1) for combo in combinations(invoices, size)
            if sum(inv.balance for inv in combo) == amount]
    expected = list(sums[0]) if len(sums) == 1 else None
    assert unique_subset(amount, invoices, "USD") == expected


def generated_ledger(customers: int, per_customer: int, payments: int, seed: int,
                     ) -> tuple[list[OpenInvoice], list[tuple[Payment, str | None]]]:
    """Open invoices of many customers, and payments of each kind: by reference (in several spellings), by
    an exact amount, by a combination, short, over, unknown payers, another currency."""
    rng = random.Random(seed)
    invoices = [OpenInvoice(f"in_{c}_{k}", f"INV-{c:04d}{k:02d}", f"cus_{c}", "USD",
                            D(rng.randrange(5_000, 900_000)) / 100, DAY0, DAY0 + timedelta(days=rng.randrange(90)))
                for c in range(customers) for k in range(per_customer)]
    by_customer: dict[str, list[OpenInvoice]] = {}
    for inv in invoices:
        by_customer.setdefault(inv.customer_id, []).append(inv)
    out: list[tuple[Payment, str | None]] = []
    for p in range(payments):
        customer = f"cus_{rng.randrange(customers)}"
        own = by_customer[customer]
        picked = rng.sample(own, rng.randrange(1, 4))
        amount = sum((inv.balance for inv in picked), D(0))
        kind = rng.randrange(7)
        reference = ""
        if kind == 0:
            reference = " / ".join(rng.choice([inv.number, inv.number.lower().replace("-", " "),
                                               inv.number.replace("-", "")]) for inv in picked)
        elif kind == 1:
            amount -= D("12.34")
            reference = f"payment for {picked[0].number}"
        elif kind == 2:
            amount = sum((inv.balance for inv in own), D("100.00"))
        elif kind == 3:
            amount = picked[0].balance
        out.append((Payment(f"P-{p}", DAY0, amount, "EUR" if kind == 4 else "USD", f"Payer {p}", reference),
                    None if kind == 5 and len(invoices) <= MAX_SUBSET_CANDIDATES else customer))
    return invoices, out


def test_a_generated_ledger_gets_the_same_answers() -> None:
    invoices, payments = generated_ledger(customers=40, per_customer=6, payments=100, seed=17)
    new = indexed(payments, invoices)
    assert [answer(a) for a in new] == [answer(a) for a in cash_reference.apply_all(payments, invoices)]
    assert {a.method for a in new} >= {"reference", "exact_match", "subset", "all_open_invoices"}


def test_too_many_candidates_leave_the_payment_for_a_person() -> None:
    invoices = [OpenInvoice(f"in_{i}", f"N{i}", "c1", "USD", D(100 + i), DAY0, DAY0)
                for i in range(MAX_SUBSET_CANDIDATES + 1)]
    app = OpenLedger(invoices).apply(Payment("P-1", DAY0, D(100 + 101 + 102), "USD", "Payer"), "c1")
    assert (app.outcome, app.allocations) == ("unmatched", [])
    assert f"{MAX_SUBSET_CANDIDATES + 1} open invoices could take part" in app.note
    assert "apply it by hand" in app.note


def test_a_combination_of_too_many_invoices_is_not_applied() -> None:
    # 13 invoices of 1.00 ... 13.00 and 91.00 = 1 + 2 + ... + 13: only all of them together make it.
    invoices = [OpenInvoice(f"in_{i}", f"N{i}", "c1", "USD", D(i), DAY0, DAY0)
                for i in range(1, MAX_SUBSET_SIZE + 2)]
    app = OpenLedger(invoices).apply(Payment("P-1", DAY0, D(sum(range(1, MAX_SUBSET_SIZE + 2))), "USD", "P"), "c1")
    assert app.outcome == "unmatched" and f"a combination of {MAX_SUBSET_SIZE + 1} invoices" in app.note
    assert "sums to USD 91.00 among" in app.note  # money written as everywhere else: code, grouping, minor units


def test_an_unknown_payer_is_not_searched_across_a_large_ledger() -> None:
    invoices, _ = generated_ledger(customers=100, per_customer=5, payments=0, seed=3)
    app = OpenLedger(invoices).apply(Payment("P-1", DAY0, invoices[7].balance, "USD", "Nobody Ltd"), None)
    assert app.outcome == "unmatched" and "'Nobody Ltd' matches no customer" in app.note and "by hand" in app.note
    # named by its number, the same payer's payment applies
    app = OpenLedger(invoices).apply(Payment("P-2", DAY0, invoices[7].balance, "USD", "Nobody Ltd",
                                             invoices[7].number.lower()), None)
    assert (app.method, app.allocations) == ("reference", [(invoices[7].id, invoices[7].balance)])


def test_later_payments_see_what_earlier_ones_paid() -> None:
    invoices = [OpenInvoice("in_1", "INV-1", "c1", "USD", D("100.00"), DAY0, DAY0)]
    ledger = OpenLedger(invoices)
    first = ledger.apply(Payment("P-1", DAY0, D("60.00"), "USD", "P", "INV-1"), "c1")
    second = ledger.apply(Payment("P-2", DAY0, D("40.00"), "USD", "P", "INV-1"), "c1")
    third = ledger.apply(Payment("P-3", DAY0, D("5.00"), "USD", "P", "INV-1"), "c1")
    assert (first.outcome, second.outcome, second.allocations) == ("short", "exact", [("in_1", D("40.00"))])
    assert third.outcome == "unmatched" and third.note == "c1 has no open invoice in USD"
