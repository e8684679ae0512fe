from bclib import T, L, U, fd
from formlib import deal, item, deal_items_from_lines

FORMS = []


def sig(v, vn, vt, vd, c, cn, ct, cd):
    return [(v, "", {"By": vn, "Name": vn, "Title": vt, "Date": vd}), (c, "", {"By": cn, "Name": cn, "Title": ct,
                                                                              "Date": cd})]


PO_TERMS = [
    ("Acceptance", "Vendor accepts this Purchase Order by signing it, by starting performance or by delivering any "
                   "part of the services ordered. Any additional or different terms proposed by Vendor are rejected "
                   "unless the District agrees to them in a writing signed by its Purchasing Agent."),
    ("Invoices", "Invoices must be submitted to the bill-to address on the face of this order and must show the "
                 "purchase order number, line numbers, quantities and unit prices. The District does not pay sales "
                 "tax; its exemption certificate is available on request."),
    ("Payment", "Unless otherwise specified on the face of this Purchase Order, payment will be made net forty-five "
                "(45) days after receipt of a proper invoice or acceptance of the services, whichever is later. The "
                "District does not pay interest or late charges."),
    ("Funding", "The District's obligations in any fiscal year after the current one are subject to the "
                "appropriation of funds by the Board of School Directors. If funds are not appropriated, the District "
                "may cancel the affected portion of this order without penalty on written notice."),
    ("Student Data", "Vendor will protect student education records as required by federal and state student privacy "
                     "law, will use them only to provide the services, and will not sell them or use them for "
                     "targeted advertising."),
    ("Insurance", "Vendor will maintain commercial general liability insurance of at least $1,000,000 per occurrence "
                  "and cyber liability insurance of at least $2,000,000, and will provide certificates on request."),
    ("Indemnity", "Vendor will defend and indemnify the District against third-party claims arising from Vendor's "
                  "negligence, wilful misconduct or infringement of intellectual property rights."),
    ("Right to Know", "Vendor acknowledges that records relating to this order may be public records under the "
                      "Pennsylvania Right-to-Know Law."),
    ("Non-Discrimination", "Vendor will not discriminate against any employee or applicant because of race, colour, "
                           "religion, sex, national origin, age, disability or any other protected status."),
    ("Order of Precedence", "If these Standard Terms conflict with the face of this Purchase Order, the face of the "
                            "Purchase Order governs."),
    ("Governing Law", "This Purchase Order is governed by the laws of the Commonwealth of Pennsylvania."),
]

# ---------------------------------------------------------------- reseller-po-01 (customer-issued PO)
V, C = "Lumenfold Software, Inc.", "Ironbridge County School District"
lines = [L("Lumenfold Classroom Transport Suite", 1, "18750.00", "year", net_amount="18750.00"),
         L("Parent Notification add-on", 4200, "1.25", "year", net_amount="5250.00")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="2026-004518",
      billing_contact_email="accountspayable@ironbridge.k12.example", currency="USD",
      service_start_date="2026-07-15", service_end_date="2027-07-14", term_months=12, payment_terms_days=30,
      billing_frequency="annual", billing_timing="advance", po_required=True, po_number="2026-004518",
      line_items=lines, total_contract_value="24000.00",
      non_standard_terms=["Fiscal funding-out: District may cancel the portion of the order in a later fiscal year "
                          "without penalty if funds are not appropriated"])
FORMS.append(dict(
    layout="reseller-po", nn=1, terms=t,
    description=("Purchase order issued BY the customer (a school district) TO the vendor, typewriter-style, with two "
                 "pages of the district's standard purchasing terms. The PO number 2026-004518 is both the document's "
                 "own number and the PO that invoices must quote. Lines: the 12-month Transport Suite subscription "
                 "1 x 18,750.00 and 4,200 students x 1.25 = 5,250.00 (the '12-month subscription' wording makes "
                 "price_period year); PO total 24,000.00. The face says the vendor may invoice the full amount at the "
                 "start of service (annual, advance) and Net 30; the attached terms say Net 45 'unless otherwise "
                 "specified on the face', so 30 wins. No effective date is labelled (the PO date is not keyed). The "
                 "fiscal funding-out clause is non-standard for a billing team. US numeric dates."),
    tags=["purchase-order", "customer-issued", "po-number-is-order-number", "conflicting-boilerplate",
          "us-numeric-dates", "courier-font", "funding-out", "multi-page"],
    deal=deal("006-BC1001", "Ironbridge County SD - Classroom Transport FY27", "Ironbridge County School District",
              "2026-06-22", "USD", "24000.00", "accountspayable@ironbridge.k12.example",
              deal_items_from_lines(lines, 12)),
    doc=dict(
        footer="Ironbridge County School District - PO 2026-004518",
        issuer="IRONBRIDGE COUNTY SCHOOL DISTRICT",
        issuer_lines=["Business Services - Purchasing Department", "75 Foundry Street, Ironbridge, PA 16001",
                      "Tel (724) 555-0190"],
        doc_title="PURCHASE ORDER",
        hdr=[("PO Number", "2026-004518"), ("PO Date", fd("2026-06-22", "usnum")), ("Fiscal Year", "FY2026-27"),
             ("Buyer", "L. Hartmann"), ("Account", "10-2630-580")],
        hdr_widths=[36, 32, 32, 36, 47],
        boxes=[("VENDOR", ["Lumenfold Software, Inc.", "901 Marquette Ave, Suite 1200", "Minneapolis, MN 55402",
                           "Vendor #: V-008812"]),
               ("BILL TO / SHIP TO", ["Ironbridge County School District", "Accounts Payable",
                                      "75 Foundry Street, Ironbridge, PA 16001",
                                      "accountspayable@ironbridge.k12.example"])],
        headers=["Line", "Description", "Qty", "Unit", "Unit Price", "Extended"],
        rows=[["1", "Lumenfold Classroom Transport Suite - 12-month subscription, service period "
                    f"{fd('2026-07-15', 'usnum')} - {fd('2027-07-14', 'usnum')}", "1", "EA", "18,750.00", "18,750.00"],
              ["2", "Parent Notification add-on - 12-month subscription, same service period, per enrolled student",
               "4,200", "STU", "1.25", "5,250.00"]],
        widths=[12, 88, 16, 12, 26, 28], aligns=["CENTER", "LEFT", "RIGHT", "CENTER", "RIGHT", "RIGHT"],
        totals=[("PO TOTAL (USD)", "$24,000.00")],
        notes=[("Special Instructions",
                f"Vendor may invoice the full amount upon start of service ({fd('2026-07-15', 'usnum')}). The PO "
                "number must appear on all invoices, packing slips and correspondence. Invoices without a valid PO "
                "number will be returned."),
               ("Payment Terms", "Net 30 after receipt of a proper invoice."),
               ("Order of Precedence", "Terms on the face of this Purchase Order prevail over the Standard Terms and "
                                       "Conditions of Purchase attached.")],
        sigs=[("Authorized by (District)", "", {"By": "Linda Hartmann", "Name": "Linda Hartmann",
                                                "Title": "Purchasing Agent", "Date": fd("2026-06-22", "usnum")}),
              ("Vendor acknowledgement", "", {"By": "Renee Okafor", "Name": "Renee Okafor",
                                              "Title": "Account Executive", "Date": fd("2026-06-24", "usnum")})],
        tc_title="STANDARD TERMS AND CONDITIONS OF PURCHASE", tc=PO_TERMS,
    )))

# ---------------------------------------------------------------- reseller-po-02 (reseller order, EUR)
V, C = "Corvane Data B.V.", "Alpenblick IT-Solutions GmbH"
lines = [L("Corvane Insight Professional", 1, "32000.00", "year", discount_percent="25", net_amount="24000.00"),
         L("Corvane Connect Add-on", 5, "1800.00", "year", discount_percent="25", net_amount="6750.00")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="RO-2026-0093",
      billing_contact_email="invoices@alpenblick-it.example", currency="EUR", service_start_date="2026-06-01",
      service_end_date="2027-05-31", term_months=12, auto_renew=True, renewal_term_months=12,
      non_renewal_notice_days=60, payment_terms_days=30, billing_frequency="annual", billing_timing="advance",
      line_items=lines, total_contract_value="30750.00",
      non_standard_terms=["Reseller may cancel the order for a full credit if the end user does not sign Corvane's "
                          "end-user terms within 30 days of the start date"])
FORMS.append(dict(
    layout="reseller-po", nn=2, terms=t,
    description=("Reseller order form from the vendor to a German reseller for a named end user. The billed party "
                 "(customer_legal_name) is the reseller Alpenblick IT-Solutions GmbH; the end user Stadtwerke "
                 "Kiefersfelden GmbH receives no invoices. Partner discount 25 %: 32.000,00 x 0.75 = 24.000,00 and "
                 "5 x 1.800,00 x 0.75 = 6.750,00 per year; stated total (12 months) 30.750,00. The order date 20.05.2026 "
                 "is not labelled as an effective date (null). Return right if the end user does not sign is "
                 "non-standard."),
    tags=["reseller", "reseller-order", "end-user-named", "partner-discount", "eu-number-format", "dot-dates",
          "return-right"],
    deal=deal("006-BC1002", "Alpenblick (Stadtwerke Kiefersfelden) - Insight Pro", "Alpenblick IT-Solutions GmbH",
              "2026-05-20", "EUR", "30750.00", "invoices@alpenblick-it.example", deal_items_from_lines(lines, 12)),
    doc=dict(
        font="Helvetica", fmt="A4", footer="Corvane Data B.V. - Partner Programme - RO-2026-0093",
        issuer="Corvane Data B.V.",
        issuer_lines=["Partner Programme - Reseller Order Form", "Keizersgracht 210, 1016 DZ Amsterdam",
                      "partners@corvane.example"],
        doc_title="RESELLER ORDER FORM",
        hdr=[("Order No.", "RO-2026-0093"), ("Date", fd("2026-05-20", "dot")), ("Partner ID", "P-DE-0412"),
             ("Partner Tier", "Gold")],
        hdr_widths=[44, 44, 44, 46],
        boxes=[("RESELLER (billed party)", ["Alpenblick IT-Solutions GmbH", "Rosenheimer Str. 88, 83022 Rosenheim",
                                            "invoices@alpenblick-it.example"]),
               ("END USER", ["Stadtwerke Kiefersfelden GmbH", "Bahnhofstr. 1, 83088 Kiefersfelden",
                             "(no invoices are sent to the End User)"])],
        headers=["Item", "Qty", "List price p.a. (EUR)", "Partner discount", "Net p.a. (EUR)"],
        rows=[["Corvane Insight Professional", "1", "32.000,00", "25 %", "24.000,00"],
              ["Corvane Connect Add-on", "5", "1.800,00", "25 %", "6.750,00"]],
        widths=[66, 14, 36, 30, 32], aligns=["LEFT", "RIGHT", "RIGHT", "CENTER", "RIGHT"],
        totals=[("Total (12 months) EUR", "30.750,00")],
        notes=[("Subscription Period", f"{fd('2026-06-01', 'dot')} - {fd('2027-05-31', 'dot')} (12 months) for the "
                                       "End User named above."),
               ("Invoicing and Payment", "Corvane invoices the Reseller annually in advance. Payment within 30 days "
                                         "of the invoice date."),
               ("Renewal", "Renews automatically for 12 months unless the Reseller gives notice at least 60 days "
                           "before the end of the Subscription Period."),
               ("Return Right", "If the End User does not sign the Corvane end-user terms within 30 days of the start "
                                "date, the Reseller may cancel this order and receive a full credit."),
               ("Partner Agreement", "This order is placed under the Corvane Partner Agreement between Corvane Data "
                                     "B.V. and the Reseller dated 02.02.2024.")],
        sigs=sig("Corvane Data B.V.", "Sanne de Wit", "Commercial Director", fd("2026-05-21", "dot"),
                 "Alpenblick IT-Solutions GmbH", "Stefan Gruber", "Geschäftsführer", fd("2026-05-20", "dot")),
    )))

# ---------------------------------------------------------------- reseller-po-03 (markdown PO)
V, C = "Molarix Software, Inc.", "Quayside Dental Partners, P.C."
lines = [L("Molarix Practice Cloud Premium", 9, "325.00", "month", net_amount="2925.00"),
         L("Molarix e-Claims add-on", 9, "40.00", "month", net_amount="360.00"),
         L("Location setup", 9, "150.00", "one_time", net_amount="1350.00")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="QDP-2026-0311",
      billing_contact_email="ap@quaysidedental.example", currency="USD", service_start_date="2026-04-01",
      service_end_date="2027-03-31", term_months=12, auto_renew=False, payment_terms_days=20,
      billing_frequency="monthly", billing_timing="arrears", po_required=True, po_number="QDP-2026-0311",
      line_items=lines, total_contract_value="40770.00")
FORMS.append(dict(
    layout="reseller-po", nn=3, terms=t, file="contract.md",
    description=("Plain-text (Markdown) purchase order from a dental group to its software vendor, with pipe tables. "
                 "Lines: 9 locations x 325.00 = 2,925.00 per month, 9 x 40.00 = 360.00 per month, and a one-time "
                 "setup 9 x 150.00 = 1,350.00. PO total (not to exceed) 12 x 3,285.00 + 1,350.00 = 40,770.00. Vendor "
                 "invoices monthly in arrears, Net 20; the vendor quote's Net 15 is expressly overridden. PO number "
                 "QDP-2026-0311 is the document number and must be on every invoice. Does not renew. The PO date is "
                 "not an effective date (null)."),
    tags=["purchase-order", "customer-issued", "plain-text", "markdown", "pipe-table", "arrears",
          "po-number-is-order-number", "overridden-terms", "no-auto-renew", "one-time-fee"],
    deal=deal("006-BC1003", "Quayside Dental - Practice Cloud 9 locations", "Quayside Dental Partners, P.C.",
              "2026-03-09", "USD", "40770.00", "ap@quaysidedental.example", deal_items_from_lines(lines, 12)),
    doc=dict(text="""# PURCHASE ORDER QDP-2026-0311

**Quayside Dental Partners, P.C.**
410 Harbor View Road, Suite 2 · Portland, ME 04101
Accounts payable: ap@quaysidedental.example

| | |
|---|---|
| **PO number** | QDP-2026-0311 |
| **PO date** | March 9, 2026 |
| **Supplier** | Molarix Software, Inc., 1200 Congress Ave, Austin, TX 78701 |
| **Supplier quote** | MX-Q-5581 |
| **Buyer** | Colleen Marsh, Practice Operations |

## Order lines

| Line | Item | Qty | Unit price | Period | Amount |
|---:|---|---:|---:|---|---:|
| 1 | Molarix Practice Cloud Premium (per location) | 9 | $325.00 | per month | $2,925.00 / month |
| 2 | Molarix e-Claims add-on (per location) | 9 | $40.00 | per month | $360.00 / month |
| 3 | Location setup | 9 | $150.00 | one-time | $1,350.00 |

**Subscription period:** 2026-04-01 through 2027-03-31 (12 months)

**PO total (not to exceed):** $40,770.00 — i.e. 12 × $3,285.00 + $1,350.00

## Instructions to supplier

1. Invoice monthly in arrears for lines 1 and 2; invoice line 3 once all nine locations are live.
2. Every invoice must show PO number QDP-2026-0311. Invoices without it will not be paid.
3. Payment terms: Net 20 from receipt of a correct invoice.
4. This PO does not renew. A new PO will be issued for any later period.
5. Supplier's quote MX-Q-5581 is incorporated only for product descriptions; its payment terms (Net 15) do not apply.
6. Send invoices by e-mail to ap@quaysidedental.example.

_Approved: Colleen Marsh, Practice Operations — March 9, 2026_
""")))

# ---------------------------------------------------------------- reseller-po-04 (phase ramp via reseller)
V, C = "Stonecrop Security, Inc.", "Summit Channel Partners LLC"
lines = [L("Stonecrop MDR", 500, "110.00", "year", discount_percent="20", net_amount="44000.00",
           start_date="2026-03-01", end_date="2027-02-28"),
         L("Stonecrop MDR", 650, "110.00", "year", discount_percent="20", net_amount="57200.00",
           start_date="2027-03-01", end_date="2028-02-29")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="SCS-RO-2026-017",
      billing_contact_email="payables@summitchannel.example", currency="USD", service_start_date="2026-03-01",
      service_end_date="2028-02-29", term_months=24, auto_renew=False, payment_terms_days=45,
      billing_frequency="annual", billing_timing="advance", po_required=True, po_number="SCP-88120",
      line_items=lines, total_contract_value="101200.00")
FORMS.append(dict(
    layout="reseller-po", nn=4, terms=t,
    description=("Reseller order form: the vendor bills the reseller Summit Channel Partners LLC (customer) for end "
                 "customer Harlow Precision Castings Inc. Endpoint ramp written as 'Phase 1 (1 Mar 2026 - 28 Feb "
                 "2027)' and 'Phase 2 (1 Mar 2027 - 29 Feb 2028)': 500 then 650 endpoints at list $110.00 less 20% "
                 "partner discount = 44,000.00 and 57,200.00 per year; two ramp lines with the phase dates; stated "
                 "total 101,200.00 for 24 months. Reseller PO SCP-88120 must be on invoices (the order's own number "
                 "is SCS-RO-2026-017). Net 45, annual in advance per phase, no automatic renewal; the 90 days is when "
                 "renewal quotes are issued, not a notice period."),
    tags=["reseller", "reseller-order", "end-user-named", "ramp", "phase-ramp", "partner-discount", "po-required",
          "leap-day", "no-auto-renew"],
    deal=deal("006-BC1004", "Summit Channel / Harlow Precision - MDR 2y", "Summit Channel Partners LLC", "2026-02-18",
              "USD", "101200.00", "payables@summitchannel.example", deal_items_from_lines(lines, 24)),
    doc=dict(
        font="Helvetica", footer="Stonecrop Security, Inc. - Channel - SCS-RO-2026-017",
        issuer="STONECROP SECURITY, INC.",
        issuer_lines=["Channel Sales - Reseller Order Form", "500 Boylston Street, Boston, MA 02116"],
        doc_title="RESELLER ORDER FORM",
        hdr=[("Order #", "SCS-RO-2026-017"), ("Date", "Feb 18, 2026"), ("Reseller PO", "SCP-88120"),
             ("Deal Reg.", "DR-55190")],
        hdr_widths=[46, 44, 46, 47],
        boxes=[("RESELLER / BILL TO", ["Summit Channel Partners LLC", "1010 Market Street, Suite 500",
                                       "Denver, CO 80202", "payables@summitchannel.example"]),
               ("END CUSTOMER", ["Harlow Precision Castings Inc.", "77 Foundry Lane", "Erie, PA 16501"])],
        headers=["Phase", "Product", "Endpoints", "List / Endpoint / Yr", "Partner Disc.", "Net Annual"],
        rows=[["Phase 1 (1 Mar 2026 - 28 Feb 2027)", "Stonecrop MDR", "500", "$110.00", "20%", "$44,000.00"],
              ["Phase 2 (1 Mar 2027 - 29 Feb 2028)", "Stonecrop MDR", "650", "$110.00", "20%", "$57,200.00"],
              ["Total (24 months)", "", "", "", "", "$101,200.00"]],
        widths=[56, 32, 20, 30, 20, 26], aligns=["LEFT", "LEFT", "RIGHT", "RIGHT", "CENTER", "RIGHT"],
        bold_last=True,
        notes=[("Term", "24 months, 1 Mar 2026 - 29 Feb 2028."),
               ("Billing", "Invoiced to Reseller annually in advance at the start of each Phase. Net 45. Invoices must "
                           "quote Reseller PO SCP-88120."),
               ("Renewal", "No automatic renewal; renewal quotes are issued through the Reseller 90 days before "
                           "expiry."),
               ("End Customer Terms", "The End Customer's use is governed by the Stonecrop End User Agreement. The "
                                      "Reseller sets its own resale prices.")],
        sigs=sig("Stonecrop Security, Inc.", "Tom Avery", "VP Sales", "Feb 19, 2026",
                 "Summit Channel Partners LLC", "Dana Kowalski", "Director, Vendor Management", "Feb 18, 2026"),
    )))
