"""Builds `lines.jsonl`: a fourth batch by the fourth wave's parser author, written after the third round of rule
changes and before any change for them, as the wave's last first-seen check (labels as in `evals/chat/README.md`).

Run `python evals/chat/wave4d/build_lines.py` to rewrite the file.
"""

from __future__ import annotations

import json
from pathlib import Path

ACME, GLOBEX, INITECH = "Acme Corporation", "Globex GmbH", "Initech LLC"
C, B, A, S = "controller", "billing_specialist", "ar_clerk", "sales_ops"

LINES: list[tuple[str, str, dict[str, object]]] = [
    # terms
    (A, "Hi! What payment terms did we agree with Initech?", {"intent": "terms", "customer": INITECH,
                                                              "field": "payment_terms_days"}),
    (A, "globex: due in how many days?", {"intent": "terms", "customer": GLOBEX, "field": "payment_terms_days"}),
    (B, "acme subscription start?", {"intent": "terms", "customer": ACME, "field": "service_start_date"}),
    (S, "what's the last day of the initech subscription", {"intent": "terms", "customer": INITECH,
                                                            "field": "service_end_date"}),
    (S, "acme contract duration", {"intent": "terms", "customer": ACME, "field": "term_months"}),
    (C, "does globex have an evergreen clause", {"intent": "terms", "customer": GLOBEX, "field": "auto_renew"}),
    (S, "how far ahead must initech give notice to not renew", {"intent": "terms", "customer": INITECH,
                                                                "field": "non_renewal_notice_days"}),
    (B, "are we billing initech monthly?", {"intent": "terms", "customer": INITECH, "field": "billing_frequency"}),
    (A, "does globex need a PO on the invoice", {"intent": "terms", "customer": GLOBEX, "field": "po_required"}),
    (B, "acme contract currency", {"intent": "terms", "customer": ACME, "field": "currency"}),
    (C, "what's initech worth to us per year", {"intent": "terms", "customer": INITECH,
                                                "field": "total_contract_value"}),
    (B, "how many licences did acme buy", {"intent": "terms", "customer": ACME, "field": "line_items"}),
    (C, "minimum commitment on initech?", {"intent": "terms", "customer": INITECH, "field": "minimum_commitment"}),
    (S, "escalator on the globex renewal?", {"intent": "terms", "customer": GLOBEX,
                                             "field": "price_escalator_percent"}),
    (A, "late payment interest for acme", {"intent": "terms", "customer": ACME,
                                           "field": "late_fee_percent_per_month"}),
    (A, "which email do globex invoices go to", {"intent": "terms", "customer": GLOBEX,
                                                 "field": "billing_contact_email"}),
    (C, "what legal entity are we on the acme contract", {"intent": "terms", "customer": ACME,
                                                          "field": "vendor_legal_name"}),
    (B, "usage tiers for acme?", {"intent": "terms", "customer": ACME, "field": "usage_rules"}),
    # pending
    (C, "what needs approving", {"intent": "pending"}),
    (C, "do I need to approve anything", {"intent": "pending", "mine_only": True}),
    (B, "is the globex credit still pending", {"intent": "pending", "customer": GLOBEX}),
    (A, "show everything awaiting approval for initech", {"intent": "pending", "customer": INITECH}),
    # approve / reject
    (C, "approve all pending for acme", {"intent": "approve", "customer": ACME}),
    (C, "Approved - go ahead with the Initech write off", {"intent": "approve", "customer": INITECH}),
    (C, "reject INV-2026-0099, wrong currency", {"intent": "reject", "invoice": "INV-2026-0099",
                                                 "reason": "wrong currency"}),
    (C, "I'm rejecting the acme invoice because the price is not what sales quoted", {
        "intent": "reject", "customer": ACME, "reason": "the price is not what sales quoted"}),
    # explain
    (B, "why is acme's invoice not out yet", {"intent": "explain", "customer": ACME}),
    (S, "what's the hold-up on initech", {"intent": "explain", "customer": INITECH}),
    (C, "explain the acme run", {"intent": "explain", "customer": ACME}),
    # balance
    (A, "initech balance?", {"intent": "balance", "customer": INITECH}),
    (A, "how much cash do we still expect from globex", {"intent": "balance", "customer": GLOBEX}),
    (C, "what's the total open AR", {"intent": "balance"}),
    (S, "has globex paid everything they owe", {"intent": "balance", "customer": GLOBEX}),
    # overdue
    (A, "overdue list", {"intent": "overdue"}),
    (A, "is globex behind?", {"intent": "overdue", "customer": GLOBEX}),
    (C, "anything 90+ days past due?", {"intent": "overdue"}),
    (A, "which acme invoices are late", {"intent": "overdue", "customer": ACME}),
    # schedule
    (B, "when do we next invoice initech", {"intent": "schedule", "customer": INITECH}),
    (C, "billing forecast for next quarter", {"intent": "schedule"}),
    (B, "acme's upcoming invoices", {"intent": "schedule", "customer": ACME}),
    # find
    (A, "find the acme account", {"intent": "find", "customer": ACME}),
    (A, "look for INV-0002", {"intent": "find", "invoice": "INV-0002"}),
    (S, "do we have a customer named umbrella corp", {"intent": "find"}),
    # credit / refund
    (B, "credit 150 usd on INV-0002 for a pricing error", {"intent": "credit", "invoice": "INV-0002",
                                                           "amount": "150", "currency": "USD",
                                                           "reason": "pricing error"}),
    (B, "create a credit note against INV-2026-0058 for €90, wrong tax", {
        "intent": "credit", "invoice": "INV-2026-0058", "amount": "90", "currency": "EUR", "reason": "wrong tax"}),
    (A, "globex overpaid, please refund the 250 euro difference", {"intent": "credit", "customer": GLOBEX,
                                                                   "amount": "250", "currency": "EUR"}),
    # write-off
    (A, "write off INV-2026-0077 balance of 18.40, not worth collecting", {
        "intent": "write_off", "invoice": "INV-2026-0077", "amount": "18.40", "reason": "not worth collecting"}),
    (C, "initech wrote us they can't pay the last 300 usd, write it off", {
        "intent": "write_off", "customer": INITECH, "amount": "300", "currency": "USD"}),
    # invoice change
    (B, "can you change the amount on INV-2026-0045 to 7,200? reason: one seat too many", {
        "intent": "invoice_change", "invoice": "INV-2026-0045", "reason": "one seat too many"}),
    (B, "the due date on the globex invoice needs to move to the 30th", {"intent": "invoice_change",
                                                                        "customer": GLOBEX}),
    # run
    (S, "run the new initech order form please", {"intent": "run", "customer": INITECH}),
    (B, "please ingest globex_amendment.pdf", {"intent": "run"}),
    # correct
    (B, "acme's term is 24 months, not 12", {"intent": "correct", "customer": ACME, "field": "term_months",
                                             "value": 24}),
    (C, "initech billing should be quarterly", {"intent": "correct", "customer": INITECH,
                                                "field": "billing_frequency", "value": "quarterly"}),
    # help
    (A, "what questions can I ask", {"intent": "help"}),
    (B, "how does approval work here?", {"intent": "help"}),
    # out of scope
    (C, "forecast next year's revenue", {"intent": "out_of_scope"}),
    (A, "call initech about their overdue invoice", {"intent": "out_of_scope"}),
    (S, "what's the globex stock price", {"intent": "out_of_scope"}),
    (B, "create a new product in the catalog", {"intent": "out_of_scope"}),
    (C, "give pat controller rights", {"intent": "out_of_scope"}),
]


def main() -> None:
    out = Path(__file__).with_name("lines.jsonl")
    rows = [{"id": f"t{n:03d}", "role": role, "text": text, "expected": expected}
            for n, (role, text, expected) in enumerate(LINES, 1)]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


if __name__ == "__main__":
    main()
