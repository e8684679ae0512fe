"""Builds `lines.jsonl`: a third batch by the fourth wave's parser author, written after the second round of rule
changes and before any change for them (labels as in `evals/chat/README.md`): longer lines with context first,
statements used as questions, polite and terse registers, non-native English, shorthand.

Run `python evals/chat/wave4c/build_lines.py` to rewrite the file.
"""

from __future__ import annotations

import json
from pathlib import Path

ACME, GLOBEX, INITECH = "Acme Corporation", "Globex GmbH", "Initech LLC"
C, B, A, S = "controller", "billing_specialist", "ar_clerk", "sales_ops"

LINES: list[tuple[str, str, dict[str, object]]] = [
    # terms
    (A, "need acme's payment terms for a dunning letter", {"intent": "terms", "customer": ACME,
                                                           "field": "payment_terms_days"}),
    (A, "Customer Globex is asking. By which date must they pay after receiving our invoice?", {
        "intent": "terms", "customer": GLOBEX, "field": "payment_terms_days"}),
    (S, "initech go-live date", {"intent": "terms", "customer": INITECH, "field": "service_start_date"}),
    (S, "I'm putting together the renewals list - when is acme's contract up?", {
        "intent": "terms", "customer": ACME, "field": "service_end_date"}),
    (C, "term length for globex pls", {"intent": "terms", "customer": GLOBEX, "field": "term_months"}),
    (S, "if we do nothing, does the initech contract just continue?", {"intent": "terms", "customer": INITECH,
                                                                      "field": "auto_renew"}),
    (S, "by when would globex have to tell us they are leaving", {"intent": "terms", "customer": GLOBEX,
                                                                 "field": "non_renewal_notice_days"}),
    (B, "do we invoice acme once a year?", {"intent": "terms", "customer": ACME, "field": "billing_frequency"}),
    (A, "PO required for globex invoices y/n", {"intent": "terms", "customer": GLOBEX, "field": "po_required"}),
    (B, "initech pays in which currency", {"intent": "terms", "customer": INITECH, "field": "currency"}),
    (C, "how big is the acme contract", {"intent": "terms", "customer": ACME, "field": "total_contract_value"}),
    (B, "list the line items on the globex order form", {"intent": "terms", "customer": GLOBEX,
                                                         "field": "line_items"}),
    (B, "what are we charging initech per user", {"intent": "terms", "customer": INITECH, "field": "line_items"}),
    (C, "is there a spend floor in the acme deal", {"intent": "terms", "customer": ACME,
                                                    "field": "minimum_commitment"}),
    (S, "does initech's price increase every year?", {"intent": "terms", "customer": INITECH,
                                                      "field": "price_escalator_percent"}),
    (A, "can we charge globex a fee for paying late", {"intent": "terms", "customer": GLOBEX,
                                                       "field": "late_fee_percent_per_month"}),
    (A, "whats the AP contact for initech", {"intent": "terms", "customer": INITECH,
                                             "field": "billing_contact_email"}),
    (C, "which company is the vendor on the initech paper", {"intent": "terms", "customer": INITECH,
                                                             "field": "vendor_legal_name"}),
    (C, "did acme get any non-standard terms", {"intent": "terms", "customer": ACME, "field": "non_standard_terms"}),
    (B, "how is usage billed for globex", {"intent": "terms", "customer": GLOBEX, "field": "usage_rules"}),
    (B, "show me the initech contract terms", {"intent": "terms", "customer": INITECH}),
    # pending
    (C, "Good morning. Is there anything waiting for my approval?", {"intent": "pending", "mine_only": True}),
    (C, "pending approvals?", {"intent": "pending"}),
    (B, "has anyone approved the acme invoice yet", {"intent": "pending", "customer": ACME}),
    (C, "what's in the approval inbox", {"intent": "pending"}),
    (A, "did my write-off request get approved?", {"intent": "pending"}),
    # approve / reject
    (C, "Approve.  acme invoice", {"intent": "approve", "customer": ACME}),
    (C, "ok to approve the initech credit note", {"intent": "approve", "customer": INITECH}),
    (C, "I have checked it, the Globex write-off can be approved", {"intent": "approve", "customer": GLOBEX}),
    (C, "reject acme, the customer name on the invoice is wrong", {
        "intent": "reject", "customer": ACME, "reason": "the customer name on the invoice is wrong"}),
    (C, "please reject the write off for initech - they promised to pay friday", {
        "intent": "reject", "customer": INITECH, "reason": "they promised to pay friday"}),
    (C, "this globex credit should not go through, reject it. reason: no signed amendment", {
        "intent": "reject", "customer": GLOBEX, "reason": "no signed amendment"}),
    # explain
    (B, "the acme invoice is still not sent, what is the reason?", {"intent": "explain", "customer": ACME}),
    (S, "acme status?", {"intent": "explain", "customer": ACME}),
    (B, "why did the globex run need a review", {"intent": "explain", "customer": GLOBEX}),
    (C, "walk me through what happened on the initech run", {"intent": "explain", "customer": INITECH}),
    # balance
    (A, "need the globex balance", {"intent": "balance", "customer": GLOBEX}),
    (A, "what do we have open on initech?", {"intent": "balance", "customer": INITECH}),
    (C, "total receivables by customer", {"intent": "balance"}),
    (A, "Hello, could you please let me know the outstanding amount for Acme Corporation?", {
        "intent": "balance", "customer": ACME}),
    (A, "how much money is globex owing", {"intent": "balance", "customer": GLOBEX}),
    (S, "does initech have unpaid bills", {"intent": "balance", "customer": INITECH}),
    # overdue
    (A, "who's late", {"intent": "overdue"}),
    (C, "list invoices more than 60 days overdue", {"intent": "overdue"}),
    (A, "initech overdue?", {"intent": "overdue", "customer": INITECH}),
    (A, "any late payers this month", {"intent": "overdue"}),
    (C, "aging buckets please", {"intent": "overdue"}),
    (A, "was INV-0001 paid on time", {"intent": "overdue", "invoice": "INV-0001"}),
    # schedule
    (B, "next invoice date for initech", {"intent": "schedule", "customer": INITECH}),
    (C, "what are we invoicing in january", {"intent": "schedule"}),
    (B, "globex billing schedule for next year", {"intent": "schedule", "customer": GLOBEX}),
    (B, "when is the acme renewal invoice going out", {"intent": "schedule", "customer": ACME}),
    # find
    (A, "search umbrella corp", {"intent": "find"}),
    (B, "get me INV-0002", {"intent": "find", "invoice": "INV-0002"}),
    (S, "do we have initech in the system", {"intent": "find", "customer": INITECH}),
    (A, "which customer does INV-0001 belong to", {"intent": "find", "invoice": "INV-0001"}),
    # credit / refund
    (B, "please raise a credit note for INV-2026-0080, EUR 640.00, customer was billed for 2 extra seats", {
        "intent": "credit", "invoice": "INV-2026-0080", "amount": "640.00", "currency": "EUR",
        "reason": "customer was billed for 2 extra seats"}),
    (B, "credit memo INV-0002 usd 500 outage credit", {"intent": "credit", "invoice": "INV-0002", "amount": "500",
                                                       "currency": "USD", "reason": "outage credit"}),
    (A, "initech paid twice in march, we need to send them back $1,200", {
        "intent": "credit", "customer": INITECH, "amount": "1200", "currency": "USD",
        "reason": "paid twice in march"}),
    (S, "can we credit acme 10% on their next invoice as a goodwill gesture", {
        "intent": "credit", "customer": ACME, "reason": "goodwill gesture"}),
    (B, "issue credit 1.000,00 EUR to globex on INV-2026-0027 because of the outage", {
        "intent": "credit", "customer": GLOBEX, "invoice": "INV-2026-0027", "amount": "1000.00", "currency": "EUR",
        "reason": "the outage"}),
    # write-off
    (A, "write-off request: INV-2026-0094, $60, customer disputes the late fee", {
        "intent": "write_off", "invoice": "INV-2026-0094", "amount": "60", "currency": "USD",
        "reason": "customer disputes the late fee"}),
    (C, "write down INV-2026-0015 by 1,250 - uncollectable", {
        "intent": "write_off", "invoice": "INV-2026-0015", "amount": "1250", "reason": "uncollectable"}),
    (A, "pls w/o the 4.99 left on INV-0001, rounding", {"intent": "write_off", "invoice": "INV-0001",
                                                       "amount": "4.99", "reason": "rounding"}),
    # invoice change
    (B, "INV-2026-0066 is missing the PO, please add PO-5512", {"intent": "invoice_change",
                                                              "invoice": "INV-2026-0066"}),
    (B, "re-issue INV-2026-0072 for 3,200 usd, reason seat count corrected", {
        "intent": "invoice_change", "invoice": "INV-2026-0072", "reason": "seat count corrected"}),
    (A, "acme wants their invoice sent to a different email, can you change it", {
        "intent": "invoice_change", "customer": ACME}),
    # run
    (S, "here's the signed globex order form: globex-2027.pdf", {"intent": "run", "customer": GLOBEX}),
    (B, "please start the contract run for the new acme deal", {"intent": "run", "customer": ACME}),
    (S, "initech signed the renewal today, what do I do to get it billed?", {"intent": "run",
                                                                             "customer": INITECH}),
    # correct
    (B, "acme's billing contact is wrong, it's ap@acme.example", {
        "intent": "correct", "customer": ACME, "field": "billing_contact_email", "value": "ap@acme.example"}),
    (C, "the initech term should be 24 months", {"intent": "correct", "customer": INITECH, "field": "term_months",
                                                 "value": 24}),
    (B, "globex ends on 2027-06-30, not 2027-03-31", {"intent": "correct", "customer": GLOBEX,
                                                      "field": "service_end_date", "value": "2027-06-30"}),
    # help
    (A, "I don't know what to type here", {"intent": "help"}),
    (C, "help?", {"intent": "help"}),
    (B, "how do I write something off?", {"intent": "help"}),
    # out of scope
    (A, "send a payment reminder to initech", {"intent": "out_of_scope"}),
    (C, "what was revenue last quarter", {"intent": "out_of_scope"}),
    (S, "who is our contact at acme for the renewal negotiation", {"intent": "out_of_scope"}),
    (B, "print all invoices for december", {"intent": "out_of_scope"}),
    (C, "set the invoice threshold to 50k", {"intent": "out_of_scope"}),
    (A, "apply the globex payment that came in today", {"intent": "out_of_scope"}),
    (S, "thanks!", {"intent": "out_of_scope"}),
]


def main() -> None:
    out = Path(__file__).with_name("lines.jsonl")
    rows = [{"id": f"u{n:03d}", "role": role, "text": text, "expected": expected}
            for n, (role, text, expected) in enumerate(LINES, 1)]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


if __name__ == "__main__":
    main()
