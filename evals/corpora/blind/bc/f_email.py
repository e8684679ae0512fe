from bclib import T, L, U
from formlib import deal, item, deal_items_from_lines

FORMS = []

# ---------------------------------------------------------------- email-accept-01 (month-to-month)
V, C = "Tillpoint, Inc.", "Orchard Lane Bakery Co."
lines = [L("Tillpoint Pro", 15, "49.00", "month")]
t = T(customer_legal_name=C, vendor_legal_name=V, billing_contact_email="billing@orchardlanebakery.example",
      currency="USD", service_start_date="2026-04-01", auto_renew=True, renewal_term_months=1,
      non_renewal_notice_days=30, payment_terms_days=0, billing_frequency="monthly", billing_timing="advance",
      billing_anchor="day:1", line_items=lines)
FORMS.append(dict(
    layout="email-accept", nn=1, terms=t, file="contract.txt",
    description=("Plain-text e-mail acceptance by a small bakery of a point-of-sale proposal quoted below it. 15 seats "
                 "at $49 per seat per month, billed monthly in advance on the 1st (day:1) from April 1, 2026; "
                 "month-to-month with no fixed term, cancel any time on 30 days notice - keyed as auto_renew true with "
                 "1-month renewals, term_months/end date null. 'Due on receipt' = 0. The $299 hardware kit is "
                 "expressly NOT included, so it is not a line. No effective date or order number. Deal amount is the "
                 "first-year value 15 x 49 x 12 = 8,820.00."),
    tags=["email", "plain-text", "month-to-month", "evergreen", "due-on-receipt", "billing-anchor", "quoted-reply",
          "excluded-item"],
    deal=deal("006-BC0701", "Orchard Lane Bakery - Tillpoint Pro 15", "Orchard Lane Bakery Co.", "2026-03-19", "USD",
              "8820.00", "billing@orchardlanebakery.example", deal_items_from_lines(lines, 12)),
    doc=dict(text="""From: Dana Whitcombe <dana.whitcombe@orchardlanebakery.example>
To: Marcus Feld <marcus.feld@tillpoint.example>
Cc: billing@orchardlanebakery.example
Date: Thu, 19 Mar 2026 16:42:10 -0400
Subject: RE: Tillpoint Pro for Orchard Lane - proposal

Hi Marcus,

Thanks for the call this morning. We're happy to go ahead on the terms in
your e-mail below - please take this as our written acceptance.

Please set up the account in the name of Orchard Lane Bakery Co. and send
invoices to billing@orchardlanebakery.example (that inbox is watched by our
bookkeeper).

Dana

--
Dana Whitcombe | Owner
Orchard Lane Bakery Co.
212 Main Street, Burlington VT 05401

> From: Marcus Feld <marcus.feld@tillpoint.example>
> Sent: Wednesday, March 18, 2026 11:05 AM
> To: Dana Whitcombe
> Subject: Tillpoint Pro for Orchard Lane - proposal
>
> Hi Dana,
>
> Great speaking with you. Here is what we discussed:
>
>   * Tillpoint Pro, 15 seats at $49 per seat per month
>   * Billed monthly in advance on the 1st of each month, starting April 1, 2026
>   * Month-to-month - no fixed term. You can cancel any time with 30 days'
>     notice.
>   * Payment is due on receipt (we charge the card on file)
>   * The usual $299 hardware starter kit is not included; you told me you'll
>     keep your existing receipt printers.
>
> Everything else is under our standard Terms of Service
> (tillpoint.example/terms). If that works, just reply to confirm and I'll get
> you live.
>
> Best,
> Marcus Feld
> Account Executive, Tillpoint, Inc.
> 1 Lakeside Commons, Burlington VT 05401
""")))

# ---------------------------------------------------------------- email-accept-02 (quote acceptance, EUR, PO)
V, C = "Veldmark Software B.V.", "Koivisto Kalusteet Oy"
lines = [L("Veldmark Planner Enterprise", 80, "21.00", "month", discount_percent="10", net_amount="1512.00"),
         L("Veldmark API access", 1, "400.00", "month", net_amount="400.00"),
         L("Onboarding workshop", 1, "3200.00", "one_time", net_amount="3200.00")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="VM-Q-2026-311",
      billing_contact_email="ostolaskut@koivisto-kalusteet.example", currency="EUR", effective_date="2026-03-10",
      service_start_date="2026-04-01", service_end_date="2027-03-31", term_months=12, auto_renew=False,
      payment_terms_days=21, billing_frequency="annual", billing_timing="advance", po_required=True,
      po_number="4500098812", line_items=lines, total_contract_value="26144.00")
FORMS.append(dict(
    layout="email-accept", nn=2, terms=t, file="contract.txt",
    description=("E-mail from a Finnish customer's CFO accepting a quote that is pasted below as a fixed-width text "
                 "table (continental numbers: 1.512,00). Planner 80 users x 21,00 less 10 % = 1.512,00 per month; API "
                 "access 1 x 400,00 = 400,00 per month; onboarding 3.200,00 one-time. Quote total for 12 months "
                 "12 x 1.912,00 + 3.200,00 = 26.144,00. Subscription invoiced annually in advance, 21 days net. The "
                 "acceptance states it is effective today, 10 March 2026. PO 4500098812 must be on invoices. Renewal "
                 "is not automatic; the '60 days' is when the vendor sends a renewal quote, not a notice period "
                 "(non_renewal_notice_days null)."),
    tags=["email", "plain-text", "quote-acceptance", "eu-number-format", "discount", "po-required", "text-table",
          "no-auto-renew", "one-time-fee"],
    deal=deal("006-BC0702", "Koivisto Kalusteet - Planner Enterprise", "Koivisto Kalusteet Oy", "2026-03-10", "EUR",
              "26144.00", "ostolaskut@koivisto-kalusteet.example", deal_items_from_lines(lines, 12)),
    doc=dict(text="""From: Aino Koivisto <aino.koivisto@koivisto-kalusteet.example>
To: Pieter Jansen <pieter.jansen@veldmark.example>
Date: Tue, 10 Mar 2026 09:14:55 +0200
Subject: Acceptance of Quote VM-Q-2026-311

Dear Pieter,

On behalf of Koivisto Kalusteet Oy I hereby accept your Quote VM-Q-2026-311
dated 3 March 2026, as copied below. This acceptance is effective today,
10 March 2026.

Please note:
- Our purchase order number is 4500098812. It must be shown on every
  invoice, otherwise our system rejects the invoice.
- Invoices go to ostolaskut@koivisto-kalusteet.example (PDF only, one
  invoice per e-mail).

Best regards,
Aino Koivisto
Talousjohtaja / CFO, Koivisto Kalusteet Oy
Teollisuuskatu 14, 15100 Lahti, Finland

-----Original Message-----
From: Pieter Jansen <pieter.jansen@veldmark.example>
Sent: 3 March 2026 15:20
To: Aino Koivisto
Subject: Quote VM-Q-2026-311

QUOTE VM-Q-2026-311 - Veldmark Software B.V. for Koivisto Kalusteet Oy
Subscription period: 1 April 2026 - 31 March 2027 (12 months)

Pos  Product                       Qty  Price                  Disc.  Net
---  ----------------------------  ---  ---------------------  -----  ---------------------
1    Veldmark Planner Enterprise    80  EUR 21,00/user/month   10 %   EUR 1.512,00 / month
2    Veldmark API access             1  EUR 400,00 / month      -     EUR 400,00 / month
3    Onboarding workshop (one-time)  1  EUR 3.200,00            -     EUR 3.200,00

Total for 12 months: EUR 26.144,00  (12 x 1.912,00 + 3.200,00)

Invoicing: subscription fees annually in advance at the start of the
subscription period; onboarding workshop on completion.
Payment terms: 21 days net.
Renewal: not automatic - we will send you a renewal quote 60 days before the
end of the subscription period.
All prices excl. VAT.

Veldmark Software B.V. | Marktweg 41 | 2681 PM Monster | the Netherlands
""")))

# ---------------------------------------------------------------- email-accept-03 (usage, superseded draft)
V, C = "Beaconline Analytics, Inc.", "Tamarind Travel Group, Inc."
lines = [L("Beaconline Growth plan", 1, "1200.00", "month")]
t = T(customer_legal_name=C, vendor_legal_name=V, billing_contact_email="accounts.payable@tamarindtravel.example",
      currency="USD", service_start_date="2026-05-01", service_end_date=None, term_months=12, auto_renew=True,
      renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30, billing_frequency="monthly",
      billing_timing="advance", line_items=lines,
      usage_rules=[U("tracked events", "event", 50000, "month", "per_unit", [(None, "0.02")], "monthly",
                     "arrears")])
FORMS.append(dict(
    layout="email-accept", nn=3, terms=t, file="contract.txt",
    description=("E-mail thread: the customer accepts the FINAL terms in the vendor's second message and explicitly "
                 "rejects the earlier draft (base $1,000, 40,000 events, $0.025) that is still quoted at the bottom - "
                 "the draft values are traps. Gold: base fee USD 1,200 per month, billed monthly in advance, including "
                 "50,000 tracked events per month; extra events at USD 0.02 each, monthly in arrears (usage rule). "
                 "12-month term from May 1, 2026 (end derived 2027-04-30), 12-month auto-renewal with 60 days notice, "
                 "Net 30. Deal amount 12 x 1,200 = 14,400.00."),
    tags=["email", "plain-text", "usage", "included-allowance", "superseded-draft", "end-date-derived",
          "quoted-reply"],
    derived={"service_end_date": {"value": "2027-04-30", "rule": "start 2026-05-01 + 12 months - 1 day"}},
    deal=deal("006-BC0703", "Tamarind Travel - Beaconline Growth", "Tamarind Travel Group, Inc.", "2026-04-20", "USD",
              "14400.00", "accounts.payable@tamarindtravel.example", deal_items_from_lines(lines, 12)),
    doc=dict(text="""From: Raj Menon <raj.menon@tamarindtravel.example>
To: Sophie Adler <sadler@beaconline.example>
Date: Mon, 20 Apr 2026 10:02:31 -0700
Subject: Re: Beaconline Growth plan - final terms

Sophie,

Confirmed - Tamarind Travel Group, Inc. accepts the final terms in your
message below (the revised ones, not the draft from last week where the base
fee was $1,000). Consider this e-mail our signature.

Billing contact for invoices: accounts.payable@tamarindtravel.example

Thanks,
Raj Menon
VP Engineering, Tamarind Travel Group, Inc.

On Fri, Apr 17, 2026 at 3:48 PM Sophie Adler <sadler@beaconline.example> wrote:
> Hi Raj,
>
> Here are the final terms for the Beaconline Growth plan:
>
> - Base fee: USD 1,200 per month, including 50,000 tracked events per month
> - Additional events: USD 0.02 per event above 50,000 in a month, billed
>   monthly in arrears
> - Base fee billed monthly in advance
> - Term: 12 months starting May 1, 2026
> - Renews automatically for another 12 months unless either side cancels at
>   least 60 days before the renewal date
> - Net 30
>
> Unused events don't roll over. Everything else per the Beaconline
> Subscription Terms.
>
> Sophie Adler
> Beaconline Analytics, Inc.
>
> On Fri, Apr 10, 2026 at 9:15 AM Sophie Adler <sadler@beaconline.example> wrote:
>> Raj - draft for discussion only:
>> base fee USD 1,000 per month including 40,000 events, USD 0.025 per
>> additional event, 12 months, Net 45. Let me know what you think.
""")))

# ---------------------------------------------------------------- email-accept-04 (renewal by e-mail, date range)
V, C = "Kranich Softwarehaus GmbH", "Hafenkontor Bremen GmbH"
lines = [L("Kranich Docs Business", 1, "14500.00", "year")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="KSH-R-2026-089",
      billing_contact_email="buchhaltung@hafenkontor-bremen.example", currency="EUR",
      service_start_date="2027-02-01", service_end_date="2028-01-31", term_months=12, auto_renew=True,
      renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30, billing_frequency="annual",
      billing_timing="advance", line_items=lines)
FORMS.append(dict(
    layout="email-accept", nn=4, terms=t, file="contract.txt",
    description=("Short e-mail accepting a renewal offer quoted below it; mixed German/English headers (AW:, Von/From). "
                 "'Renewal Term: 1 February 2027 - 31 January 2028 (12 months)' gives start, end and term_months 12. "
                 "Flat fee EUR 14.500,00 per year for up to 75 users (quantity 1); the previous-term price 13.900,00 "
                 "is context, not a line and not an escalator. Annually in advance, 30 days, continues to renew "
                 "annually unless cancelled 60 days before the end of a term. No total beyond the single annual fee "
                 "(total_contract_value null)."),
    tags=["email", "plain-text", "renewal", "renewal-date-range", "eu-number-format", "bilingual", "quoted-reply"],
    deal=deal("006-BC0704", "Hafenkontor Bremen - Docs Business renewal 2027", "Hafenkontor Bremen GmbH",
              "2026-11-27", "EUR", "14500.00", "buchhaltung@hafenkontor-bremen.example",
              deal_items_from_lines(lines, 12)),
    doc=dict(text="""From: Jens Hallmann <j.hallmann@hafenkontor-bremen.example>
To: Katrin Petersen <k.petersen@kranich-software.example>
Date: Fri, 27 Nov 2026 11:20:00 +0100
Subject: AW: Verlängerungsangebot KSH-R-2026-089 / Renewal offer

Hello Ms Petersen,

we accept your renewal offer KSH-R-2026-089 below without changes.

Kind regards / Mit freundlichen Grüßen
Jens Hallmann
Leiter IT, Hafenkontor Bremen GmbH
Am Speicher 3, 28217 Bremen

> Von/From: Katrin Petersen <k.petersen@kranich-software.example>
> Gesendet/Sent: Monday, 23 November 2026 14:05
> An/To: Jens Hallmann
> Betreff/Subject: Verlängerungsangebot KSH-R-2026-089 / Renewal offer
>
> Dear Mr Hallmann,
>
> your subscription to Kranich Docs Business ends on 31 January 2027. We
> offer the renewal as follows:
>
> Renewal Term: 1 February 2027 - 31 January 2028 (12 months)
> Kranich Docs Business, flat fee for up to 75 users:
>     EUR 14.500,00 per year (previous term: EUR 13.900,00)
> Invoicing: annually in advance; payment within 30 days
> Invoice address unchanged: buchhaltung@hafenkontor-bremen.example
>
> The contract continues to renew annually unless cancelled at least 60 days
> before the end of a term.
>
> Mit freundlichen Grüßen / Kind regards
> Katrin Petersen
> Kranich Softwarehaus GmbH, Lindenstraße 8, 24103 Kiel
""")))
