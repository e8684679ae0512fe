"""Builds `lines.jsonl`: 87 more lines by the fourth wave's parser author, written after the first rule changes and
before any change for them, as a second first-seen check (labels as in `evals/chat/README.md`).

Run `python evals/chat/wave4b/build_lines.py` to rewrite the file.
"""

from __future__ import annotations

import json
from pathlib import Path

ACME, GLOBEX, INITECH = "Acme Corporation", "Globex GmbH", "Initech LLC"
C, B, A, S = "controller", "billing_specialist", "ar_clerk", "sales_ops"

LINES: list[tuple[str, str, dict[str, object]]] = [
    # terms
    (A, "Could you remind me what Globex's payment terms are?", {"intent": "terms", "customer": GLOBEX,
                                                                 "field": "payment_terms_days"}),
    (A, "acme: how many days after invoice do they pay", {"intent": "terms", "customer": ACME,
                                                          "field": "payment_terms_days"}),
    (B, "I'd like to know when the Initech service period begins", {"intent": "terms", "customer": INITECH,
                                                                    "field": "service_start_date"}),
    (S, "globex expiry date?", {"intent": "terms", "customer": GLOBEX, "field": "service_end_date"}),
    (S, "how many months does the acme subscription run", {"intent": "terms", "customer": ACME,
                                                           "field": "term_months"}),
    (S, "will initech roll over at the end of the term", {"intent": "terms", "customer": INITECH,
                                                          "field": "auto_renew"}),
    (C, "notice period for cancelling acme?", {"intent": "terms", "customer": ACME,
                                               "field": "non_renewal_notice_days"}),
    (B, "billing cadence for globex gmbh", {"intent": "terms", "customer": GLOBEX, "field": "billing_frequency"}),
    (A, "is a purchase order needed for initech invoices", {"intent": "terms", "customer": INITECH,
                                                            "field": "po_required"}),
    (B, "are acme's invoices in dollars or euros", {"intent": "terms", "customer": ACME, "field": "currency"}),
    (C, "total value of the initech contract", {"intent": "terms", "customer": INITECH,
                                                "field": "total_contract_value"}),
    (B, "what products is globex paying for", {"intent": "terms", "customer": GLOBEX, "field": "line_items"}),
    (B, "per-seat price on acme?", {"intent": "terms", "customer": ACME, "field": "line_items"}),
    (C, "has initech committed to a minimum annual amount", {"intent": "terms", "customer": INITECH,
                                                             "field": "minimum_commitment"}),
    (S, "does the globex price go up next year", {"intent": "terms", "customer": GLOBEX,
                                                  "field": "price_escalator_percent"}),
    (A, "what's the penalty for late payment on the initech contract", {
        "intent": "terms", "customer": INITECH, "field": "late_fee_percent_per_month"}),
    (A, "where do acme invoices get emailed", {"intent": "terms", "customer": ACME,
                                               "field": "billing_contact_email"}),
    (C, "who is the seller on the globex agreement", {"intent": "terms", "customer": GLOBEX,
                                                      "field": "vendor_legal_name"}),
    (C, "any special clauses in acme's order form?", {"intent": "terms", "customer": ACME,
                                                      "field": "non_standard_terms"}),
    (B, "overage pricing for initech api usage?", {"intent": "terms", "customer": INITECH, "field": "usage_rules"}),
    (A, "pymnt terms acme", {"intent": "terms", "customer": ACME, "field": "payment_terms_days"}),
    (S, "when does globex's subscripton end", {"intent": "terms", "customer": GLOBEX, "field": "service_end_date"}),
    # pending
    (C, "anything for me to sign today?", {"intent": "pending", "mine_only": True}),
    (C, "what approvals do i have open", {"intent": "pending", "mine_only": True}),
    (B, "is anything stuck waiting for approval", {"intent": "pending"}),
    (A, "what's waiting on dana", {"intent": "pending"}),
    (C, "pending items for acme?", {"intent": "pending", "customer": ACME}),
    (C, "show me the approval queue", {"intent": "pending"}),
    # approve / reject
    (C, "looks good, approve the acme invoice", {"intent": "approve", "customer": ACME}),
    (C, "you can approve the globex credit now", {"intent": "approve", "customer": GLOBEX}),
    (C, "i approve INV-2026-0081", {"intent": "approve", "invoice": "INV-2026-0081"}),
    (C, "confirm the initech write-off, approved", {"intent": "approve", "customer": INITECH}),
    (C, "reject the globex credit note: amount not agreed", {"intent": "reject", "customer": GLOBEX,
                                                             "reason": "amount not agreed"}),
    (C, "no - decline the acme invoice, terms need legal review", {
        "intent": "reject", "customer": ACME, "reason": "terms need legal review"}),
    (C, "rejected INV-2026-0064 since the PO is missing", {"intent": "reject", "invoice": "INV-2026-0064",
                                                           "reason": "the PO is missing"}),
    # explain
    (B, "can you explain why the acme invoice is waiting", {"intent": "explain", "customer": ACME}),
    (S, "what's blocking the initech run", {"intent": "explain", "customer": INITECH}),
    (B, "what went wrong with globex", {"intent": "explain", "customer": GLOBEX}),
    (C, "tell me why acme needs approval", {"intent": "explain", "customer": ACME}),
    # balance
    (A, "Could you tell me how much Initech owes at the moment?", {"intent": "balance", "customer": INITECH}),
    (A, "globex open balance", {"intent": "balance", "customer": GLOBEX}),
    (C, "how much are customers owing us in total", {"intent": "balance"}),
    (A, "whats left to pay on initech", {"intent": "balance", "customer": INITECH}),
    (A, "remaining balance for globex please", {"intent": "balance", "customer": GLOBEX}),
    (S, "is acme up to date with payments", {"intent": "balance", "customer": ACME}),
    # overdue
    (A, "which invoices are overdue right now", {"intent": "overdue"}),
    (C, "AR aging report pls", {"intent": "overdue"}),
    (A, "who hasn't paid on time", {"intent": "overdue"}),
    (A, "are any initech invoices past their due date", {"intent": "overdue", "customer": INITECH}),
    (A, "overdue accounts over 30 days", {"intent": "overdue"}),
    (A, "is INV-0002 overdue?", {"intent": "overdue", "invoice": "INV-0002"}),
    # schedule
    (B, "when will globex next be billed", {"intent": "schedule", "customer": GLOBEX}),
    (C, "what's going out on the next billing run", {"intent": "schedule"}),
    (B, "acme invoice schedule", {"intent": "schedule", "customer": ACME}),
    (B, "what does initech get invoiced over the coming months", {"intent": "schedule", "customer": INITECH}),
    (C, "upcoming billing for all customers", {"intent": "schedule"}),
    # find
    (A, "find initech llc", {"intent": "find", "customer": INITECH}),
    (A, "lookup INV-0001", {"intent": "find", "invoice": "INV-0001"}),
    (S, "is umbrella corp one of our customers?", {"intent": "find"}),
    (B, "open the acme contract", {"intent": "find", "customer": ACME}),
    # credit / refund
    (B, "please issue a credit of USD 120 on INV-0002 for a billing error", {
        "intent": "credit", "invoice": "INV-0002", "amount": "120", "currency": "USD", "reason": "billing error"}),
    (B, "credit INV-2026-0071 €75,00 - wrong VAT rate", {
        "intent": "credit", "invoice": "INV-2026-0071", "amount": "75.00", "currency": "EUR",
        "reason": "wrong VAT rate"}),
    (A, "globex should get 200 eur back, they paid the same invoice twice", {
        "intent": "credit", "customer": GLOBEX, "amount": "200", "currency": "EUR",
        "reason": "they paid the same invoice twice"}),
    (B, "partial credit of 1k on INV-2026-0040, customer unhappy with onboarding", {
        "intent": "credit", "invoice": "INV-2026-0040", "amount": "1000",
        "reason": "customer unhappy with onboarding"}),
    (S, "refund acme $300 for the cancelled training", {"intent": "credit", "customer": ACME, "amount": "300",
                                                        "currency": "USD", "reason": "cancelled training"}),
    # write-off
    (A, "write off USD 3.10 on INV-0002 - bank charges", {
        "intent": "write_off", "invoice": "INV-0002", "amount": "3.10", "currency": "USD", "reason": "bank charges"}),
    (C, "we'll never collect the 900 on INV-2026-0035, write it off. customer closed", {
        "intent": "write_off", "invoice": "INV-2026-0035", "amount": "900", "reason": "customer closed"}),
    (A, "small balance writeoff 2.50 eur INV-0001 fx difference", {
        "intent": "write_off", "invoice": "INV-0001", "amount": "2.50", "currency": "EUR",
        "reason": "fx difference"}),
    # invoice change
    (B, "INV-2026-0046 has the wrong amount, it should be 5,400 - 18 seats not 20", {
        "intent": "invoice_change", "invoice": "INV-2026-0046"}),
    (B, "can you update the billing address on INV-0001", {"intent": "invoice_change", "invoice": "INV-0001"}),
    (B, "correct INV-2026-0052 to EUR 2,750, reason discount left off", {
        "intent": "invoice_change", "invoice": "INV-2026-0052", "reason": "discount left off"}),
    # run
    (S, "new order form for initech is signed, please run it", {"intent": "run", "customer": INITECH}),
    (B, "process contracts/globex-renewal.pdf", {"intent": "run"}),
    (S, "acme signed! can you set them up in billing", {"intent": "run", "customer": ACME}),
    # correct
    (B, "initech's payment terms are net 45", {"intent": "correct", "customer": INITECH,
                                               "field": "payment_terms_days", "value": 45}),
    (C, "acme is billed quarterly, not annually", {"intent": "correct", "customer": ACME,
                                                   "field": "billing_frequency", "value": "quarterly"}),
    (B, "globex's service should start on 2026-05-01", {"intent": "correct", "customer": GLOBEX,
                                                        "field": "service_start_date", "value": "2026-05-01"}),
    # help
    (A, "what kinds of things can you do?", {"intent": "help"}),
    (B, "hey, how do I get started", {"intent": "help"}),
    (S, "is there a list of commands?", {"intent": "help"}),
    # out of scope
    (A, "what's our DSO this quarter", {"intent": "out_of_scope"}),
    (C, "reconcile the bank account", {"intent": "out_of_scope"}),
    (S, "book a call with the globex cfo", {"intent": "out_of_scope"}),
    (A, "change my password", {"intent": "out_of_scope"}),
    (C, "approve the budget for q1", {"intent": "out_of_scope"}),
    (B, "translate the acme invoice into german", {"intent": "out_of_scope"}),
    (A, "how's the weather in berlin", {"intent": "out_of_scope"}),
]


def main() -> None:
    out = Path(__file__).with_name("lines.jsonl")
    rows = [{"id": f"v{n:03d}", "role": role, "text": text, "expected": expected}
            for n, (role, text, expected) in enumerate(LINES, 1)]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


if __name__ == "__main__":
    main()
