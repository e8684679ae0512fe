from bclib import T, L, U, fd, boiler_text
from formlib import deal, item, deal_items_from_lines

FORMS = []


def p2(keys, V, C, Dn):
    return [boiler_text(k, V, C, Dn) for k in keys]


def boiler_cols(keys, V, C, Dn, start):
    out = []
    for i, k in enumerate(keys):
        title, body = boiler_text(k, V, C, Dn)
        out.append(("b", f"{start + i}. {title}. ", body))
        out.append(("gap",))
    return out


# ---------------------------------------------------------------- two-column-01
V, C = "Labhive Software Corp.", "Redfern Biologics, Inc."
lines = [L("ELN Enterprise", 60, "1140.00", "year", net_amount="68400.00"),
         L("Inventory Module", 60, "240.00", "year", net_amount="14400.00"),
         L("Instrument Integration Pack", 1, "4800.00", "year"),
         L("Data Migration Service", 1, "9500.00", "one_time")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="LH-2026-3381",
      billing_contact_email="invoices@redfernbio.example", currency="USD", effective_date="2026-03-16",
      service_start_date="2026-04-01", service_end_date="2027-03-31", term_months=12, auto_renew=True,
      renewal_term_months=12, non_renewal_notice_days=30, payment_terms_days=45, billing_frequency="quarterly",
      billing_timing="advance", line_items=lines, total_contract_value="97100.00")
FORMS.append(dict(
    layout="two-column", nn=1, terms=t,
    description=("Two-column order page (text flows down the left column then the right). Fees are sentences in the "
                 "left column: 60 ELN licences at $1,140.00 per year ($68,400.00 per year shown), 60 Inventory "
                 "licences at $240.00 ($14,400.00 shown), an integration pack at $4,800.00 per year (quantity 1, no "
                 "separate amount, net null) and a one-time migration of $9,500.00 (net null for the same reason). "
                 "Total Order Value 68,400 + 14,400 + 4,800 + 9,500 = 97,100.00 for the 12-month term. Quarterly "
                 "in advance, Net 45, 12-month auto-renewal with 30 days notice. Asterisk footnote on taxes only."),
    tags=["two-column", "prose-fees", "quarterly", "footnotes", "one-time-fee", "us-dates"],
    deal=deal("006-BC0601", "Redfern Biologics - Labhive ELN", "Redfern Biologics, Inc.", "2026-03-12", "USD",
              "97100.00", "invoices@redfernbio.example", deal_items_from_lines(lines, 12)),
    doc=dict(
        color=(0, 120, 90), brand="Labhive Software Corp.", title="Order Form LH-2026-3381",
        footer="Labhive Software Corp. - Order Form LH-2026-3381",
        masthead="Labhive Software Corp. - 1 Kendall Square, Building 200, Cambridge, MA 02139 - Order Form under the "
                 "Labhive Cloud Subscription Agreement (the \"Agreement\")",
        parties=[("Vendor", ["Labhive Software Corp.", "1 Kendall Square, Bldg 200", "Cambridge, MA 02139"]),
                 ("Customer", ["Redfern Biologics, Inc.", "7700 Gateway Blvd", "Newark, CA 94560",
                               "AP: invoices@redfernbio.example"])],
        columns=[
            ("h", "1. Order Details"),
            ("b", "Order Form No.: ", "LH-2026-3381"),
            ("b", "Effective Date: ", fd("2026-03-16", "us")),
            ("b", "Subscription Term: ", "12-month term, April 1, 2026 through March 31, 2027."),
            ("gap",),
            ("h", "2. Subscriptions and Fees*"),
            ("p", "ELN Enterprise - 60 scientist licences at $1,140.00 per licence per year ($68,400.00 per year)."),
            ("p", "Inventory Module - 60 licences at $240.00 per licence per year ($14,400.00 per year)."),
            ("p", "Instrument Integration Pack - $4,800.00 per year."),
            ("p", "Data Migration Service (one-time) - $9,500.00."),
            ("b", "Total Order Value: ", "$97,100.00"),
            ("gap",),
            ("h", "3. Invoicing and Payment"),
            ("p", "Labhive invoices subscription fees quarterly in advance, each invoice covering one quarter of the "
                  "annual fees. The Data Migration Service is invoiced on signature. Invoices are payable within "
                  "forty-five (45) days of the invoice date."),
            ("gap",),
            ("h", "4. Renewal"),
            ("p", "This Order Form renews automatically for successive twelve (12) month periods unless either party "
                  "gives written notice of non-renewal at least thirty (30) days before the end of the then-current "
                  "term."),
            ("gap",),
            ("h", "5. Additional Terms"),
        ] + boiler_cols(["use", "data", "security", "conf", "warranty", "liability", "publicity", "entire"],
                        "Labhive", "Customer", "Order Form", 1),
        footnotes=["* Prices exclude sales and use tax. Licence counts are named scientists and may be reassigned once "
                   "per quarter."],
        sigs=[("Labhive Software Corp.", "", {"By": "A. Brennan", "Name": "Alicia Brennan", "Title": "VP Sales",
                                             "Date": fd("2026-03-16", "us")}),
              ("Redfern Biologics, Inc.", "", {"By": "H. Cho", "Name": "Hyun-woo Cho", "Title": "Head of R&D IT",
                                              "Date": fd("2026-03-12", "us")})],
    )))

# ---------------------------------------------------------------- two-column-02 (go-live, calendar month arrears)
V, C = "Veldmark Software B.V.", "Hoekstra Tuinbouw Coöperatie U.A."
lines = [L("Greenhouse Climate Monitor", 14, "385.00", "month", discount_percent="15", net_amount="4581.50"),
         L("Energy Optimiser add-on", 14, "60.00", "month"),
         L("Sensor onboarding", 1, "4200.00", "one_time")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="VM-ORD-77120",
      billing_contact_email="facturen@hoekstra-tuinbouw.example", currency="EUR", effective_date="2026-05-12",
      service_start_date="2026-06-01", service_end_date=None, term_months=24, auto_renew=True,
      renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30, billing_frequency="monthly",
      billing_timing="arrears", billing_anchor="calendar_month", line_items=lines)
FORMS.append(dict(
    layout="two-column", nn=2, terms=t,
    derived={"service_end_date": {"value": "2028-05-31", "rule": "Go-live 2026-06-01 + 24 months - 1 day"}},
    description=("Dutch two-column order. Order date labelled as the Effective Date (12 May 2026); service starts at "
                 "Go-live 1 June 2026 and the term is '24 months from Go-live' (end derived 2028-05-31). Climate "
                 "Monitor 14 sites x 385,00 less 15 % = 4.581,50 per month (14 x 385 = 5,390 x 0.85, shown); the "
                 "Energy Optimiser 14 x 60,00 per month has no amount shown (net null); one-time onboarding 4.200,00. "
                 "Invoiced monthly in arrears at the end of each calendar month (calendar_month). 12-month renewals "
                 "with 90 days notice. No total; deal = 24 x (4,581.50 + 840) + 4,200 = 134,316.00."),
    tags=["two-column", "prose-fees", "go-live", "end-date-derived", "discount", "eu-number-format", "arrears",
          "calendar-month", "one-time-fee"],
    deal=deal("006-BC0602", "Hoekstra Tuinbouw - Climate Monitor 14 sites", "Hoekstra Tuinbouw Coöperatie U.A.",
              "2026-05-11", "EUR", "134316.00", "facturen@hoekstra-tuinbouw.example", deal_items_from_lines(lines, 24)),
    doc=dict(
        color=(30, 110, 40), brand="Veldmark Software", title="Order Form VM-ORD-77120",
        footer="Veldmark Software B.V. - KvK 55667788 - Order VM-ORD-77120",
        masthead="Veldmark Software B.V. - Marktweg 41, 2681 PM Monster, the Netherlands - this order is subject to "
                 "the Veldmark General Terms (NL Digital based), which the Customer has received.",
        parties=[("Supplier", ["Veldmark Software B.V.", "Marktweg 41", "2681 PM Monster, NL"]),
                 ("Customer", ["Hoekstra Tuinbouw Coöperatie U.A.", "Venlosestraat 9", "5961 AA Horst, NL",
                               "facturen@hoekstra-tuinbouw.example"])],
        columns=[
            ("h", "Key dates"),
            ("b", "Order date (Effective Date): ", fd("2026-05-12", "ukplain")),
            ("b", "Go-live: ", fd("2026-06-01", "ukplain")),
            ("b", "Term: ", "24 months from Go-live"),
            ("gap",),
            ("h", "Fees"),
            ("p", "Greenhouse Climate Monitor - 14 sites x \u20ac\u00a0385,00 per site per month, less 15 % = "
                  "\u20ac\u00a04.581,50 per month."),
            ("p", "Energy Optimiser add-on - 14 sites x \u20ac\u00a060,00 per site per month."),
            ("p", "Sensor onboarding (one-time) - \u20ac\u00a04.200,00, invoiced at Go-live."),
            ("gap",),
            ("h", "Invoicing"),
            ("p", "Monthly fees are invoiced monthly in arrears at the end of each calendar month, starting with June "
                  "2026. Payment within 30 days of the invoice date."),
            ("gap",),
            ("h", "Renewal"),
            ("p", "After the Term the order renews for twelve (12) months at a time unless cancelled in writing at "
                  "least ninety (90) days before the end of the current period."),
            ("gap",),
            ("h", "Sites"),
            ("p", "Horst (3), Venlo (2), Grubbenvorst (2), Sevenum (2), America (1), Meterik (1), Lottum (2), "
                  "Broekhuizen (1)."),
            ("gap",),
            ("h", "Other terms"),
        ] + boiler_cols(["data", "security", "conf", "liability", "force", "return", "entire"], "Veldmark",
                        "the Customer", "order", 1),
        sigs=[("Veldmark Software B.V.", "", {"By": "P. Jansen", "Name": "Pieter Jansen", "Title": "Sales Manager",
                                             "Date": fd("2026-05-12", "ukplain")}),
              ("Hoekstra Tuinbouw Coöperatie U.A.", "", {"By": "W. Hoekstra", "Name": "Willem Hoekstra",
                                                        "Title": "Bestuurder", "Date": fd("2026-05-11", "ukplain")})],
    )))

# ---------------------------------------------------------------- two-column-03 (escalator in term, duration only)
V, C = "Stonecrop Security, Inc.", "Whitlock & Barnes LLP"
lines = [L("Managed Detection & Response", 420, "120.00", "year", net_amount="50400.00"),
         L("Incident Response Retainer", 1, "6000.00", "year")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="SCS-2026-0419",
      billing_contact_email="accountspayable@whitlockbarnes.example", currency="USD", effective_date="2026-01-20",
      service_start_date="2026-02-01", service_end_date=None, term_months=36, payment_terms_days=30,
      billing_frequency="annual", billing_timing="advance", po_required=True, po_number="WB-PO-2026-118",
      line_items=lines, price_escalator_percent="3")
FORMS.append(dict(
    layout="two-column", nn=3, terms=t,
    derived={"service_end_date": {"value": "2029-01-31", "rule": "start 2026-02-01 + 36 months - 1 day"}},
    description=("Two-column managed-security order. Term stated only as 'starts on February 1, 2026 and runs for "
                 "three (3) years' (term 36, end derived 2029-01-31). Fees in prose: 420 endpoints at $120.00 per "
                 "year ($50,400.00 shown) and a retainer of $6,000.00 per year; lines carry the year-1 prices and the "
                 "3% increase on each anniversary is price_escalator_percent (it applies inside the term). No total "
                 "stated; deal amount = 56,400.00 + 58,092.00 + 59,834.76 = 174,326.76. PO WB-PO-2026-118 must be "
                 "quoted on invoices. Nothing is said about renewal (auto_renew null)."),
    tags=["two-column", "prose-fees", "escalator", "escalator-in-term", "duration-only-term", "end-date-derived",
          "po-required"],
    deal=deal("006-BC0603", "Whitlock & Barnes - MDR 3y", "Whitlock & Barnes LLP", "2026-01-16", "USD", "174326.76",
              "accountspayable@whitlockbarnes.example",
              [item("Managed Detection & Response (3 years, 3% annual uplift)", 1, "155781.36", "155781.36"),
               item("Incident Response Retainer (3 years, 3% annual uplift)", 1, "18545.40", "18545.40")]),
    doc=dict(
        color=(90, 90, 90), brand="Stonecrop Security", title="Managed Security Order SCS-2026-0419",
        footer="Stonecrop Security, Inc. - SCS-2026-0419 - Confidential", font="Times",
        masthead="Stonecrop Security, Inc., 500 Boylston Street, Boston, MA 02116, and the client named below agree "
                 "to this order under the Stonecrop Managed Services Agreement dated September 9, 2025.",
        parties=[("Provider", ["Stonecrop Security, Inc.", "500 Boylston Street", "Boston, MA 02116"]),
                 ("Client", ["Whitlock & Barnes LLP", "One Liberty Plaza, 30th Floor", "New York, NY 10006"])],
        columns=[
            ("h", "Summary"),
            ("b", "Effective Date: ", fd("2026-01-20", "us")),
            ("b", "Purchase Order: ", "WB-PO-2026-118"),
            ("gap",),
            ("h", "Term"),
            ("p", "The subscription starts on February 1, 2026 and runs for three (3) years."),
            ("gap",),
            ("h", "Services and Fees"),
            ("p", "Managed Detection & Response for 420 endpoints at $120.00 per endpoint per year ($50,400.00 per "
                  "year)."),
            ("p", "Incident Response Retainer at $6,000.00 per year, including up to 40 hours of response work."),
            ("p", "All recurring fees increase by 3% on each anniversary of the subscription start date."),
            ("gap",),
            ("h", "Invoicing"),
            ("p", "Fees for each subscription year are invoiced annually in advance. Invoices are due Net 30 and must "
                  "quote the Purchase Order number above. Send invoices to accountspayable@whitlockbarnes.example."),
            ("gap",),
            ("h", "Terms"),
        ] + boiler_cols(["use", "conf", "security", "warranty", "disclaimer", "liability", "force", "notices",
                         "entire", "counterparts"], "Stonecrop", "Client", "order", 1),
        sigs=[("Stonecrop Security, Inc.", "", {"By": "T. Avery", "Name": "Tom Avery", "Title": "VP Sales",
                                               "Date": fd("2026-01-20", "us")}),
              ("Whitlock & Barnes LLP", "", {"By": "E. Barnes", "Name": "Eleanor Barnes", "Title": "COO",
                                            "Date": fd("2026-01-16", "us")})],
    )))

# ---------------------------------------------------------------- two-column-04 (footnotes, PO, semiannual)
V, C = "Kranich Softwarehaus GmbH", "Ellerbrock Bau GmbH & Co. KG"
lines = [L("Baustellen-Cloud Professional", 120, "29.00", "month", sku="KSH-BCP", discount_percent="20",
           net_amount="2784.00"),
         L("Plan Viewer", 40, "9.00", "month", sku="KSH-PV", net_amount="360.00")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="KSH-A-2026-5530",
      billing_contact_email="rechnung@ellerbrock-bau.example", currency="EUR", effective_date="2026-04-15",
      service_start_date="2026-05-01", service_end_date="2027-04-30", term_months=12, auto_renew=True,
      renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30, billing_frequency="semiannual",
      billing_timing="advance", po_required=True, po_number="4711-2026", line_items=lines,
      total_contract_value="37728.00",
      non_standard_terms=["20% discount on Baustellen-Cloud Professional applies to the Initial Term only; renewals "
                          "at list price"])
FORMS.append(dict(
    layout="two-column", nn=4, terms=t,
    description=("German/English two-column order with footnotes. 120 users x 29,00 less 20 % (footnote 1) = "
                 "2.784,00 per month; Plan Viewer 40 x 9,00 = 360,00 per month; total for the 12-month Initial Term "
                 "EUR 37.728,00, explained in footnote 2 as 12 x (2.784,00 + 360,00). Invoiced half-yearly in advance "
                 "(semiannual). Bestellnummer/PO 4711-2026 must be on every invoice. Footnote 1 (discount only for the "
                 "initial term) is recorded as a non-standard term because renewal reverts to list price."),
    tags=["two-column", "footnotes", "discount", "semiannual", "po-required", "eu-number-format", "bilingual"],
    deal=deal("006-BC0604", "Ellerbrock Bau - Baustellen-Cloud", "Ellerbrock Bau GmbH & Co. KG", "2026-04-14", "EUR",
              "37728.00", "rechnung@ellerbrock-bau.example", deal_items_from_lines(lines, 12)),
    doc=dict(
        color=(180, 30, 30), brand="Kranich Softwarehaus", title="Bestellschein / Order Form KSH-A-2026-5530",
        footer="Kranich Softwarehaus GmbH - Lindenstraße 8 - 24103 Kiel - HRB 7788 KI",
        masthead="Kranich Softwarehaus GmbH, Lindenstraße 8, 24103 Kiel - order under the Kranich Allgemeine "
                 "Geschäftsbedingungen (AGB) / General Terms.",
        parties=[("Anbieter / Vendor", ["Kranich Softwarehaus GmbH", "Lindenstraße 8", "24103 Kiel"]),
                 ("Kunde / Customer", ["Ellerbrock Bau GmbH & Co. KG", "Am Hafen 17", "26789 Leer (Ostfriesland)"])],
        columns=[
            ("h", "1. Vertragsdaten / Contract data"),
            ("b", "Effective Date: ", fd("2026-04-15", "ukplain")),
            ("b", "Start: ", fd("2026-05-01", "ukplain")),
            ("b", "End: ", fd("2027-04-30", "ukplain")),
            ("b", "Initial Term: ", "12 months"),
            ("b", "PO / Bestellnummer: ", "4711-2026 (to be quoted on every invoice)"),
            ("gap",),
            ("h", "2. Produkte / Products"),
            ("p", "Baustellen-Cloud Professional (KSH-BCP): 120 users x \u20ac\u00a029,00 per user per month, less "
                  "20 %\u00b9 = \u20ac\u00a02.784,00 per month."),
            ("p", "Plan Viewer (KSH-PV): 40 users x \u20ac\u00a09,00 per user per month = \u20ac\u00a0360,00 per month."),
            ("b", "Total for the Initial Term: ", "\u20ac\u00a037.728,00\u00b2"),
            ("gap",),
            ("h", "3. Rechnungsstellung / Invoicing"),
            ("p", "Invoiced half-yearly in advance. Payment within 30 days of the invoice date. Invoices by e-mail to "
                  "rechnung@ellerbrock-bau.example."),
            ("gap",),
            ("h", "4. Verlängerung / Renewal"),
            ("p", "The contract renews by 12 months at a time unless terminated with 90 days' notice before the end "
                  "of the current term."),
            ("gap",),
            ("h", "5. Weitere Bedingungen / Further terms"),
        ] + boiler_cols(["use", "data", "conf", "liability", "audit", "entire"], "Kranich", "the Customer",
                        "order", 1),
        footnotes=["\u00b9 The 20 % discount applies for the Initial Term only; renewals are at list price.",
                   "\u00b2 12 x (\u20ac\u00a02.784,00 + \u20ac\u00a0360,00) = \u20ac\u00a037.728,00, excluding VAT."],
        sigs=[("Kranich Softwarehaus GmbH", "", {"By": "K. Petersen", "Name": "Katrin Petersen", "Title": "Vertrieb",
                                                "Date": fd("2026-04-15", "ukplain")}),
              ("Ellerbrock Bau GmbH & Co. KG", "", {"By": "H. Ellerbrock", "Name": "Hinrich Ellerbrock",
                                                   "Title": "Geschäftsführer", "Date": fd("2026-04-14", "ukplain")})],
    )))
