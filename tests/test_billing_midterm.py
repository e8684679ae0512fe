"""Mid-term changes pinned to the cent: seat increases, plan changes, downgrades, reading amendment lines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from accrue.core.billing.midterm import ItemChange, change_invoice, match_changes, midterm_change, schedule_after
from accrue.core.planner import plan_amendment
from accrue.core.terms import ContractTerms, LineItem

D = Decimal


def item(desc: str, qty: str, price: str, sku: str | None = None) -> LineItem:
    return LineItem.model_validate({"description": desc, "sku": sku, "quantity": qty, "unit_price": price,
                                    "price_period": "year"})


def contract(**kw: object) -> ContractTerms:
    base: dict[str, object] = {
        "customer_legal_name": "Relecloud Media Inc.", "currency": "USD", "payment_terms_days": 30,
        "service_start_date": "2026-02-01", "service_end_date": "2027-01-31", "billing_frequency": "annual",
        "billing_timing": "advance",
        "line_items": [item("Publishing Platform", "1", "12000.00", "RC-PLAT").model_dump(),
                       item("Editor Seats", "50", "120.00", "RC-SEAT").model_dump()]}
    base.update(kw)
    return ContractTerms.model_validate(base)


def test_mid_term_seat_increase_credits_old_and_charges_new_on_one_invoice() -> None:
    # Annual period Feb 1, 2026..Jan 31, 2027 = 365 days; change effective Aug 10, 2026.
    # Remaining Aug 10..Jan 31 = 22 + 30 + 31 + 30 + 31 + 31 = 175 days.
    #   credit 50 x 120 = 6,000 x 175/365 = 2,876.7123... -> -2,876.71
    #   charge 80 x 120 = 9,600 x 175/365 = 4,602.7397... -> 4,602.74
    # One invoice dated Aug 10 (the effective date), due Sep 9 (Net 30): 1,726.03.
    t = contract()
    changes = match_changes(t.line_items, [item("Editor Seats", "80", "120.00", "RC-SEAT")])
    assert [(c.original_index, c.new.quantity if c.new else None) for c in changes] == [(1, D("80"))]
    change = midterm_change(t, changes, date(2026, 8, 10))
    assert [ln.amount for ln in change.lines] == [D("-2876.71"), D("4602.74")]
    assert all((ln.period_start, ln.period_end) == (date(2026, 8, 10), date(2027, 1, 31)) for ln in change.lines)
    inv = change_invoice(change, t)
    assert (inv.invoice_date, inv.due_date, inv.amount) == (date(2026, 8, 10), date(2026, 9, 9), D("1726.03"))


def test_monthly_billing_prorates_against_the_month() -> None:
    # Billed monthly: the current period is Aug 1..Aug 31 (31 days); from Aug 10: 22 days.
    #   old 6,000/year -> 500/month x 22/31 = 354.838... -> -354.84
    #   new 9,600/year -> 800/month x 22/31 = 567.741... -> 567.74
    t = contract(service_start_date="2026-01-01", service_end_date="2026-12-31", billing_frequency="monthly")
    changes = match_changes(t.line_items, [item("Editor Seats", "80", "120.00", "RC-SEAT")])
    change = midterm_change(t, changes, date(2026, 8, 10))
    assert [ln.amount for ln in change.lines] == [D("-354.84"), D("567.74")]
    assert change.net == D("212.90")


def test_plan_change_with_explicit_removed_and_added_lines() -> None:
    # Standard (24,000/yr) -> Enterprise (36,000/yr) on Apr 16, 2026; term Jan 1..Dec 31, 2026 (365 days);
    # Apr 16..Dec 31 = 15 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31 = 260 days.
    #   credit 24,000 x 260/365 = 17,095.890... -> -17,095.89; charge 36,000 x 260/365 = 25,643.835... -> 25,643.84
    t = contract(service_start_date="2026-01-01", service_end_date="2026-12-31",
                 line_items=[item("Standard Plan", "1", "24000.00", "FAB-STD").model_dump()])
    amended = [item("Removed: Standard Plan", "1", "24000.00", "FAB-STD"),
               item("Added: Enterprise Plan", "1", "36000.00", "FAB-ENT")]
    changes = match_changes(t.line_items, amended)
    assert [(c.original_index, c.old is not None, c.new.description if c.new else None) for c in changes] == [
        (0, True, None), (None, False, "Enterprise Plan")]
    change = midterm_change(t, changes, date(2026, 4, 16))
    assert [ln.amount for ln in change.lines] == [D("-17095.89"), D("25643.84")]
    assert change.net == D("8547.95")


def test_previous_lines_only_restate_and_unchanged_lines_are_ignored() -> None:
    t = contract()
    amended = [item("Previous: Editor Seats", "50", "120.00", "RC-SEAT"),
               item("Amended: Editor Seats", "80", "120.00", "RC-SEAT"),
               item("Publishing Platform", "1", "12000.00", "RC-PLAT")]
    changes = match_changes(t.line_items, amended)
    assert [(c.original_index, c.amendment_index) for c in changes] == [(1, 1)]


def test_downgrade_is_a_credit_note_on_the_current_invoice() -> None:
    # 50 -> 20 seats from Aug 10: credit 2,876.71, charge 2,400 x 175/365 = 1,150.684... -> 1,150.68;
    # net -1,726.03 becomes a credit note of 1,726.03 on the period's invoice; amendments always need approval.
    t = contract()
    changes = match_changes(t.line_items, [item("Editor Seats", "20", "120.00", "RC-SEAT")])
    actions = plan_amendment(t, changes, date(2026, 8, 10), run_id="run-downgrade",
                             existing_customers={"cus-relecloud": "Relecloud Media Inc."},
                             current_invoice="INV-2026-0201", amendment_evidence=["amendment.effective_date"])
    assert [a.type for a in actions] == ["create_subscription", "create_credit_note", "post_journal_entry", "notify"]
    credit = actions[1]
    assert (credit.invoice_id, credit.amount) == ("INV-2026-0201", D("1726.03"))  # type: ignore[union-attr]


def test_schedule_after_the_change_uses_the_new_price() -> None:
    # Quarterly, 50 -> 80 seats on Aug 10: the Oct 1 and later invoices bill 80 x 120 / 4 = 2,400 for seats.
    t = contract(service_start_date="2026-01-01", service_end_date="2026-12-31", billing_frequency="quarterly")
    changes = [ItemChange(1, t.line_items[1], item("Editor Seats", "80", "120.00", "RC-SEAT"), 0)]
    after = schedule_after(t, changes, date(2026, 8, 10))
    assert [(i.invoice_date, [ln.amount for ln in i.lines]) for i in after] == [
        (date(2026, 10, 1), [D("3000.00"), D("2400.00")])]


def test_role_markers_are_read_from_the_citation_when_the_description_lacks_them() -> None:
    # Extractors often keep "Removed:" out of the description; the line's quote still has it.
    t = contract(service_start_date="2026-01-01", service_end_date="2026-12-31",
                 line_items=[item("Standard Plan", "1", "24000.00", "FAB-STD").model_dump()])
    amended = [item("Standard Plan", "1", "24000.00", "FAB-STD"), item("Enterprise Plan", "1", "36000.00", "FAB-ENT")]
    quotes = ["Removed: Standard Plan (FAB-STD): 1 x USD 24,000.00 per year",
              "Added: Enterprise Plan (FAB-ENT): 1 x USD 36,000.00 per year"]
    changes = match_changes(t.line_items, amended, quotes)
    assert [(c.original_index, c.new is not None) for c in changes] == [(0, False), (None, True)]
    # without the quotes the unchanged Standard line is a restatement and Enterprise is simply added
    assert [(c.original_index, c.new is not None) for c in match_changes(t.line_items, amended)] == [(None, True)]


def test_unmarked_old_and_new_lines_for_the_same_product() -> None:
    # "Editor Seats 50 x 120" then "Editor Seats 80 x 120", no markers anywhere: the first restates the
    # contract, the second is the new state.
    t = contract()
    amended = [item("Editor Seats", "50", "120.00", "RC-SEAT"), item("Editor Seats", "80", "120.00", "RC-SEAT")]
    (change,) = match_changes(t.line_items, amended)
    assert (change.original_index, change.new.quantity if change.new else None, change.amendment_index) == (
        1, D("80"), 1)


def test_a_restated_line_the_contract_lacks_is_still_the_old_state() -> None:
    # The contract as read has only the platform; the amendment says "Previous: Editor Seats 50" and "Amended:
    # Editor Seats 80": credit 50 seats and charge 80 for the rest of the period, as the amendment states.
    t = contract(line_items=[item("Publishing Platform", "1", "12000.00", "RC-PLAT").model_dump()])
    amended = [item("Previous: Editor Seats", "50", "120.00", "RC-SEAT"),
               item("Amended: Editor Seats", "80", "120.00", "RC-SEAT")]
    (change,) = match_changes(t.line_items, amended)
    assert change.original_index is None and change.old is not None and change.old.quantity == D("50")
    assert [ln.amount for ln in midterm_change(t, [change], date(2026, 8, 10)).lines] == [D("-2876.71"),
                                                                                       D("4602.74")]


def test_a_change_is_priced_at_the_contract_year_its_period_was_billed_at() -> None:
    # Annual, anchored day:1, from Mar 17, 2026 for 36 months, 10% escalator. The period Apr 1, 2027..Mar 31, 2028
    # (366 days) starts in contract year 2, so it was billed at 10,000 x 1.1 = 11,000.00. Year 3 begins Mar 17,
    # 2028, inside that period. 10 -> 20 seats from Mar 20, 2028: Mar 20..Mar 31 = 12 days, at the billed price:
    #   credit 11,000 x 12/366 = 360.655... -> -360.66; charge 22,000 x 12/366 = 721.311... -> 721.31
    # (at year 3's 12,100 the credit would be 396.72: more than was billed for those days).
    t = contract(service_start_date="2026-03-17", service_end_date=None, term_months=36, billing_anchor="day:1",
                 price_escalator_percent="10", line_items=[item("Seats", "10", "1000.00", "S").model_dump()])
    changes = match_changes(t.line_items, [item("Seats", "20", "1000.00", "S")])
    change = midterm_change(t, changes, date(2028, 3, 20))
    assert [ln.amount for ln in change.lines] == [D("-360.66"), D("721.31")]
