"""Builds `lines.jsonl`: a fifth batch of 40 lines by the fourth wave's parser author, written after the last rule
changes of the wave and measured once, as its closing first-seen check (labels as in `evals/chat/README.md`).

Run `python evals/chat/wave4e/build_lines.py` to rewrite the file.
"""

from __future__ import annotations

import json
from pathlib import Path

ACME, GLOBEX, INITECH = "Acme Corporation", "Globex GmbH", "Initech LLC"
C, B, A, S = "controller", "billing_specialist", "ar_clerk", "sales_ops"

LINES: list[tuple[str, str, dict[str, object]]] = [
    (A, "what terms does globex pay on", {"intent": "terms", "customer": GLOBEX, "field": "payment_terms_days"}),
    (S, "remind me when the acme deal started", {"intent": "terms", "customer": ACME, "field": "service_start_date"}),
    (S, "initech renewal date?", {"intent": "terms", "customer": INITECH, "field": "service_end_date"}),
    (B, "is globex on annual or quarterly billing", {"intent": "terms", "customer": GLOBEX,
                                                     "field": "billing_frequency"}),
    (C, "what's the contract value for initech llc", {"intent": "terms", "customer": INITECH,
                                                      "field": "total_contract_value"}),
    (B, "price per seat for globex?", {"intent": "terms", "customer": GLOBEX, "field": "line_items"}),
    (A, "send invoices for acme to which address?", {"intent": "terms", "customer": ACME,
                                                     "field": "billing_contact_email"}),
    (C, "does the globex contract let us raise prices", {"intent": "terms", "customer": GLOBEX,
                                                         "field": "price_escalator_percent"}),
    (S, "can acme cancel, and with how much notice", {"intent": "terms", "customer": ACME,
                                                      "field": "non_renewal_notice_days"}),
    (C, "anything waiting on me?", {"intent": "pending", "mine_only": True}),
    (B, "what's still waiting for sign-off on initech", {"intent": "pending", "customer": INITECH}),
    (C, "approvals pending across all customers", {"intent": "pending"}),
    (C, "ok go ahead, approve globex", {"intent": "approve", "customer": GLOBEX}),
    (C, "approve the refund for initech", {"intent": "approve", "customer": INITECH}),
    (C, "reject the acme one - net 45 not approved by finance", {
        "intent": "reject", "customer": ACME, "reason": "net 45 not approved by finance"}),
    (C, "decline initech credit note, reason: already credited last month", {
        "intent": "reject", "customer": INITECH, "reason": "already credited last month"}),
    (B, "why is globex's run waiting", {"intent": "explain", "customer": GLOBEX}),
    (S, "what is going on with the acme contract", {"intent": "explain", "customer": ACME}),
    (A, "how much does initech owe us right now", {"intent": "balance", "customer": INITECH}),
    (A, "open invoices for globex gmbh", {"intent": "balance", "customer": GLOBEX}),
    (C, "total amount outstanding", {"intent": "balance"}),
    (A, "which accounts are overdue", {"intent": "overdue"}),
    (A, "anything of globex's past due", {"intent": "overdue", "customer": GLOBEX}),
    (C, "show the aging for initech", {"intent": "overdue", "customer": INITECH}),
    (B, "when does acme get its first invoice", {"intent": "schedule", "customer": ACME}),
    (C, "list invoices scheduled for next month", {"intent": "schedule"}),
    (A, "find globex gmbh", {"intent": "find", "customer": GLOBEX}),
    (A, "can you look up invoice INV-0001", {"intent": "find", "invoice": "INV-0001"}),
    (B, "credit INV-0001 by EUR 120 - customer was double billed", {
        "intent": "credit", "invoice": "INV-0001", "amount": "120", "currency": "EUR",
        "reason": "customer was double billed"}),
    (A, "globex was charged twice, refund them €3,000", {"intent": "credit", "customer": GLOBEX, "amount": "3000",
                                                         "currency": "EUR", "reason": "charged twice"}),
    (A, "write off 25 usd on INV-0002, customer short paid", {
        "intent": "write_off", "invoice": "INV-0002", "amount": "25", "currency": "USD",
        "reason": "customer short paid"}),
    (C, "the initech invoice INV-2026-0031 is uncollectable, write off the full 2,000", {
        "intent": "write_off", "customer": INITECH, "invoice": "INV-2026-0031", "amount": "2000",
        "reason": "uncollectable"}),
    (B, "reduce INV-2026-0050 to 4,000 eur, reason wrong quantity", {
        "intent": "invoice_change", "invoice": "INV-2026-0050", "reason": "wrong quantity"}),
    (B, "run the acme order form examples/acme/order-form.pdf", {"intent": "run", "customer": ACME}),
    (B, "globex billing is monthly not quarterly", {"intent": "correct", "customer": GLOBEX,
                                                    "field": "billing_frequency", "value": "monthly"}),
    (A, "how do I see what a customer owes?", {"intent": "help"}),
    (S, "what are you able to help with", {"intent": "help"}),
    (C, "close november", {"intent": "out_of_scope"}),
    (A, "text the initech ap team", {"intent": "out_of_scope"}),
    (S, "who won the game last night", {"intent": "out_of_scope"}),
]


def main() -> None:
    out = Path(__file__).with_name("lines.jsonl")
    rows = [{"id": f"s{n:03d}", "role": role, "text": text, "expected": expected}
            for n, (role, text, expected) in enumerate(LINES, 1)]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


if __name__ == "__main__":
    main()
