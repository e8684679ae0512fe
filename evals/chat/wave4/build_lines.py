"""Builds `lines.jsonl`: 152 chat lines written by the fourth wave's parser author before changing any rule for them.

Same labels as the blind corpora (`evals/chat/README.md`, "Label conventions"): canonical customer, upper-case
invoice, amount as a dot-decimal string, currency only when written, reason in the person's words, value for
corrections. Refunds of money a customer holds are labelled `credit`, as both blind corpora label them.
Run `python evals/chat/wave4/build_lines.py` to rewrite the file.
"""

from __future__ import annotations

import json
from pathlib import Path

ACME, GLOBEX, INITECH = "Acme Corporation", "Globex GmbH", "Initech LLC"
C, B, A, S = "controller", "billing_specialist", "ar_clerk", "sales_ops"

LINES: list[tuple[str, str, dict[str, object]]] = [
    # terms
    (A, "acme - what are their payment terms again", {"intent": "terms", "customer": ACME,
                                                     "field": "payment_terms_days"}),
    (A, "Quick one: how long has Globex got to settle an invoice?", {"intent": "terms", "customer": GLOBEX,
                                                                    "field": "payment_terms_days"}),
    (C, "initech net 30 or net 60? can't remember", {"intent": "terms", "customer": INITECH,
                                                    "field": "payment_terms_days"}),
    (A, "when do acme invoices fall due", {"intent": "terms", "customer": ACME, "field": "payment_terms_days"}),
    (B, "payment window for globx?", {"intent": "terms", "customer": GLOBEX, "field": "payment_terms_days"}),
    (S, "whens the initech subscription start", {"intent": "terms", "customer": INITECH,
                                                 "field": "service_start_date"}),
    (B, "what day did the Acme service go live", {"intent": "terms", "customer": ACME,
                                                  "field": "service_start_date"}),
    (S, "Globex contract end date pls", {"intent": "terms", "customer": GLOBEX, "field": "service_end_date"}),
    (C, "when does the initech agreement run out?", {"intent": "terms", "customer": INITECH,
                                                     "field": "service_end_date"}),
    (S, "how long is acme signed up for", {"intent": "terms", "customer": ACME, "field": "term_months"}),
    (S, "globex - one year deal or longer?", {"intent": "terms", "customer": GLOBEX, "field": "term_months"}),
    (S, "does initech renew automatically or do we need to chase a renewal", {
        "intent": "terms", "customer": INITECH, "field": "auto_renew"}),
    (C, "Is the Acme agreement auto-renewing?", {"intent": "terms", "customer": ACME, "field": "auto_renew"}),
    (S, "how much notice does globex have to give if they want to cancel", {
        "intent": "terms", "customer": GLOBEX, "field": "non_renewal_notice_days"}),
    (B, "how frequently do we invoice initech", {"intent": "terms", "customer": INITECH,
                                                 "field": "billing_frequency"}),
    (B, "is globex billed quarterly or annually?", {"intent": "terms", "customer": GLOBEX,
                                                    "field": "billing_frequency"}),
    (A, "do acme need a PO number on their invoices?", {"intent": "terms", "customer": ACME,
                                                        "field": "po_required"}),
    (B, "what currency is initech invoiced in", {"intent": "terms", "customer": INITECH, "field": "currency"}),
    (S, "what's the globex deal worth in total", {"intent": "terms", "customer": GLOBEX,
                                                  "field": "total_contract_value"}),
    (C, "ACV on acme?", {"intent": "terms", "customer": ACME, "field": "total_contract_value"}),
    (B, "what did initech buy from us", {"intent": "terms", "customer": INITECH, "field": "line_items"}),
    (B, "how many seats does globex have", {"intent": "terms", "customer": GLOBEX, "field": "line_items"}),
    (B, "is there any usage based pricing in the acme contract", {"intent": "terms", "customer": ACME,
                                                                  "field": "usage_rules"}),
    (C, "does globex have a minimum spend commitment", {"intent": "terms", "customer": GLOBEX,
                                                        "field": "minimum_commitment"}),
    (S, "any annual price uplift on initech?", {"intent": "terms", "customer": INITECH,
                                                "field": "price_escalator_percent"}),
    (A, "do we charge acme interest if they pay late", {"intent": "terms", "customer": ACME,
                                                        "field": "late_fee_percent_per_month"}),
    (A, "who do I send the globex invoices to", {"intent": "terms", "customer": GLOBEX,
                                                 "field": "billing_contact_email"}),
    (A, "billing email address for initech?", {"intent": "terms", "customer": INITECH,
                                               "field": "billing_contact_email"}),
    (C, "which of our entities signed the acme order form", {"intent": "terms", "customer": ACME,
                                                             "field": "vendor_legal_name"}),
    (C, "anything unusual in the initech contract I should be aware of?", {
        "intent": "terms", "customer": INITECH, "field": "non_standard_terms"}),
    (B, "Whats the term on the Initech order form?", {"intent": "terms", "customer": INITECH,
                                                      "field": "term_months"}),
    (A, "Sorry if this is obvious - what are the payment terms for Initech LLC? Customer is asking.", {
        "intent": "terms", "customer": INITECH, "field": "payment_terms_days"}),
    # pending
    (C, "what's waiting on my sign-off", {"intent": "pending", "mine_only": True}),
    (C, "do i have anything to approve today?", {"intent": "pending", "mine_only": True}),
    (B, "what's still pending approval", {"intent": "pending"}),
    (A, "is there anything in the approval queue for globex", {"intent": "pending", "customer": GLOBEX}),
    (C, "list everything awaiting a decision", {"intent": "pending"}),
    (S, "is the acme invoice still waiting for someone to approve it?", {"intent": "pending", "customer": ACME}),
    (C, "anything needing my attention?", {"intent": "pending", "mine_only": True}),
    (B, "which requests havent been approved yet", {"intent": "pending"}),
    (C, "morning! what have i got to review", {"intent": "pending", "mine_only": True}),
    (A, "any approvals outstanding for initech?", {"intent": "pending", "customer": INITECH}),
    # approve
    (C, "approve it - the acme invoice is fine", {"intent": "approve", "customer": ACME}),
    (C, "ok, sign off the Acme Corp invoice", {"intent": "approve", "customer": ACME}),
    (C, "all good, please approve INV-2026-0061", {"intent": "approve", "invoice": "INV-2026-0061"}),
    (C, "globex credit is approved", {"intent": "approve", "customer": GLOBEX}),
    (C, "happy to approve the initech write-off", {"intent": "approve", "customer": INITECH}),
    (C, "approving the acme one now", {"intent": "approve", "customer": ACME}),
    (C, "go ahead and release the acme invoice", {"intent": "approve", "customer": ACME}),
    (C, "yep approve initech llc", {"intent": "approve", "customer": INITECH}),
    # reject
    (C, "reject the acme invoice - price doesn't match the quote", {
        "intent": "reject", "customer": ACME, "reason": "price doesn't match the quote"}),
    (C, "decline globex credit, no approval from sales", {"intent": "reject", "customer": GLOBEX,
                                                           "reason": "no approval from sales"}),
    (C, "Rejecting the Initech write-off because they just paid", {"intent": "reject", "customer": INITECH,
                                                                     "reason": "they just paid"}),
    (C, "not approving INV-2026-0070, amount is wrong", {"intent": "reject", "invoice": "INV-2026-0070",
                                                         "reason": "amount is wrong"}),
    (C, "reject acme - net 45 isnt allowed without a signed exception", {
        "intent": "reject", "customer": ACME, "reason": "net 45 isnt allowed without a signed exception"}),
    (C, "deny the globex change. reason: customer never asked for it", {
        "intent": "reject", "customer": GLOBEX, "reason": "customer never asked for it"}),
    (C, "reject the initech credit, duplicate request", {"intent": "reject", "customer": INITECH,
                                                         "reason": "duplicate request"}),
    (C, "send the acme invoice back, wrong billing contact", {"intent": "reject", "customer": ACME,
                                                               "reason": "wrong billing contact"}),
    # explain
    (C, "why hasn't the acme invoice been sent", {"intent": "explain", "customer": ACME}),
    (B, "what's holding up globex?", {"intent": "explain", "customer": GLOBEX}),
    (S, "why is the initech run not finished", {"intent": "explain", "customer": INITECH}),
    (A, "explain what happened with INV-0002", {"intent": "explain", "invoice": "INV-0002"}),
    (B, "what's the problem with the acme contract run?", {"intent": "explain", "customer": ACME}),
    (C, "why did acme get flagged", {"intent": "explain", "customer": ACME}),
    (S, "whats the status on the acme order form", {"intent": "explain", "customer": ACME}),
    (B, "why was the Globex invoice held for review", {"intent": "explain", "customer": GLOBEX}),
    # balance
    (A, "how much is globex still owing us", {"intent": "balance", "customer": GLOBEX}),
    (A, "what's the open balance on initech", {"intent": "balance", "customer": INITECH}),
    (C, "total AR right now?", {"intent": "balance"}),
    (A, "does acme owe us anything", {"intent": "balance", "customer": ACME}),
    (A, "how much has initech not paid yet", {"intent": "balance", "customer": INITECH}),
    (S, "globex - are they all paid up?", {"intent": "balance", "customer": GLOBEX}),
    (C, "what's outstanding from initech llc", {"intent": "balance", "customer": INITECH}),
    (A, "amount due from globex gmbh?", {"intent": "balance", "customer": GLOBEX}),
    (A, "what does initek owe", {"intent": "balance", "customer": INITECH}),
    (C, "show me all unpaid invoices", {"intent": "balance"}),
    # overdue
    (A, "which customers are late paying", {"intent": "overdue"}),
    (A, "any overdue invoices for globex?", {"intent": "overdue", "customer": GLOBEX}),
    (C, "give me the aging", {"intent": "overdue"}),
    (A, "who is past due more than 90 days", {"intent": "overdue"}),
    (A, "is initech behind on payments", {"intent": "overdue", "customer": INITECH}),
    (C, "what's overdue across the board", {"intent": "overdue"}),
    (A, "has INV-0001 been paid or is it late?", {"intent": "overdue", "invoice": "INV-0001"}),
    (A, "which invoices should I be chasing", {"intent": "overdue"}),
    (C, "aged receivables for acme", {"intent": "overdue", "customer": ACME}),
    (A, "is globex late on INV-0001", {"intent": "overdue", "customer": GLOBEX, "invoice": "INV-0001"}),
    # schedule
    (B, "when's the next globex invoice going out", {"intent": "schedule", "customer": GLOBEX}),
    (B, "upcoming invoices for initech?", {"intent": "schedule", "customer": INITECH}),
    (C, "what are we billing next month", {"intent": "schedule"}),
    (B, "show the invoicing plan for acme", {"intent": "schedule", "customer": ACME}),
    (S, "when do we bill globex next", {"intent": "schedule", "customer": GLOBEX}),
    (C, "which invoices are due to go out this quarter", {"intent": "schedule"}),
    (B, "list the future invoice dates for Globex GmbH", {"intent": "schedule", "customer": GLOBEX}),
    (B, "what will acme be invoiced and when", {"intent": "schedule", "customer": ACME}),
    # find
    (A, "look up globex", {"intent": "find", "customer": GLOBEX}),
    (S, "search for initech", {"intent": "find", "customer": INITECH}),
    (A, "do we have a customer called umbrella corp?", {"intent": "find"}),
    (A, "pull up INV-0002", {"intent": "find", "invoice": "INV-0002"}),
    (B, "where's the acme order form", {"intent": "find", "customer": ACME}),
    (S, "find me the globex contract", {"intent": "find", "customer": GLOBEX}),
    (A, "show INV-0001", {"intent": "find", "invoice": "INV-0001"}),
    # credit (refunds labelled credit, as the blind corpora do)
    (B, "credit $250 on INV-2026-0050 for acme, service outage", {
        "intent": "credit", "customer": ACME, "invoice": "INV-2026-0050", "amount": "250", "currency": "USD",
        "reason": "service outage"}),
    (B, "raise a credit note of EUR 300 against INV-0001, two seats were never used", {
        "intent": "credit", "invoice": "INV-0001", "amount": "300", "currency": "EUR",
        "reason": "two seats were never used"}),
    (A, "initech overpaid by 1,000 usd - refund it please", {"intent": "credit", "customer": INITECH,
                                                             "amount": "1000", "currency": "USD"}),
    (B, "cn for globex 120 eur on inv-2026-0012, pricing error", {
        "intent": "credit", "customer": GLOBEX, "invoice": "INV-2026-0012", "amount": "120", "currency": "EUR",
        "reason": "pricing error"}),
    (S, "acme was promised a goodwill credit of $1.5k, can you set that up", {
        "intent": "credit", "customer": ACME, "amount": "1500", "currency": "USD", "reason": "goodwill"}),
    (B, "Please credit INV-2026-0033 by 99.90 EUR. Reason: duplicate line", {
        "intent": "credit", "invoice": "INV-2026-0033", "amount": "99.90", "currency": "EUR",
        "reason": "duplicate line"}),
    (A, "refund globex 450 euros, they paid twice", {"intent": "credit", "customer": GLOBEX, "amount": "450",
                                                     "currency": "EUR", "reason": "they paid twice"}),
    (B, "knock 200 off INV-2026-0044 as a credit, late delivery", {
        "intent": "credit", "invoice": "INV-2026-0044", "amount": "200", "reason": "late delivery"}),
    (B, "need a credit memo on INV-0002 for USD 2,400.00 - 10 seats removed", {
        "intent": "credit", "invoice": "INV-0002", "amount": "2400.00", "currency": "USD",
        "reason": "10 seats removed"}),
    (S, "can initech get money back? they cancelled 5 seats. about 1200 bucks", {
        "intent": "credit", "customer": INITECH, "amount": "1200", "currency": "USD",
        "reason": "they cancelled 5 seats"}),
    # write-off
    (A, "write off the remaining 35.20 on INV-2026-0019, too small to chase", {
        "intent": "write_off", "invoice": "INV-2026-0019", "amount": "35.20", "reason": "too small to chase"}),
    (A, "w/o $15 on INV-2026-0023 bank fee", {"intent": "write_off", "invoice": "INV-2026-0023", "amount": "15",
                                               "currency": "USD", "reason": "bank fee"}),
    (C, "let's write the initech balance off, they went bust", {"intent": "write_off", "customer": INITECH,
                                                                 "reason": "they went bust"}),
    (A, "please write-off EUR 8,50 on INV-0001 (short payment)", {
        "intent": "write_off", "invoice": "INV-0001", "amount": "8.50", "currency": "EUR",
        "reason": "short payment"}),
    (A, "globex short paid by 12 eur, write it off", {"intent": "write_off", "customer": GLOBEX, "amount": "12",
                                                      "currency": "EUR"}),
    (C, "treat INV-2026-0090 as bad debt, 4000 usd, customer insolvent", {
        "intent": "write_off", "invoice": "INV-2026-0090", "amount": "4000", "currency": "USD",
        "reason": "customer insolvent"}),
    (A, "writeoff 0.99 on inv-2026-0101 rounding", {"intent": "write_off", "invoice": "INV-2026-0101",
                                                    "amount": "0.99", "reason": "rounding"}),
    (A, "can we write off acme's $42 underpayment? not worth chasing", {
        "intent": "write_off", "customer": ACME, "amount": "42", "currency": "USD", "reason": "not worth chasing"}),
    # invoice change
    (B, "change INV-2026-0042 to 18000, reason wrong seat count", {
        "intent": "invoice_change", "invoice": "INV-2026-0042", "reason": "wrong seat count"}),
    (B, "INV-2026-0055 total should be $9,600 not $12,000 - seats were 40 not 50", {
        "intent": "invoice_change", "invoice": "INV-2026-0055"}),
    (B, "update the PO number on the acme invoice to PO-7781", {"intent": "invoice_change", "customer": ACME}),
    (A, "push the due date on INV-0002 out to end of month", {"intent": "invoice_change", "invoice": "INV-0002"}),
    (B, "reissue INV-2026-0061 at 4500 eur, discount was missed", {
        "intent": "invoice_change", "invoice": "INV-2026-0061", "reason": "discount was missed"}),
    (B, "the globex invoice needs their VAT number added", {"intent": "invoice_change", "customer": GLOBEX}),
    (B, "amend INV-2026-0077: bill-to address changed", {"intent": "invoice_change", "invoice": "INV-2026-0077"}),
    # run
    (S, "please process the new globex order form, it's signed", {"intent": "run", "customer": GLOBEX}),
    (B, "run examples/acme/order-form.pdf", {"intent": "run"}),
    (S, "we just closed initech expansion, can you kick off the contract?", {"intent": "run",
                                                                            "customer": INITECH}),
    (B, "ingest the signed order form for acme", {"intent": "run", "customer": ACME}),
    (S, "signed contract from globex just landed, load it", {"intent": "run", "customer": GLOBEX}),
    # correct
    (B, "acme's payment terms should be net 30", {"intent": "correct", "customer": ACME,
                                                  "field": "payment_terms_days", "value": 30}),
    (C, "globex actually bills monthly, not quarterly", {"intent": "correct", "customer": GLOBEX,
                                                         "field": "billing_frequency", "value": "monthly"}),
    (B, "the initech start date is wrong, it's 2026-04-01", {"intent": "correct", "customer": INITECH,
                                                             "field": "service_start_date", "value": "2026-04-01"}),
    (B, "acme service starts 1 june 2026", {"intent": "correct", "customer": ACME,
                                            "field": "service_start_date", "value": "2026-06-01"}),
    (C, "Globex pays net 30", {"intent": "correct", "customer": GLOBEX, "field": "payment_terms_days",
                               "value": 30}),
    (B, "initech billing contact should be finance@initech.example", {
        "intent": "correct", "customer": INITECH, "field": "billing_contact_email",
        "value": "finance@initech.example"}),
    (B, "you've got the acme end date wrong - it should be 2027-05-31", {
        "intent": "correct", "customer": ACME, "field": "service_end_date", "value": "2027-05-31"}),
    # help
    (A, "what can I ask you?", {"intent": "help"}),
    (A, "first day here, how do I use this?", {"intent": "help"}),
    (B, "how do i request a credit note", {"intent": "help"}),
    (S, "help me out, what does this bot do", {"intent": "help"}),
    (C, "what commands are there", {"intent": "help"}),
    (A, "hello", {"intent": "help"}),
    # out of scope
    (A, "email the overdue list to the collections team", {"intent": "out_of_scope"}),
    (C, "close the books for november", {"intent": "out_of_scope"}),
    (S, "what's our churn rate this year", {"intent": "out_of_scope"}),
    (A, "post this payment to the bank rec", {"intent": "out_of_scope"}),
    (C, "approve my expense report", {"intent": "out_of_scope"}),
    (S, "update the acme opportunity in salesforce", {"intent": "out_of_scope"}),
    (A, "what time is the month-end meeting", {"intent": "out_of_scope"}),
    (C, "give everyone a 10% discount", {"intent": "out_of_scope"}),
    (B, "export all invoices to csv", {"intent": "out_of_scope"}),
    (S, "who is the account exec for globex", {"intent": "out_of_scope"}),
]


def main() -> None:
    out = Path(__file__).with_name("lines.jsonl")
    rows = [{"id": f"w{n:03d}", "role": role, "text": text, "expected": expected}
            for n, (role, text, expected) in enumerate(LINES, 1)]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


if __name__ == "__main__":
    main()
