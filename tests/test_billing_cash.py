"""Cash application pinned to the cent: several invoices, subsets, short, over and unmatched payments."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from accrue.core.actions import ApplyPayment
from accrue.core.billing.cash import OpenInvoice, OpenLedger, Payment, apply_cash, unique_subset
from accrue.core.planner import plan_payments

D = Decimal


def inv(number: str, balance: str, due: str = "2026-04-30", customer: str = "cus-a", currency: str = "USD",
        ) -> OpenInvoice:
    return OpenInvoice(number, number, customer, currency, D(balance), date(2026, 4, 1), date.fromisoformat(due))


def pay(amount: str, reference: str = "", currency: str = "USD", fee: str = "0", pid: str = "P-1") -> Payment:
    return Payment(pid, date(2026, 5, 2), D(amount), currency, "Payer Inc", reference, D(fee), 2)


OPEN = [inv("INV-0101", "4000.00", "2026-03-31"), inv("INV-0102", "2500.00", "2026-04-07"),
        inv("INV-0103", "1750.50", "2026-04-14"), inv("INV-0104", "900.00", "2026-04-21")]


def test_payment_covering_three_invoices_by_reference() -> None:
    # 8,250.50 referencing three invoices: 4,000.00 + 2,500.00 + 1,750.50 = 8,250.50 exactly; INV-0104 untouched.
    app = apply_cash(pay("8250.50", "INV-0101 / inv 0102; INV-0103"), OPEN, "cus-a")
    assert app.outcome == "exact" and app.method == "reference"
    assert app.allocations == [("INV-0101", D("4000.00")), ("INV-0102", D("2500.00")), ("INV-0103", D("1750.50"))]
    assert app.unapplied == 0 and app.remaining == []


def test_payment_without_reference_applies_to_the_unique_subset() -> None:
    # Open: 4,000.00, 2,500.00, 1,750.50, 900.00. 3,400.00 = 2,500.00 + 900.00 is the only subset summing to it.
    app = apply_cash(pay("3400.00"), OPEN, "cus-a")
    assert (app.outcome, app.method) == ("exact", "subset")
    assert app.allocations == [("INV-0102", D("2500.00")), ("INV-0104", D("900.00"))]


def test_ambiguous_subset_is_unmatched() -> None:
    # 1,000 + 500 and 1,500 both make 1,500.00: no unique subset, and the payer has several open invoices.
    open_ = [inv("A", "1000.00"), inv("B", "500.00"), inv("C", "1500.00")]
    assert unique_subset(D("1500.00"), open_, "USD") is None
    app = apply_cash(pay("1500.00"), open_, "cus-a")
    assert app.outcome == "unmatched" and app.allocations == []


def test_short_payment_applies_and_leaves_the_remainder_open() -> None:
    # 12,000.00 invoice paid 11,950.00: apply 11,950.00, 50.00 stays open -> collections task (above the 5.00
    # write-off tolerance). Entry: Dr Cash 11,950.00 / Cr AR 11,950.00.
    app = apply_cash(pay("11950.00", "INV-0311"), [inv("INV-0311", "12000.00")], "cus-a")
    assert (app.outcome, app.allocations, app.remaining) == ("short", [("INV-0311", D("11950.00"))],
                                                             [("INV-0311", D("50.00"))])
    actions = plan_payments([app], run_id="r1", invoices={}, write_off_tolerance=D("5.00"), already_recorded=set())
    assert [a.type for a in actions] == ["apply_payment", "post_journal_entry", "create_collections_task", "notify"]
    task = actions[2]
    assert task.amount_outstanding == D("50.00")  # type: ignore[union-attr]
    assert [(ln.account, ln.debit, ln.credit) for ln in actions[1].lines] == [  # type: ignore[union-attr]
        ("Cash", D("11950.00"), D("0")), ("Accounts Receivable", D("0"), D("11950.00"))]


def test_short_payment_within_tolerance_proposes_a_write_off() -> None:
    # 2.50 short (bank charges): a write-off of 2.50 with its entry Dr Bad Debt Expense / Cr AR.
    app = apply_cash(pay("2997.50", "INV-0201", "EUR"), [inv("INV-0201", "3000.00", currency="EUR")], None)
    actions = plan_payments([app], run_id="r1", invoices={}, write_off_tolerance=D("5.00"), already_recorded=set())
    assert [a.type for a in actions] == ["apply_payment", "post_journal_entry", "write_off", "post_journal_entry",
                                         "notify"]
    assert actions[2].amount == D("2.50") and actions[3].depends_on == [actions[2].id]  # type: ignore[union-attr]


def test_short_payment_across_referenced_invoices_pays_oldest_due_first() -> None:
    # 5,000.00 against INV-0101 (due Mar 31, 4,000.00) and INV-0102 (due Apr 7, 2,500.00): 4,000.00 then 1,000.00;
    # 1,500.00 stays open on INV-0102.
    app = apply_cash(pay("5000.00", "INV-0102, INV-0101"), OPEN, "cus-a")
    assert app.allocations == [("INV-0101", D("4000.00")), ("INV-0102", D("1000.00"))]
    assert app.remaining == [("INV-0102", D("1500.00"))]


def test_overpayment_keeps_the_excess_as_unapplied_cash() -> None:
    # 2,150.00 against a 2,000.00 invoice: apply 2,000.00, 150.00 unapplied.
    # Entry: Dr Cash 2,150.00 / Cr AR 2,000.00 / Cr Unapplied Cash 150.00.
    app = apply_cash(pay("2150.00", "INV-0701"), [inv("INV-0701", "2000.00")], "cus-a")
    assert (app.outcome, app.allocations, app.unapplied) == ("over", [("INV-0701", D("2000.00"))], D("150.00"))
    actions = plan_payments([app], run_id="r1", invoices={}, write_off_tolerance=D("5.00"), already_recorded=set())
    apply, entry = actions[0], actions[1]
    assert apply.unapplied_amount == D("150.00")  # type: ignore[union-attr]
    assert [(ln.account, ln.debit, ln.credit) for ln in entry.lines] == [  # type: ignore[union-attr]
        ("Cash", D("2150.00"), D("0")), ("Accounts Receivable", D("0"), D("2000.00")),
        ("Unapplied Cash", D("0"), D("150.00"))]


def test_processor_fee_is_debited_to_fees() -> None:
    # Gross 24,100.00 with a 70.00 fee: Dr Cash 24,030.00, Dr Payment Processing Fees 70.00 / Cr AR 24,000.00,
    # Cr Unapplied Cash 100.00.
    app = apply_cash(pay("24100.00", "INV-0301", fee="70.00"), [inv("INV-0301", "24000.00")], "cus-a")
    entry = plan_payments([app], run_id="r", invoices={}, write_off_tolerance=D(5), already_recorded=set())[1]
    assert [(ln.account, ln.debit, ln.credit) for ln in entry.lines] == [  # type: ignore[union-attr]
        ("Cash", D("24030.00"), D("0")), ("Payment Processing Fees", D("70.00"), D("0")),
        ("Accounts Receivable", D("0"), D("24000.00")), ("Unapplied Cash", D("0"), D("100.00"))]


def test_unmatched_payment_is_posted_wholly_to_unapplied_cash() -> None:
    app = apply_cash(pay("999.99"), OPEN, None)
    assert app.outcome == "unmatched" and "no unique combination" in app.note
    apply, entry, notice = plan_payments([app], run_id="r", invoices={}, write_off_tolerance=D(5),
                                         already_recorded=set())
    assert isinstance(apply, ApplyPayment) and (apply.allocations, apply.unapplied_amount) == ([], D("999.99"))
    assert [(ln.account, ln.debit, ln.credit) for ln in entry.lines] == [  # type: ignore[union-attr]
        ("Cash", D("999.99"), D("0")), ("Unapplied Cash", D("0"), D("999.99"))]
    assert "matched no open invoice; USD 999.99 went to unapplied cash" in notice.message  # type: ignore[union-attr]
    assert "applied (" not in notice.message  # type: ignore[union-attr]


def test_other_currencies_are_never_candidates() -> None:
    app = apply_cash(pay("4000.00", "INV-0101", currency="EUR"), OPEN, "cus-a")
    assert app.outcome == "unmatched"


def test_references_match_whole_tokens_only() -> None:
    open_ = [inv("INV-1", "10.00"), inv("INV-10", "20.00")]
    assert [i.id for i in OpenLedger(open_).referenced("paying INV-10")] == ["INV-10"]
