from bclib import T, L, U, fd, boiler_text
from formlib import deal, item, deal_items_from_lines

FORMS = []


def bl(keys, V, C, Dn, extra=()):
    return [boiler_text(k, V, C, Dn) for k in keys] + list(extra)


# ---------------------------------------------------------------- legal-clauses-01 (ramp in clause text)
V, C = "Tessellate Cloud S.A.S.", "Rheinfeld Maschinenbau AG"
lines = [L("Tessellate Core Platform", 1, "84000.00", "year", start_date="2026-04-01", end_date="2027-03-31"),
         L("Tessellate Core Platform", 1, "96000.00", "year", start_date="2027-04-01", end_date="2028-03-31"),
         L("Tessellate Core Platform", 1, "108000.00", "year", start_date="2028-04-01", end_date="2029-03-31")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="TC-SO-2026-044",
      billing_contact_email="rechnungen@rheinfeld-mb.example", currency="EUR", effective_date="2026-03-01",
      service_start_date="2026-04-01", service_end_date="2029-03-31", term_months=36, auto_renew=True,
      renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=30, billing_frequency="annual",
      billing_timing="advance", line_items=lines, total_contract_value="288000.00", price_escalator_percent="5",
      late_fee_percent_per_month="1")
FORMS.append(dict(
    layout="legal-clauses", nn=1, terms=t,
    description=("Numbered-clause Service Order between a French provider and a German customer ('made on 1st March "
                 "2026 (the Effective Date) between ...'), UK ordinal dates and EUR in 1.234,56 format. Clause 4.1 is a "
                 "ramp in running text: EUR 84.000,00 for the first Contract Year, 96.000,00 for the second and "
                 "108.000,00 for the third; Contract Years begin on 1st April (clause 1.2), giving three annual lines "
                 "2026-04-01..2027-03-31, 2027-04-01..2028-03-31 and 2028-04-01..2029-03-31. Stated aggregate "
                 "84,000 + 96,000 + 108,000 = 288.000,00. The 5% increase applies to Renewal Terms (escalator 5). "
                 "Notice 90 days, Net 30, 1% monthly interest."),
    tags=["legal-clauses", "between-preamble", "ramp-running-text", "uk-dates", "eu-number-format", "escalator",
          "late-fee", "recitals"],
    deal=deal("006-BC0301", "Rheinfeld - Tessellate Core 3y ramp", "Rheinfeld Maschinenbau AG", "2026-02-26", "EUR",
              "288000.00", "rechnungen@rheinfeld-mb.example", deal_items_from_lines(lines, 36)),
    doc=dict(
        footer="Service Order TC-SO-2026-044 - Tessellate Cloud S.A.S. / Rheinfeld Maschinenbau AG",
        title="SERVICE ORDER No. TC-SO-2026-044",
        subtitle="issued under the Master Cloud Services Agreement dated 12th September 2024",
        preamble=("This Service Order is made on 1st March 2026 (the \"Effective Date\") between: (1) Tessellate "
                  "Cloud S.A.S., a société par actions simplifiée registered with the RCS of Lyon under number "
                  "812 345 678, whose registered office is at 40 quai Rambaud, 69002 Lyon, France (the "
                  "\"Provider\"); and (2) Rheinfeld Maschinenbau AG, a stock corporation registered with the "
                  "commercial register of Düsseldorf under HRB 99887, whose registered office is at Industriestraße "
                  "50, 40589 Düsseldorf, Germany (the \"Customer\")."),
        recitals=["The parties entered into a Master Cloud Services Agreement dated 12th September 2024 (the "
                  "\"Agreement\").",
                  "The Customer wishes to subscribe to the Tessellate Core Platform on the terms of this Service "
                  "Order, and the Provider is willing to provide it."],
        sections=[
            ("Definitions", [
                "In this Service Order, capitalised terms have the meaning given in the Agreement unless they are "
                "defined below.",
                "\"Contract Year\" means each successive period of twelve (12) months beginning on 1st April, the "
                "first Contract Year beginning on 1st April 2026.",
                "\"Services\" means the Tessellate Core Platform, including one production and one non-production "
                "environment, as described in the Service Description in Schedule 1."]),
            ("Services", [
                "The Provider shall provide the Services to the Customer during the Term in accordance with the "
                "Agreement and the Service Description.",
                "The Services are hosted in data centres located within the European Union. The Provider shall not "
                "move Customer Data outside the European Union without the Customer's prior written consent."]),
            ("Term", [
                "The Initial Term commences on 1st April 2026 and ends on 31st March 2029, a period of thirty-six "
                "(36) months.",
                "Thereafter this Service Order renews automatically for successive periods of twelve (12) months "
                "(each a \"Renewal Term\") unless either party gives written notice of non-renewal at least ninety "
                "(90) days before the end of the Initial Term or the then-current Renewal Term."]),
            ("Fees", [
                "For the Services the Customer shall pay an annual subscription fee of EUR 84.000,00 for the first "
                "Contract Year, EUR 96.000,00 for the second Contract Year and EUR 108.000,00 for the third Contract "
                "Year.",
                "The aggregate subscription fees for the Initial Term are EUR 288.000,00.",
                "The annual fee for each Renewal Term shall be the annual fee for the final Contract Year of the "
                "Initial Term increased by five per cent (5 %)."]),
            ("Invoicing and Payment", [
                "The Provider shall invoice the subscription fee for each Contract Year annually in advance, at the "
                "beginning of that Contract Year.",
                "Invoices are payable within thirty (30) days of receipt and shall be sent to "
                "rechnungen@rheinfeld-mb.example.",
                "Late payments bear interest at one per cent (1 %) per month from the due date until payment in "
                "full."]),
        ],
        boiler=bl(["conf", "data", "security", "warranty", "liability", "force", "assign", "notices", "entire",
                   "severability"], "the Provider", "the Customer", "Service Order",
                  [("Governing Law", "This Service Order is governed by the laws of the Federal Republic of Germany. "
                                     "The courts of Düsseldorf have exclusive jurisdiction.")]),
        sigs=[("Tessellate Cloud S.A.S.", "", {"By": "C. Morel", "Name": "Claire Morel", "Title": "Directrice générale",
                                              "Date": fd("2026-03-01", "uk")}),
              ("Rheinfeld Maschinenbau AG", "", {"By": "K. Weiss", "Name": "Dr. Klaus Weiss", "Title": "Vorstand",
                                                "Date": fd("2026-02-26", "uk")})],
        schedule=dict(title="Schedule 1 - Service Description", paras=[
            "1. Tessellate Core Platform provides managed container hosting, a managed relational database service, "
            "object storage and a shared observability stack.",
            "2. Included capacity: up to 64 vCPU, 256 GB memory and 10 TB object storage across both environments. "
            "Capacity above these limits is subject to a separate order.",
            "3. Support: 24x7 for priority-1 incidents; business hours (08:00-18:00 CET) otherwise.",
            "4. Backups are taken daily and retained for 35 days."]),
    )))

# ---------------------------------------------------------------- legal-clauses-02 (TfC + MFN, PO required w/o number)
V, C = "Halvorsen Imaging Systems, Inc.", "St. Brennan Regional Medical Center"
lines = [L("Vision Seats", 200, "420.00", "year", discount_percent="12", net_amount="73920.00"),
         L("Halvorsen Archive Connector", 1, "6000.00", "year")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="HIS-OS-0003",
      currency="USD", effective_date="2025-12-01", service_start_date="2026-01-01", service_end_date="2026-12-31",
      auto_renew=False, payment_terms_days=60, billing_frequency="semiannual", billing_timing="advance",
      po_required=True, po_number=None, line_items=lines,
      non_standard_terms=["Client may terminate for convenience on 60 days written notice, with refund of prepaid "
                          "fees for the period after termination",
                          "Most-favoured-customer pricing: Client gets any lower per-seat Vision price offered to a "
                          "comparable US acute-care hospital during the Subscription Period"])
FORMS.append(dict(
    layout="legal-clauses", nn=2, terms=t,
    derived={"term_months": {"value": 12, "rule": "2026-01-01 to 2026-12-31"}},
    description=("Order Schedule with numbered clauses between a vendor and a hospital, effective 1 December 2025 for "
                 "a Subscription Period 1 January - 31 December 2026 (no month count stated, so term_months null, 12 "
                 "derived). Fees in clause prose: 200 Vision Seats at list USD 420.00 per seat per year less 12% = "
                 "net annual fee 73,920.00 (200 x 420 = 84,000 x 0.88), and an Archive Connector at 6,000.00 per year "
                 "(no separate amount shown, net null). Semi-annual invoicing in advance in two equal instalments. "
                 "Invoices must carry the Client PO number but none is given (po_required true, po_number null). No "
                 "invoice e-mail is given in the document (billing_contact_email null; the CRM record has an AP address the form "
                 "does not state). Termination for convenience with refund and "
                 "most-favoured-customer pricing are non-standard. Does not renew."),
    tags=["legal-clauses", "between-preamble", "prose-fees", "discount", "semiannual", "po-required-no-number",
          "termination-for-convenience", "mfn", "no-auto-renew", "term-from-dates"],
    deal=deal("006-BC0302", "St. Brennan RMC - Vision 2026", "St. Brennan Regional Medical Center", "2025-11-24",
              "USD", "79920.00", "supplychain.ap@stbrennan.example", deal_items_from_lines(lines, 12)),
    doc=dict(
        footer="Halvorsen Imaging Systems, Inc. - Order Schedule HIS-OS-0003 - Confidential",
        title="ORDER SCHEDULE No. HIS-OS-0003",
        subtitle="to the Enterprise Subscription Agreement dated 14 November 2024",
        preamble=("This Order Schedule is entered into between Halvorsen Imaging Systems, Inc., a Delaware "
                  "corporation with offices at 300 Technology Square, Cambridge, MA 02139 (\"Halvorsen\"), and St. "
                  "Brennan Regional Medical Center, a Wisconsin nonstock corporation with offices at 1200 Lakeview "
                  "Drive, Green Bay, WI 54301 (\"Client\"), and is effective 1 December 2025. Capitalised terms not "
                  "defined here have the meanings given in the Enterprise Subscription Agreement (the "
                  "\"Agreement\")."),
        sections=[
            ("Scope", [
                "Halvorsen shall make the Halvorsen Vision diagnostic viewing platform and the Halvorsen Archive "
                "Connector available to Client under the Agreement and this Order Schedule.",
                "Vision Seats are concurrent-user licences. Client shall not exceed the number of Vision Seats "
                "purchased at any time."]),
            ("Subscription Period", [
                "The Subscription Period runs from 1 January 2026 to 31 December 2026.",
                "The Subscription Period does not renew automatically. Any renewal requires a new Order Schedule "
                "signed by both parties."]),
            ("Fees and Payment", [
                "Client subscribes to two hundred (200) Vision Seats at a list price of USD 420.00 per seat per year, "
                "less a discount of twelve percent (12%), for a net annual fee of USD 73,920.00.",
                "Client also subscribes to the Halvorsen Archive Connector at USD 6,000.00 per year.",
                "Fees are invoiced semi-annually in advance in two equal instalments, on 1 January and 1 July.",
                "Payment is due sixty (60) days after Client's receipt of a correct invoice.",
                "Each invoice shall state Client's purchase order number. Halvorsen shall obtain the purchase order "
                "number from Client's Supply Chain department before invoicing; an invoice without it is not a "
                "correct invoice."]),
            ("Special Terms", [
                "Termination for convenience. Client may terminate this Order Schedule for convenience on sixty (60) "
                "days' written notice. Halvorsen shall refund any prepaid fees for the period after the effective "
                "date of termination.",
                "Most favoured customer. If during the Subscription Period Halvorsen offers Vision Seats to another "
                "acute-care hospital in the United States at a lower net price per seat for a comparable quantity, "
                "Halvorsen shall offer the same price to Client from the date of that offer."]),
        ],
        boiler=bl(["conf", "security", "warranty", "disclaimer", "liability", "ip", "taxes", "notices", "entire"],
                  "Halvorsen", "Client", "Order Schedule",
                  [("Protected Health Information", "To the extent Halvorsen creates, receives, maintains or "
                    "transmits protected health information on behalf of Client, the Business Associate Agreement "
                    "between the parties dated 14 November 2024 applies and prevails over this Order Schedule.")]),
        sigs=[("Halvorsen Imaging Systems, Inc.", "", {"By": "E. Lindqvist", "Name": "Erik Lindqvist",
                                                      "Title": "VP Commercial Operations", "Date": "1 December 2025"}),
              ("St. Brennan Regional Medical Center", "", {"By": "M. Okonkwo", "Name": "Mary Okonkwo",
                                                          "Title": "Chief Financial Officer", "Date": "24 November 2025"})],
    )))

# ---------------------------------------------------------------- legal-clauses-03 (CHF 1'234.56, duration only)
V, C = "Helioform AG", "Bergmatt Pharma SA"
lines = [L("Helioform LIMS Cloud, enterprise licence", 1, "54000.00", "year"),
         L("Validated Environment add-on", 1, "9600.00", "year"),
         L("Computer System Validation package", 1, "22500.00", "one_time")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="HF-2026-0207",
      billing_contact_email="kreditoren@bergmatt.example", currency="CHF", effective_date="2026-02-01",
      service_start_date="2026-02-01", service_end_date=None, term_months=60, auto_renew=True,
      renewal_term_months=12, non_renewal_notice_days=180, payment_terms_days=30, billing_frequency="annual",
      billing_timing="advance", line_items=lines)
FORMS.append(dict(
    layout="legal-clauses", nn=3, terms=t,
    derived={"service_end_date": {"value": "2031-01-31", "rule": "Effective Date 2026-02-01 + 60 months - 1 day"}},
    description=("Swiss order form in numbered clauses, dates as 01.02.2026 and CHF amounts in Swiss format "
                 "(54'000.00). The term is stated only as 'five (5) years from the Effective Date' (term_months 60, end "
                 "derived 2031-01-31). Fees are an enumerated list inside clause 3: licence 54'000.00 per year, "
                 "add-on 9'600.00 per year, one-time validation package 22'500.00 - quantity 1 each, no separate line "
                 "amounts (net_amount null), no total stated. One-year renewals with 180 days notice. Deal amount "
                 "5 x 63,600 + 22,500 = 340,500.00."),
    tags=["legal-clauses", "between-preamble", "chf", "swiss-number-format", "dot-dates", "duration-only-term",
          "end-date-derived", "enumerated-fees", "one-time-fee"],
    deal=deal("006-BC0303", "Bergmatt Pharma - LIMS Cloud 5y", "Bergmatt Pharma SA", "2026-01-28", "CHF",
              "340500.00", "kreditoren@bergmatt.example", deal_items_from_lines(lines, 60)),
    doc=dict(
        footer="Helioform AG - Order Form HF-2026-0207",
        title="ORDER FORM No. HF-2026-0207",
        subtitle="Helioform LIMS Cloud - Subscription and Validation Services",
        preamble=("This Order Form is entered into on 01.02.2026 (the \"Effective Date\") between Helioform AG, "
                  "Aeschenvorstadt 55, 4051 Basel, Switzerland (\"Helioform\"), and Bergmatt Pharma SA, Route de "
                  "l'Industrie 8, 1870 Monthey, Switzerland (\"Customer\"). It is governed by the Helioform General "
                  "Terms for Cloud Services, edition 2025 (the \"General Terms\")."),
        sections=[
            ("Subject Matter", [
                "Helioform provides Customer with access to Helioform LIMS Cloud and related validation services "
                "for Customer's quality-control laboratories in Monthey and Visp.",
                "The Validated Environment add-on provides a separate, change-controlled environment suitable for "
                "GxP-regulated use, including qualification documentation for each release."]),
            ("Term", [
                "The subscription begins on the Effective Date and continues for five (5) years from the Effective "
                "Date (the \"Initial Term\").",
                "After the Initial Term the subscription renews for periods of one (1) year unless either party "
                "terminates it by written notice given at least one hundred eighty (180) days before the end of the "
                "Initial Term or of the current renewal period."]),
            ("Fees", [
                "Customer shall pay the following fees (all amounts in Swiss francs, exclusive of VAT):",
                ["Helioform LIMS Cloud, enterprise licence: CHF 54'000.00 per year;",
                 "Validated Environment add-on: CHF 9'600.00 per year;",
                 "Computer System Validation package (one-time): CHF 22'500.00."],
                "The annual fees are fixed for the Initial Term."]),
            ("Invoicing", [
                "Annual fees are invoiced annually in advance; the first invoice is issued on the Effective Date.",
                "The one-time fee for the Computer System Validation package is invoiced on completion of the "
                "validation documentation.",
                "Invoices are payable within 30 days of the invoice date. Invoices shall be sent to "
                "kreditoren@bergmatt.example."]),
        ],
        boiler=bl(["data", "security", "conf", "warranty", "liability", "ip", "force", "return", "notices", "entire"],
                  "Helioform", "Customer", "Order Form",
                  [("Governing Law and Jurisdiction", "This Order Form is governed by Swiss law, excluding the "
                    "Vienna Convention on the International Sale of Goods. The place of jurisdiction is Basel.")]),
        sigs=[("Helioform AG", "", {"By": "U. Steiner", "Name": "Urs Steiner", "Title": "CEO", "Date": "01.02.2026"}),
              ("Bergmatt Pharma SA", "", {"By": "N. Rochat", "Name": "Nathalie Rochat", "Title": "Head of QC",
                                         "Date": "28.01.2026"})],
    )))

# ---------------------------------------------------------------- legal-clauses-04 (fr number format, acceptance)
V, C = "Orbeline Logiciels SAS", "Groupe Hôtelier Saint-Clair SAS"
lines = [L("Orbeline Reservations Hub", 38, "145.00", "month", net_amount="5510.00"),
         L("Channel Manager Connector", 38, "22.00", "month", net_amount="836.00"),
         L("Configuration and training", 1, "7500.00", "one_time")]
t = T(customer_legal_name=C, vendor_legal_name=V, order_form_number="OB-2026-1187",
      billing_contact_email="factures@saintclair-hotels.example", currency="EUR", effective_date="2026-02-16",
      service_start_date="2026-03-01", service_end_date="2028-02-29", term_months=24, auto_renew=True,
      renewal_term_months=12, non_renewal_notice_days=90, payment_terms_days=45, billing_frequency="quarterly",
      billing_timing="advance", billing_anchor="calendar_quarter", line_items=lines,
      non_standard_terms=["Configuration and training fee is invoiced and payable only after Client's written "
                          "acceptance of the configured system"])
FORMS.append(dict(
    layout="legal-clauses", nn=4, terms=t,
    description=("French 'special conditions' order in numbered clauses, EUR written with space thousands and comma "
                 "decimals (5 510,00). The preamble mentions share capital of EUR 150 000 (not a fee). Term 1 March "
                 "2026 to 29 February 2028 (leap day), stated as twenty-four months. Prices: 38 x 145,00 = 5 510,00 "
                 "and 38 x 22,00 = 836,00 per month (both shown, so net_amount set); configuration 7 500,00 one-time "
                 "with no separate amount. Quarterly in advance per calendar quarter with a first stub invoice for "
                 "March (calendar_quarter). Configuration fee payable only after written acceptance (non-standard). "
                 "No total stated; deal 24 x 6,346 + 7,500 = 159,804.00."),
    tags=["legal-clauses", "between-preamble", "fr-number-format", "calendar-quarter", "leap-day",
          "acceptance-contingent", "one-time-fee", "enumerated-fees"],
    deal=deal("006-BC0304", "Saint-Clair Hotels - Reservations Hub 38 properties", "Groupe Hôtelier Saint-Clair SAS",
              "2026-02-12", "EUR", "159804.00", "factures@saintclair-hotels.example", deal_items_from_lines(lines, 24)),
    doc=dict(
        footer="Orbeline Logiciels SAS - Conditions particulières OB-2026-1187",
        title="CONDITIONS PARTICULIÈRES / SPECIAL CONDITIONS - ORDER FORM No. OB-2026-1187",
        subtitle="Orbeline Reservations Hub - special conditions to the General Conditions of Service",
        preamble=("These Special Conditions are agreed between Orbeline Logiciels SAS, a simplified joint-stock "
                  "company with share capital of EUR 150 000, registered in Nantes under number 901 222 333, whose "
                  "registered office is at 12 boulevard Gabriel Guist'hau, 44000 Nantes (\"Orbeline\"), and Groupe "
                  "Hôtelier Saint-Clair SAS, registered in Annecy under number 455 666 777, whose registered office "
                  "is at 3 avenue d'Albigny, 74000 Annecy (the \"Client\"). They take effect on 16 February 2026 (the "
                  "\"Effective Date\") and prevail over the General Conditions of Service where they differ."),
        sections=[
            ("Purpose", [
                "Orbeline makes the Orbeline Reservations Hub and the Channel Manager Connector available to the "
                "Client for the hotels listed in the Appendix (the \"Properties\").",
                "The Client appoints one administrator per Property, who is Orbeline's contact for configuration."]),
            ("Duration", [
                "The subscription runs from 1 March 2026 until 29 February 2028, i.e. twenty-four (24) months.",
                "It is then tacitly renewed for successive periods of twelve (12) months unless terminated by either "
                "party by registered letter received at least ninety (90) days before the end of the current "
                "period."]),
            ("Prices", [
                "The prices are as follows, excluding VAT:",
                ["Orbeline Reservations Hub: 38 Properties x 145,00 EUR per Property per month = 5\u00a0510,00 EUR per "
                 "month;",
                 "Channel Manager Connector: 38 Properties x 22,00 EUR per Property per month = 836,00 EUR per month;",
                 "Configuration and training (one-time): 7\u00a0500,00 EUR."],
                "A Property added during the term is charged at the same unit prices from the month in which it goes "
                "live."]),
            ("Invoicing and Payment", [
                "Subscription fees are invoiced quarterly in advance per calendar quarter. The first invoice covers "
                "the period from 1 March 2026 to 31 March 2026 pro rata.",
                "The configuration and training fee is invoiced, and becomes payable, only after the Client has "
                "accepted the configured system in writing.",
                "Invoices are payable within forty-five (45) days of the invoice date and are sent to "
                "factures@saintclair-hotels.example."]),
        ],
        boiler=bl(["use", "data", "conf", "liability", "force", "assign", "notices", "entire"], "Orbeline",
                  "the Client", "Special Conditions",
                  [("Applicable Law", "These Special Conditions are governed by French law. Any dispute falls within "
                    "the exclusive jurisdiction of the commercial court of Nantes.")]),
        witness="Made in two originals.",
        sigs=[("Orbeline Logiciels SAS", "", {"By": "P. Garnier", "Name": "Paul Garnier", "Title": "Président",
                                             "Date": "16 February 2026"}),
              ("Groupe Hôtelier Saint-Clair SAS", "", {"By": "L. Saint-Clair", "Name": "Louise Saint-Clair",
                                                      "Title": "Directrice générale", "Date": "12 February 2026"})],
        schedule=dict(title="Appendix - Properties", paras=[
            "The 38 Properties covered by this order are the hotels of the Saint-Clair group in Annecy (6), "
            "Chamonix (5), Évian (4), Megève (4), Lyon (7), Grenoble (5), Aix-les-Bains (4) and Genève-Ferney (3)."]),
    )))
