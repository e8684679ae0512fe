"""The offline intent parser: each line a person types becomes one typed intent with its entities."""

from __future__ import annotations

from decimal import Decimal

import pytest

from accrue.interfaces.chat.intents import match_customer, parse, parse_slash

CUSTOMERS = ["Acme Corporation", "Globex GmbH", "Initech LLC"]


def test_payment_terms_question_names_the_customer_and_field() -> None:
    i = parse("what are Acme's payment terms?", CUSTOMERS)
    assert (i.kind, i.customer, i.fields) == ("terms", "Acme Corporation", ["payment_terms_days"])


def test_why_held_is_an_explanation_of_the_customers_invoice() -> None:
    i = parse("why is the Acme invoice held?", CUSTOMERS)
    assert (i.kind, i.customer, i.action_type) == ("explain", "Acme Corporation", "create_invoice")


def test_waiting_for_my_approval_lists_only_mine() -> None:
    i = parse("show me everything waiting for my approval", CUSTOMERS)
    assert (i.kind, i.mine_only) == ("pending", True)
    assert parse("what is pending?", CUSTOMERS).mine_only is False


def test_approve_in_plain_words_targets_customer_and_action_type() -> None:
    i = parse("approve the Acme invoice", CUSTOMERS)
    assert (i.kind, i.handle, i.action_type, i.problem) == ("approve", "Acme Corporation", "create_invoice", None)


def test_credit_request_carries_invoice_amount_and_both_reasons() -> None:
    i = parse("credit 500 on INV-0042 for the outage, reason SLA breach", CUSTOMERS)
    assert (i.kind, i.invoice, i.amount, i.currency) == ("credit", "INV-0042", Decimal("500"), None)
    assert i.reason == "SLA breach (outage)"
    assert i.problem is None


def test_amounts_keep_their_currency_and_thousands() -> None:
    i = parse("credit EUR 1,250.50 on inv-0001, reason double billed", CUSTOMERS)
    assert (i.amount, i.currency, i.invoice) == (Decimal("1250.50"), "EUR", "INV-0001")
    assert parse("credit $2k on INV-0003 reason goodwill", CUSTOMERS).amount == Decimal("2000")


def test_requests_missing_a_reason_say_what_is_needed() -> None:
    i = parse("credit 500 on INV-0042", CUSTOMERS)
    assert i.kind == "credit" and "reason" in (i.problem or "")
    assert "reason" in (parse("reject the Acme invoice", CUSTOMERS).problem or "")
    assert "which invoice" in (parse("write off 20, reason uncollectable", CUSTOMERS).problem or "")


def test_reject_keeps_the_reason() -> None:
    i = parse("reject the Globex invoice, reason wrong price", CUSTOMERS)
    assert (i.kind, i.handle, i.reason) == ("reject", "Globex GmbH", "wrong price")


def test_handles_and_run_ids_are_recognised() -> None:
    assert parse("approve 11ef2702/a2", CUSTOMERS).handle == "11ef2702/a2"
    assert parse("explain run 11ef2702", CUSTOMERS).handle == "11ef2702"


def test_other_questions() -> None:
    assert parse("what does Globex owe?", CUSTOMERS).kind == "balance"
    assert parse("show open invoices", CUSTOMERS).kind == "balance"
    assert parse("billing schedule for initech", CUSTOMERS).kind == "schedule"
    assert parse("find acme", CUSTOMERS).kind == "find"
    assert parse("when does Initech's contract end?", CUSTOMERS).fields == ["service_end_date"]
    assert parse("change INV-0002 to 2500, reason wrong seat count", CUSTOMERS).kind == "invoice_change"
    assert parse("write off 120 on INV-0002, reason uncollectable", CUSTOMERS).kind == "write_off"


@pytest.mark.parametrize("line", ["tell me a joke", "summarise our revenue trend for the board",
                                  "draft an email to Acme about the renewal"])
def test_anything_else_needs_the_llm(line: str) -> None:
    assert parse(line, CUSTOMERS).kind == "needs_llm"


def test_fuzzy_customer_match_tolerates_typos_but_not_strangers() -> None:
    assert match_customer("what are acmee's terms", CUSTOMERS) == "Acme Corporation"
    assert match_customer("terms for globex gmbh please", CUSTOMERS) == "Globex GmbH"
    assert match_customer("terms for umbrella", CUSTOMERS) is None


def test_slash_commands() -> None:
    assert parse_slash("/approve 11ef2702/a2").handle == "11ef2702/a2"
    r = parse_slash("/reject 11ef2702/a2 wrong price list")
    assert (r.kind, r.handle, r.reason) == ("reject", "11ef2702/a2", "wrong price list")
    assert parse_slash("/reject 11ef2702/a2").problem is not None
    run = parse_slash('/run "my forms/order form.pdf" --deal deal.json')
    assert (run.kind, run.path, run.deal) == ("run", "my forms/order form.pdf", "deal.json")
    assert parse_slash("/pending mine").mine_only is True
    assert parse_slash("/frobnicate").kind == "unknown_command"
    assert [parse_slash(c).kind for c in ("/help", "/cost", "/quit")] == ["help", "cost", "quit"]


def test_any_iso_code_in_capitals_is_a_currency_and_ordinary_words_are_not() -> None:
    from accrue.interfaces.chat.intents import parse

    assert parse("credit 500 KWD on INV-0001, reason outage", []).currency == "KWD"
    assert parse("credit 500 eur on INV-0001, reason outage", []).currency == "EUR"
    assert parse("credit 500 on INV-0001 for all outages, reason SLA", []).currency is None


@pytest.mark.parametrize(("line", "kind", "fields"), [
    ("How many days does Acme get to pay?", "terms", ["payment_terms_days"]),
    ("how long do Acme's customers have to pay", "terms", ["payment_terms_days"]),
    ("which invoices are past due?", "overdue", []),
    ("aging for globex pls", "overdue", []),
])
def test_questions_the_first_parser_missed(line: str, kind: str, fields: list[str]) -> None:
    i = parse(line, CUSTOMERS)
    assert i.kind == kind and i.fields[:len(fields)] == fields


def test_queue_and_held_credit_questions() -> None:
    queue = parse("is there anything sitting in my queue to sign off?", CUSTOMERS)
    assert (queue.kind, queue.mine_only) == ("pending", True)
    assert parse("show me everything awaiting approval for acme", CUSTOMERS).mine_only is False
    held = parse("why is the Initech credit on hold?", CUSTOMERS)
    assert (held.kind, held.customer, held.action_type) == ("explain", "Initech LLC", "create_credit_note")
    assert parse("who's over 60 days", CUSTOMERS).min_days == 60


def test_a_reason_needs_no_keyword_and_amounts_read_either_decimal_convention() -> None:
    w = parse("write off 120 on INV-0002, customer went bust", CUSTOMERS)
    assert (w.kind, w.amount, w.reason, w.problem) == ("write_off", Decimal("120"), "customer went bust", None)
    r = parse("no, reject the acme credit - they already got one in may", CUSTOMERS)
    assert (r.kind, r.reason) == ("reject", "they already got one in may")
    for text, value, currency in [("credit €450,50 on INV-0001, wrong tier", "450.50", "EUR"),
                                  ("credit 1.250,00 EUR on INV-0001, wrong tier", "1250.00", "EUR"),
                                  ("credit 5 000 EUR on INV-0001, wrong tier", "5000", "EUR"),
                                  ("refund 150 bucks on INV-0001, overcharged", "150", "USD"),
                                  ("write off 2 cents on INV-0001, rounding", "0.02", None),
                                  ("credit 3k eur on INV-0001, outage", "3000", "EUR")]:
        i = parse(text, CUSTOMERS)
        assert (i.amount, i.currency) == (Decimal(value), currency), text
    assert parse("find invocie inv 2026 0047", CUSTOMERS).invoice == "INV-2026-0047"
    assert parse("total owed by initek", CUSTOMERS).customer == "Initech LLC"


@pytest.mark.parametrize("line", ["approve my PTO for friday", "turn off all approval checks",
                                  "send the acme invoice to their AP by email", "delete all invoices"])
def test_requests_that_sound_like_billing_but_are_not_ours(line: str) -> None:
    assert parse(line, CUSTOMERS).kind == "needs_llm"


def test_a_restated_term_is_a_correction_with_its_value() -> None:
    i = parse("you have acme as net 45, it's net 30", CUSTOMERS)
    assert (i.kind, i.handle, i.assignments) == ("correct", "Acme Corporation", ["payment_terms_days=30"])
    i = parse("initech is billed monthly, not quarterly - pls fix", CUSTOMERS)
    assert i.assignments == ["billing_frequency=monthly"]


def test_money_back_without_an_invoice_is_a_refund_and_with_one_a_credit_note() -> None:
    refund = parse("initech overpaid by 1,000 usd - refund it please, they paid twice", CUSTOMERS)
    assert (refund.kind, refund.customer, refund.amount, refund.currency, refund.problem) == (
        "refund", "Initech LLC", Decimal("1000"), "USD", None)
    assert parse("can globex get their money back? 450 euros, paid twice", CUSTOMERS).kind == "refund"
    assert "reason" in (parse("refund globex €3.000", CUSTOMERS).problem or "")
    assert "whose money" in (parse("refund 200 usd, reason paid twice", CUSTOMERS).problem or "")
    credit = parse("refund 50 on INV-0002, reason goodwill", CUSTOMERS)
    assert (credit.kind, credit.invoice, credit.amount) == ("credit", "INV-0002", Decimal("50"))


@pytest.mark.parametrize(("text", "number"), [
    ("is invoice 2026-0042 paid?", "INV-2026-0042"), ("show invoice no. 0042", "INV-0042"),
    ("inv #2026-0042 overdue?", "INV-2026-0042"), ("invoice number 0047 for acme", "INV-0047")])
def test_an_invoice_number_with_the_word_written_out(text: str, number: str) -> None:
    assert parse(text, CUSTOMERS).invoice == number


def test_millions_beside_a_currency_and_swiss_grouping() -> None:
    assert parse("credit $1.2m on INV-0001, reason settlement", CUSTOMERS).amount == Decimal("1200000")
    assert parse("credit CHF 1'200 on INV-0001, reason settlement", CUSTOMERS).amount == Decimal("1200")


@pytest.mark.parametrize("line", [
    "sign-off status for acme?", "acme acceptance criteria?", "acme invoice not approved yet - why?",
    "Acme accepted the new pricing yesterday", "I think Acme's invoice got rejected, can you confirm",
    "dana said no to the acme discount, ok", "Initech will release payment next week",
    "send acme back their 100, reason paid twice"])
def test_a_question_or_a_statement_about_a_decision_is_never_a_decision(line: str) -> None:
    assert parse(line, CUSTOMERS).kind not in {"approve", "reject"}


@pytest.mark.parametrize(("line", "kind"), [
    ("approve the acme invoice", "approve"), ("can you approve the acme invoice?", "approve"),
    ("happy to approve the initech write-off", "approve"), ("the Globex write-off can be approved", "approve"),
    ("I'm rejecting the acme invoice because the price is wrong", "reject")])
def test_a_decision_the_speaker_makes_is_read(line: str, kind: str) -> None:
    assert parse(line, CUSTOMERS).kind == kind


@pytest.mark.parametrize("line", ["acme paid back the 100 they owed, all good", "Acme paid 100 via BACS this morning"])
def test_a_payment_stated_as_fact_is_not_a_request_to_pay_money_back(line: str) -> None:
    assert parse(line, CUSTOMERS).kind not in {"refund", "credit"}


@pytest.mark.parametrize("line", ["refund acme 0, reason paid twice", "credit 0 on INV-0002, reason outage",
                                  "write off 0 on INV-0002, reason bad debt"])
def test_a_request_for_nothing_says_so_instead_of_failing(line: str) -> None:
    assert "more than nothing" in (parse(line, CUSTOMERS).problem or "")


def test_a_refund_named_in_an_approval_is_the_refund_action() -> None:
    assert parse("approve the acme refund", CUSTOMERS).action_type == "refund_credit"


@pytest.mark.parametrize(("line", "value"), [
    ("credit 5k on INV-0002 because the $25k tier was applied instead of $20k", Decimal(5000)),
    ("credit 500 on INV-0002 because 3k users were locked out", Decimal(500)),
    ("credit 1’200 on INV-0002, reason SLA breach", Decimal(1200)),
    ("credit $1.2 million on INV-0002, reason wrong tier", Decimal(1_200_000)),
    ("credit 2 thousand on INV-0002, reason outage", Decimal(2000))])
def test_the_amount_asked_for_is_read_not_a_figure_in_its_reason_nor_a_number_without_its_scale(
        line: str, value: Decimal) -> None:
    assert parse(line, CUSTOMERS).amount == value


def test_millions_without_a_currency_are_asked_for_not_read_as_the_bare_number() -> None:
    i = parse("write off 1.5m on INV-0002, reason uncollectable", CUSTOMERS)
    assert i.amount is None and i.problem


@pytest.mark.parametrize(("line", "customer"), [
    ("Acme called this morning. refund Initech 50, reason paid twice", "Initech LLC"),
    ("refund Initech 100 not acme, reason paid twice", "Initech LLC"),
    ("Just got off the phone with Acme. What does Initech owe?", "Initech LLC"),
    ("approve the initech credit, not the acme one", "Initech LLC"),
    ("Acme called. what do they owe?", "Acme Corporation")])
def test_the_customer_is_the_one_the_request_names_not_one_in_its_context(line: str, customer: str) -> None:
    assert parse(line, CUSTOMERS).customer == customer
