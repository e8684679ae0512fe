"""Layout `email`: plain-text and Markdown documents - e-mail acceptances of a quote/renewal and ERP-style
purchase orders.  (4 of 40 forms are .txt/.md.)"""
from bb_lib import L, terms, deal, check_tcv

EMAIL_01 = """From: Sophie Marr <sophie.marr@fenwickbrewing.example>
Sent: Friday, 6 February 2026 10:14
To: Tom Pryce <tom.pryce@tallyhoe.example>
Cc: accounts@fenwickbrewing.example
Subject: RE: Quote Q-4471 - Taproom POS for Fenwick Brewing

Hi Tom,

Happy to go ahead with quote Q-4471 exactly as below - please treat this
email as our signed acceptance (I am authorised to sign for the company).

Invoices to accounts@fenwickbrewing.example please; the direct debit
mandate is attached.

Thanks,
Sophie

--
Sophie Marr | Operations Director
Fenwick Brewing Co. Limited
Unit 4, Ouseburn Wharf, Newcastle upon Tyne NE6 1BU
Registered in England No. 08877665


-----Original Message-----
From: Tom Pryce <tom.pryce@tallyhoe.example>
Sent: Tuesday, 3 February 2026 16:40
To: Sophie Marr <sophie.marr@fenwickbrewing.example>
Subject: Quote Q-4471 - Taproom POS for Fenwick Brewing

Hi Sophie,

As promised, our quote is below. Reply "accepted" and we will get you set up.

  QUOTE Q-4471                                  Tallyhoe Software Ltd
  Date: 3 February 2026                         14 Grainger Street
  Valid for 30 days                             Newcastle upon Tyne NE1 5JE

  Customer: Fenwick Brewing Co. Limited

  Item                             Qty   Price          Per month
  ------------------------------   ---   ------------   ---------
  Taproom POS terminal licence       3   £45.00/month     £135.00
  Inventory module                   1   £60.00/month      £60.00
                                                        ---------
  Monthly total (excl. VAT)                               £195.00

  Start date:     1 March 2026
  Minimum term:   12 months, then rolling monthly; cancel any time
                  after the minimum term with 30 days' notice
  Billing:        monthly in advance on the 1st of each month
  Payment:        due on receipt, collected by direct debit
  VAT:            added at 20%

  Tallyhoe standard terms apply: tallyhoe.example/terms

Cheers,
Tom Pryce
Account Manager, Tallyhoe Software Ltd
"""

EMAIL_02 = """# PURCHASE ORDER

**Göteborgs Kafferosteri AB**
Stigbergsliden 21, 414 63 Göteborg, Sweden
Org.nr 556677-8899

| | |
|---|---|
| **PO number** | 4510-22987 |
| **Order date** | 2026-04-10 |
| **Supplier** | Torsvik Systems AB, Box 2231, 403 14 Göteborg |
| **Supplier quote** | TS-Q-2026-088 |
| **Our reference** | Anna Lindqvist, Roastery Manager |
| **Currency** | SEK |

## Order lines

| Line | Article | Description | Qty | Unit price (SEK) | Amount (SEK) |
|---:|---|---|---:|---:|---:|
| 1 | TS-ROAST-PRO | RoastLog Pro subscription, Year 1 (2026-05-01 – 2027-04-30) | 6 | 4 200,00 | 25 200,00 |
| 2 | TS-ROAST-PRO | RoastLog Pro subscription, Year 2 (2027-05-01 – 2028-04-30) | 9 | 4 200,00 | 37 800,00 |
| 3 | TS-QC | Cupping & QC module, Year 1 (2026-05-01 – 2027-04-30) | 1 | 9 600,00 | 9 600,00 |
| 4 | TS-QC | Cupping & QC module, Year 2 (2027-05-01 – 2028-04-30) | 1 | 9 600,00 | 9 600,00 |
| 5 | TS-INST | Installation and training (one-off) | 1 | 14 500,00 | 14 500,00 |

Unit prices for subscription lines are per roaster (RoastLog Pro) or per site (QC module) per year.

| | SEK |
|---|---:|
| Order value excl. VAT | 96 700,00 |
| VAT 25 % | 24 175,00 |
| **Total incl. VAT** | **120 875,00** |

## Conditions

- **Service period:** 24 months, 2026-05-01 – 2028-04-30 (Year 1 and Year 2 as shown in the order lines).
- **Invoicing:** each year's subscription lines are invoiced annually in advance at the start of that year;
  installation and training are invoiced on completion.
- **Payment terms:** 30 days net.
- **Invoices** must quote PO number 4510-22987 and be sent as PDF to faktura@gbgkafferosteri.example.
  Invoices without the PO number will be returned.
- Renewal of the subscription requires a new purchase order.
- Our general purchasing conditions apply unless otherwise agreed in writing.

Approved: Anna Lindqvist, Roastery Manager - 2026-04-10
"""

EMAIL_03 = """OSTALPEN KLINIKEN AG                              PURCHASE ORDER
Einkauf / Procurement                             ==============
Kantonsstrasse 40
7000 Chur                                         Order no.   : 4400187322
Switzerland                                       Order date  : 03.02.2026
                                                  Buyer       : M. Caduff
Supplier:                                         Phone       : +41 81 555 40 12
Sihlfeld Health Software AG                       Your quote  : SHS-Q-2026-014
Sihlfeldstrasse 10
8003 Zürich                                       Currency    : CHF

----------------------------------------------------------------------------
Pos  Material/Service            Qty  Unit       Price CHF      Value CHF
----------------------------------------------------------------------------
010  ShiftPlan Cloud             850  EMP/YR         42.00      35'700.00
     employee licence, subscription period 01.03.2026 - 28.02.2027
020  Interface HR-Payroll          1  YR          6'000.00       6'000.00
     subscription period 01.03.2026 - 28.02.2027
----------------------------------------------------------------------------
                                         Total order value     41'700.00
                                         (excl. VAT 8.1 %)

Terms of payment : 30 days net
Invoicing        : annually in advance
Delivery terms   : cloud service, start 01.03.2026, 12 months
Invoice to       : Ostalpen Kliniken AG, Kreditorenbuchhaltung
Invoice address  : kreditoren@ostalpen-kliniken.example (PDF only)

Please note: our order number must appear on every invoice. Invoices without
our order number will be returned unprocessed. Our General Terms of Purchase
apply (www.ostalpen-kliniken.example/agb).

This order was created electronically and is valid without signature.
Order confirmed by supplier: Sihlfeld Health Software AG, R. Meier, 05.02.2026
"""

EMAIL_04 = """**From:** Daniel Koh <daniel.koh@rafflesquaywealth.example>
**To:** renewals@bukittimahdatalabs.example
**Date:** Wed, 15 Jul 2026 09:02 +0800
**Subject:** Acceptance – Renewal RN-2291

Hi Priya,

Please treat this email as our signed acceptance of renewal **RN-2291** for the period
**1 August 2026 to 31 July 2027**, on the terms in your renewal quote below. We have increased
to 45 seats as discussed.

Please send invoices to finance@rafflesquaywealth.example.

Regards,
Daniel Koh
Chief Operating Officer
Raffles Quay Wealth Partners Pte. Ltd.

---

> ### Renewal Quote RN-2291
>
> **Bukit Timah Data Labs Pte. Ltd.** – 8 Bukit Timah Road #05-02, Singapore 229838
> **Customer:** Raffles Quay Wealth Partners Pte. Ltd.
> **Renewal term:** 1 August 2026 – 31 July 2027 (12 months)
> **Current term (for reference):** 1 August 2025 – 31 July 2026, 40 seats at SGD 1,250.00
>
> | Product | Seats | List price / seat / year | Discount | Annual amount |
> |---|---:|---:|---:|---:|
> | ClientVault Advisor | 45 | SGD 1,320.00 | 5% | SGD 56,430.00 |
> | Compliance Archive | 1 | SGD 7,200.00 | – | SGD 7,200.00 |
> | **Renewal total (12 months, excl. GST)** | | | | **SGD 63,630.00** |
>
> - Billing: annually in advance on 1 August 2026
> - Payment terms: Net 30
> - Auto-renewal: renews annually unless cancelled in writing at least 30 days before the end of the term
> - GST at 9% will be added to the invoice
>
> Priya Nair, Renewals Manager, Bukit Timah Data Labs Pte. Ltd.
"""


def email_01():
    cur = "GBP"
    V, C = "Tallyhoe Software Ltd", "Fenwick Brewing Co. Limited"
    lines = [
        L("Taproom POS terminal licence", 3, "45.00", "month", cur, net="135.00"),
        L("Inventory module", 1, "60.00", "month", cur, net="60.00"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="Q-4471",
        billing_contact_email="accounts@fenwickbrewing.example", currency=cur, effective_date=None,
        service_start_date="2026-03-01", service_end_date=None, term_months=12, auto_renew=True,
        renewal_term_months=1, non_renewal_notice_days=30, payment_terms_days=0, billing_frequency="monthly",
        billing_timing="advance", billing_anchor="day:1", po_required=False, po_number=None, line_items=lines,
        total_contract_value=None,
    )
    return {
        "folder": "email-01", "layout": "email", "terms": t, "r": {"filename": "contract.txt", "text": EMAIL_01},
        "description": (
            "Plain-text e-mail thread: the customer's reply accepts quote Q-4471 'as our signed acceptance'; the quote "
            "is quoted below. Two monthly lines (3 x £45.00 = £135.00; £60.00), monthly total £195.00 excl. VAT. "
            "'Minimum term: 12 months, then rolling monthly ... 30 days' notice' -> term_months 12, auto_renew true, "
            "renewal_term_months 1, notice 30; the end of the minimum term is not written (derived 2027-02-28). "
            "Billing monthly in advance on the 1st (day:1), payment due on receipt (0). No effective date is stated; "
            "the acceptance e-mail is dated 6 February 2026 (derived). The Cc'd accounts address is the billing "
            "contact. Deal amount is 12 x 195.00 = 2,340.00."),
        "tags": ["email", "plain-text", "quote-acceptance", "monthly-billing", "minimum-term-then-rolling",
                 "due-on-receipt", "derived-end-date", "derived-effective-date", "gbp"],
        "derived": {"service_end_date": {"value": "2027-02-28", "rule": "end of 12-month minimum term: start "
                                                                        "2026-03-01 + 12 months - 1 day"},
                    "effective_date": {"value": "2026-02-06", "rule": "date of the customer's acceptance e-mail"}},
        "deal": deal("006-E1T3", "Fenwick Brewing - Taproom POS", C, "2026-02-06", cur, "2340.00",
                     "accounts@fenwickbrewing.example",
                     [("Taproom POS terminal licence", 3, "540.00", "1620.00"), ("Inventory module", 1, "720.00",
                                                                                "720.00")]),
    }


def email_02():
    cur = "SEK"
    V, C = "Torsvik Systems AB", "Göteborgs Kafferosteri AB"
    Y1, Y2 = ("2026-05-01", "2027-04-30"), ("2027-05-01", "2028-04-30")
    lines = [
        L("RoastLog Pro subscription", 6, "4200.00", "year", cur, net="25200.00", sku="TS-ROAST-PRO",
          start=Y1[0], end=Y1[1]),
        L("RoastLog Pro subscription", 9, "4200.00", "year", cur, net="37800.00", sku="TS-ROAST-PRO",
          start=Y2[0], end=Y2[1]),
        L("Cupping & QC module", 1, "9600.00", "year", cur, net="9600.00", sku="TS-QC", start=Y1[0], end=Y1[1]),
        L("Cupping & QC module", 1, "9600.00", "year", cur, net="9600.00", sku="TS-QC", start=Y2[0], end=Y2[1]),
        L("Installation and training", 1, "14500.00", "one_time", cur, net="14500.00", sku="TS-INST"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="4510-22987",
        billing_contact_email="faktura@gbgkafferosteri.example", currency=cur, effective_date="2026-04-10",
        service_start_date="2026-05-01", service_end_date="2028-04-30", term_months=24, auto_renew=False,
        renewal_term_months=None, non_renewal_notice_days=None, payment_terms_days=30, billing_frequency="annual",
        billing_timing="advance", billing_anchor=None, po_required=True, po_number="4510-22987", line_items=lines,
        total_contract_value="96700.00",
    )
    check_tcv(t, [1, 1, 1, 1, 1])
    return {
        "folder": "email-02", "layout": "email", "terms": t, "r": {"filename": "contract.md", "text": EMAIL_02},
        "description": (
            "Markdown purchase order from a Swedish roastery with a Year 1 / Year 2 ramp written as rows of a pipe "
            "table, amounts with space thousands and decimal comma (37 800,00). The PO number 4510-22987 is the "
            "document's own reference and must be quoted on invoices. Four ramp lines, each with its own dates from "
            "the row text (period notes 'Year 1 (...)' dropped from descriptions): RoastLog Pro 6 then 9 roasters x "
            "4 200,00 per year = 25 200,00 / 37 800,00; QC module 9 600,00 in each year; plus one-off installation "
            "14 500,00. Order value excl. VAT 96 700,00 is the TCV for the 24-month service period; the VAT 25% line "
            "and the total incl. VAT (120 875,00) are tax. The order date 2026-04-10 is taken as the effective date. "
            "'Renewal requires a new purchase order' -> auto_renew false."),
        "tags": ["email", "markdown", "purchase-order", "pipe-table", "ramp", "year-ramp", "space-thousands",
                 "decimal-comma", "vat-total-distractor", "po-required", "one-time-fee", "iso-dates", "sek"],
        "deal": deal("006-E2U6", "Göteborgs Kafferosteri - RoastLog Pro 2y", C, "2026-04-10", cur, "96700.00",
                     "faktura@gbgkafferosteri.example",
                     [("RoastLog Pro subscription - Year 1", 6, "4200.00", "25200.00"),
                      ("RoastLog Pro subscription - Year 2", 9, "4200.00", "37800.00"),
                      ("Cupping & QC module - 2 years", 2, "9600.00", "19200.00"),
                      ("Installation and training", 1, "14500.00", "14500.00")]),
    }


def email_03():
    cur = "CHF"
    V, C = "Sihlfeld Health Software AG", "Ostalpen Kliniken AG"
    lines = [
        L("ShiftPlan Cloud", 850, "42.00", "year", cur, net="35700.00"),
        L("Interface HR-Payroll", 1, "6000.00", "year", cur, net="6000.00"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="4400187322",
        billing_contact_email="kreditoren@ostalpen-kliniken.example", currency=cur, effective_date="2026-02-03",
        service_start_date="2026-03-01", service_end_date="2027-02-28", term_months=12, auto_renew=None,
        renewal_term_months=None, non_renewal_notice_days=None, payment_terms_days=30, billing_frequency="annual",
        billing_timing="advance", billing_anchor=None, po_required=True, po_number="4400187322", line_items=lines,
        total_contract_value="41700.00",
    )
    check_tcv(t, [1, 1])
    return {
        "folder": "email-03", "layout": "email", "terms": t, "r": {"filename": "contract.txt", "text": EMAIL_03},
        "description": (
            "Plain-text ERP purchase order from a Swiss hospital group (fixed-width print, dotted dates, apostrophe "
            "thousands). The order number 4400187322 is both the document reference and the PO that must appear on "
            "invoices; the supplier's quote number SHS-Q-2026-014 is a distractor. Position numbers 010/020 are not "
            "SKUs (sku null). 850 employees x CHF 42.00 per year = 35'700.00 plus interface 6'000.00; total order "
            "value 41'700.00 excl. VAT. Order date 03.02.2026 taken as effective date. CRM MISMATCH ON PURPOSE: the "
            "deal amount is 47700.00 because the CRM still carries a CHF 6'000.00 onboarding package from the quote "
            "that the customer's PO did not include."),
        "tags": ["email", "plain-text", "purchase-order", "erp-print", "dotted-dates", "apostrophe-thousands",
                 "po-required", "crm-mismatch", "chf"],
        "deal": deal("006-E3V9", "Ostalpen Kliniken - ShiftPlan Cloud", C, "2026-02-05", cur, "47700.00",
                     "kreditoren@ostalpen-kliniken.example",
                     [("ShiftPlan Cloud", 850, "42.00", "35700.00"), ("Interface HR-Payroll", 1, "6000.00", "6000.00"),
                      ("Onboarding package", 1, "6000.00", "6000.00")]),
    }


def email_04():
    cur = "SGD"
    V, C = "Bukit Timah Data Labs Pte. Ltd.", "Raffles Quay Wealth Partners Pte. Ltd."
    lines = [
        L("ClientVault Advisor", 45, "1320.00", "year", cur, disc="5", net="56430.00"),
        L("Compliance Archive", 1, "7200.00", "year", cur, net="7200.00"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="RN-2291",
        billing_contact_email="finance@rafflesquaywealth.example", currency=cur, effective_date=None,
        service_start_date="2026-08-01", service_end_date="2027-07-31", term_months=12, auto_renew=True,
        renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=30, billing_frequency="annual",
        billing_timing="advance", billing_anchor=None, po_required=False, po_number=None, line_items=lines,
        total_contract_value="63630.00",
    )
    check_tcv(t, [1, 1])
    return {
        "folder": "email-04", "layout": "email", "terms": t, "r": {"filename": "contract.md", "text": EMAIL_04},
        "description": (
            "Markdown e-mail accepting renewal quote RN-2291 (quoted below as a blockquote with a pipe table). Gold "
            "is the renewal term 1 August 2026 - 31 July 2027 (12 months); the 'current term' line with 40 seats at "
            "SGD 1,250.00 is a distractor. 45 seats x 1,320.00 = 59,400.00 less 5% = 56,430.00, plus Compliance "
            "Archive 7,200.00; renewal total 63,630.00 excl. GST. The acceptance e-mail date (15 Jul 2026) is the "
            "only signing date (effective_date null, derived). Auto-renews annually with 30 days' notice."),
        "tags": ["email", "markdown", "renewal", "quote-acceptance", "pipe-table", "discount",
                 "derived-effective-date", "sgd"],
        "derived": {"effective_date": {"value": "2026-07-15", "rule": "date of the customer's acceptance e-mail"}},
        "deal": deal("006-E4W2", "Raffles Quay Wealth - ClientVault renewal FY27", C, "2026-07-15", cur, "63630.00",
                     "finance@rafflesquaywealth.example",
                     [("ClientVault Advisor", 45, "1254.00", "56430.00"), ("Compliance Archive", 1, "7200.00",
                                                                           "7200.00")]),
    }


FORMS = [email_01, email_02, email_03, email_04]
