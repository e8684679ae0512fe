# Source for lines.jsonl. Written by hand; this script only numbers the lines and serialises them.
import json, os

A, G, I = "Acme Corporation", "Globex GmbH", "Initech LLC"
C, B, R, S = "controller", "billing_specialist", "ar_clerk", "sales_ops"
rows = []
def L(role, text, intent, **e):
    exp = {"intent": intent}
    exp.update(e)
    rows.append({"role": role, "text": text, "expected": exp})

# ---------------- terms ----------------
t = "terms"
L(R, "hey what are globex's payment terms again? net 30 or 45", t, customer=G, field="payment_terms_days")
L(C, "initek net terms?", t, customer=I, field="payment_terms_days")
L(R, "sorry if this is a dumb q but how many days does ACME Corp. have to pay after we send them an invoice", t, customer=A, field="payment_terms_days")
L(B, "when does the acme contract actually kick in, is it july 1st?", t, customer=A, field="service_start_date")
L(S, "globex service start date pls", t, customer=G, field="service_start_date")
L(C, "When does Acme's current term end?", t, customer=A, field="service_end_date")
L(R, "initech contract end date??", t, customer=I, field="service_end_date")
L(S, "how long is the acme deal, 12 mo or 24?", t, customer=A, field="term_months")
L(B, "whats the term length on the Globex contract", t, customer=G, field="term_months")
L(S, "does acme auto renew or do i need to chase them for a renewal", t, customer=A, field="auto_renew")
L(C, "Is Initech on auto-renewal?", t, customer=I, field="auto_renew")
L(S, "im putting together the renewal deck for acme and legal keeps asking me the same thing - how many days before the end do they have to tell us if they dont want to renew? want to make sure we're not already past it", t, customer=A, field="non_renewal_notice_days")
L(B, "acme non-renewal notice period, 60 days right?", t, customer=A, field="non_renewal_notice_days")
L(R, "Please, how many days before the end the customer Globex must inform us for not renewing the contract?", t, customer=G, field="non_renewal_notice_days")
L(B, "do we need a PO on acme invoices or was that only for the first one", t, customer=A, field="po_required")
L(R, "is a purchase order required for initech or can i just send the invoice", t, customer=I, field="po_required")
L(R, "what currency do we bill globex in? eur?", t, customer=G, field="currency")
L(B, "initech is billed in usd right", t, customer=I, field="currency")
L(C, "TCV on acme?", t, customer=A, field="total_contract_value")
L(S, "whats the total value of the globex gmbh contract 💰", t, customer=G, field="total_contract_value")
L(B, "what's on the acme contract line-wise — just the 120 seats of analytics platform or is there anything else on there?", t, customer=A, field="line_items")
L(R, "what products is initech actually paying for", t, customer=I, field="line_items")
L(B, "how do the api call tiers work for globex", t, customer=G, field="usage_rules")
L(C, "remind me how globex usage is priced. per call above some threshold?", t, customer=G, field="usage_rules")
L(C, "globex min commit for the year?", t, customer=G, field="minimum_commitment")
L(S, "is there a minimum spend on the globex deal or can they go to zero", t, customer=G, field="minimum_commitment")
L(S, "what uplift do we get on acme at renewal", t, customer=A, field="price_escalator_percent")
L(C, "Acme escalator %?", t, customer=A, field="price_escalator_percent")
L(R, "can we charge acme late fees? how much per month", t, customer=A, field="late_fee_percent_per_month")
L(R, "late payment interest for Initech — is there a clause and what's the rate?", t, customer=I, field="late_fee_percent_per_month")
L(B, "is acme billed annualy in advance or quarterly", t, customer=A, field="billing_frequency")
L(R, "how often do we invoice initech llc", t, customer=I, field="billing_frequency")
L(S, "globex — billed monthly or quarterly?", t, customer=G, field="billing_frequency")
L(R, "who do i send the acme invoices to? need the billing email", t, customer=A, field="billing_contact_email")
L(B, "whats the AP email on file for globex", t, customer=G, field="billing_contact_email")
L(B, "which of our entities is on the acme contract? need the exact legal name for the invoice header", t, customer=A, field="vendor_legal_name")
L(C, "vendor legal name on the Initech order form?", t, customer=I, field="vendor_legal_name")
L(C, "anything unusual in the acme contract I should know about before the auditors show up? side letters, non-standard stuff", t, customer=A, field="non_standard_terms")
L(S, "did globex negotiate any special clauses", t, customer=G, field="non_standard_terms")
L(B, "Any non-standard terms on Initech? onboarding fee aside", t, customer=I, field="non_standard_terms")
L(R, "Hello, for the Globex GmbH client, how many days is the payment term? I need it for the dunning letter.", t, customer=G, field="payment_terms_days")
L(C, "what's the full contract value for initech incl the onboarding fee", t, customer=I, field="total_contract_value")
L(S, "quick one from my phone - does the acme corporation contract renew on its own", t, customer=A, field="auto_renew")
L(B, "does the globex agreement say anything about late fees? they're slow payers", t, customer=G, field="late_fee_percent_per_month")

# ---------------- pending ----------------
p = "pending"
L(C, "what's waiting for my approval", p, mine_only=True)
L(B, "anything in the queue?", p)
L(C, "show pending approvals", p)
L(R, "do i have anything to sign off on today", p, mine_only=True)
L(C, "month end. what's still sitting unapproved? I want it all cleared by friday", p)
L(S, "is there stuff pending for acme?", p, customer=A)
L(B, "list everything awaiting approval for globex gmbh", p, customer=G)
L(C, "my queue pls", p, mine_only=True)
L(R, "hi, Sam here, first week on AR 🙂 Dana said I should check every morning what's waiting for approval — can you show me what's in there right now?", p)
L(C, "wat needs approving", p)
L(B, "any credit notes or write offs waiting on sign off?", p)
L(C, "Dana here. Before I close the books, list all the actions awaiting sign-off that are assigned to me.", p, mine_only=True)
L(S, "whats pending on initech", p, customer=I)
L(R, "r there approvals still outstanding from yesterday?", p)

# ---------------- approve ----------------
a = "approve"
L(C, "approve the acme credit", a, customer=A)
L(C, "ok approve the change on INV-2026-0042", a, invoice="INV-2026-0042")
L(C, "looks good, go ahead and approve it for globex", a, customer=G)
L(C, "approved 👍 the initech write off", a, customer=I)
L(C, "yes, approve the run for ACME Corp.", a, customer=A)
L(C, "pls approve inv-2026-0117", a, invoice="INV-2026-0117")
L(C, "I've checked the numbers on the Globex credit note against the usage report and they match. Approve.", a, customer=G)
L(B, "can you approve the due date change on INV-2026-0051? dana ok'd it on the call", a, invoice="INV-2026-0051")
L(C, "sign off on the initech llc onboarding invoice", a, customer=I)
L(C, "go ahead with the acme one", a, customer=A)
L(C, "aprove globex", a, customer=G)
L(C, "fine, approve all three for initech", a, customer=I)

# ---------------- reject ----------------
r = "reject"
L(C, "reject the acme credit, amount is wrong", r, customer=A, reason="amount is wrong")
L(C, "no. reject the INV-2026-0042 change — PO number doesn't match", r, invoice="INV-2026-0042", reason="PO number doesn't match")
L(C, "decline the globex write-off, they're still paying", r, customer=G, reason="they're still paying")
L(C, "reject that initech one pls, it's a duplicate", r, customer=I, reason="duplicate")
L(C, "Don't approve the Acme refund. We never received a cancellation notice from them. Reject it.", r, customer=A, reason="never received a cancellation notice")
L(B, "reject the run for globex gmbh - wrong order form attached", r, customer=G, reason="wrong order form attached")
L(C, "nope, reject inv-2026-0088, customer disputes the seat count", r, invoice="INV-2026-0088", reason="customer disputes the seat count")
L(C, "rejecting the initech credit. sales never promised them anything like that", r, customer=I, reason="sales never promised them anything like that")
L(C, "kill the write off on acme, I want to talk to Sam first", r, customer=A, reason="want to talk to Sam first")
L(C, "refuse the globex credit note 🙅 it's over the limit without VP sign off", r, customer=G, reason="over the limit without VP sign off")

# ---------------- explain ----------------
x = "explain"
L(R, "why is the acme invocie on hold?", x, customer=A)
L(B, "why is INV-2026-0042 stuck", x, invoice="INV-2026-0042")
L(C, "what's holding up the globex run", x, customer=G)
L(R, "why did initech get flagged", x, customer=I)
L(S, "the acme renewal invoice hasn't gone out yet and their AP lady is emailing me about it. what's blocking it?", x, customer=A)
L(B, "why is inv-2026-0103 waiting for approval", x, invoice="INV-2026-0103")
L(C, "whats the reason globex gmbh is flagged for review", x, customer=G)
L(R, "Could you please explain why the Initech onboarding invoice was held back?", x, customer=I)
L(C, "why is acme corp sitting in the exceptions list? 🤔", x, customer=A)
L(B, "explain the hold on INV-2026-0077", x, invoice="INV-2026-0077")

# ---------------- balance ----------------
b = "balance"
L(R, "how much does acme owe us", b, customer=A)
L(C, "globex open balance?", b, customer=G)
L(R, "whats initech's outstanding amount", b, customer=I)
L(B, "total unpaid for ACME corporation pls", b, customer=A)
L(R, "we recieved a partial payment from globex last week, what's left open on their account now?", b, customer=G)
L(R, "does initech owe us anything?", b, customer=I)
L(C, "Acme AR balance as of today", b, customer=A)
L(S, "before i hop on a call with acme about the renewal - are they all paid up or is there money owing?", b, customer=A)
L(R, "Hello, I would like to know the amount still open for the client Initech, thank you", b, customer=I)
L(B, "how much is still open on acme", b, customer=A)
L(R, "someone from globex is on the phone asking what their balance is, quick!!", b, customer=G)
L(C, "whats our exposure on initech llc", b, customer=I)
L(R, "amt owed by initek?", b, customer=I)
L(S, "how much do the acme guys still owe us 💸", b, customer=A)

# ---------------- overdue ----------------
o = "overdue"
L(R, "which invoices are past due", o)
L(C, "aging report pls", o)
L(R, "who's late paying this month", o)
L(R, "any overdue invoices for globex?", o, customer=G)
L(C, "show me everything more than 30 days past due", o)
L(R, "is acme late on anything", o, customer=A)
L(R, "list overdue initech invoices", o, customer=I)
L(C, "which customers haven't paid on time", o)
L(R, "Sam here, doing dunning calls this afternoon. who's overdue and by how much?", o)
L(R, "anything past due >60 days?", o)
L(C, "late payers?", o)
L(B, "are there overdue invoices on the acme corporation account", o, customer=A)
L(R, "overdeu list", o)

# ---------------- schedule ----------------
s = "schedule"
L(B, "what's going out next month", s)
L(B, "billing schedule for globex", s, customer=G)
L(C, "what will we invoice acme and when", s, customer=A)
L(B, "upcoming invoices for initech", s, customer=I)
L(S, "when's the next globex invoice going out?", s, customer=G)
L(C, "what are we billing between now and end of Q3", s)
L(B, "show the invoice schedule for the rest of the year", s)
L(R, "when does acme get billed next", s, customer=A)
L(C, "what are we expecting to bill in december? need it for the cash forecast", s)
L(B, "whats scheduled to bill this week", s)

# ---------------- find ----------------
f = "find"
L(R, "find INV-2026-0042", f, invoice="INV-2026-0042")
L(B, "look up acme", f, customer=A)
L(C, "pull up the globex contract", f, customer=G)
L(S, "can you find the initech order form", f, customer=I)
L(R, "open inv-2026-0019", f, invoice="INV-2026-0019")
L(R, "search for customer initek", f, customer=I)
L(B, "where's the acme corporation contract saved", f, customer=A)
L(C, "show me INV-2026-0131", f, invoice="INV-2026-0131")
L(R, "do we have a customer called globex gmbh in the system?", f, customer=G)
L(R, "find the acme invoice with PO-88231 on it", f, customer=A)

# ---------------- credit ----------------
c = "credit"
L(B, "credit acme $1,200 for the outage in march", c, customer=A, amount="1200", currency="USD", reason="outage in march")
L(B, "issue a credit note to globex for EUR 450.50 on INV-2026-0042, overbilled api calls", c, customer=G, invoice="INV-2026-0042", amount="450.50", currency="EUR", reason="overbilled api calls")
L(B, "pls draft a credit of €450,50 for Globex", c, customer=G, amount="450.50", currency="EUR")
L(B, "refund initech 2k, they got double charged the onboarding fee", c, customer=I, amount="2000", reason="double charged the onboarding fee")
L(R, "need a credit memo for acme corp, 500 usd, goodwill", c, customer=A, amount="500", currency="USD", reason="goodwill")
L(B, "Acme was billed for 125 seats instead of 120. Can you credit the difference on INV-2026-0042?", c, customer=A, invoice="INV-2026-0042", reason="billed for 125 seats instead of 120")
L(B, "credit initech llc $350.00 on inv-2026-0063 - service credit per SLA", c, customer=I, invoice="INV-2026-0063", amount="350.00", currency="USD", reason="service credit per SLA")
L(S, "can we give globex a credit of 1000 eur for the late go-live? i cleared it with my VP", c, customer=G, amount="1000", currency="EUR", reason="late go-live")
L(C, "draft a refund for Acme: USD 3,450.00, they paid INV-2026-0029 twice", c, customer=A, invoice="INV-2026-0029", amount="3450.00", currency="USD", reason="paid twice")
L(B, "Please make a credit note for Globex GmbH of 1.250,00 EUR because of wrong tier price", c, customer=G, amount="1250.00", currency="EUR", reason="wrong tier price")
L(R, "creidt note initech $75 late fee reversal", c, customer=I, amount="75", currency="USD", reason="late fee reversal")
L(B, "can u credit back the $99 setup charge on INV-2026-0150 for initech, sales waived it", c, customer=I, invoice="INV-2026-0150", amount="99", currency="USD", reason="sales waived it")
L(B, "partial credit for globex, €2.5k, api outage last week", c, customer=G, amount="2500", currency="EUR", reason="api outage last week")
L(R, "acme says we overcharged them by $240 on the last one. credit it please", c, customer=A, amount="240", currency="USD", reason="overcharged")

# ---------------- write_off ----------------
w = "write_off"
L(C, "write off the $12.40 left on acme", w, customer=A, amount="12.40", currency="USD")
L(R, "write off INV-2026-0033, customer went bust", w, invoice="INV-2026-0033", reason="customer went bust")
L(C, "w/o the remaining EUR 3.20 on globex - fx rounding", w, customer=G, amount="3.20", currency="EUR", reason="fx rounding")
L(R, "can we write off initech's small balance? it's like 8 bucks", w, customer=I, amount="8", currency="USD")
L(C, "Write off INV-2026-0091 in full. Globex disputes the overage and it's not worth fighting over.", w, customer=G, invoice="INV-2026-0091", reason="disputes the overage, not worth fighting over")
L(R, "writeoff 0.99 usd on acme, bank fee short pay", w, customer=A, amount="0.99", currency="USD", reason="bank fee short pay")
L(C, "bad debt - write off the initech onboarding invoice", w, customer=I, reason="bad debt")
L(R, "pls write-off $45 on inv-2026-0072, short paid due to wire fees", w, invoice="INV-2026-0072", amount="45", currency="USD", reason="short paid due to wire fees")
L(C, "let's write the acme late fee off. 1.5% for paying two days late isn't worth the relationship", w, customer=A, reason="isn't worth the relationship")
L(R, "write off €15 on globex gmbh", w, customer=G, amount="15", currency="EUR")
L(C, "take the 1,875.00 usd on initech to bad debt, they've stopped answering", w, customer=I, amount="1875.00", currency="USD", reason="they've stopped answering")
L(R, "Is it possible to write off the rest of 22,50 EUR from Globex? They paid less because of bank charges.", w, customer=G, amount="22.50", currency="EUR", reason="bank charges")

# ---------------- invoice_change ----------------
ic = "invoice_change"
L(B, "change the due date on INV-2026-0042 to 15 aug", ic, invoice="INV-2026-0042")
L(B, "add PO-88231 to the acme invoice, their AP bounced it back without the PO", ic, customer=A)
L(R, "update billing email for globex to ap@globex.example", ic, customer=G)
L(B, "inv-2026-0107 has the wrong PO number on it, pls fix", ic, invoice="INV-2026-0107")
L(B, "push the due date on initech's latest invoice out by 2 weeks, they asked nicely", ic, customer=I)
L(R, "can you change the bill-to address on INV-2026-0056? acme moved offices", ic, customer=A, invoice="INV-2026-0056")
L(B, "the acme invoices need to go to a different AP mailbox now — change the billing contact to payables@acme.example", ic, customer=A)
L(B, "edit INV-2026-0120: line 2 description is wrong, should say Analytics Platform seats", ic, invoice="INV-2026-0120")
L(S, "globex asked if we can move the due date on their Q3 invoice to end of october, can we do that?", ic, customer=G)
L(B, "Fix the PO # on the acme invoice. it should be PO-88231 not PO-88213.", ic, customer=A)
L(R, "Can you please modify the due date of invoice INV-2026-0064 to next Friday? The customer asked for it.", ic, invoice="INV-2026-0064")
L(B, "inv-2026-0099 went out in usd by mistake, switch it to eur", ic, invoice="INV-2026-0099")

# ---------------- run ----------------
rn = "run"
L(S, "new signed order form for initech attached, pls process", rn, customer=I)
L(S, "globex signed the renewal 🎉 can you kick off processing", rn, customer=G)
L(B, "process the acme order form riley sent over", rn, customer=A)
L(S, "just closed an upsell w/ acme, 20 more seats. OF is signed, uploading it now — run it", rn, customer=A)
L(B, "run the new deal file for globex gmbh", rn, customer=G)
L(S, "pls ingest the signed initech SOW", rn, customer=I)
L(B, "start processing the order form in my inbox for Acme corp", rn, customer=A)
L(S, "here's the countersigned order form for initech llc, go", rn, customer=I)
L(B, "can you process this file? it's the Globex amendment, signed yesterday", rn, customer=G)

# ---------------- correct ----------------
co = "correct"
L(B, "the acme payment terms are wrong, it's net 30 not net 45", co, customer=A, field="payment_terms_days", value=30)
L(B, "you've got globex on net 30, should be net 45", co, customer=G, field="payment_terms_days", value=45)
L(C, "correction: acme escalator is 5%, not 3", co, customer=A, field="price_escalator_percent", value=5)
L(B, "initech currency shows EUR, it's USD", co, customer=I, field="currency", value="USD")
L(B, "the contract reader got the acme start date wrong. it's 1 jul 2026", co, customer=A, field="service_start_date", value="2026-07-01")
L(B, "acme end date should be 30 june 2027", co, customer=A, field="service_end_date", value="2027-06-30")
L(C, "globex min commitment is EUR 50,000 per year, not 5,000. fix it", co, customer=G, field="minimum_commitment", value=50000)
L(B, "acme notice period is 60 days, you read 90", co, customer=A, field="non_renewal_notice_days", value=60)
L(R, "the late fee on acme is 1.5% a month, not 15%", co, customer=A, field="late_fee_percent_per_month", value=1.5)
L(B, "acme DOES need a PO, the reader marked po required as no", co, customer=A, field="po_required", value=True)
L(B, "globex is billed quarterly not monthly - pls correct that", co, customer=G, field="billing_frequency", value="quarterly")
L(S, "the acme term is 12 months, it picked up 24 from the redline", co, customer=A, field="term_months", value=12)

# ---------------- help ----------------
h = "help"
L(R, "what can you do?", h)
L(R, "how do i issue a credit note", h)
L(R, "hi, new here — what kinds of things can i ask you", h)
L(B, "how does approval work here? who signs off on write offs", h)
L(S, "help", h)
L(B, "how do I correct a contract term the system read wrong?", h)
L(C, "what commands do you support", h)
L(S, "can you walk me through how to get a signed order form processed, step by step?", h)

# ---------------- out_of_scope ----------------
n = "out_of_scope"
L(S, "what's the weather in berlin tomorrow", n)
L(S, "book me a flight to NYC next tuesday", n)
L(B, "delete all invoices", n)
L(R, "tell me a joke", n)
L(R, "can you reset my okta password", n)
L(C, "order lunch for the team, 8 people, something veggie", n)
L(C, "what's the eur usd rate today", n)
L(R, "write a poem about accounts receivable lol", n)
L(S, "send the acme CEO a christmas card", n)
L(S, "change acme's price to $0 and don't tell dana", n)
L(B, "wipe globex from the system entirely", n)
L(S, "who won the game last night", n)
L(R, "file my expense report", n)
L(C, "pay our AWS bill", n)
L(C, "what's 17% of 3400", n)
L(R, "translate this email to german pls", n)
L(B, "set up a meeting with pat at 3pm", n)
L(R, "how do I file my taxes", n)
L(R, "mark every invoice as paid", n)
L(C, "can you run payroll this week", n)
L(S, "what's our stock price doing", n)
L(S, "recommend a good lunch spot near the office 🍕", n)
L(C, "email the whole globex AP team that we're suing them", n)

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lines.jsonl")
with open(out, "w") as fh:
    for k, row in enumerate(rows, 1):
        fh.write(json.dumps({"id": f"q{k:03d}", **row}, ensure_ascii=False) + "\n")
print(len(rows), "lines ->", out)
