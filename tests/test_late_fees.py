"""Late fees and the dunning plan, on hand-worked figures: the interest to the cent, the reminder steps at their
boundaries, collections after the set days, and nothing twice."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from accrue.adapters.policy_file import load_policy
from accrue.core.actions import CreateCollectionsTask, CreateInvoice, Notify, PostJournalEntry
from accrue.core.billing.late_fees import interest_through, late_fee, whole_months_after
from accrue.core.dunning import OverdueInvoice, collections_key, plan_dunning, reminder_key, step_reached
from accrue.core.errors import ConfigError
from accrue.core.policy import DunningRules, PolicyContext, apply_policy

D = Decimal
DUE = date(2027, 2, 16)
RULES = DunningRules()  # the defaults: reminders at 7, 21, 45 days; collections after 60; late fees by days


def _invoice(**kw: object) -> OverdueInvoice:
    base: dict[str, object] = dict(invoice_id="inv-1", number="INV-0001", customer_id="cus-pioneer",
                                   customer_name="Pioneer Health Corporation", currency="USD",
                                   balance=D("58200.00"), due_date=DUE, late_fee_percent=D("1.5"))
    return OverdueInvoice(**{**base, **kw})  # type: ignore[arg-type]


def test_interest_by_days_is_the_monthly_rate_times_12_over_365_rounded_once() -> None:
    # 58,200.00 x 1.5% x 12 x 7 / 365 = 73,332 / 365 = 200.9096 -> 200.91
    assert interest_through(D("58200.00"), D("1.5"), DUE, DUE + timedelta(days=7), "USD", "days") == D("200.91")
    # through day 21: 219,996 / 365 = 602.7287 -> 602.73; with 200.91 charged at day 7, the fee is 401.82
    assert late_fee(D("58200.00"), D("1.5"), DUE, DUE + timedelta(days=21), "USD", "days",
                    charged=D("200.91")) == D("401.82")
    # JPY has no minor unit: 100,000 x 2% x 12 x 10 / 365 = 657.53 -> 658
    assert interest_through(D("100000"), D("2"), DUE, DUE + timedelta(days=10), "JPY", "days") == D("658")


def test_interest_by_whole_months_counts_months_from_the_due_date() -> None:
    assert whole_months_after(date(2026, 3, 31), date(2026, 4, 29)) == 0
    assert whole_months_after(date(2026, 3, 31), date(2026, 4, 30)) == 1  # a month end clamps
    # 45 days after Feb 16, 2027 is Apr 2: one whole month (Mar 16), so 58,200.00 x 1.5% = 873.00
    assert interest_through(D("58200.00"), D("1.5"), DUE, DUE + timedelta(days=45), "USD", "months") == D("873.00")
    assert interest_through(D("58200.00"), D("1.5"), DUE, DUE + timedelta(days=21), "USD", "months") == D("0.00")


def test_no_fee_before_the_due_date_nor_when_the_fees_charged_cover_it() -> None:
    assert interest_through(D("1000.00"), D("1.5"), DUE, DUE, "USD", "days") == D("0.00")
    assert late_fee(D("1000.00"), D("1.5"), DUE, DUE + timedelta(days=7), "USD", "days", charged=D("50.00")) == \
        D("0.00")


@pytest.mark.parametrize(("days", "step"), [(6, None), (7, 7), (8, 7), (20, 7), (21, 21), (44, 21), (45, 45),
                                            (400, 45)])
def test_the_latest_step_reached(days: int, step: int | None) -> None:
    assert step_reached(days, RULES.reminder_days) == step


def test_reminder_steps_at_the_boundaries_6_7_8_days() -> None:
    assert plan_dunning([_invoice()], DUE + timedelta(days=6), RULES, done=frozenset()) == []
    notice, fee, entry = plan_dunning([_invoice()], DUE + timedelta(days=7), RULES, done=frozenset())
    assert isinstance(notice, Notify) and notice.channel == "#collections"
    assert notice.message == ("Pioneer Health Corporation: reminder (7 days overdue): invoice INV-0001 for "
                              "USD 58,200.00 was due 2027-02-16 and is unpaid; a late fee of USD 200.91 (1.5% a "
                              "month, as the contract states) is proposed.")
    assert isinstance(fee, CreateInvoice)
    assert (fee.invoice_id, fee.amount, fee.invoice_date, fee.due_date) == ("fee-inv-1-d7", D("200.91"),
                                                                            DUE + timedelta(days=7),
                                                                            DUE + timedelta(days=7))
    assert [ln.revenue_type for ln in fee.lines] == ["late_fee"]
    assert isinstance(entry, PostJournalEntry) and entry.depends_on == [fee.id]
    assert [(ln.account, ln.debit, ln.credit) for ln in entry.lines] == [
        ("Accounts Receivable", D("200.91"), D(0)), ("Late Fee Income", D(0), D("200.91"))]
    # day 8: the step-7 reminder is on the books, so nothing is due; without it, step 7 is still the latest
    done = frozenset({reminder_key("inv-1", 7)})
    assert plan_dunning([_invoice()], DUE + timedelta(days=8), RULES, done=done) == []
    assert [a.type for a in plan_dunning([_invoice()], DUE + timedelta(days=8), RULES, done=frozenset())] == [
        "notify", "create_invoice", "post_journal_entry"]


def test_keys_are_the_invoice_and_step_whatever_the_run() -> None:
    first = plan_dunning([_invoice()], DUE + timedelta(days=7), RULES, done=frozenset())
    later = plan_dunning([_invoice()], DUE + timedelta(days=9), RULES, done=frozenset())
    assert [a.idempotency_key for a in first] == [a.idempotency_key for a in later]
    assert first[0].idempotency_key == reminder_key("inv-1", 7)


def test_each_step_charges_its_own_window_whatever_became_of_the_last_fee() -> None:
    # through day 21: 602.73; through day 7: 200.91. Whether the day-7 fee was approved, is still waiting or was
    # rejected (waived), the day-21 fee is the window between them, 401.82: never the 602.73 a second time.
    actions = plan_dunning([_invoice()], DUE + timedelta(days=21), RULES, done=frozenset({reminder_key("inv-1", 7)}))
    (fee,) = [a for a in actions if isinstance(a, CreateInvoice)]
    assert (fee.invoice_id, fee.amount) == ("fee-inv-1-d21", D("401.82"))


def test_a_first_reminder_at_a_later_step_charges_from_the_due_date() -> None:
    # no reminder went out at day 7 (dunning first ran on day 21): the fee is the interest through day 21, 602.73
    (fee,) = [a for a in plan_dunning([_invoice()], DUE + timedelta(days=21), RULES, done=frozenset())
              if isinstance(a, CreateInvoice)]
    assert fee.amount == D("602.73")


def test_the_windows_add_up_to_the_interest_through_the_last_step() -> None:
    fees = []
    for step in RULES.reminder_days:
        done = frozenset(reminder_key("inv-1", s) for s in RULES.reminder_days if s < step)
        fees += [a.amount for a in plan_dunning([_invoice()], DUE + timedelta(days=step), RULES, done=done)
                 if isinstance(a, CreateInvoice)]
    last = max(RULES.reminder_days)
    assert sum(fees) == late_fee(D("58200.00"), D("1.5"), DUE, DUE + timedelta(days=last), "USD", "days")


def test_collections_task_from_the_set_days_once() -> None:
    done = frozenset({reminder_key("inv-1", 45)})
    assert plan_dunning([_invoice()], DUE + timedelta(days=59), RULES, done=done) == []
    (task,) = plan_dunning([_invoice()], DUE + timedelta(days=60), RULES, done=done)
    assert isinstance(task, CreateCollectionsTask)
    assert (task.invoice_id, task.amount_outstanding, task.currency) == ("inv-1", D("58200.00"), "USD")
    assert plan_dunning([_invoice()], DUE + timedelta(days=61), RULES,
                        done=done | {collections_key("inv-1")}) == []
    assert plan_dunning([_invoice()], DUE + timedelta(days=90), DunningRules(collections_after_days=0), done=done) == []


def test_no_late_fee_without_a_contract_rate_on_a_late_fee_or_when_the_policy_says_so() -> None:
    day = DUE + timedelta(days=7)
    for invoice, rules in ((_invoice(late_fee_percent=None), RULES), (_invoice(is_late_fee=True), RULES),
                           (_invoice(), DunningRules(late_fees=False))):
        assert [a.type for a in plan_dunning([invoice], day, rules, done=frozenset())] == ["notify"]


def test_the_policy_holds_the_late_fee_and_lets_the_reminder_go() -> None:
    policy = load_policy()
    actions = apply_policy(plan_dunning([_invoice()], DUE + timedelta(days=7), policy.dunning, done=frozenset()),
                           PolicyContext(kind="dunning"), policy)
    assert [(a.type, a.needs_approval) for a in actions] == [
        ("notify", False), ("create_invoice", True), ("post_journal_entry", False)]
    assert actions[1].reasons == ["late fees need approval"]


def test_the_dunning_policy_is_read_from_policy_toml(tmp_path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text('[dunning]\nreminder_days = [10, 30]\nlate_fee_basis = "months"\n')
    rules = load_policy(path).dunning
    assert (rules.reminder_days, rules.late_fee_basis, rules.collections_after_days) == ([10, 30], "months", 60)
    path.write_text("[dunning]\nreminder_days = [30, 10]\n")
    with pytest.raises(ConfigError, match="reminder_days"):
        load_policy(path)
