"""Every action type in words, as the terminal, the inbox and the chat show it: no reprs, no `None`, no field
names, amounts with their currency, customers and invoices by name, and nothing wider than 80 columns."""

from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal

import pytest
from rich.console import Console

from accrue.core.actions import (
    ACTION_TYPES,
    Allocation,
    ApplyCredit,
    ApplyPayment,
    ClosePeriod,
    CreateCollectionsTask,
    CreateCreditNote,
    CreateCustomer,
    CreateInvoice,
    CreateSubscription,
    InvoiceLine,
    JournalLine,
    Notify,
    PostJournalEntry,
    RefundCredit,
    SubscriptionItem,
    UnappliedDraw,
    UpdateCrm,
    WriteOff,
    action_json,
)
from accrue.interfaces.chat.replies import pending_item
from accrue.interfaces.chat.schemas import PendingItem
from accrue.interfaces.describe import describe, term_text
from accrue.interfaces.render import action_blocks, summarise_action
from accrue.interfaces.server.inbox import action_card

D = date(2026, 5, 1)
NAMES = {"cus-acme": "Acme Corporation", "inv-77": "INV-0042", "inv-78": "INV-0043"}
ACTIONS = [
    CreateCustomer(id="a1", customer_id="cus-acme", customer_legal_name="Acme Corporation", currency="USD",
                   billing_email=None),
    CreateSubscription(id="a2", subscription_id="sub-1", customer="cus-acme", start_date=D, end_date=None,
                       billing_frequency="quarterly", billing_timing="advance", currency="USD",
                       items=[SubscriptionItem(description="Named User Seats with a long description that wraps",
                                               quantity=Decimal(40), unit_price=Decimal("240.00"),
                                               price_period="year", discount_percent=None)],
                       schedule=[{"invoice_date": f"2026-{m:02d}-01", "due_date": None, "period_start": None,
                                  "period_end": None, "amount": "2400.00", "currency": "USD"} for m in (5, 8, 11)],
                       revenue_schedule=[{"month": "2026-05", "date": "2026-05-31", "amount": "800.00"},
                                         {"month": "2026-06", "date": "2026-06-30", "amount": "800.00"}]),
    CreateInvoice(id="a3", invoice_id="inv-new", customer="cus-acme", invoice_date=D, due_date=date(2026, 6, 15),
                  currency="USD", po_number=None, amount=Decimal("24000.00"),
                  lines=[InvoiceLine(description="Platform Subscription (May 1, 2026 - Apr 30, 2027)",
                                     amount=Decimal("24000.00"), period_start=D, period_end=date(2027, 4, 30))],
                  needs_approval=True, reasons=["payment terms Net 45 are outside the allowed Net 0, 15 or 30 days"]),
    CreateCreditNote(id="a4", invoice_id="inv-77", amount=Decimal("500"), currency="EUR", reason="SLA breach",
                     requested_by="Pat Billing", needs_approval=True, reasons=["credits need a second person"]),
    ApplyPayment(id="a5", payment_id="P-1", payment_date=D, customer="cus-acme", currency="USD",
                 amount=Decimal("3000"), allocations=[Allocation(invoice_id="inv-77", amount=Decimal("2000")),
                                                      Allocation(invoice_id="inv-78", amount=Decimal("900"))],
                 unapplied_amount=Decimal("100"), payer=None, reference=None),
    WriteOff(id="a6", invoice_id="inv-78", amount=Decimal("12.40"), currency="EUR", reason="fx rounding"),
    CreateCollectionsTask(id="a7", invoice_id="inv-78", amount_outstanding=Decimal("1200"), currency="USD",
                          reason="61 days overdue"),
    PostJournalEntry(id="a8", date=D, memo="Invoice inv-77 to cus-acme", currency="USD", source_ref=None,
                     lines=[JournalLine(account="Accounts Receivable", debit=Decimal("24000")),
                            JournalLine(account="Deferred Revenue", credit=Decimal("24000"))]),
    UpdateCrm(id="a9", deal_id="006-ACME-01", fields={"billing_status": "invoiced", "invoice_id": "inv-77"}),
    Notify(id="a10", channel="#billing", message="Acme Corporation: first invoice USD 24,000.00."),
    ApplyCredit(id="a11", customer="cus-acme", currency="USD", source="credit_balance",
                allocations=[Allocation(invoice_id="inv-77", amount=Decimal("400")),
                             Allocation(invoice_id="inv-78", amount=Decimal("150"))], needs_approval=True),
    ClosePeriod(id="a12", month="2026-06", closes_through=date(2026, 6, 30)),
    RefundCredit(id="a13", refund_id="RF-1", customer="cus-acme", currency="USD", amount=Decimal("250.00"),
                 reason="customer asked for the SLA credit back", requested_by="Pat Billing", needs_approval=True,
                 from_credit_balance=Decimal("150.00"),
                 from_unapplied=[UnappliedDraw(payment_id="P-1", amount=Decimal("100.00"))]),
]
# Field names of every action type, as a person must never see them.
FIELD_NAMES = sorted({f for cls in ACTION_TYPES.values() for f in cls.model_fields if "_" in f})
LEAKS = re.compile(r"\bNone\b|\{'|\[\{|\[\]|\w+=\w|Decimal\(|datetime\.|" + "|".join(FIELD_NAMES))


def _clean(text: str) -> None:
    assert not LEAKS.search(text), LEAKS.search(text)
    assert "cus-acme" not in text and "inv-77" not in text and "inv-78" not in text, text


def test_the_action_list_covers_every_action_type() -> None:
    assert {a.type for a in ACTIONS} == set(ACTION_TYPES)


@pytest.mark.parametrize("action", ACTIONS, ids=lambda a: a.type)
def test_each_action_type_reads_as_one_sentence_with_currency(action) -> None:
    data = action_json(action)
    d = describe(data, NAMES)
    _clean(d.sentence)
    assert d.sentence.endswith(".") and "\n" not in d.sentence
    for code in {data.get("currency")} - {None}:
        assert code in d.sentence, d.sentence
    for t in d.tables:
        for row in t.rows:
            assert len(row) == len(t.columns)
            _clean(" ".join(row))


def test_the_terminal_shows_every_action_within_80_columns() -> None:
    out = io.StringIO()
    Console(file=out, width=80, color_system=None).print(action_blocks([action_json(a) for a in ACTIONS], NAMES))
    text = out.getvalue()
    _clean(text)
    assert all(len(line) <= 80 for line in text.splitlines())
    text = " ".join(text.split())  # sentences wrap at 80 columns
    assert "Invoice Acme Corporation USD 24,000.00, dated 2026-05-01, due 2026-06-15." in text
    assert "Credit EUR 500.00 on INV-0042: SLA breach." in text
    assert "USD 2,000.00 to INV-0042, USD 900.00 to INV-0043; USD 100.00 stays unapplied" in text
    assert "Write off EUR 12.40 on INV-0043: fx rounding." in text
    assert "needs approval" in text and "payment terms Net 45 are outside" in text
    assert "requested by Pat Billing" in text
    assert "Billing schedule" in text and "2026-11-01" in text  # the subscription's schedule as a table


def test_the_inbox_and_the_chat_use_the_same_sentences() -> None:
    for action in ACTIONS:
        data = action_json(action)
        card = action_card(data, {}, {}, [], names=NAMES)
        assert card["summary"] == describe(data, NAMES).sentence
        for t in card["tables"]:
            _clean(" ".join(" ".join(r) for r in t["rows"]))
        item = PendingItem(handle="11ef2702/" + data["id"], run_id="r", action_id=data["id"], type=data["type"],
                           summary=summarise_action(data, NAMES), customer="Acme Corporation",
                           reasons=data["reasons"], you_may_decide=True)
        text = pending_item(item)
        _clean(text)
        assert text.startswith(f"[11ef2702/{data['id']}] ") and "Acme Corporation" in text


def test_terms_read_as_words_with_currency_and_sources() -> None:
    from accrue.interfaces.render import terms_table

    terms = {"customer_legal_name": "Globex GmbH", "currency": "EUR", "payment_terms_days": 30, "auto_renew": False,
             "minimum_commitment": {"amount": "50000.00", "period": "year"}, "late_fee_percent_per_month": "1.5",
             "usage_rules": [{"metric": "API calls", "unit": "call", "included_quantity": "1000000",
                              "included_period": "month", "pricing_model": "tiered",
                              "tiers": [{"up_to": "5000000", "unit_price": "0.002"},
                                        {"up_to": None, "unit_price": "0.001"}],
                              "billing_frequency": "monthly", "billing_timing": "arrears"}]}
    cites = {"usage_rules[0].tiers": {"page": 2, "quote": "API calls over 1,000,000 a month"}}
    out = io.StringIO()
    Console(file=out, width=80, color_system=None).print(terms_table(terms, cites))
    text = out.getvalue()
    assert all(len(line) <= 80 for line in text.splitlines())
    _clean(text)
    assert "payment_terms_days" not in text and "usage_rules" not in text
    flat = " ".join(text.replace("│", " ").split())
    for shown in ("Payment terms Net 30", "Renews automatically no", "EUR 50,000.00 per", "1.5% a month", "p.2"):
        assert shown in flat, shown
    assert term_text("usage_rules", terms["usage_rules"][0], "EUR") == (
        "API calls: 1,000,000 included a month, EUR 0.002 per call up to 5,000,000, EUR 0.001 per call above "
        "(billed monthly)")
