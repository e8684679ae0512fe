"""Bill runs: every scheduled invoice due by a date, once, through the same graph as a first invoice.

Amounts are worked by hand in the comments: the schedule rules are docs/billing.md (periods from the start
date, advance dated on the period's first day, arrears on the day after it ends, escalator by contract year).
"""

from __future__ import annotations

import json
import signal
import time
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sqlmodel import select

from accrue.adapters.books import BooksInvoice, BooksInvoiceLine, JournalEntry
from accrue.core.billing.bill_run import (
    SubscriptionOnBooks,
    due_invoices,
    missing_usage_finding,
    quiet_usage_effect,
    unbilled_usage,
)
from accrue.core.billing.periods import ONE_DAY, Period
from accrue.core.billing.schedule import build_schedule
from accrue.core.billing.true_up import TrueUp, UsageBilled, commitment_periods, true_ups_due
from accrue.core.planner import effect_key, missing_usage, plan_bill_run
from accrue.core.terms import ContractTerms, MinimumCommitment
from accrue.interfaces.server.worker import Writer
from accrue.settings import load_settings
from tests.conftest import example, run_cli, run_cli_process
from tests.stripe_fakes import session_factory

D = Decimal


def terms(**kw: object) -> ContractTerms:
    base: dict[str, object] = {"customer_legal_name": "Test Co", "currency": "USD", "payment_terms_days": 30,
                               "billing_frequency": "monthly", "billing_timing": "advance"}
    base.update(kw)
    return ContractTerms.model_validate(base)


def subscription(t: ContractTerms, billed: tuple[Period, ...] = (), ends: date | None = None) -> SubscriptionOnBooks:
    return SubscriptionOnBooks(subscription_id="sub-0123456789abcdef", customer_id="cus-test-co",
                               customer_name="Test Co", terms=t,
                               scheduled=tuple(inv.period_start for inv in build_schedule(t)), ends=ends,
                               billed=billed)


def dated(invoices: list) -> list[tuple[date, Decimal]]:
    return [(inv.invoice_date, inv.amount) for inv in invoices]


def test_monthly_in_advance_issues_each_month_once_and_escalates_on_the_anniversary() -> None:
    # 1,200.00 a year billed monthly in advance from Jan 15, 2026 for 24 months, 10% escalator: 100.00 a month in
    # the first contract year, 1,320.00 / 12 = 110.00 from Jan 15, 2027. The first invoice (Jan 15, 2026) is on
    # the books; through Jan 14, 2027 eleven more fall due (Feb 15 .. Dec 15), through Jan 15, 2027 a twelfth
    # at the escalated price.
    t = terms(service_start_date="2026-01-15", term_months=24, price_escalator_percent="10",
              line_items=[{"description": "Platform", "quantity": "1", "unit_price": "1200.00",
                           "price_period": "year"}])
    first = (Period(date(2026, 1, 15), date(2026, 2, 14)),)
    due = due_invoices(subscription(t, first), date(2027, 1, 14))
    assert dated(due) == [(date(2026, m, 15), D("100.00")) for m in range(2, 13)]
    due = due_invoices(subscription(t, first), date(2027, 1, 15))
    assert dated(due)[-1] == (date(2027, 1, 15), D("110.00"))
    assert len(due) == 12


def test_arrears_invoices_fall_due_the_day_after_their_period() -> None:
    # 4,000.00 a year, quarterly in arrears from Jan 1, 2026: 1,000.00 a quarter, dated Apr 1, Jul 1, Oct 1, Jan 1.
    # Through Jul 1 the first two are due, for Q1 and Q2; through Jun 30 only Q1.
    t = terms(service_start_date="2026-01-01", term_months=12, billing_frequency="quarterly",
              billing_timing="arrears", line_items=[{"description": "Platform", "quantity": "1",
                                                     "unit_price": "4000.00", "price_period": "year"}])
    due = due_invoices(subscription(t), date(2026, 7, 1))
    assert dated(due) == [(date(2026, 4, 1), D("1000.00")), (date(2026, 7, 1), D("1000.00"))]
    assert [(inv.period_start, inv.period_end) for inv in due] == [
        (date(2026, 1, 1), date(2026, 3, 31)), (date(2026, 4, 1), date(2026, 6, 30))]
    assert dated(due_invoices(subscription(t), date(2026, 6, 30))) == [(date(2026, 4, 1), D("1000.00"))]


def test_ramp_steps_bill_the_price_of_their_year() -> None:
    # Ramp: 12,000.00 a year in 2026, 18,000.00 a year in 2027, monthly in advance: 1,000.00 then 1,500.00.
    t = terms(service_start_date="2026-01-01", service_end_date="2027-12-31", line_items=[
        {"description": "Platform year 1", "quantity": "1", "unit_price": "12000.00", "price_period": "year",
         "start_date": "2026-01-01", "end_date": "2026-12-31"},
        {"description": "Platform year 2", "quantity": "1", "unit_price": "18000.00", "price_period": "year",
         "start_date": "2027-01-01", "end_date": "2027-12-31"}])
    billed = tuple(Period(date(2026, m, 1), date(2026, m, 28)) for m in range(1, 13))
    assert dated(due_invoices(subscription(t, billed), date(2027, 2, 1))) == [
        (date(2027, 1, 1), D("1500.00")), (date(2027, 2, 1), D("1500.00"))]


def test_a_superseded_subscription_bills_only_the_periods_its_schedule_kept() -> None:
    t = terms(service_start_date="2026-01-01", term_months=12, line_items=[
        {"description": "Platform", "quantity": "1", "unit_price": "1200.00", "price_period": "year"}])
    kept = replace(subscription(t, ends=date(2026, 3, 31)),
                   scheduled=(date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)))
    due = due_invoices(kept, date(2026, 12, 31))
    assert [inv.period_start for inv in due] == [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]


def test_a_period_is_keyed_by_subscription_and_period_not_by_the_run() -> None:
    # Two bill runs that both find March due propose the same invoice id and idempotency keys: the executor
    # issues it once whichever runs first (and a run that resumes after a crash proposes them again).
    t = terms(service_start_date="2026-01-01", term_months=12, line_items=[
        {"description": "Platform", "quantity": "1", "unit_price": "1200.00", "price_period": "year"}])
    sub = subscription(t, billed=(Period(date(2026, 1, 1), date(2026, 1, 31)), Period(date(2026, 2, 1),
                                                                                     date(2026, 2, 28))))
    first = plan_bill_run([sub], date(2026, 3, 1), run_id="run-one")
    second = plan_bill_run([sub], date(2026, 3, 31), run_id="run-two")
    keyed = [(a.type, a.idempotency_key) for a in first if a.type != "notify"]
    assert keyed == [(a.type, a.idempotency_key) for a in second if a.type != "notify"]
    (invoice,) = [a for a in first if a.type == "create_invoice"]
    assert invoice.invoice_id == "inv-0123456789abcdef-20260301"
    assert (invoice.amount, invoice.due_date, invoice.subscription_id) == (
        D("100.00"), date(2026, 3, 31), "sub-0123456789abcdef")


def _globex_invoices() -> list[tuple[date, Decimal, date | None]]:
    with session_factory()() as s:
        rows = []
        for inv in s.exec(select(BooksInvoice).order_by(BooksInvoice.invoice_date)):
            line = s.exec(select(BooksInvoiceLine).where(BooksInvoiceLine.invoice_id == inv.id)).first()
            rows.append((inv.invoice_date, Decimal(inv.amount), line.period_start if line else None))
        return rows


def test_bill_runs_issue_the_rest_of_the_schedule_once(home: Path, runtime) -> None:
    # Globex: EUR 12,000.00 a year (40 seats x 300.00), quarterly in advance from Apr 1, 2026 to Mar 31, 2027:
    # 3,000.00 a quarter, dated Apr 1, Jul 1, Oct 1 and Jan 1, due 15 days later (Net 15). The contract run issues
    # Apr 1.
    contract, deal = example("globex")
    assert runtime.start_contract_run(contract, deal).status == "completed"
    nothing = runtime.start_bill_run(date(2026, 6, 30))
    assert (nothing.status, nothing.actions) == ("completed", [])
    view = runtime.start_bill_run(date(2026, 12, 31))
    assert view.status == "completed" and view.kind == "bill_run"
    issued = [a for a in view.actions if a["type"] == "create_invoice"]
    assert [(a["invoice_date"], a["due_date"], a["amount"], a["status"]) for a in issued] == [
        ("2026-07-01", "2026-07-16", "3000.00", "executed"), ("2026-10-01", "2026-10-16", "3000.00", "executed")]
    assert runtime.start_bill_run(date(2026, 12, 31)).already_processed
    later = runtime.start_bill_run(date(2027, 3, 31))
    assert [a["invoice_date"] for a in later.actions if a["type"] == "create_invoice"] == ["2027-01-01"]
    invoices = _globex_invoices()
    assert [(d, a, p) for d, a, p in invoices] == [
        (date(2026, 4, 1), D("3000.00"), date(2026, 4, 1)), (date(2026, 7, 1), D("3000.00"), date(2026, 7, 1)),
        (date(2026, 10, 1), D("3000.00"), date(2026, 10, 1)), (date(2027, 1, 1), D("3000.00"), date(2027, 1, 1))]
    assert sum(a for _, a, _ in invoices) == D("12000.00")  # the contract, to the cent
    with session_factory()() as s:
        assert len(list(s.exec(select(JournalEntry)))) == 4  # Dr AR / Cr Deferred Revenue per invoice


def test_a_bill_run_killed_mid_run_resumes_without_issuing_anything_twice(home: Path) -> None:
    contract, deal = example("globex")
    run_cli("run", str(contract), "--deal", str(deal), "--json", home=home, check=True)
    # Killed right after the first invoice is written, before the executor records it.
    died = run_cli_process("bill", "--through", "2026-12-31", "--json", home=home, fault="kill-after-calls=1")
    assert died.returncode == -signal.SIGKILL, died.stderr
    again = json.loads(run_cli("bill", "--through", "2026-12-31", "--json", home=home, check=True).stdout)
    assert again["status"] == "completed"
    assert [a["status"] for a in again["actions"]] == ["executed"] * 5
    assert [(d, a) for d, a, _ in _globex_invoices()] == [
        (date(2026, 4, 1), D("3000.00")), (date(2026, 7, 1), D("3000.00")), (date(2026, 10, 1), D("3000.00"))]


def test_bill_refuses_a_date_it_cannot_read(home: Path) -> None:
    proc = run_cli("bill", "--through", "2026-13-01", home=home)
    assert proc.returncode == 2
    assert "accrue bill --through: '2026-13-01' is not a date; write it as YYYY-MM-DD" in proc.stderr


def test_the_service_starts_the_day_s_bill_run_at_its_time(home: Path, runtime) -> None:
    # bill_run_at = "06:00": at 07:00 UTC on Dec 31, 2026 the writer bills Globex's Jul 1 and Oct 1 quarters, once.
    contract, deal = example("globex")
    runtime.start_contract_run(contract, deal)
    settings = load_settings()
    settings = settings.model_copy(update={"server": settings.server.model_copy(update={"bill_run_at": "06:00"})})
    writer = Writer(settings, poll_seconds=0.05, now=lambda: datetime(2026, 12, 31, 7, 0, tzinfo=UTC))
    writer.start()
    try:
        deadline = time.monotonic() + 30
        while len(_globex_invoices()) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)  # a few more polls: the writer must not start the day's bill run again
    finally:
        writer.stop()
    assert [d for d, _, _ in _globex_invoices()] == [date(2026, 4, 1), date(2026, 7, 1), date(2026, 10, 1)]
    assert [r.kind for r in runtime.runs()].count("bill_run") == 1


def test_the_bill_run_time_must_be_a_time_of_day(home: Path) -> None:
    (home.parent / "accrue.toml").write_text('[server]\nbill_run_at = "6am"\n', encoding="utf-8")
    proc = run_cli("bill", "--through", "2026-12-31", home=home)
    assert proc.returncode == 2
    assert "bill_run_at" in proc.stderr


def test_an_amendment_supersedes_the_subscription_and_nothing_is_billed_twice(home: Path) -> None:
    # Globex (40 seats x EUR 300.00 a year, quarterly from Apr 1, 2026, Net 15) and the bundled amendment: 55
    # seats from Aug 15, 2026. The contract run bills Q2 (3,000.00); the bill run through Jul 1 bills Q3 at 40
    # seats (3,000.00). The amendment credits 40 seats and charges 55 for Aug 15 - Sep 30 (47 of 92 days):
    # -1,532.61 + 2,107.34 = 574.73. The old subscription ends Aug 14; the new one bills Q4 and Q1 at 55 seats,
    # 55 x 300 / 4 = 4,125.00 each. The year: 3,000.00 + 3,000.00 + 574.73 + 4,125.00 + 4,125.00 = 14,824.73.
    from accrue.adapters.books import BooksSubscription
    from tests.conftest import EXAMPLES, cli_json

    contract, deal = example("globex")
    cli_json("run", str(contract), "--deal", str(deal), home=home)
    cli_json("bill", "--through", "2026-07-01", home=home)
    amended = cli_json("event", "amendment", str(EXAMPLES / "events" / "amendment" / "amendment.pdf"),
                       "--contract", str(contract), home=home)
    assert isinstance(amended, dict) and amended["status"] == "waiting_approval"
    (new_sub,) = [a for a in amended["actions"] if a["type"] == "create_subscription"]
    assert new_sub["supersedes"] is not None
    done = cli_json("approve", amended["run_id"], "--as", "Dana Controller", home=home)
    assert isinstance(done, dict) and done["status"] == "completed"
    with session_factory()() as s:
        old = s.get(BooksSubscription, new_sub["supersedes"])
        assert old is not None and (old.status, old.end_date) == ("superseded", date(2026, 8, 14))
        assert [row["period_start"] for row in old.schedule] == ["2026-04-01", "2026-07-01"]
    later = cli_json("bill", "--through", "2027-03-31", home=home)
    assert isinstance(later, dict)
    assert [(a["invoice_date"], a["amount"], a["subscription_id"]) for a in later["actions"]
            if a["type"] == "create_invoice"] == [("2026-10-01", "4125.00", new_sub["subscription_id"]),
                                                  ("2027-01-01", "4125.00", new_sub["subscription_id"])]
    amounts = [a for _, a, _ in _globex_invoices()]
    assert amounts == [D("3000.00"), D("3000.00"), D("574.73"), D("4125.00"), D("4125.00")]
    assert sum(amounts) == D("14824.73")



def _renewing(**kw: object) -> ContractTerms:
    # 12,000.00 a year billed monthly in advance through 2026, 5% escalator, renews for 12 months, 30 days' notice.
    base: dict[str, object] = {"service_start_date": "2026-01-01", "service_end_date": "2026-12-31",
                               "price_escalator_percent": "5", "auto_renew": True, "renewal_term_months": 12,
                               "non_renewal_notice_days": 30, "customer_legal_name": "Test Co",
                               "line_items": [{"description": "Platform", "quantity": "1", "unit_price": "12000.00",
                                               "price_period": "year"}]}
    base.update(kw)
    return terms(**base)


def _all_of_2026(t: ContractTerms) -> SubscriptionOnBooks:
    billed = tuple(Period(date(2026, m, 1), date(2026, m, 28)) for m in range(1, 13))
    return subscription(t, billed=billed, ends=date(2026, 12, 31))


def test_a_renewal_reminder_comes_before_the_notice_deadline_once() -> None:
    # Notice deadline Dec 31 - 30 days = Dec 1; the reminder from 30 days before it, Nov 1, until Dec 1.
    sub = _all_of_2026(_renewing())
    assert plan_bill_run([sub], date(2026, 10, 31), run_id="r") == []
    (reminder,) = plan_bill_run([sub], date(2026, 11, 1), run_id="r")
    assert reminder.type == "notify" and reminder.message == (
        "Test Co: the subscription renews on 2027-01-01 unless notice of non-renewal is given by 2026-12-01.")
    assert plan_bill_run([sub], date(2026, 11, 2), run_id="r", sent=frozenset({reminder.idempotency_key})) == []
    assert plan_bill_run([sub], date(2026, 12, 2), run_id="r") == []  # past the deadline: nothing to remind of


def test_an_auto_renewing_subscription_rolls_into_its_next_term_with_the_escalator() -> None:
    # The renewal term is Jan 1 - Dec 31, 2027, contract year 2: 12,000.00 x 1.05 / 12 = 1,050.00 a month.
    actions = plan_bill_run([_all_of_2026(_renewing())], date(2027, 2, 1), run_id="r")
    assert [a.type for a in actions] == ["create_subscription", "notify", "create_invoice", "post_journal_entry",
                                         "create_invoice", "post_journal_entry", "notify"]
    renewal = actions[0]
    assert renewal.type == "create_subscription"
    assert (renewal.subscription_id, renewal.start_date, renewal.end_date, renewal.supersedes) == (
        "sub-0123456789abcdef-r20270101", date(2027, 1, 1), date(2027, 12, 31), "sub-0123456789abcdef")
    assert len(renewal.schedule) == 12 and renewal.schedule[0]["amount"] == "1050.00"
    assert actions[1].type == "notify" and actions[1].message == (
        "Test Co: subscription renewed for Jan 1, 2027 - Dec 31, 2027, prices escalated 5% a year.")
    invoices = [a for a in actions if a.type == "create_invoice"]
    assert [(i.invoice_date, i.amount, i.subscription_id, i.depends_on) for i in invoices] == [
        (date(2027, 1, 1), D("1050.00"), renewal.subscription_id, [renewal.id]),
        (date(2027, 2, 1), D("1050.00"), renewal.subscription_id, [renewal.id])]


def test_a_subscription_that_does_not_renew_is_announced_and_stops_billing() -> None:
    sub = _all_of_2026(_renewing(auto_renew=False))
    (notice,) = plan_bill_run([sub], date(2026, 12, 1), run_id="r")
    assert notice.type == "notify"
    assert notice.message == "Test Co: the subscription ends on 2026-12-31 and does not renew; billing stops then."
    assert plan_bill_run([sub], date(2027, 3, 1), run_id="r") == []


def test_globex_renews_on_its_anniversary_through_the_bill_run(home: Path, runtime) -> None:
    # Globex auto-renews for 12 months (no notice period stated: the deadline is the end, Mar 31, 2027, and the
    # reminder comes from Mar 1; this bill run is past it).
    # Through Apr 1, 2027 the bill run issues Jan 1, renews for Apr 1, 2027 - Mar 31, 2028 and issues its Apr 1
    # quarter, 3,000.00 (no escalator).
    from accrue.adapters.books import BooksSubscription

    runtime.start_contract_run(*example("globex"))
    view = runtime.start_bill_run(date(2027, 4, 1))
    kinds = [(a["type"], a.get("invoice_date") or a.get("start_date")) for a in view.actions if a["type"] != "notify"]
    assert [k for k in kinds if k[0] != "post_journal_entry"] == [
        ("create_invoice", "2026-07-01"), ("create_invoice", "2026-10-01"), ("create_invoice", "2027-01-01"),
        ("create_subscription", "2027-04-01"), ("create_invoice", "2027-04-01")]
    assert [a["message"] for a in view.actions if a["type"] == "notify"][0] == (
        "Globex GmbH: subscription renewed for Apr 1, 2027 - Mar 31, 2028.")  # past the deadline: no reminder
    assert view.status == "completed"
    with session_factory()() as s:
        subs = {sub.start_date: (sub.status, sub.end_date) for sub in s.exec(select(BooksSubscription))}
    assert subs == {date(2026, 4, 1): ("superseded", date(2027, 3, 31)),
                    date(2027, 4, 1): ("active", date(2028, 3, 31))}
    assert runtime.start_bill_run(date(2027, 4, 1)).actions == []  # a new run (the active set changed): nothing due
    july = runtime.start_bill_run(date(2027, 7, 1))
    assert [(a["invoice_date"], a["amount"]) for a in july.actions if a["type"] == "create_invoice"] == [
        ("2027-07-01", "3000.00")]


def test_a_scheduled_bill_run_without_a_date_bills_through_the_day_it_runs(home: Path, runtime) -> None:
    # The LangGraph Server cron's input: no `through`, a fixed run id. The graph bills through its clock's today.
    from langgraph.checkpoint.memory import InMemorySaver

    from accrue.workflow.graph import build_graph

    runtime.start_contract_run(*example("globex"))
    graph = build_graph().compile(checkpointer=InMemorySaver())
    context = replace(runtime.context, today=lambda: date(2026, 10, 1))
    out = graph.invoke({"run_id": "daily-bill-run", "kind": "bill_run", "inputs": {}},
                       {"configurable": {"thread_id": "cron-1"}}, context=context, durability="sync")
    assert out["status"] == "completed" and out["event"]["through"] == "2026-10-01"
    assert [(a["invoice_date"], a["status"]) for a in out["actions"] if a["type"] == "create_invoice"] == [
        ("2026-07-01", "executed"), ("2026-10-01", "executed")]



def test_an_amendment_on_the_first_day_of_an_unbilled_period_bills_that_period_once(home: Path,
                                                                                    tmp_path: Path) -> None:
    # The bundled amendment moved to Oct 1, 2026, recorded before the Oct 1 bill run. Its invoice credits the
    # whole quarter at 40 seats and charges it at 55: -3,000.00 + 4,125.00 = 1,125.00. The old subscription still
    # bills that quarter at 40 seats (3,000.00), the new one the next (4,125.00). The year: 3,000.00 (Q2) +
    # 3,000.00 (Q3) + 3,000.00 + 1,125.00 (Q4 at 55 seats: 4,125.00) + 4,125.00 (Q1) = 14,250.00
    # = 40 seats x 300.00 for half a year + 55 seats x 300.00 for the other half.
    from examples.events.make_events import AMENDMENT, pdf
    from tests.conftest import cli_json

    amendment = tmp_path / "amendment-oct.pdf"
    amendment.write_bytes(pdf("AMENDMENT NO. 1 TO ORDER FORM OF-2026-0102",
                              [ln.replace("August 15, 2026", "October 1, 2026") for ln in AMENDMENT]))
    contract, deal = example("globex")
    cli_json("run", str(contract), "--deal", str(deal), home=home)
    cli_json("bill", "--through", "2026-07-01", home=home)
    amended = cli_json("event", "amendment", str(amendment), "--contract", str(contract), home=home)
    assert isinstance(amended, dict)
    (change,) = [a for a in amended["actions"] if a["type"] == "create_invoice"]
    assert [ln["amount"] for ln in change["lines"]] == ["-3000.00", "4125.00"]
    cli_json("approve", amended["run_id"], "--as", "Dana Controller", home=home)
    cli_json("bill", "--through", "2027-03-31", home=home)
    amounts = sorted((d, a) for d, a, _ in _globex_invoices())
    assert amounts == [(date(2026, 4, 1), D("3000.00")), (date(2026, 7, 1), D("3000.00")),
                       (date(2026, 10, 1), D("1125.00")), (date(2026, 10, 1), D("3000.00")),
                       (date(2027, 1, 1), D("4125.00"))]
    assert sum(a for _, a in amounts) == D("14250.00")


def test_each_renewal_of_a_contract_without_a_stated_renewal_term_lasts_as_long_as_the_first_term() -> None:
    from accrue.core.billing.renewal import renewal_of

    first = terms(service_start_date="2026-03-01", service_end_date="2027-02-28", term_months=12, auto_renew=True,
                  line_items=[{"description": "Platform", "quantity": "1", "unit_price": "1200.00",
                               "price_period": "year"}])
    ends, lengths = date(2027, 2, 28), []
    for _ in range(3):
        renewal = renewal_of(first, ends)
        assert renewal is not None
        lengths.append((renewal.term.start, renewal.term.end))
        first, ends = renewal.terms, renewal.term.end
    assert lengths == [(date(2027, 3, 1), date(2028, 2, 29)), (date(2028, 3, 1), date(2029, 2, 28)),
                       (date(2029, 3, 1), date(2030, 2, 28))]


# -- usage periods and minimum-commitment true-ups ------------------------------------------------------------------
def _metered(**kw: object) -> ContractTerms:
    """Usage only: route requests over 10,000 a month at 0.01 each, billed monthly in arrears (Net 30)."""
    return terms(line_items=[], usage_rules=[{
        "metric": "route requests", "included_quantity": "10000", "included_period": "month",
        "tiers": [{"up_to": None, "unit_price": "0.01"}], "billing_frequency": "monthly"}], **kw)


def _on_books(t: ContractTerms, *lines: tuple[str, str, str, bool]) -> SubscriptionOnBooks:
    """A usage subscription whose customer's invoices hold `lines`: (first day, last day, amount, true-up)."""
    usage = tuple(UsageBilled(Period(date.fromisoformat(a), date.fromisoformat(b)), D(amount), true_up)
                  for a, b, amount, true_up in lines)
    return SubscriptionOnBooks(subscription_id="sub-0123456789abcdef", customer_id="cus-test-co",
                               customer_name="Test Co", terms=t, scheduled=(), ends=None, billed=(),
                               starts=t.service_start_date, usage=usage)


def test_a_closed_usage_period_without_usage_is_named_once_and_never_billed_as_zero() -> None:
    # From Jan 1, 2026 for 12 months. January's usage is invoiced; February's usage run found nothing billable (its
    # note is in the outbox); March has nothing. Through Apr 1 March has closed (billed in arrears on Apr 1): it is
    # named, once; through Mar 31 it has not closed yet.
    sub = _on_books(_metered(service_start_date="2026-01-01", term_months=12),
                    ("2026-01-01", "2026-01-31", "120.00", False))
    quiet = frozenset({effect_key(quiet_usage_effect("cus-test-co", Period(date(2026, 2, 1), date(2026, 2, 28))),
                                  "notify")})
    assert unbilled_usage(sub, date(2026, 4, 1)) == [Period(date(2026, 2, 1), date(2026, 2, 28)),
                                                      Period(date(2026, 3, 1), date(2026, 3, 31))]
    assert missing_usage(sub, date(2026, 4, 1), quiet) == [Period(date(2026, 3, 1), date(2026, 3, 31))]
    assert missing_usage(sub, date(2026, 3, 31), quiet) == []
    actions = plan_bill_run([sub], date(2026, 4, 1), run_id="r1", sent=quiet)
    assert [(a.type, getattr(a, "message", "")) for a in actions] == [
        ("notify", "Test Co: no usage is on the books for Mar 1, 2026 - Mar 31, 2026; run `accrue usage` with that "
                   "period's usage file (nothing is billed for it until then).")]
    told = quiet | {actions[0].idempotency_key}
    assert plan_bill_run([sub], date(2026, 4, 1), run_id="r2", sent=told) == []  # the next bill run: named once
    finding = missing_usage_finding(sub, Period(date(2026, 3, 1), date(2026, 3, 31)))
    assert (finding.code, finding.severity, finding.evidence["period_start"]) == ("usage_missing", "info",
                                                                                  "2026-03-01")


def test_a_year_under_its_minimum_commitment_is_trued_up_once_the_day_after_it_ends() -> None:
    # USD 5,000.00 a year committed from Jan 15, 2026 for 24 months. The customer reports usage by calendar month,
    # so no usage run's period ends on the commitment year's last day (Jan 14, 2027) and none trues it up: usage
    # invoices of Jan 15-31 40.00, Feb..Dec 2026 11 x 350.00 = 3,850.00 and Jan 2027 (Jan 1-31) 200.00 are on the
    # books. The year Jan 15, 2026 - Jan 14, 2027 counts the lines starting in it (Jan 1-31, 2027 starts in it):
    # 40.00 + 3,850.00 + 200.00 = 4,090.00, under 5,000.00 by 910.00, billed on Jan 15, 2027, due Feb 14 (Net 30).
    months = [(f"2026-{m:02d}-01", (date(2026, m + 1, 1) - ONE_DAY).isoformat(), "350.00", False)
              for m in range(2, 12)] + [("2026-12-01", "2026-12-31", "350.00", False)]
    lines = [("2026-01-15", "2026-01-31", "40.00", False), *months, ("2027-01-01", "2027-01-31", "200.00", False)]
    t = _metered(service_start_date="2026-01-15", term_months=24,
                 minimum_commitment={"amount": "5000.00", "period": "year"})
    sub = _on_books(t, *lines)
    assert plan_bill_run([sub], date(2027, 1, 14), run_id="r0") == []  # the year has not ended
    actions = plan_bill_run([sub], date(2027, 2, 1), run_id="r1")
    (invoice,) = [a for a in actions if a.type == "create_invoice"]
    assert (invoice.invoice_date, invoice.due_date, invoice.amount, invoice.currency) == (
        date(2027, 1, 15), date(2027, 2, 14), D("910.00"), "USD")
    (line,) = invoice.lines
    assert (line.description, line.period_start, line.period_end, line.revenue_type) == (
        "Minimum commitment true-up (Jan 15, 2026 - Jan 14, 2027): commitment 5000.00, usage billed 4090.00",
        date(2026, 1, 15), date(2027, 1, 14), "usage")
    (entry,) = [a for a in actions if a.type == "post_journal_entry"]
    assert [(ln.account, ln.debit, ln.credit) for ln in entry.lines] == [
        ("Accounts Receivable", D("910.00"), D("0")), ("Usage Revenue", D("0"), D("910.00"))]
    # Keyed by customer and commitment period: another run proposes the same effect, so it is billed once.
    again = plan_bill_run([sub], date(2027, 3, 1), run_id="r2")
    assert [a.idempotency_key for a in again if a.type == "create_invoice"] == [invoice.idempotency_key]
    # Once the true-up is on the books, no bill run proposes it again.
    trued = _on_books(t, *lines, ("2026-01-15", "2027-01-14", "910.00", True))
    assert [a for a in plan_bill_run([trued], date(2027, 3, 1), run_id="r3") if a.type == "create_invoice"] == []


def test_no_true_up_while_usage_of_the_period_is_missing_or_the_minimum_was_billed() -> None:
    # A monthly minimum of 300.00 from Mar 1, 2026. March billed 120.00 (true-up 180.00 due Apr 1); April's usage is
    # missing, so April waits for it (billing the whole 300.00 now would charge it twice once the usage comes); May
    # billed 450.00, at or above the minimum.
    t = _metered(service_start_date="2026-03-01", term_months=12,
                 minimum_commitment={"amount": "300.00", "period": "month"})
    sub = _on_books(t, ("2026-03-01", "2026-03-31", "120.00", False), ("2026-05-01", "2026-05-31", "450.00", False))
    actions = plan_bill_run([sub], date(2026, 6, 1), run_id="r1")
    assert [(a.invoice_date, a.amount) for a in actions if a.type == "create_invoice"] == [
        (date(2026, 4, 1), D("180.00"))]
    assert [a.message for a in actions if a.type == "notify"][0].startswith(
        "Test Co: no usage is on the books for Apr 1, 2026 - Apr 30, 2026")


def test_true_up_periods_follow_the_commitment() -> None:
    term = Period(date(2026, 4, 15), date(2027, 4, 14))
    assert commitment_periods(MinimumCommitment(amount=D("1"), period="term"), term) == [term]
    assert commitment_periods(MinimumCommitment(amount=D("1"), period="year"), term) == [term]
    months = commitment_periods(MinimumCommitment(amount=D("1"), period="month"), term)
    assert (len(months), months[0], months[-1]) == (
        12, Period(date(2026, 4, 15), date(2026, 5, 14)), Period(date(2027, 3, 15), date(2027, 4, 14)))
    # A quarter-billed true-up of a monthly minimum on the books covers each of its months.
    usage = [UsageBilled(Period(date(2026, 4, 15), date(2026, 7, 14)), D("100.00"), True)]
    assert true_ups_due(MinimumCommitment(amount=D("50.00"), period="month"), term, usage, date(2026, 8, 1), []) == []
    # The month after it, with nothing billed, owes the whole minimum.
    assert true_ups_due(MinimumCommitment(amount=D("50.00"), period="month"), term, usage, date(2026, 8, 15), []) == [
        TrueUp(Period(date(2026, 7, 15), date(2026, 8, 14)), D("50.00"), D("0"))]


FABRIKAM = """ORDER FORM
Customer: Fabrikam Freight Ltd.
Service Start Date: January 15, 2026
Service End Date: April 14, 2026
Currency: USD
Billing Frequency: Monthly, in arrears
Payment Terms: Net 30
Usage Fees
Metric: Tracked shipments
Included quantity: 1,000 tracked shipments per month
Overage is billed monthly in arrears at USD 0.05 per tracked shipment.
Minimum commitment: USD 1,000.00 over the subscription term.
"""


def _fabrikam_usage(folder: Path, start: str, end: str, quantity: int) -> dict[str, str | Path]:
    usage, request = folder / f"usage-{start}.csv", folder / f"request-{start}.json"
    usage.write_text("event_id,customer_id,metric,quantity,timestamp\n"
                     f"ev-{start},cus-fabrikam-freight-ltd,tracked_shipments,{quantity},{start}T12:00:00Z\n")
    request.write_text(json.dumps({"period_start": start, "period_end": end}))
    return {"usage": usage, "request": request, "contract": folder / "fabrikam.txt"}


def test_a_bill_run_trues_up_a_term_that_no_usage_run_closed(home: Path, runtime, tmp_path: Path) -> None:
    # Fabrikam, usage only from Jan 15 to Apr 14, 2026: shipments over 1,000 a month at 0.05, a minimum of 1,000.00
    # over the term. It reports by calendar month, so no usage run's period ends on Apr 14 and none trues the term
    # up: Jan 5,000 -> 4,000 x 0.05 = 200.00; Feb 9,000 -> 400.00; Mar 3,000 -> 100.00; Apr 2,000 -> 50.00; 750.00
    # in all. The first bill run after the term (and after April's usage) bills the 250.00 short, dated Apr 15, due
    # May 15 (Net 30), to Usage Revenue; later bill runs bill it no more.
    (tmp_path / "fabrikam.txt").write_text(FABRIKAM)
    assert runtime.start_contract_run(tmp_path / "fabrikam.txt").status == "completed"
    for start, end, quantity, amount in (("2026-01-01", "2026-01-31", 5000, "200.00"),
                                         ("2026-02-01", "2026-02-28", 9000, "400.00"),
                                         ("2026-03-01", "2026-03-31", 3000, "100.00")):
        view = runtime.start_run("usage", _fabrikam_usage(tmp_path, start, end, quantity))
        assert [a["amount"] for a in view.actions if a["type"] == "create_invoice"] == [amount], view.findings
    waiting = runtime.start_bill_run(date(2026, 4, 20))  # the term has ended, April's usage is not in yet
    assert [a["type"] for a in waiting.actions] == ["notify"]
    assert [f["code"] for f in waiting.findings] == ["usage_missing"]
    april = runtime.start_run("usage", _fabrikam_usage(tmp_path, "2026-04-01", "2026-04-30", 2000))
    assert [a["amount"] for a in april.actions if a["type"] == "create_invoice"] == ["50.00"]
    view = runtime.start_bill_run(date(2026, 5, 1))
    assert view.status == "completed", view.findings
    (true_up,) = [a for a in view.actions if a["type"] == "create_invoice"]
    assert (true_up["invoice_date"], true_up["due_date"], true_up["amount"], true_up["status"]) == (
        "2026-04-15", "2026-05-15", "250.00", "executed")
    assert [ln["description"] for ln in true_up["lines"]] == [
        "Minimum commitment true-up (Jan 15, 2026 - Apr 14, 2026): commitment 1000.00, usage billed 750.00"]
    (entry,) = [a for a in view.actions if a["type"] == "post_journal_entry"]
    assert [(ln["account"], ln["debit"], ln["credit"]) for ln in entry["lines"]] == [
        ("Accounts Receivable", "250.00", "0"), ("Usage Revenue", "0", "250.00")]
    assert runtime.start_bill_run(date(2026, 5, 1)).already_processed
    later = runtime.start_bill_run(date(2026, 6, 1))
    assert [a for a in later.actions if a["type"] == "create_invoice"] == []
    with session_factory()() as s:
        amounts = sorted(Decimal(i.amount) for i in s.exec(select(BooksInvoice)))
    assert amounts == [D("50.00"), D("100.00"), D("200.00"), D("250.00"), D("400.00")]
    assert sum(amounts) == D("1000.00")  # the minimum, to the cent


def test_a_usage_period_an_amendment_splits_is_named_once_for_both_subscriptions() -> None:
    # Amended on Aug 15, 2026: the old subscription ends Aug 14, the new one starts that day. August's usage (Aug 1 -
    # 31) belongs to both; with none on the books one note names it, and once it is sent neither names it again.
    t = _metered(service_start_date="2026-01-01", term_months=12)
    paid_to_july = [(f"2026-{m:02d}-01", (date(2026, m + 1, 1) - ONE_DAY).isoformat(), "10.00", False)
                    for m in range(1, 8)]
    old = replace(_on_books(t, *paid_to_july), ends=date(2026, 8, 14), active=False)
    new = replace(old, subscription_id="sub-fedcba9876543210", starts=date(2026, 8, 15), ends=date(2026, 12, 31),
                  active=True)
    first = plan_bill_run([old, new], date(2026, 9, 1), run_id="r1")
    assert [a.message for a in first] == [
        "Test Co: no usage is on the books for Aug 1, 2026 - Aug 31, 2026; run `accrue usage` with that period's "
        "usage file (nothing is billed for it until then)."]
    assert plan_bill_run([old, new], date(2026, 9, 1), run_id="r2", sent=frozenset({first[0].idempotency_key})) == []
