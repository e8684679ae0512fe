"""Layout `scanpo`: a Gulf-region customer's purchase order, rendered to look like the text layer of a scanned
document (Courier, slight skew, uneven spacing, hyphenated line breaks, header block repeated on each page).
Three-decimal currencies (KWD, BHD, OMR); dd/mm/yyyy dates; amounts in words."""
from bb_lib import L, U, terms, deal, fnum, fd, title_words, check_tcv, PO_TC, seeded

GCS = "Dunewave Cloud Services FZ-LLC"


def k3(v):
    return fnum(v, "en", 3)


def ds(iso):
    return fd(iso, "slash")


def trow(cols, widths, aligns, rng):
    """One fixed-width table row with slightly irregular gaps (as OCR output of a printed table)."""
    out = ""
    for c, w, a in zip(cols, widths, aligns):
        cell = c.rjust(w) if a == "R" else c.ljust(w)
        out += cell + " " * (1 + (1 if rng.random() < 0.3 else 0))
    return out.rstrip()


def tc_blocks(extra_law):
    blocks = [("page",), ("h", "TERMS AND CONDITIONS OF PURCHASE")]
    for n, (title, text) in enumerate(PO_TC + [("Governing law", extra_law)], 1):
        blocks.append(("p", f"{n}. {title.upper()}: {text}"))
        blocks.append(("b",))
    return blocks


def scanpo_01():
    cur = "KWD"
    C = "Al-Wafra General Trading Company W.L.L."
    lines = [
        L("Cloud ERP Subscription", 35, "96.500", "year", cur, net="3377.500", sku="DCS-ERP-USR"),
        L("Implementation services", 1, "2750.000", "one_time", cur, net="2750.000", sku="DCS-IMP"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=GCS, order_form_number="WGT/PO/2026/00418",
        billing_contact_email="ap@alwafra-trading.example", currency=cur, effective_date="2026-03-08",
        service_start_date="2026-04-01", service_end_date="2027-03-31", term_months=12, auto_renew=None,
        renewal_term_months=None, non_renewal_notice_days=None, payment_terms_days=60, billing_frequency="annual",
        billing_timing="advance", billing_anchor=None, po_required=True, po_number="WGT/PO/2026/00418",
        line_items=lines, total_contract_value="6127.500",
        non_standard_terms=["10% of the implementation fee is retained until the Purchaser issues written go-live "
                            "acceptance"],
    )
    check_tcv(t, [1, 1])
    assert title_words(6127) == "Six Thousand One Hundred Twenty-Seven"
    rng = seeded("scanpo-01-table")
    W, A = [5, 40, 5, 17, 15], ["L", "L", "R", "R", "R"]
    blocks = [
        ("l", f"PO Date        : {ds('2026-03-08')}"),
        ("l", f"Supplier       : {GCS}"),
        ("l", "                 Building 12, Dubai Internet City, Dubai, U.A.E."),
        ("l", f"Supplier Ref.  : Quotation DCS-Q-2026-118 dated {ds('2026-03-01')}"),
        ("l", "Currency       : KWD (Kuwaiti Dinar)"),
        ("l", "Requested by   : IT Department / Cost Centre 4410"),
        ("b",),
        ("p", "Please supply the following cloud software subscription and services in accordance with your "
              "quotation referenced above and the Purchaser's Terms and Conditions of Purchase attached to this "
              f"order. This Purchase Order is effective from its date of issue ({ds('2026-03-08')})."),
        ("b",),
        ("l", trow(["Item", "Description", "Qty", "Unit Price (KWD)", "Amount (KWD)"], W, A, rng), "B"),
        ("l", "-" * 86),
        ("l", trow(["1", "Cloud ERP Subscription - 12 months", "35", k3("96.500"), k3("3377.500")], W, A, rng)),
        ("l", trow(["", "(named users, price per user per year)", "", "", ""], W, A, rng)),
        ("l", trow(["", "Item code DCS-ERP-USR", "", "", ""], W, A, rng)),
        ("l", trow(["2", "Implementation services (one time)", "1", k3(2750), k3(2750)], W, A, rng)),
        ("l", trow(["", "Item code DCS-IMP", "", "", ""], W, A, rng)),
        ("l", "-" * 86),
        ("l", " " * 44 + "TOTAL PO VALUE (KWD)        " + k3("6127.500"), "B"),
        ("b",),
        ("p", "Amount in words: Kuwaiti Dinars Six Thousand One Hundred Twenty-Seven and Fils Five Hundred Only."),
        ("h", "COMMERCIAL CONDITIONS"),
        ("p", f"1. Subscription period: 12 months from {ds('2026-04-01')} to {ds('2027-03-31')}."),
        ("p", "2. Invoicing: the Supplier shall invoice the subscription annually in advance. Implementation "
              "services shall be invoiced on completion of go-live; ten percent (10%) of the implementation fee will "
              "be retained until the Purchaser issues its written go-live acceptance."),
        ("p", "3. Payment: within sixty (60) days from receipt of a correct invoice, by bank transfer."),
        ("p", "4. All invoices must quote PO No. WGT/PO/2026/00418 and be e-mailed to ap@alwafra-trading.example. "
              "Invoices without the PO number will not be processed."),
        ("p", "5. Prices are fixed for the subscription period. No VAT is applicable in the State of Kuwait."),
        ("h", "APPROVALS"),
        ("l", f"For and on behalf of {C}"),
        ("l", "Prepared by : F. Al-Shammari, Procurement Officer"),
        ("l", "Approved by : K. Al-Mutairi, General Manager        [signed]"),
        ("b",),
        ("l", "SUPPLIER ACCEPTANCE", "B"),
        ("p", "We acknowledge receipt of this Purchase Order and accept it together with the attached Terms and "
              "Conditions of Purchase."),
        ("l", f"For {GCS}:   [signed]   Omar Haddad, Regional Sales Manager   Date: {ds('2026-03-10')}"),
    ] + tc_blocks("This Purchase Order is governed by the laws of the State of Kuwait.")
    r = {"buyer_head": "AL-WAFRA GENERAL TRADING COMPANY W.L.L.",
         "buyer_addr": "P.O. Box 24518, Safat 13106, Kuwait   Tel +965 2240 1187   procurement@alwafra-trading.example",
         "po": "WGT/PO/2026/00418", "footer": "Form PUR-07 rev.3        ORIGINAL - SUPPLIER COPY", "blocks": blocks}
    return {
        "folder": "scanpo-01", "layout": "scanpo", "terms": t, "r": r,
        "description": (
            "Kuwaiti customer's purchase order to a UAE cloud supplier, with a scanned-looking text layer (uneven "
            "spacing, hyphenated breaks, header repeated on each page). The PO is the order document, so "
            "order_form_number and po_number are both WGT/PO/2026/00418, and invoices must quote it. KWD has 3 "
            "decimals: 35 x 96.500 = 3,377.500; implementation 2,750.000 one-time; Total PO Value 6,127.500, also "
            "in words ('Six Thousand One Hundred Twenty-Seven and Fils Five Hundred'). The PO states it is effective "
            "from its date of issue 08/03/2026. Payment 60 days. Line descriptions drop period notes ('- 12 months', "
            "'(one time)'). The procurement e-mail in the letterhead is not the AP address. 10% retention is a "
            "non-standard term. Nothing about renewal."),
        "tags": ["purchase-order", "scanned-text", "kwd", "3-decimals", "amount-in-words", "slash-dates",
                 "po-required", "one-time-fee", "retention"],
        "deal": deal("006-P1K5", "Al-Wafra Trading - Cloud ERP", C, "2026-03-10", cur, "6127.500",
                     "ap@alwafra-trading.example",
                     [("Cloud ERP Subscription", 35, "96.500", "3377.500"),
                      ("Implementation services", 1, "2750.000", "2750.000")]),
    }


def scanpo_02():
    cur = "BHD"
    C = "Manama Crescent Hospitality B.S.C. (c)"
    lines = [
        L("Guest Experience Platform - Property licence", 4, "1850.000", "year", cur, disc="5", net="7030.000",
          sku="DCS-GXP-PROP"),
        L("Channel Manager Module", 4, "420.000", "year", cur, net="1680.000", sku="DCS-CHM"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=GCS, order_form_number="MCH-PO-26-1193",
        billing_contact_email="payables@manamacrescent.example", currency=cur, effective_date="2026-04-19",
        service_start_date="2026-05-01", service_end_date="2028-04-30", term_months=24, auto_renew=None,
        renewal_term_months=None, non_renewal_notice_days=None, payment_terms_days=45,
        billing_frequency="quarterly", billing_timing="advance", billing_anchor=None, po_required=True,
        po_number="MCH-PO-26-1193", line_items=lines, total_contract_value="17420.000",
    )
    check_tcv(t, [2, 2])
    rng = seeded("scanpo-02-table")
    W, A = [3, 13, 34, 4, 10, 5, 12], ["L", "L", "L", "R", "R", "R", "R"]
    blocks = [
        ("l", f"Date of Issue : {ds('2026-04-19')}"),
        ("l", f"Vendor        : {GCS}   (Vendor Code V-20418)"),
        ("l", "Deliver to    : Cloud service for all 4 hotel properties of the Purchaser"),
        ("l", "Currency      : BHD"),
        ("b",),
        ("p", "This Purchase Order takes effect on its date of issue and is subject to the Terms and Conditions of "
              "Purchase printed on the following pages, which prevail over any terms on the Vendor's quotation."),
        ("b",),
        ("l", trow(["Ln", "Code", "Description", "Qty", "Unit Price", "Disc", "Net Amount"], W, A, rng), "B"),
        ("l", "=" * 86),
        ("l", trow(["1", "DCS-GXP-PROP", "Guest Experience Platform -", "4", k3(1850), "5%", k3(7030)], W, A, rng)),
        ("l", trow(["", "", "Property licence (annual)", "", "", "", ""], W, A, rng)),
        ("l", trow(["2", "DCS-CHM", "Channel Manager Module (annual)", "4", k3(420), "-", k3(1680)], W, A, rng)),
        ("l", "=" * 86),
        ("l", " " * 38 + "Annual subscription (BHD)        " + k3(8710)),
        ("l", " " * 38 + "Subscription period              24 months"),
        ("l", " " * 38 + "Total for 24 months (excl. VAT)  " + k3(17420), "B"),
        ("l", " " * 38 + "VAT 10%                           " + k3(1742)),
        ("l", " " * 38 + "GRAND TOTAL (BHD)                " + k3(19162), "B"),
        ("b",),
        ("p", "Amount in words (grand total): Bahraini Dinars Nineteen Thousand One Hundred Sixty-Two Only."),
        ("h", "SPECIAL CONDITIONS"),
        ("p", f"a) Service period: 24 months, from {ds('2026-05-01')} to {ds('2028-04-30')}."),
        ("p", "b) Invoicing: quarterly in advance, each invoice covering three months of the annual subscription "
              "(BHD 2,177.500 plus VAT)."),
        ("p", "c) Payment: forty-five (45) days from receipt of invoice."),
        ("p", "d) Invoices must quote this PO number and be sent to payables@manamacrescent.example together with "
              "a VAT-compliant tax invoice."),
        ("h", "AUTHORISATION"),
        ("l", f"Issued for {C}"),
        ("l", "Requested : Director of IT            Approved : Chief Financial Officer   [stamp]"),
        ("l", f"Vendor acceptance: signed for {GCS}, {ds('2026-04-21')}"),
    ] + tc_blocks("This Purchase Order is governed by the laws of the Kingdom of Bahrain.")
    r = {"buyer_head": "MANAMA CRESCENT HOSPITALITY B.S.C. (c)",
         "buyer_addr": "Building 1420, Road 4626, Block 346, Seef, Kingdom of Bahrain   CR No. 112233-1",
         "po": "MCH-PO-26-1193", "footer": "MCH Procurement - PO form 2024   Page copy: Vendor", "blocks": blocks}
    return {
        "folder": "scanpo-02", "layout": "scanpo", "terms": t, "r": r,
        "description": (
            "Bahraini hotel group's purchase order (scanned look) in BHD with 3 decimals. Property licence 4 x "
            "1,850.000 less 5% = 7,030.000; channel manager 4 x 420.000 = 1,680.000; annual 8,710.000; 'Total for 24 "
            "months (excl. VAT)' 17,420.000 is the total_contract_value. The VAT 10% line (1,742.000) and GRAND TOTAL "
            "incl. VAT (19,162.000, also the amount in words) are tax, not fees, so they are NOT the TCV. Quarterly "
            "invoice amount 2,177.500 is a distractor. Effective on date of issue 19/04/2026. Descriptions drop "
            "'(annual)'. Net 45, PO required."),
        "tags": ["purchase-order", "scanned-text", "bhd", "3-decimals", "vat-excluded", "vat-total-distractor",
                 "discount", "quarterly-billing", "slash-dates", "po-required"],
        "deal": deal("006-P2L8", "Manama Crescent - Guest Experience 24m", C, "2026-04-21", cur, "17420.000",
                     "payables@manamacrescent.example",
                     [("Guest Experience Platform - Property licence (24m)", 4, "3515.000", "14060.000"),
                      ("Channel Manager Module (24m)", 4, "840.000", "3360.000")]),
    }


def scanpo_03():
    cur = "KWD"
    C = "Dasman Engineering Consultants Co. W.L.L."
    V = "Failaka Software House Co. W.L.L."
    lines = [
        L("Document Control Cloud", 60, "4.250", "month", cur, net="255.000", sku="FSH-DCC"),
        L("Onboarding & data migration", 1, "900.000", "one_time", cur, net="900.000", sku="FSH-ONB"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=V, order_form_number="DEC-PO-2026-0057",
        billing_contact_email=None, currency=cur, effective_date="2026-06-14",
        service_start_date="2026-07-01", service_end_date="2027-06-30", term_months=12, auto_renew=None,
        renewal_term_months=None, non_renewal_notice_days=None, payment_terms_days=30, billing_frequency="monthly",
        billing_timing="arrears", billing_anchor=None, po_required=True, po_number="DEC-PO-2026-0057",
        line_items=lines, total_contract_value="3960.000",
        usage_rules=[U("storage", "GB", 1000, "month", "per_unit", [(None, "0.045")], "monthly", "arrears")],
        non_standard_terms=["Purchaser may terminate for convenience at any time on 30 days' written notice, paying "
                            "only for months of service actually provided"],
    )
    check_tcv(t, [12, 1])
    assert title_words(3960) == "Three Thousand Nine Hundred Sixty"
    rng = seeded("scanpo-03-table")
    W, A = [3, 44, 5, 11, 18], ["L", "L", "R", "R", "R"]
    blocks = [
        ("l", f"Date of Issue  : {ds('2026-06-14')}"),
        ("l", f"Supplier       : {V}"),
        ("l", "                 Block 2, Street 22, Shuwaikh Industrial Area, Kuwait"),
        ("l", "Project        : Engineering document control - all projects"),
        ("b",),
        ("p", "The Purchaser hereby orders the following from the Supplier. This order takes effect on its date of "
              "issue. The Purchaser's Terms and Conditions of Purchase apply and override any other terms."),
        ("b",),
        ("l", trow(["No", "Description", "Qty", "Rate", "Amount (KWD)"], W, A, rng), "B"),
        ("l", "-" * 86),
        ("l", trow(["1", "Document Control Cloud (per user per month)", "60", k3("4.250"), k3(255) + " / month"],
                   W, A, rng)),
        ("l", trow(["", "code FSH-DCC", "", "", ""], W, A, rng)),
        ("l", trow(["2", "Onboarding & data migration (one-off)", "1", k3(900), k3(900)], W, A, rng)),
        ("l", trow(["", "code FSH-ONB", "", "", ""], W, A, rng)),
        ("l", "-" * 86),
        ("l", " " * 30 + "Subscription: 12 months x KWD 255.000 = KWD " + k3(3060)),
        ("l", " " * 30 + "TOTAL PO VALUE                     KWD " + k3(3960), "B"),
        ("p", "Amount in words: Kuwaiti Dinars Three Thousand Nine Hundred Sixty Only."),
        ("h", "CONDITIONS OF THIS ORDER"),
        ("p", f"(i) Service period: {ds('2026-07-01')} to {ds('2027-06-30')} (12 months)."),
        ("p", "(ii) Billing: monthly in arrears, at the end of each month of service. The onboarding charge is billed "
              "once, after completion."),
        ("p", "(iii) Storage: 1,000 GB are included per month. Storage above this is charged at KWD 0.045 per GB per "
              "month and billed monthly in arrears with the subscription."),
        ("p", "(iv) Payment: thirty (30) days from receipt of invoice."),
        ("p", "(v) Invoices must bear the PO number above and be submitted to the Finance Department at the "
              "Purchaser's address."),
        ("p", "(vi) Termination for convenience: the Purchaser may terminate this order at any time on thirty (30) "
              "days' written notice; only the months of service actually provided will be paid."),
        ("h", "SIGNATURES"),
        ("l", f"For the Purchaser, {C}:"),
        ("l", "Eng. Bader Al-Sabah, Projects Director   [signed]"),
        ("l", f"Accepted for the Supplier: Sara Al-Enezi, Sales Manager   [signed]   {ds('2026-06-16')}"),
    ] + tc_blocks("This order is governed by the laws of the State of Kuwait.")
    r = {"buyer_head": "DASMAN ENGINEERING CONSULTANTS CO. W.L.L.",
         "buyer_addr": "Khalid Ibn Al-Waleed Street, Sharq, Kuwait City, State of Kuwait",
         "po": "DEC-PO-2026-0057", "footer": "DEC/PROC/F-03   Supplier copy", "blocks": blocks}
    return {
        "folder": "scanpo-03", "layout": "scanpo", "terms": t, "r": r,
        "description": (
            "Kuwaiti engineering firm's PO (scanned look) to a local software house, monthly in ARREARS. Document "
            "Control Cloud 60 users x KWD 4.250 per user per month = 255.000 per month (price_period month; "
            "'(per user per month)' dropped from the description); onboarding 900.000 one-off. Total PO Value "
            "3,960.000 = 12 x 255.000 + 900.000, also in words. Storage above 1,000 GB/month at KWD 0.045 per GB is "
            "usage. No invoice e-mail (invoices go to the Finance Department's postal address), so "
            "billing_contact_email is null. Purchaser's termination for convenience is non-standard."),
        "tags": ["purchase-order", "scanned-text", "kwd", "3-decimals", "amount-in-words", "monthly-billing",
                 "arrears", "usage", "termination-for-convenience", "slash-dates", "po-required"],
        "deal": deal("006-P3M1", "Dasman Engineering - Document Control Cloud", C, "2026-06-16", cur, "3960.000",
                     None,
                     [("Document Control Cloud (12 months)", 60, "51.000", "3060.000"),
                      ("Onboarding & data migration", 1, "900.000", "900.000")]),
    }


def scanpo_04():
    cur = "OMR"
    C = "Sohar Harbour Logistics LLC"
    lines = [
        L("Yard Management SaaS", 50, "38.000", "year", cur, net="1900.000", sku="DCS-YMS",
          start="2027-01-01", end="2027-12-31"),
        L("Yard Management SaaS", 80, "38.000", "year", cur, net="3040.000", sku="DCS-YMS",
          start="2028-01-01", end="2028-12-31"),
    ]
    t = terms(
        customer_legal_name=C, vendor_legal_name=GCS, order_form_number="SHL/IT/PO/2026/212",
        billing_contact_email="accounts.payable@soharharbour.example", currency=cur, effective_date="2026-11-22",
        service_start_date="2027-01-01", service_end_date="2028-12-31", term_months=24, auto_renew=None,
        renewal_term_months=None, non_renewal_notice_days=None, payment_terms_days=30, billing_frequency="annual",
        billing_timing="advance", billing_anchor=None, po_required=True, po_number="SHL/IT/PO/2026/212",
        line_items=lines, total_contract_value="4940.000",
        non_standard_terms=["Payment contingent on the Purchaser's signed acceptance certificate for each year of "
                            "service"],
    )
    check_tcv(t, [1, 1])
    assert title_words(4940) == "Four Thousand Nine Hundred Forty"
    rng = seeded("scanpo-04-table")
    W, A = [3, 48, 9, 9, 14], ["L", "L", "R", "R", "R"]
    blocks = [
        ("l", f"Date of Issue : {ds('2026-11-22')}"),
        ("l", f"Supplier      : {GCS}, Dubai Internet City, U.A.E."),
        ("l", "Currency      : OMR (Omani Rial)"),
        ("b",),
        ("p", "Please provide the cloud yard management service described below. This Purchase Order is effective "
              "from its date of issue and is governed by the Purchaser's Terms and Conditions of Purchase."),
        ("b",),
        ("l", trow(["#", "Description", "Users", "Rate", "Amount (OMR)"], W, A, rng), "B"),
        ("l", "-" * 86),
        ("l", trow(["1", "Yard Management SaaS - Year 1", "50", k3(38), k3(1900)], W, A, rng)),
        ("l", trow(["", f"({ds('2027-01-01')} - {ds('2027-12-31')}), code DCS-YMS", "", "", ""], W, A, rng)),
        ("l", trow(["2", "Yard Management SaaS - Year 2", "80", k3(38), k3(3040)], W, A, rng)),
        ("l", trow(["", f"({ds('2028-01-01')} - {ds('2028-12-31')}), code DCS-YMS", "", "", ""], W, A, rng)),
        ("l", "-" * 86),
        ("l", " " * 40 + "TOTAL (excl. VAT 5%)     OMR " + k3(4940), "B"),
        ("p", "Amount in words: Omani Rials Four Thousand Nine Hundred Forty Only."),
        ("p", "Rate = OMR per user per year. VAT at 5% will be added to each invoice."),
        ("h", "PAYMENT AND INVOICING"),
        ("p", f"1. Service period: 24 months, {ds('2027-01-01')} to {ds('2028-12-31')}."),
        ("p", "2. The Supplier shall invoice annually in advance, at the start of each year of service."),
        ("p", "3. Payment will be made within thirty (30) days after receipt of a valid invoice AND the "
              "Purchaser's signed acceptance certificate for the relevant year of service. No payment falls due "
              "before the acceptance certificate has been issued."),
        ("p", "4. Invoices must quote PO No. SHL/IT/PO/2026/212 and be sent to "
              "accounts.payable@soharharbour.example."),
        ("h", "SIGNATURES"),
        ("l", "Issued by  : Head of Procurement, Sohar Harbour Logistics LLC   [signed]"),
        ("l", f"Accepted by: {GCS}   [signed]   {ds('2026-11-24')}"),
    ] + tc_blocks("This Purchase Order is governed by the laws of the Sultanate of Oman.")
    r = {"buyer_head": "SOHAR HARBOUR LOGISTICS LLC",
         "buyer_addr": "P.O. Box 119, Postal Code 322, Falaj Al Qabail, Sohar, Sultanate of Oman",
         "po": "SHL/IT/PO/2026/212", "footer": "SHL-PRC-004      ORIGINAL", "blocks": blocks}
    return {
        "folder": "scanpo-04", "layout": "scanpo", "terms": t, "r": r,
        "description": (
            "Omani PO (scanned look) in OMR, 3 decimals, with a two-year ramp written as 'Year 1' / 'Year 2' rows "
            "whose dates sit on the continuation line: 50 users then 80 users at OMR 38.000 per user per year = "
            "1,900.000 and 3,040.000, one line each with its own dates; total 4,940.000 excl. 5% VAT (also in words). "
            "Payment 30 days but only after the Purchaser's signed acceptance certificate -> non-standard term "
            "(payment contingent on acceptance)."),
        "tags": ["purchase-order", "scanned-text", "omr", "3-decimals", "ramp", "year-ramp", "amount-in-words",
                 "acceptance-contingent", "slash-dates", "po-required", "vat-excluded"],
        "deal": deal("006-P4N6", "Sohar Harbour - Yard Management 2y", C, "2026-11-24", cur, "4940.000",
                     "accounts.payable@soharharbour.example",
                     [("Yard Management SaaS - Year 1", 50, "38.000", "1900.000"),
                      ("Yard Management SaaS - Year 2", 80, "38.000", "3040.000")]),
    }


FORMS = [scanpo_01, scanpo_02, scanpo_03, scanpo_04]
