from bclib import T, L, U, fd, boiler_text
from formlib import deal, item, deal_items_from_lines

FORMS = []


def tc(keys, V, C, Dn):
    return [boiler_text(k, V, C, Dn) for k in keys]


# ---------------------------------------------------------------- quote-order-01 (100% discount, usage overage)
V, C = "Parcelwise Systems Inc.", "Blue Heron Outfitters, LLC"
lines = [L("Parcelwise Ship Manager - Growth", 12, "59.00", "month", sku="PW-SM-GR", discount_percent="10",
           net_amount="637.20"),
         L("Address Validation API - 50k bundle", 1, "149.00", "month", sku="PW-AV-50K", net_amount="149.00"),
         L("Implementation & carrier setup", 1, "1500.00", "one_time", sku="PW-IMPL", discount_percent="100",
           net_amount="0.00")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="Q-2026-0412",
      billing_contact_email="billing@blueheronoutfitters.example", currency="USD", effective_date="2026-03-01",
      service_start_date="2026-03-01", service_end_date="2027-02-28", term_months=12, auto_renew=True,
      renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=30, billing_frequency="monthly",
      billing_timing="advance", line_items=lines, total_contract_value="9434.40",
      usage_rules=[U("address validations", "validation", 50000, "month", "per_unit", [(None, "0.004")], "monthly",
                     "arrears")])
FORMS.append(dict(
    layout="quote-order", nn=1, terms=t,
    description=("Sales quote that becomes the order form on signature, ISO dates throughout. Table headers are "
                 "Item / Description / Qty / Rate / Billing / Disc % / Ext. Price. Ship Manager 12 x 59.00 less 10% = "
                 "637.20 per month; Address Validation bundle 149.00 per month (no discount, shown as '-', so "
                 "discount null); implementation 1,500.00 one-time with a 100% discount, so net_amount 0.00. Stated "
                 "TCV (12 months) = 12 x (637.20 + 149.00 = 786.20) + 0 = 9,434.40. Validations above 50,000 per month "
                 "at 0.004 each are a usage rule. The quote date and 'valid until' date are not contract dates."),
    tags=["quote", "quote-to-order", "iso-dates", "discount", "waived-fee", "usage", "included-allowance",
          "unusual-headers"],
    deal=deal("006-BC0401", "Blue Heron Outfitters - Ship Manager Growth", "Blue Heron Outfitters, LLC", "2026-02-25",
              "USD", "9434.40", "billing@blueheronoutfitters.example", deal_items_from_lines(lines, 12)),
    doc=dict(
        color=(214, 102, 24), brand="Parcelwise", footer="Parcelwise Systems Inc. - Quote Q-2026-0412",
        vendor_block=["Parcelwise Systems Inc.", "2400 Commerce Street, Dallas, TX 75201", "sales@parcelwise.example"],
        doc_word="QUOTE",
        info=[("Quote #", "Q-2026-0412"), ("Quote Date", "2026-02-10"), ("Valid Until", "2026-03-12"),
              ("Sales Rep", "Jordan Pike"), ("Customer ID", "C-40917")],
        blocks=[("PREPARED FOR", ["Blue Heron Outfitters, LLC", "Attn: Marcus Bell, Operations", "88 Riverside Drive",
                                  "Asheville, NC 28801"]),
                ("BILL TO", ["Blue Heron Outfitters, LLC", "Accounts Payable", "billing@blueheronoutfitters.example",
                             "88 Riverside Drive, Asheville, NC 28801"])],
        terms_strip=[("Order Effective Date", "2026-03-01"), ("Service Period", "2026-03-01 to 2027-02-28"),
                     ("Term", "12 months"), ("Billing", "Monthly in advance"), ("Payment Terms", "Net 30")],
        strip_widths=[36, 46, 24, 34, 28],
        headers=["Item", "Description", "Qty", "Rate", "Billing", "Disc %", "Ext. Price"],
        rows=[["PW-SM-GR", "Parcelwise Ship Manager - Growth (per user)", "12", "$59.00", "Monthly", "10%", "$637.20"],
              ["PW-AV-50K", "Address Validation API - 50k bundle (50,000 validations / month)", "1", "$149.00",
               "Monthly", "-", "$149.00"],
              ["PW-IMPL", "Implementation & carrier setup", "1", "$1,500.00", "One-time", "100%", "$0.00"]],
        widths=[22, 66, 10, 20, 18, 14, 22], aligns=["LEFT", "LEFT", "RIGHT", "RIGHT", "CENTER", "RIGHT", "RIGHT"],
        totals=[("Monthly recurring", "$786.20", False), ("One-time (after discount)", "$0.00", False),
                ("Total Contract Value (12 months)", "$9,434.40", True)],
        sections=[("Terms", [
            "The subscription auto-renews for successive 12-month terms unless either party gives notice of "
            "non-renewal at least 30 days before the end of the current term.",
            "Address validations above 50,000 in a calendar month are billed at $0.004 per validation, monthly in "
            "arrears.",
            "Implementation fee waived (100% discount) for quotes signed by 2026-02-28.",
            "Prices exclude sales tax. Shipping labels are purchased from carriers directly and are not part of this "
            "quote."])],
        accept_text=("By signing below, Customer accepts this Quote. Upon signature by both parties this Quote becomes "
                     "a binding Order Form under the Parcelwise Terms of Service published at parcelwise.example/terms."),
        sigs=[("Blue Heron Outfitters, LLC", "", {"By": "Marcus Bell", "Name": "Marcus Bell", "Title": "COO",
                                                 "Date": "2026-02-25"}),
              ("Parcelwise Systems Inc.", "", {"By": "Jordan Pike", "Name": "Jordan Pike", "Title": "Account Executive",
                                              "Date": "2026-02-26"})],
    )))

# ---------------------------------------------------------------- quote-order-02 (estimate, dmy, EUR)
V, C = "Outpost Metrics Ltd", "Calloway Sports Nutrition Ltd"
lines = [L("Outpost Analytics Suite", 1, "24000.00", "year", sku="OM-AS", net_amount="24000.00"),
         L("Extra dashboards pack (10)", 3, "1200.00", "year", sku="OM-DB10", net_amount="3600.00"),
         L("Training day - remote", 2, "1350.00", "one_time", sku="OM-TRN", net_amount="2700.00")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="E-55102",
      billing_contact_email="finance@callowaysports.example", currency="EUR", effective_date="2026-03-15",
      service_start_date="2026-04-01", service_end_date="2028-03-31", term_months=24, payment_terms_days=30,
      billing_frequency="annual", billing_timing="advance", line_items=lines, total_contract_value="57900.00",
      late_fee_percent_per_month="0.75")
FORMS.append(dict(
    layout="quote-order", nn=2, terms=t,
    description=("Irish vendor's ESTIMATE turned order form, EUR with the euro sign and English number format, dates as "
                 "2-Mar-26 style. SKUs are written in parentheses after each item name (sku OM-AS etc.); '(10)' in "
                 "'Extra dashboards pack (10)' is part of the product name. Columns split Annual Amount and One-time. "
                 "Annual 24,000 + 3 x 1,200 = 27,600; two training days 2 x 1,350 = 2,700 one-time; stated 24-month "
                 "total 2 x 27,600 + 2,700 = 57,900.00. Late interest 0.75% per month. The request to quote the "
                 "estimate number on the customer's PO is not an invoice PO requirement (po_required false). No "
                 "renewal language (auto_renew null)."),
    tags=["quote", "estimate", "quote-to-order", "dmy-dates", "sku-in-description", "one-time-fee", "late-fee",
          "eur"],
    deal=deal("006-BC0402", "Calloway Sports Nutrition - Analytics Suite 2y", "Calloway Sports Nutrition Ltd",
              "2026-03-13", "EUR", "57900.00", "finance@callowaysports.example", deal_items_from_lines(lines, 24)),
    doc=dict(
        color=(40, 120, 70), brand="OUTPOST METRICS", footer="Outpost Metrics Ltd - Registered in Ireland No. 612345 - Estimate E-55102",
        fmt="A4",
        vendor_block=["Outpost Metrics Ltd", "Block C, Grand Canal Quay, Dublin 2, D02 FX65", "VAT IE 3456789KH"],
        doc_word="ESTIMATE",
        info=[("Estimate No.", "E-55102"), ("Date", fd("2026-03-02", "dmy")), ("Valid for", "30 days"),
              ("Account Manager", "Niamh Gallagher")],
        blocks=[("CUSTOMER", ["Calloway Sports Nutrition Ltd", "Unit 4, Ballycoolin Business Park",
                              "Dublin 15, D15 XR2K", "Ireland"]),
                ("INVOICE TO", ["Calloway Sports Nutrition Ltd - Finance", "finance@callowaysports.example",
                                "VAT IE 9876543X"])],
        terms_strip=[("Effective Date", fd("2026-03-15", "dmy")), ("Start", fd("2026-04-01", "dmy")),
                     ("End", fd("2028-03-31", "dmy")), ("Term", "24 months"), ("Invoicing", "Annually in advance")],
        strip_widths=[34, 28, 28, 28, 40],
        headers=["Item", "Qty", "Unit Price", "Annual Amount", "One-time"],
        rows=[["Outpost Analytics Suite (OM-AS)", "1", "\u20ac24,000.00", "\u20ac24,000.00", ""],
              ["Extra dashboards pack (10) (OM-DB10)", "3", "\u20ac1,200.00", "\u20ac3,600.00", ""],
              ["Training day - remote (OM-TRN)", "2", "\u20ac1,350.00", "", "\u20ac2,700.00"]],
        widths=[74, 14, 28, 30, 28], aligns=["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"],
        totals=[("Annual subscription", "\u20ac27,600.00", False), ("One-time services", "\u20ac2,700.00", False),
                ("Total (24 months)", "\u20ac57,900.00", True)],
        sections=[("Notes", [
            "Subscription fees are invoiced annually in advance; the first invoice is issued on the Start date. "
            "Payment within 30 days of invoice.",
            "Late payments: interest at 0.75% per month.",
            "Please quote our estimate number E-55102 on your purchase order.",
            "Prices exclude VAT. Training days are delivered remotely and must be used within 6 months of the Start "
            "date."])],
        accept_title="Acceptance - this Estimate becomes an Order Form when signed",
        accept_text=("By signing, the Customer orders the items above on the terms of this Estimate and the Outpost "
                     "Metrics Customer Agreement (outpostmetrics.example/agreement)."),
        sigs=[("Calloway Sports Nutrition Ltd", "", {"By": "S. Calloway", "Name": "Sean Calloway", "Title": "Director",
                                                    "Date": fd("2026-03-13", "dmy")}),
              ("Outpost Metrics Ltd", "", {"By": "N. Gallagher", "Name": "Niamh Gallagher",
                                          "Title": "Account Manager", "Date": fd("2026-03-15", "dmy")})],
        tc_title="Outpost Metrics - Summary of Customer Agreement",
        tc=tc(["use", "data", "conf", "warranty", "liability", "suspension", "taxes", "entire"], "Outpost Metrics",
              "the Customer", "Estimate"),
    )))

# ---------------------------------------------------------------- quote-order-03 (year columns ramp)
V, C = "Tracwell Fleet Systems, Inc.", "Sunbelt Aggregate Haulers, Inc."
lines = [L("Fleet Telematics License", 300, "192.00", "year", sku="TFS-TL", net_amount="57600.00",
           start_date="2026-06-01", end_date="2027-05-31"),
         L("Fleet Telematics License", 300, "204.00", "year", sku="TFS-TL", net_amount="61200.00",
           start_date="2027-06-01", end_date="2028-05-31"),
         L("Fleet Telematics License", 300, "216.00", "year", sku="TFS-TL", net_amount="64800.00",
           start_date="2028-06-01", end_date="2029-05-31"),
         L("Installation Services", 300, "45.00", "one_time", sku="TFS-INST", net_amount="13500.00")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="TFS-Q-88310",
      billing_contact_email="fleetap@sunbeltaggregate.example", currency="USD", effective_date="2026-06-01",
      service_start_date="2026-06-01", service_end_date="2029-05-31", term_months=36, auto_renew=True,
      renewal_term_months=12, non_renewal_notice_days=60, payment_terms_days=30, billing_frequency="annual",
      billing_timing="advance", po_required=True, po_number="77-20419", line_items=lines,
      total_contract_value="197100.00")
FORMS.append(dict(
    layout="quote-order", nn=3, terms=t,
    description=("Quote/order form whose pricing table runs sideways: one column per contract year (Year 1 Jun 1, 2026 "
                 "- May 31, 2027, etc.), so the 300-unit telematics licence is a three-step ramp at 192.00, 204.00 and "
                 "216.00 per unit per year (57,600 / 61,200 / 64,800 per year shown) - three lines with the column "
                 "dates, in document order before the one-time installation (300 x 45.00 = 13,500). Grand total "
                 "57,600 + 61,200 + 64,800 + 13,500 = 197,100.00. Customer PO 77-20419 must be on every invoice. "
                 "Hardware under a separate quote is excluded."),
    tags=["quote", "quote-to-order", "ramp", "ramp-columns", "po-required", "one-time-fee", "us-dates",
          "unusual-headers"],
    deal=deal("006-BC0403", "Sunbelt Aggregate - Telematics 300 units 3y", "Sunbelt Aggregate Haulers, Inc.",
              "2026-05-20", "USD", "197100.00", "fleetap@sunbeltaggregate.example", deal_items_from_lines(lines, 36)),
    doc=dict(
        color=(30, 90, 160), brand="TRACWELL", footer="Tracwell Fleet Systems, Inc. - Quote/Order TFS-Q-88310",
        vendor_block=["Tracwell Fleet Systems, Inc.", "5900 Research Blvd, Austin, TX 78731", "orders@tracwell.example"],
        doc_word="QUOTE / ORDER",
        info=[("Quote / Order #", "TFS-Q-88310"), ("Date", fd("2026-05-04", "usabbr")),
              ("Expires", fd("2026-05-29", "usabbr")), ("Customer PO", "77-20419")],
        blocks=[("SOLD TO", ["Sunbelt Aggregate Haulers, Inc.", "4100 Quarry Road", "San Antonio, TX 78218"]),
                ("BILL TO", ["Sunbelt Aggregate Haulers, Inc.", "Attn: Fleet Accounting",
                             "fleetap@sunbeltaggregate.example"])],
        terms_strip=[("Effective", fd("2026-06-01", "us")), ("Term", "36 months"),
                     ("Service Period", "Jun 1, 2026 - May 31, 2029"), ("Billing", "Annually in advance"),
                     ("Terms", "Net 30")],
        strip_widths=[32, 22, 50, 40, 22],
        headers=["Item", "Units", "Year 1\nJun 1, 2026 -\nMay 31, 2027", "Year 2\nJun 1, 2027 -\nMay 31, 2028",
                 "Year 3\nJun 1, 2028 -\nMay 31, 2029", "36-Month Total"],
        rows=[["Fleet Telematics License (TFS-TL)\nprice per unit per year", "300", "$192.00", "$204.00", "$216.00", ""],
              ["Fleet Telematics License - annual amount", "", "$57,600.00", "$61,200.00", "$64,800.00",
               "$183,600.00"],
              ["Installation Services (TFS-INST)\none-time, $45.00 per unit", "300", "$13,500.00", "-", "-",
               "$13,500.00"],
              ["Total", "", "$71,100.00", "$61,200.00", "$64,800.00", "$197,100.00"]],
        widths=[50, 14, 28, 28, 28, 26], aligns=["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"],
        totals=[("Grand Total (36 months)", "$197,100.00", True)],
        sections=[("Terms & Conditions", [
            "Customer PO 77-20419 must appear on all invoices.",
            "Invoices are issued annually in advance on June 1 of each year; payment Net 30.",
            "This Order renews automatically for successive 12-month periods at the Year 3 rates unless either party "
            "gives written notice at least 60 days before expiration.",
            "Telematics hardware is purchased separately under quote TFS-HW-88311 and is not part of this Order.",
            "Governed by the Tracwell Subscription Terms at tracwell.example/terms."])],
        accept_text=("Customer's signature below accepts this Quote as an Order Form. No other terms apply."),
        sigs=[("Sunbelt Aggregate Haulers, Inc.", "", {"By": "R. Delgado", "Name": "Ramon Delgado",
                                                      "Title": "Fleet Director", "Date": fd("2026-05-20", "usabbr")}),
              ("Tracwell Fleet Systems, Inc.", "", {"By": "K. Osei", "Name": "Kwame Osei", "Title": "Sales Director",
                                                   "Date": fd("2026-05-21", "usabbr")})],
    )))

# ---------------------------------------------------------------- quote-order-04 (volume usage, CRM amount differs)
V, C = "Signalpath Communications Inc.", "Cresthaven Property Management LLC"
lines = [L("Notify Platform Fee", 1, "2000.00", "quarter", sku="SP-PLAT", net_amount="2000.00")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="SP-24-7781",
      billing_contact_email="ap@cresthavenpm.example", currency="USD", effective_date="2026-03-15",
      service_start_date="2026-04-01", service_end_date="2027-03-31", term_months=12, auto_renew=False,
      payment_terms_days=15, billing_frequency="quarterly", billing_timing="advance", line_items=lines,
      usage_rules=[U("SMS messages (US/CA)", "message", None, None, "volume",
                     [("250000", "0.0090"), ("1000000", "0.0075"), (None, "0.0060")], "monthly", "arrears")])
FORMS.append(dict(
    layout="quote-order", nn=4, terms=t,
    description=("Quote/order with US numeric dates (03/15/2026; all day numbers above 12 so unambiguous). The only "
                 "fixed fee is a platform fee of 2,000.00 per quarter, invoiced quarterly in advance. SMS usage uses "
                 "VOLUME pricing (the month's total decides one rate for all messages): bands 1-250,000 at 0.0090, "
                 "250,001-1,000,000 at 0.0075, above at 0.0060, so tiers up_to 250000 / 1000000 / null; no included "
                 "allowance; billed monthly in arrears. No total stated. DELIBERATE CRM DIFFERENCE: the deal amount "
                 "is 9,800.00 because the rep added an estimated 1,800.00 of SMS usage; the committed value is "
                 "4 x 2,000 = 8,000.00."),
    tags=["quote", "quote-to-order", "usage", "volume-pricing", "us-numeric-dates", "quarterly", "no-auto-renew",
          "crm-amount-differs"],
    deal_mismatch=True,
    deal=deal("006-BC0404", "Cresthaven PM - Resident Notify", "Cresthaven Property Management LLC", "2026-03-12",
              "USD", "9800.00", "ap@cresthavenpm.example",
              [item("Notify Platform Fee", 4, "2000.00", "8000.00", "SP-PLAT"),
               item("Estimated SMS usage", 1, "1800.00", "1800.00", "SP-SMS")]),
    doc=dict(
        color=(130, 30, 90), brand="SIGNALPATH", footer="Signalpath Communications Inc. - Quote SP-24-7781",
        vendor_block=["Signalpath Communications Inc.", "600 Congress Street, Portland, ME 04101",
                      "quotes@signalpath.example"],
        doc_word="QUOTE",
        info=[("Quote No.", "SP-24-7781"), ("Issued", fd("2026-02-26", "usnum")),
              ("Valid Through", fd("2026-03-31", "usnum")), ("Rep", "Allison Brandt")],
        blocks=[("CUSTOMER", ["Cresthaven Property Management LLC", "2 Harbor Point Blvd, Suite 210",
                              "Tampa, FL 33602"]),
                ("ACCOUNTS PAYABLE", ["ap@cresthavenpm.example", "Ref: Resident Notify"])],
        terms_strip=[("Effective", fd("2026-03-15", "usnum")), ("Service Start", fd("2026-04-01", "usnum")),
                     ("Service End", fd("2027-03-31", "usnum")), ("Term", "12 months"),
                     ("Payment", "Net 15")],
        strip_widths=[34, 34, 34, 30, 30],
        headers=["SKU", "Item", "Qty", "Price", "Per", "Extended"],
        rows=[["SP-PLAT", "Notify Platform Fee", "1", "$2,000.00", "quarter", "$2,000.00"]],
        widths=[24, 70, 12, 26, 20, 26], aligns=["LEFT", "LEFT", "RIGHT", "RIGHT", "CENTER", "RIGHT"],
        totals=[("Platform fee per quarter", "$2,000.00", True)],
        sections=[("Usage Pricing - SMS (US/CA)",
                   "SMS messages are billed monthly in arrears using volume pricing: the total number of messages sent "
                   "in a calendar month determines a single rate, and that rate applies to every message sent in that "
                   "month."),
                  ("Rate Bands (messages per calendar month)", [
                      "1 - 250,000 messages: $0.0090 per message",
                      "250,001 - 1,000,000 messages: $0.0075 per message (applies to all messages in the month)",
                      "1,000,001 messages and above: $0.0060 per message (applies to all messages in the month)"]),
                  ("Billing & Terms", [
                      "Platform fee invoiced quarterly in advance.",
                      "Usage invoiced monthly in arrears.",
                      "Payment Net 15.",
                      "No minimum message volume applies.",
                      "No auto-renewal: the order ends on the Service End date unless renewed by a new quote."])],
        accept_text=("Signature below by an authorized representative of Customer accepts this quote as an order "
                     "under the Signalpath Master Terms."),
        sigs=[("Cresthaven Property Management LLC", "", {"By": "D. Ruiz", "Name": "Daniela Ruiz",
                                                         "Title": "Director of Operations",
                                                         "Date": fd("2026-03-13", "usnum")}),
              ("Signalpath Communications Inc.", "", {"By": "A. Brandt", "Name": "Allison Brandt",
                                                     "Title": "Account Executive", "Date": fd("2026-03-15", "usnum")})],
    )))
