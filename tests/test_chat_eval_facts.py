"""The chat eval scores read answers against facts worked out by hand (evals/chat/facts.json), not against the
tools that build the reply: a reply that lists the wrong customer's item, or a question with nothing to compare,
scores wrong."""

from __future__ import annotations

import json
from datetime import date

from evals.chat_eval import FACTS, answer_from_facts

FACTS_DATA = json.loads(FACTS.read_text())
TODAY = date(2026, 12, 3)


def _check(expected: dict, text: str = "", role: str = "controller"):
    return answer_from_facts({"expected": expected, "text": text, "role": role}, FACTS_DATA, TODAY)


def test_balance_and_overdue_come_from_the_hand_worked_invoices() -> None:
    assert _check({"intent": "balance", "customer": "Initech LLC"})("Initech LLC owes USD 18,000.00 on 1 invoice")
    assert not _check({"intent": "balance", "customer": "Initech LLC"})("Initech LLC owes USD 24,000.00")
    assert _check({"intent": "balance", "customer": "Acme Corporation"})("Acme Corporation: nothing outstanding.")
    everyone = _check({"intent": "balance"})
    assert everyone("owe USD 18,000.00, EUR 3,000.00") and not everyone("owe USD 18,000.00")
    assert _check({"intent": "overdue"})("INV-0002 ... INV-0001 ...")
    assert not _check({"intent": "overdue"}, role="controller")("Nothing overdue.")
    early = answer_from_facts({"expected": {"intent": "overdue"}, "text": "", "role": "ar_clerk"}, FACTS_DATA,
                              date(2026, 4, 1))  # only Initech's INV-0002 (due Mar 31) is late on Apr 1
    assert early("INV-0002 is late") and not early("nothing overdue")
    assert _check({"intent": "overdue", "invoice": "INV-2026-0044"})("There is no invoice INV-2026-0044 in the books.")


def test_terms_a_stated_value_or_a_reply_that_says_it_is_not_stated() -> None:
    assert _check({"intent": "terms", "customer": "Acme Corporation", "field": "payment_terms_days"})("Net 45.")
    assert not _check({"intent": "terms", "customer": "Acme Corporation", "field": "payment_terms_days"})("Net 30.")
    late_fee = _check({"intent": "terms", "customer": "Globex GmbH", "field": "late_fee_percent_per_month"})
    assert late_fee("Globex GmbH's late fee: not stated.") and not late_fee("1.5% a month")
    assert _check({"intent": "terms", "field": "late_fee_percent_per_month"})("Say whose contract: which customer?")


def test_pending_of_a_customer_with_nothing_held_must_not_list_another_customers_item() -> None:
    globex = _check({"intent": "pending", "customer": "Globex GmbH"})
    assert not globex("1 action(s) waiting: Invoice Acme Corporation USD 24,000.00")
    assert globex("Nothing is waiting for approval for Globex GmbH.")
    assert _check({"intent": "pending"})("[11ef2702/a2] Invoice Acme Corporation USD 24,000.00")
    assert _check({"intent": "pending", "mine_only": True}, role="sales_ops")("Nothing waits for you.")


def test_find_and_schedule_fail_when_there_is_nothing_to_compare() -> None:
    assert not _check({"intent": "find"}, "find the thing")("Matches for 'thing': ...")
    assert _check({"intent": "find"}, "is there an account for umbrella corp?")("Nothing matches 'umbrella corp'.")
    assert _check({"intent": "find", "customer": "Initech LLC"})("customer Initech LLC: contract order-form.pdf")
    assert _check({"intent": "find", "invoice": "INV-0001"})("INV-0001, Globex GmbH, EUR 3,000.00")
    globex = _check({"intent": "schedule", "customer": "Globex GmbH"})
    assert globex("2026-07-01 EUR 3,000.00; 2026-10-01 EUR 3,000.00; 2027-01-01 EUR 3,000.00")
    assert not globex("2026-07-01 EUR 3,000.00")
    # Initech's term is billed in full: its next invoice is the renewal's.
    assert _check({"intent": "schedule", "customer": "Initech LLC"})("renews 2027-03-01: USD 18,000.00")
    no_schedule = {**FACTS_DATA, "customers": {name: {**c, "scheduled": [], "renewal": []}
                                               for name, c in FACTS_DATA["customers"].items()}}
    assert not answer_from_facts({"expected": {"intent": "schedule", "customer": "Initech LLC"}, "text": "",
                                  "role": "controller"}, no_schedule, TODAY)("anything at all")


def test_a_terms_question_with_no_field_must_state_the_terms_every_contract_has() -> None:
    all_terms = _check({"intent": "terms", "customer": "Initech LLC"})
    assert all_terms("payment terms: Net 30 ... service start date: 2026-03-01 ... service end date: 2027-02-28")
    assert not all_terms("Initech LLC (contract order-form.pdf): legal name: Initech LLC")
