"""Scalar terms and parties on paper the reader was not written for: labels by meaning, renewal orders,
parties without a legal suffix, preambles, e-mail acceptances and signature blocks.

Every text here is our own wording; each test also checks that every value it reads is grounded in its quote.
"""

from __future__ import annotations

from datetime import date

from accrue.core.document import Document
from accrue.core.grounding import ground
from accrue.core.terms import ContractTerms
from accrue.extraction.rules import RulesExtractor


def _read(*pages: str) -> ContractTerms:
    doc = Document(source="form.txt", pages=list(pages), sha256="x", media_type="text/plain")
    result = ground(RulesExtractor().extract(doc), doc)
    assert not [w for w in result.warnings if w.startswith("ungrounded:")], result.warnings
    return result.terms


# ------------------------------------------------------------------------------------------ labels by meaning

def test_stacked_cover_labels_for_go_live_and_end_are_the_service_dates():
    terms = _read("ORDER FORM\nCUSTOMER\nBrackenfield Mills Ltd\nSUPPLIER\nOttervale Systems Ltd\n"
                  "ORDER DATE (EFFECTIVE)\n2026-05-02\nGO-LIVE\n2026-05-18\nENDS\n2027-05-17\n"
                  "PAYMENT TERMS\n30 days\n")
    assert terms.effective_date == date(2026, 5, 2)
    assert terms.service_start_date == date(2026, 5, 18)
    assert terms.service_end_date == date(2027, 5, 17)


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
