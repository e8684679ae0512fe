"""Scalar terms and parties on paper the reader was not written for: labels by meaning, renewal orders,
parties without a legal suffix, preambles, e-mail acceptances and signature blocks.

Every text here is our own wording; each test also checks that every value it reads is grounded in its quote.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from accrue.core.completeness import is_billing_term
from accrue.core.document import Cell, Document
from accrue.core.grounding import ground
from accrue.core.validation import extraction_findings
from accrue.extraction.rules import RulesExtractor
from tests.grounded_reading import read_grounded

_read = read_grounded


# ------------------------------------------------------------------------------------------ labels by meaning

def test_stacked_cover_labels_for_commencement_and_end_of_term_are_the_service_dates():
    terms = _read("ORDER FORM\nCUSTOMER\nBrackenfield Mills Ltd\nSUPPLIER\nOttervale Systems Ltd\n"
                  "ORDER DATE (EFFECTIVE)\n2026-05-02\nCOMMENCEMENT\n2026-05-18\nEND OF INITIAL TERM\n2027-05-17\n"
                  "PAYMENT TERMS\n30 days\n")
    assert terms.effective_date == date(2026, 5, 2)
    assert terms.service_start_date == date(2026, 5, 18)
    assert terms.service_end_date == date(2027, 5, 17)



def test_a_name_the_form_defines_as_the_terms_first_day_is_the_start_date_label():
    cover = ("ORDER FORM\nCUSTOMER\nBrackenfield Mills Ltd\nSUPPLIER\nOttervale Systems Ltd\n"
             "GO-LIVE\n2026-03-16\nENDS\n2028-03-15\nSUBSCRIPTION TERM\n24 months\n")
    defined = _read(cover + "2.1 Go-live means the date stated in the Order Form from\n"
                    "which the Subscription Term runs.\n")
    assert defined.service_start_date == date(2026, 3, 16)
    assert defined.service_end_date == date(2028, 3, 15)
    counted = _read("Customer: Brackenfield Mills Ltd\nLaunch Date: 1st June 2026\n"
                    "Term: 12 months after the Launch Date\n")
    assert counted.service_start_date == date(2026, 6, 1)


def test_go_live_the_form_does_not_tie_to_the_term_is_not_the_start_date():
    # a milestone: the fee falls due on it, the subscription does not run from it
    terms = _read("Customer: Brackenfield Mills Ltd\nGo-live: 1 March 2026\nTerm: 12 months\n"
                  "The implementation fee is invoiced 60% on go-live.\n")
    assert terms.service_start_date is None

def test_a_schedule_effective_label_and_a_period_of_performance_are_read():
    terms = _read("Schedule effective\n9 Sep 2026\n"
                  "Period of Performance: October 1, 2026 through September 30, 2027\n")
    assert terms.effective_date == date(2026, 9, 9)
    assert terms.service_start_date == date(2026, 10, 1)
    assert terms.service_end_date == date(2027, 9, 30)


def test_a_bilingual_label_is_read_by_the_part_the_vocabulary_knows():
    terms = _read("Lieferant / Vendor\nOttervale Systems GmbH\n"
                  "Leistungszeitraum / Service Period\n01.06.2026 - 31.05.2027\n")
    assert terms.vendor_legal_name == "Ottervale Systems GmbH"
    assert terms.service_start_date == date(2026, 6, 1)
    assert terms.service_end_date == date(2027, 5, 31)


def test_dates_with_a_named_month_and_a_two_digit_year():
    terms = _read("Customer ....... Larchmere Tools Inc.\nEffective ...... 12-Jan-27\n"
                  "Term ........... 12 months (1-Feb-27 to 31-Jan-28)\n")
    assert terms.effective_date == date(2027, 1, 12)
    assert terms.service_start_date == date(2027, 2, 1)
    assert terms.service_end_date == date(2028, 1, 31)


# ------------------------------------------------------------------------------------------ renewal orders

def test_a_renewal_term_given_as_two_dates_is_the_term_the_renewal_order_buys():
    terms = _read("RENEWAL ORDER RO-5512\nRenewal Term: March 1, 2027 - February 29, 2028 (12 months)\n"
                  "Customer: Stillwater Orchards LLC\n")
    assert terms.service_start_date == date(2027, 3, 1)
    assert terms.service_end_date == date(2028, 2, 29)
    assert terms.term_months == 12
    assert terms.auto_renew is None


def test_a_renewal_term_given_as_a_length_is_still_the_renewal_length():
    terms = _read("Renewal Term: automatically renews for successive 12-month terms\n")
    assert terms.auto_renew is True
    assert terms.renewal_term_months == 12
    assert terms.service_start_date is None


# ------------------------------------------------------------------------------------------ parties

def test_a_party_without_a_legal_suffix_is_the_first_line_under_its_label():
    terms = _read("PURCHASE ORDER\nPO Number 88120\nVENDOR\nOttervale Systems, Inc.\n12 Quarry Lane\n"
                  "BILL TO\nPinewood Valley Water District\nAttn: Accounts Payable\nap@pinewood.example\n")
    assert terms.customer_legal_name == "Pinewood Valley Water District"
    assert terms.vendor_legal_name == "Ottervale Systems, Inc."


def test_a_row_label_repeated_under_the_party_label_is_not_part_of_the_name():
    terms = _read("Client\nClient Harrow & Finch Solicitors LLP\nAddress 4 Mill Yard, Leeds\n")
    assert terms.customer_legal_name == "Harrow & Finch Solicitors LLP"


def test_a_preamble_in_capitals_and_a_party_without_a_suffix():
    terms = _read('THIS AGREEMENT (the "Agreement") is made between OTTERVALE SYSTEMS LTD., a company '
                  'registered in England, having its office at 3 Dock Road, Hull ("Ottervale"), and NORTHMOOR '
                  'COUNTY LIBRARY SERVICE, having its principal office at 9 High Street, Northmoor ("Customer").\n')
    assert terms.customer_legal_name == "NORTHMOOR COUNTY LIBRARY SERVICE"


def test_an_email_acceptance_names_the_customer_on_top_and_the_vendor_in_the_quoted_offer():
    terms = _read("From: Ines Varga <ines@brightharbour.example>\nTo: Sam Cole <sam@ottervale.example>\n"
                  "Subject: RE: Proposal P-77\n\nHi Sam,\nWe accept the proposal below as it stands.\n\nIres\n--\n"
                  "Finance Lead, Brightharbour Foods Ltd\n\n"
                  "-----Original Message-----\nFrom: Sam Cole\nHi Ines,\nHere is our proposal.\n"
                  "Platform, 10 seats at GBP 30.00 per seat per month.\n"
                  "Account Director, Ottervale Systems Ltd\n")
    assert terms.customer_legal_name == "Brightharbour Foods Ltd"
    assert terms.vendor_legal_name == "Ottervale Systems Ltd"


def test_a_reply_that_does_not_accept_names_no_party():
    terms = _read("From: Ines Varga <ines@brightharbour.example>\nSubject: RE: Proposal P-77\n"
                  "Hi Sam,\nCould you send a revised proposal with fewer seats?\n"
                  "Finance Lead, Brightharbour Foods Ltd\n"
                  "-----Original Message-----\nAccount Director, Ottervale Systems Ltd\n")
    assert terms.customer_legal_name is None
    assert terms.vendor_legal_name is None


def test_the_other_signature_block_names_the_vendor_when_the_customer_is_labelled():
    terms = _read("Customer: Brightharbour Foods Ltd\nPayment Terms: Net 30\n\n"
                  "For Ottervale Systems AG\nName: R. Imhof\n\n"
                  "Brightharbour Foods Ltd\nBy: I. Varga\n")
    assert terms.vendor_legal_name == "Ottervale Systems AG"


def test_three_signature_blocks_leave_the_vendor_unread():
    terms = _read("Customer: Brightharbour Foods Ltd\n\n"
                  "Ottervale Systems AG\nBy: R. Imhof\n\nQuaystone Partners Ltd\nBy: P. Lund\n\n"
                  "Brightharbour Foods Ltd\nBy: I. Varga\n")
    assert terms.vendor_legal_name is None


def test_between_two_named_parties_the_one_that_is_not_the_vendor_is_the_customer():
    terms = _read("OTTERVALE SYSTEMS LLC\nDear Ms Varga,\nThis letter is an order under the Master Agreement "
                  "between Harbourside Credit Union and Ottervale Systems LLC dated May 2, 2025.\n")
    assert terms.vendor_legal_name == "OTTERVALE SYSTEMS LLC"
    assert terms.customer_legal_name == "Harbourside Credit Union"


# ------------------------------------------------------------------------------------------ payment, renewal, totals

def test_payment_terms_as_a_bare_number_of_days_or_payable_within():
    assert _read("PAYMENT TERMS\n45 days\n").payment_terms_days == 45
    assert _read("Terms Net 30\n").payment_terms_days == 30
    assert _read("We invoice the fees quarterly in advance. Each invoice is payable within twenty-one (21) days of "
                 "its date.\n").payment_terms_days == 21
    assert _read("Commercial summary\n- Net 15\n").payment_terms_days == 15


def test_a_suspension_deadline_is_not_the_payment_term():
    terms = _read("We may suspend the service if an invoice is unpaid and not paid within 10 days of a reminder.\n")
    assert terms.payment_terms_days is None


def test_renewal_phrasings_by_meaning():
    yes = _read("The subscription renews for a further twelve months each year unless either of us gives 60 days' "
                "written notice before the renewal date.\n")
    assert (yes.auto_renew, yes.non_renewal_notice_days) == (True, 60)
    assert _read("Renewal\nAutomatic, 12 months at a time; 30 days' notice to stop renewal\n").auto_renew is True
    assert _read("Renewal: not automatic, a renewal needs a new quote before the end of the term.\n").auto_renew \
        is False
    assert _read("At the end of the term the subscription will end; nothing in this letter renews automatically.\n"
                 ).auto_renew is False


def test_unused_allowance_that_does_not_roll_over_says_nothing_about_renewal():
    assert _read("The fee includes 10,000 messages a month. Unused messages do not roll over.\n").auto_renew is None


def test_totals_named_for_the_quote_or_the_renewal_and_the_result_of_a_sum():
    assert str(_read("Quote Total $12,600.00\n").total_contract_value) == "12600.00"
    assert str(_read("Renewal Term value: $9,480.00 (12 x $790.00).\n").total_contract_value) == "9480.00"
    assert str(_read("Total over term: 6 x $400.00 + 6 x $900.00 = $7,800.00\n").total_contract_value) == "7800.00"


def test_an_agreement_number_and_a_purchase_order_titled_under_a_letterhead():
    assert _read("Ottervale Systems Ltd.\nSUBSCRIPTION AGREEMENT\nAgreement No. OS-SA-2026-041\n"
                 "1. Service. Ottervale provides the hosted service described below.\n"
                 "2. Fees. The fees are set out in the schedule.\n"
                 "2.6 Purchase order: Customer purchase order PO-55120.\n").order_form_number == "OS-SA-2026-041"
    po = _read("Pinewood Valley Water District\n14 Reservoir Road\nPinewood, OR 97000\n"
               "Purchasing: buy@pinewood.example\nPURCHASE ORDER\nPO Number 771203-PVWD\nPO Date May 4, 2026\n")
    assert po.order_form_number == "771203-PVWD"


# ------------------------------------------------------------------------------------------ usage stated in prose

def test_an_allowance_and_a_price_per_unit_beyond_it_are_a_usage_rule():
    terms = _read("Fees\nPlatform: USD 900.00 per month.\n"
                  "The platform fee includes 15,000 document scans per month. Additional scans are charged at "
                  "USD 0.04 per scan and invoiced monthly in arrears.\n")
    (rule,) = terms.usage_rules
    assert (rule.metric, rule.unit, str(rule.included_quantity), rule.included_period) == \
        ("document scans", "scan", "15000", "month")
    assert rule.pricing_model == "per_unit"
    assert [(t.up_to, str(t.unit_price)) for t in rule.tiers] == [(None, "0.04")]
    assert (rule.billing_frequency, rule.billing_timing) == ("monthly", "arrears")


def test_an_allowance_per_period_and_units_above_it():
    terms = _read("Each quarter includes 3,000 video minutes. Minutes above the quarterly allowance are charged at "
                  "EUR 0.06 per minute, billed quarterly in arrears.\n")
    (rule,) = terms.usage_rules
    assert (rule.metric, rule.unit, str(rule.included_quantity), rule.included_period) == \
        ("video minutes", "minute", "3000", "quarter")
    assert str(rule.tiers[0].unit_price) == "0.06"


def test_an_allowance_with_no_price_beyond_it_is_not_a_usage_rule():
    assert _read("The plan includes 5 admin seats per month at no extra cost.\n").usage_rules == []


def test_a_price_per_period_beyond_an_allowance_is_a_fee_not_a_usage_rate():
    terms = _read("The subscription includes 10 users per month. Additional users are charged at USD 20.00 "
                  "per month.\n")
    assert terms.usage_rules == []


def test_a_rate_card_heading_names_the_metric_and_model_of_the_tiers_under_it():
    terms = _read("Rate card B - parcel scans (volume, per calendar month)\n"
                  "Band Scans in the month Rate per scan\n"
                  "1 up to 100,000 USD 0.010\n2 100,001 - 400,000 USD 0.008\n3 more than 400,000 USD 0.005\n"
                  "Example: 150,000 scans in a month = 150,000 x USD 0.008 = USD 1,200.00\n"
                  "Usage is invoiced monthly in arrears.\n")
    (rule,) = terms.usage_rules
    assert (rule.metric, rule.pricing_model, rule.unit) == ("parcel scans", "volume", "scan")
    assert [(t.up_to and str(t.up_to), str(t.unit_price)) for t in rule.tiers] == \
        [("100000", "0.010"), ("400000", "0.008"), (None, "0.005")]


def test_an_allowance_sentence_in_a_usage_section_gives_amount_metric_and_period():
    terms = _read("3. Included Usage and Overage\n"
                  "The platform fee includes 1,500,000 API calls per calendar month. Calls above the allowance are "
                  "charged on a graduated basis:\n"
                  "Band Overage calls in the month Price per call\n"
                  "1 1 - 2,000,000 $0.00070\n2 Above 2,000,000 $0.00040\n")
    (rule,) = terms.usage_rules
    assert (rule.metric, str(rule.included_quantity), rule.included_period) == ("API calls", "1500000", "month")
    assert rule.pricing_model == "graduated"


def test_a_commencement_date_named_in_a_sentence_is_the_start():
    terms = _read("Term. Your subscription begins on the Commencement Date, 2nd May 2026, and runs for two (2) "
                  "years.\n")
    assert terms.service_start_date == date(2026, 5, 2)
    assert _read("When. The Commencement Date is 1 October 2026 and the initial term is twelve (12) months.\n"
                 ).service_start_date == date(2026, 10, 1)


def test_renewals_that_happen_unless_a_party_stops_them():
    terms = _read("After this Renewal Term the subscriptions renew for 12-month terms unless either party gives at "
                  "least 45 days' written notice of non-renewal.\n")
    assert (terms.auto_renew, terms.renewal_term_months, terms.non_renewal_notice_days) == (True, 12, 45)
    assert _read("Renewal\n12-month renewals unless either party gives 60 days' notice\n").auto_renew is True


def test_an_option_to_renew_is_not_an_automatic_renewal():
    assert _read("The Customer may renew for a further 12 months by signing a new order.\n").auto_renew is None


def test_duties_that_outlast_the_agreement_are_not_its_term():
    terms = _read("Confidentiality. These duties continue for five years after this Agreement ends.\n")
    assert (terms.term_months, terms.service_end_date) == (None, None)


# ------------------------------------------------------------------------------ found in review: never read wrong

def _warnings(*pages: str) -> list[str]:
    doc = Document(source="form.txt", pages=list(pages), sha256="x", media_type="text/plain")
    return ground(RulesExtractor().extract(doc), doc).warnings


def test_an_early_payment_discount_window_is_not_the_payment_term():
    terms = _read("Payment Terms: 2% discount if paid within 15 days; otherwise payment is due within 45 days of "
                  "receipt of invoice.\n")
    assert terms.payment_terms_days == 45


def test_a_renewal_term_on_a_new_order_is_not_the_term_billed_now():
    terms = _read("ORDER FORM\nSubscription Start Date: 2026-02-01\nSubscription End Date: 2027-01-31\n"
                  "Renewal Term: 1 Feb 2027 - 31 Jan 2028\n")
    assert (terms.service_start_date, terms.service_end_date) == (date(2026, 2, 1), date(2027, 1, 31))
    renewal = _read("RENEWAL ORDER FORM\nRenewal Term: 1 Feb 2027 - 31 Jan 2028 (12 months)\n")
    assert (renewal.service_start_date, renewal.service_end_date) == (date(2027, 2, 1), date(2028, 1, 31))


def test_a_usage_price_per_thousand_units_keeps_its_thousand():
    terms = _read("Currency: USD\n100,000 geocode requests per month are included. Additional geocode requests are "
                  "charged at USD 1.50 per 1,000 requests, invoiced monthly in arrears.\n")
    (rule,) = terms.usage_rules
    assert rule.unit is not None and rule.unit.startswith("1,000 request")


def test_a_price_in_another_currency_than_the_contract_holds():
    warnings = _warnings("Currency: USD\nPayment Terms: Net 30\n"
                         "Analytics seats: 10 x EUR 120.00 per year\n")
    assert any(w.startswith("inconsistent:currency:") and "EUR" in w for w in warnings), warnings
    assert not any(w.startswith("inconsistent:currency:")
                   for w in _warnings("Currency: CAD\nAnalytics seats: 10 x $120.00 per year\n"))


# ------------------------------------------------------------------------------ wave 4: preambles and date phrasings

def test_a_preamble_in_single_quotes_with_nicknames_and_addresses_names_both_parties():
    terms = _read("This Work Order is made on 3 May 2026 (the 'Effective Date') between Quillmoor Analytics ApS, "
                  "Nygade 12, 8000 Aarhus C, Denmark ('Quillmoor' or the 'Provider'), and Harrowgate Port "
                  "Authority, a statutory body, 2 Dock Road, Harrowgate ('Harrowgate' or the 'Customer').\n")
    assert terms.vendor_legal_name == "Quillmoor Analytics ApS"
    assert terms.customer_legal_name == "Harrowgate Port Authority"
    assert terms.effective_date == date(2026, 5, 3)


def test_the_town_that_ends_an_address_is_not_a_party():
    terms = _read("This Agreement is dated 4 May 2026 and is between Fenmoor Cloud Limited, 8 Quay Street, "
                  "Bristol (the 'Provider') and Oakhurst Valley Council, a local authority, 1 High Road, "
                  "Lower Oakhurst (the 'Customer').\n")
    assert terms.vendor_legal_name == "Fenmoor Cloud Limited"
    assert terms.customer_legal_name == "Oakhurst Valley Council"


def test_legal_suffixes_of_more_countries_are_part_of_the_name():
    for name in ("Transportes Sierra Alta, S.A. de C.V.", "Khaleej Marine Services K.S.C.C.",
                 "Dhofar Coastal Power SAOG", "Tecnologia Ipanema Ltda.", "Wisla Data Sp. z o.o.",
                 "Levante Hoteles S.L.", "Skjaergard Data AS", "Manama Trade Bank B.S.C. (c)"):
        assert _read(f"Customer: {name}\n").customer_legal_name == name


def test_a_term_counted_from_a_date_gives_the_start_and_services_commence_is_a_start():
    terms = _read("Term. The subscription runs for twenty-four (24) months from 1 March 2026.\n")
    assert terms.service_start_date == date(2026, 3, 1)
    assert _read("Services commence June 1, 2026\n").service_start_date == date(2026, 6, 1)


def test_an_order_that_is_effective_on_a_date_and_a_dated_reference_give_the_effective_date():
    assert _read("1.1 This Order is effective 9 October 2026.\n").effective_date == date(2026, 10, 9)
    assert _read("Reference KLM-2026-0077 - dated 12/03/2026\nTotal: EUR 1.200,00\n").effective_date == \
        date(2026, 3, 12)


def test_a_signature_date_is_the_effective_date_and_a_change_effective_date_the_start():
    terms = _read("PLAN CHANGE ORDER\nSignature date 20 May 2026\nChange effective 1 June 2026\n")
    assert (terms.effective_date, terms.service_start_date) == (date(2026, 5, 20), date(2026, 6, 1))


def test_only_the_ticked_box_answers_a_question():
    terms = _read("Onboarding checklist\n"
                  "Must our invoices quote your purchase order\nnumber? [ ] Yes - PO number: ______   [X] No\n"
                  "How long is the initial term? [ ] 12 months   [X] 24 months   [ ] Month-to-month\n"
                  "Billing frequency? [ ] Monthly   [X] Quarterly   [ ] Annual\n"
                  "Invoice timing? [ ] In advance   [X] In arrears\n"
                  "Payment terms? [ ] Net 15   [X] Net 45\n")
    assert (terms.po_required, terms.term_months) == (False, 24)
    assert (terms.billing_frequency, terms.billing_timing, terms.payment_terms_days) == ("quarterly", "arrears", 45)


def test_a_ticked_answer_under_its_question_and_an_open_term_are_read():
    terms = _read("Does every invoice need your purchase order number?\n    [X] Yes - PO number: RW-5521   [ ] No\n"
                  "How long is the initial term?\n    [ ] 12 months   [X] Month-to-month\n")
    assert (terms.po_required, terms.po_number, terms.term_months) == (True, "RW-5521", None)


def test_options_stacked_one_a_line_are_answered_by_the_ticked_one_and_by_none_when_none_is_ticked():
    terms = _read("Payment terms:\n[ ] Net 15\n[X] Net 60\n"
                  "Billing frequency:\n☐ Quarterly\n☒ Annually\n"
                  "Billing timing:\n[ ] In advance\n[ ] In arrears\n")
    assert (terms.payment_terms_days, terms.billing_frequency) == (60, "annual")
    assert terms.billing_timing is None  # nothing ticked: the first option is not the answer


def test_a_plain_name_followed_by_its_address_after_and_is_a_party_but_not_a_street_opening_a_clause():
    terms = _read("This Agreement is entered into on 01.07.2026 between Rotbach Data AG, Seestrasse 9, 8002 Zurich "
                  "(the 'Provider') and Spital Obermatt, Spitalweg 3, 6000 Luzern (the 'Customer').\n")
    assert (terms.vendor_legal_name, terms.customer_legal_name) == ("Rotbach Data AG", "Spital Obermatt")


def test_a_proposal_from_one_company_to_another_names_both():
    terms = _read("Proposal PRP-2026-31 from Arvoredo Sistemas Ltda. (Rua Augusta 100, Sao Paulo) to Laticinios "
                  "Serra Verde S.A. (Rodovia 12, km 4), accepted on 3 August 2026.\n")
    assert (terms.vendor_legal_name, terms.customer_legal_name) == ("Arvoredo Sistemas Ltda.",
                                                                    "Laticinios Serra Verde S.A.")


def test_between_two_companies_without_roles_the_one_in_the_title_is_the_vendor():
    terms = _read("Hollowmere Analytics - Order HMA-2026-09\n"
                  "Agreed on 2 March 2026 between Ravensgill Foods Ltd, of 4 Mill Street, Leeds, and Hollowmere "
                  "Analytics Limited, of 9 Canal Road, York.\n")
    assert (terms.vendor_legal_name, terms.customer_legal_name) == ("Hollowmere Analytics Limited",
                                                                    "Ravensgill Foods Ltd")
    untitled = _read("Order\nAgreed between Ravensgill Foods Ltd, of Leeds, and Hollowmere Analytics Limited.\n")
    assert (untitled.vendor_legal_name, untitled.customer_legal_name) == (None, None)


def test_an_invoice_address_at_the_vendors_own_domain_is_not_the_billing_contact():
    terms = _read("Vendor: Tarnbrook Software Ltd\nCustomer: Ellery Water plc\n"
                  "Please send remittance advice to receivables@tarnbrook.example; our invoices will be e-mailed to "
                  "payables@ellerywater.example.\n")
    assert terms.billing_contact_email == "payables@ellerywater.example"


def test_statements_of_work_term_sheets_and_offers_are_numbered_in_their_titles_and_references():
    assert _read("STATEMENT OF WORK\nSOW Reference: QX/SOW/2026/014\n").order_form_number == "QX/SOW/2026/014"
    assert _read("Harrier Data Ltd - Term Sheet HD-TS-0042 - 1\n").order_form_number == "HD-TS-0042"
    assert _read("Exchange - Private Offer offer-9kq2m7x1 - generated for you\n").order_form_number == \
        "offer-9kq2m7x1"
    assert _read("Amendment No. 3 to Order Form PL-OF-880\nAmendment reference AMD-PL-880-03\n").order_form_number \
        == "AMD-PL-880-03"


def test_a_purchase_orders_number_of_two_digit_groups_is_its_order_number():
    terms = _read("City of Wrenfield\nPURCHASE ORDER\nPO Number: 26-118204\nPO Date: June 5, 2026\n")
    assert (terms.po_number, terms.order_form_number) == ("26-118204", "26-118204")


def test_labels_side_by_side_after_a_pipe_or_a_sentence_are_read():
    terms = _read("Order No. KX-OF-26-0031 | Order Date: March 4, 2026\n"
                  "Between Kestrel Ops Inc. and Marram Foods Ltd. Commencement Date: 1 April 2026.\n")
    assert (terms.effective_date, terms.service_start_date) == (date(2026, 3, 4), date(2026, 4, 1))


def test_the_second_label_of_a_pdf_row_is_read_from_its_cells():
    text = "Client  Bellhaven Clinics, Inc.  Order date  April 2, 2026\n"
    cells = [Cell(m.start(), m.end(), 10.0 + 6 * m.start(), 10.0 + 6 * m.end())
             for m in re.finditer(r"\S+(?: \S+)*", text)]
    doc = Document(source="form.pdf", pages=[text], sha256="x", media_type="application/pdf", cells=[cells])
    result = ground(RulesExtractor().extract(doc), doc)
    assert (result.terms.customer_legal_name, result.terms.effective_date) == ("Bellhaven Clinics, Inc.",
                                                                               date(2026, 4, 2))


def test_a_question_about_the_start_is_answered_by_the_date_after_it():
    assert _read("When should the subscription start? March 1, 2026\n").service_start_date == date(2026, 3, 1)
    assert _read("When should the service begin?\n    1st October 2026\n").service_start_date == date(2026, 10, 1)
    assert _read("Can the subscription start later? Yes, by agreement on 1 May 2026 or after\n"
                 ).service_start_date is None


def test_the_cents_of_an_amount_in_words_are_not_the_total():
    terms = _read("Total Contract Value: Seventy thousand and 00/100 U.S. Dollars\n")
    assert terms.total_contract_value == 70000


def test_renewal_phrased_as_an_extension_or_as_automatic_renewals():
    for text in ("The term shall be extended automatically by further periods of twelve (12) months unless either "
                 "party gives notice at least sixty (60) days before the end of the term.",
                 "Renewal After the initial term the order is extended by 12 months at a time unless terminated in "
                 "writing no later than 60 days before expiry.",
                 "Renewal Automatic 12-month renewals; either party may opt out by notice at least 60 days before "
                 "term end."):
        terms = _read(text + "\n")
        assert (terms.auto_renew, terms.renewal_term_months, terms.non_renewal_notice_days) == (True, 12, 60), text
    assert _read("The County may renew this order for additional one-year periods by change order.\n"
                 ).auto_renew is None


def test_the_cadence_the_billing_verb_names_is_the_billing_frequency():
    terms = _read("Endpoint Protection for 2,400 devices at USD 3.50 per device per month ($8,400.00 per month), "
                  "billed annually in advance ($100,800.00 per year).\n")
    assert (terms.billing_frequency, terms.billing_timing) == ("annual", "advance")
    assert _read("We will invoice the annual fees every six months in advance.\n").billing_frequency == "semiannual"
    assert _read("Annual licences are invoiced once, annually in advance, in July 2026.\n").billing_frequency == \
        "annual"


def test_what_is_charged_for_each_additional_user_is_not_the_subscriptions_billing():
    terms = _read("Each additional user is charged at GBP 300 per user per year and invoiced annually in arrears.\n"
                  "Subscription fees are invoiced quarterly in advance.\n")
    assert (terms.billing_frequency, terms.billing_timing) == ("quarterly", "advance")


def test_a_statement_of_the_currency_names_it_over_the_dollar_sign():
    assert _read("Net 30. All amounts in Canadian dollars (CAD).\nLicences $6.50 each\n").currency == "CAD"
    assert _read("Amounts in Brazilian reais (R$); taxes included.\n").currency == "BRL"


def test_a_commitment_to_at_least_an_amount_is_a_minimum_commitment_for_the_period_after_the_amount():
    terms = _read("Ridgeway commits to total annual fees - platform plus seats - of no less than USD 60,000.00 per "
                  "contract year.\n")
    assert terms.minimum_commitment is not None
    assert (terms.minimum_commitment.amount, terms.minimum_commitment.period) == (60000, "year")
    over_term = _read("3.3 Minimum commitment. The Customer commits to usage charges of at least 36.000,00 DKK over "
                      "the 18-month term.\n")
    assert over_term.minimum_commitment is not None
    assert (over_term.minimum_commitment.amount, over_term.minimum_commitment.period) == (36000, "term")


def test_a_purchase_orders_letterhead_names_the_buyer_without_a_legal_suffix():
    terms = _read("TOWNSHIP OF BRACKEN FALLS\nDepartment of Finance\nPURCHASE ORDER\nPO Number BF-PO-26-0091\n"
                  "Buyer T. Alvarez\nVENDOR\nQuarrytech Systems, Inc.\n")
    assert (terms.customer_legal_name, terms.vendor_legal_name) == ("TOWNSHIP OF BRACKEN FALLS",
                                                                    "Quarrytech Systems, Inc.")


def test_a_plain_customer_name_beside_the_vendors_label_is_the_customer():
    terms = _read("CONTRACT AMENDMENT\nCustomer Harrowby County Library Service\nVendor Ouseburn Data Corp.\n")
    assert terms.customer_legal_name == "Harrowby County Library Service"
    assert _read("Customer Success Manager will call you.\nVendor Ouseburn Data Corp.\n").customer_legal_name is None


def test_a_calendar_month_that_measures_usage_is_not_the_billing_anchor():
    assert _read("Minutes above 200,000 in a calendar month are billed at $0.012 per minute, monthly in arrears.\n"
                 ).billing_anchor is None
    assert _read("Fees are invoiced quarterly in advance on the first day of each calendar quarter.\n"
                 ).billing_anchor == "calendar_quarter"


def test_an_order_agreed_on_a_date_takes_effect_then():
    assert _read("Order reference KQ-2026-101, agreed on 12 March 2026 between the parties.\n").effective_date == \
        date(2026, 3, 12)


def test_ordinary_clauses_are_not_non_standard_terms():
    terms = _read("11.2 Each party's total liability is limited to the fees paid in the twelve months before the "
                  "claim. This limit does not apply to liability that cannot be limited by law.\n"
                  "Phase 3. User acceptance testing led by the Customer with Provider support.\n"
                  "Billing: invoiced quarterly in advance in instalments of USD 12,000.00.\n"
                  "8.3 The Customer may not terminate for convenience during the Subscription Term.\n")
    assert terms.non_standard_terms == []
    assert _read("Customer may pay the first annual fee in two equal installments, six months apart.\n"
                 ).non_standard_terms == [
        "custom payment schedule: Customer may pay the first annual fee in two equal installments, six months apart."]


def test_a_non_standard_term_is_its_kind_then_what_the_clause_says():
    terms = _read("7.2 Either party may terminate this Order by written notice if the other commits a material breach "
                  "that is not cured within thirty (30) days.\n"
                  "7.3 The Hospital may cancel the Analytics Module with effect from 1 April 2027 by giving sixty (60) "
                  "days' written notice.\n")
    assert terms.non_standard_terms == ["termination right: The Hospital may cancel the Analytics Module with effect "
                                        "from 1 April 2027 by giving sixty (60) days' written notice."]


def test_a_heading_is_read_with_the_sentences_that_state_its_term():
    terms = _read("6. Non-appropriation.\nThe Council is funded by yearly appropriations. If funds are not "
                  "appropriated for a fiscal year, the Council may terminate this order without penalty at the end "
                  "of the funded year.\n7. Payment. Invoices are payable within 30 days.\n")
    assert terms.non_standard_terms == [
        "non-appropriation: The Council is funded by yearly appropriations. If funds are not appropriated for a "
        "fiscal year, the Council may terminate this order without penalty at the end of the funded year."]


def test_rights_that_change_what_is_billed_are_non_standard_terms():
    cases = {
        "Once per contract year the Customer may reduce the number of licensed stores by up to 15% on 30 days' "
        "notice. Fees are reduced accordingly from the next invoice.":
            "right to reduce quantities: Once per contract year the Customer may reduce the number of licensed "
            "stores by up to 15% on 30 days' notice. Fees are reduced accordingly from the next invoice.",
        "The Reporting Add-on fee is payable only after the Customer confirms acceptance of the reports in writing.":
            "payment on acceptance: The Reporting Add-on fee is payable only after the Customer confirms "
            "acceptance of the reports in writing.",
        "If the parties renew, the per-seat rates above are held for the first renewal term.":
            "price hold: If the parties renew, the per-seat rates above are held for the first renewal term.",
        "On each anniversary the fees are adjusted by the consumer price index for the prior year.":
            "index-linked price adjustment: On each anniversary the fees are adjusted by the consumer price index "
            "for the prior year.",
        "A 3% early-payment discount applies if paid within 10 days.":
            "early payment discount: A 3% early-payment discount applies if paid within 10 days.",
        "A one-time promotional credit of EUR 500.00 is applied to the first invoice.":
            "one-time credit: A one-time promotional credit of EUR 500.00 is applied to the first invoice.",
        "The Customer may pause the Kiosk Service for up to three months each winter.":
            "right to pause: The Customer may pause the Kiosk Service for up to three months each winter.",
    }
    for text, summary in cases.items():
        assert _read(text + "\n").non_standard_terms == [summary], text


def test_ordinary_wording_near_the_new_kinds_is_not_non_standard():
    assert _read("Quantities may not be reduced during the Renewal Term.\n"
                 "These reports are informational and do not create a performance guarantee.\n"
                 "Either party may terminate this Agreement if the other becomes insolvent.\n"
                 "If the usage fees are lower than the minimum, the shortfall is invoiced as a true-up.\n"
                 ).non_standard_terms == []


# ------------------------------------------------------------------------------------------ dates, totals, contacts

def test_a_date_a_line_break_cut_in_two_is_one_date():
    terms = _read("When. The Commencement Date is 1 July 2026 and the initial term is twelve (12) months, ending 30\n"
                  "June 2027. After that the subscription continues from month to month until either of us cancels "
                  "it by giving notice in writing before the end of the month.\n")
    assert terms.service_start_date == date(2026, 7, 1)
    assert terms.service_end_date == date(2027, 6, 30)
    assert terms.term_months == 12


def test_an_agreement_for_a_period_and_work_that_begins_and_completes_give_the_service_dates():
    terms = _read("Dear Ms Lind,\nFleetBoard - agreement for the period 1 May 2026 to 30 April 2028\n")
    assert (terms.service_start_date, terms.service_end_date) == (date(2026, 5, 1), date(2028, 4, 30))
    terms = _read("The order is effective from 2 March 2026.\n"
                  "Work will begin on 16 March 2026 and will be completed by 29 May 2026.\n")
    assert (terms.service_start_date, terms.service_end_date) == (date(2026, 3, 16), date(2026, 5, 29))
    # a ramp year's dates are a price's period, not the service term
    assert _read("In the first year (1 May 2026 to 30 April 2027) the fee is EUR 9.000.\n").service_start_date is None


def test_a_total_over_the_term_and_a_total_label_broken_over_two_lines():
    assert str(_read("TOTAL for the 36-month period: USD 54,000.00 (3 x USD 18,000.00).\n").total_contract_value) \
        == "54000.00"
    assert str(_read("COMMERCIAL TERMS\nTotal Contract\nValue C$ 12,400.00 Subscription Term 12 months\n"
                     ).total_contract_value) == "12400.00"


def test_the_billing_contact_from_a_bill_to_block_and_payables_labels():
    terms = _read("Quillmetric Labs LLC\nQUOTE Q-2026-0455\nPREPARED FOR BILL TO\nTernwood Dairy Cooperative, Inc.\n"
                  "14 Mill Road, Lodi, CA 95240\n"
                  "Attn: Dana Ruiz, Operations\nTernwood Dairy Cooperative, Inc. - Accounts Payable\n"
                  "payables@ternwood.example\nSERVICE PERIOD\n")
    assert terms.billing_contact_email == "payables@ternwood.example"
    for label in ("AP:", "AP E-mail", "Finance:", "Accounts"):
        terms = _read(f"Customer\nHolloway Arts Trust\n{label} ledger@hollowayarts.example\n")
        assert terms.billing_contact_email == "ledger@hollowayarts.example", label
    # an address under a line that only mentions billing in a sentence is not a bill-to block
    assert _read("We will bill the customer at the end of\neach month. Contact sales@vendor.example\n"
                 ).billing_contact_email is None


def test_the_date_an_order_gives_itself_at_its_head_is_its_effective_date():
    assert _read("PURCHASE ORDER\nP.O. No. KC-2026-0410\nDate 2026-05-04\nVendor Ostrava Metrics s.r.o.\n"
                 ).effective_date == date(2026, 5, 4)
    assert _read("BESTELLUNG / PURCHASE ORDER\nDatum / Date 04.05.2026\n").effective_date == date(2026, 5, 4)
    # an e-mail's header dates the message, not the order
    assert _read("From: Ana Ruiz <ana@ternwood.example>\nDate: Tue, 5 May 2026 09:14:55 +0200\n"
                 "Subject: Re: Quote Q-118\n").effective_date is None
    # a labelled effective date outranks the head's date
    assert _read("PURCHASE ORDER\nDate 2026-05-04\nEffective Date: 2026-05-11\n").effective_date == date(2026, 5, 11)
    # an agreement's "Date:" line may be when it was drawn up, not when it takes effect
    assert _read("SERVICES AGREEMENT\nDate: March 1, 2026\nThe parties agree as follows.\n").effective_date is None


def test_an_effective_date_after_a_qualifier_and_a_renewal_effective_label():
    assert _read("Order Form #2 Effective Date April 1, 2026\n").effective_date == date(2026, 4, 1)
    assert _read("Renewal Order RN-2027-0042\nRenewal Effective\nFebruary 1, 2027\n").effective_date == \
        date(2027, 2, 1)


def test_the_party_a_bracket_says_is_billed_and_a_role_heading_that_names_nobody():
    terms = _read("VENDOR\nBrightwater Systems Pte. Ltd.\n1 Harbour Road, Singapore 098632\n"
                  "RESELLER (BILL TO)\nKestrel Digital Pte. Ltd.\n2 Kranji Loop, Singapore 739528\n"
                  "END USER (LICENSEE)\nSerangoon Marine Pte. Ltd.\n")
    assert terms.customer_legal_name == "Kestrel Digital Pte. Ltd."
    assert terms.vendor_legal_name == "Brightwater Systems Pte. Ltd."


def test_renewal_lengths_stated_beside_or_apart_from_the_renewal():
    terms = _read("After the second year the agreement continues for successive periods of one year unless either "
                  "party terminates it with ninety (90) days' notice before the end of the then current period.\n")
    assert (terms.auto_renew, terms.renewal_term_months, terms.non_renewal_notice_days) == (True, 12, 90)
    terms = _read("Renewal\n12-month renewals unless either party gives 60 days' notice\n")
    assert (terms.auto_renew, terms.renewal_term_months) == (True, 12)
    terms = _read("Renew automatically at the end of the term? [X] Yes   [ ] No\n"
                  "If yes, each renewal lasts 24 months\n")
    assert (terms.auto_renew, terms.renewal_term_months) == (True, 24)


def test_a_contact_line_or_a_person_under_a_party_label_is_no_party():
    terms = _read("Supplier:        Phone       : +41 81 555 40 12\nBuyer       : M. Caduff\n")
    assert terms.vendor_legal_name is None and terms.customer_legal_name is None


def test_the_subscriptions_billing_label_beside_a_usage_billing_label():
    terms = _read("LICENCE BILLING\nQuarterly in advance\nUSAGE BILLING\nMonthly in arrears\n")
    assert (terms.billing_frequency, terms.billing_timing) == ("quarterly", "advance")
    terms = _read("BILLING\nQuarterly in arrears (capacity and usage together)\nPAYMENT TERMS\n30 days\n")
    assert (terms.billing_frequency, terms.billing_timing) == ("quarterly", "arrears")


def test_a_fee_written_with_one_dot_group_in_a_form_that_does_not_settle_the_dot_holds_the_run():
    doc = Document(source="form.txt", pages=["Customer: Brackenfield Mills Ltd\nVendor: Ottervale Systems B.V.\n"
                                             "A one-time set-up fee of EUR 2.500 is invoiced on signature.\n"],
                   sha256="x", media_type="text/plain")
    result = ground(RulesExtractor().extract(doc), doc)
    # the fee is read as the words say, and the run holds on that price for a person to say which amount it is
    assert [(i.price_period, i.unit_price) for i in result.terms.line_items] == [("one_time", Decimal("2.500"))]
    assert any(w.startswith('inconsistent:line_items[0].unit_price: "EUR 2.500" on page 1 reads as 2.5 or as 2,500')
               for w in result.warnings)
    # the warning becomes an inconsistent_terms finding on a billing term: the gate holds the run on it
    (finding,) = [f for f in extraction_findings(result) if f.code == "inconsistent_terms"]
    assert finding.fields == ["line_items[0].unit_price"] and is_billing_term(finding.fields[0])
    assert finding.message.endswith("correct it to the amount the contract means")
    settled = _read("Customer: Brackenfield Mills Ltd\nVendor: Ottervale Systems B.V.\n"
                    "A one-time set-up fee of EUR 2.500 is invoiced on signature. The licence fee is EUR 1.250.000 "
                    "per year.\n")
    assert [(str(item.unit_price), item.price_period) for item in settled.line_items] == [("2500", "one_time")]
