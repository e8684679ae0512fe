"""Renewals: what happens at the end of a subscription's term, decided by the bill run's date.

An auto-renewing subscription rolls into its next term the day after it ends: the renewal term is the
contract's `renewal_term_months` (else the length of the term that ends), at the contract's prices with its
escalator continuing by contract year (the renewed terms keep the original start date, so year n of the
relationship is priced at `net x (1 + p/100)^n`), and a ramp's last step continues. A person is reminded
`REMINDER_LEAD_DAYS` before the non-renewal notice deadline (the term's end less `non_renewal_notice_days`; the
end itself when the contract states none), while the renewal can still be refused. A subscription that does not
renew gets a notice as long before its end, and its billing stops there: its schedule has no later period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from accrue.core.billing.periods import ONE_DAY, Period, add_months, months_between
from accrue.core.terms import ContractTerms

REMINDER_LEAD_DAYS = 30
DEFAULT_RENEWAL_MONTHS = 12


@dataclass(frozen=True)
class Renewal:
    """The next term of a subscription and the terms its schedule is built from."""

    term: Period
    terms: ContractTerms


def renewal_of(terms: ContractTerms, ends: date) -> Renewal | None:
    """The term that follows one ending on `ends`; None when the contract does not renew automatically."""
    if not terms.auto_renew or terms.service_start_date is None:
        return None
    months = terms.renewal_term_months or months_between(terms.service_start_date, ends) or DEFAULT_RENEWAL_MONTHS
    start = ends + ONE_DAY
    term = Period(start, add_months(start, months) - ONE_DAY)
    # A line running to the end of the term (the last ramp step included) runs on; one that ended earlier stays ended.
    items = [item.model_copy(update={"end_date": term.end}) if item.end_date == ends else item
             for item in terms.line_items]
    # The renewal term is kept as a number: the start date stays the contract's (escalators count contract years
    # from it), so the length of the next renewal must not be measured from it again.
    return Renewal(term, terms.model_copy(update={"service_end_date": term.end, "term_months": None,
                                                  "renewal_term_months": months, "line_items": items}))


def notice_deadline(terms: ContractTerms, ends: date) -> date:
    """The last day the customer (or the vendor) may refuse the renewal."""
    return ends - timedelta(days=terms.non_renewal_notice_days or 0)


def reminder_date(terms: ContractTerms, ends: date) -> date:
    """When a person is told: before the notice deadline of a renewing subscription, before the end of another."""
    last = notice_deadline(terms, ends) if terms.auto_renew else ends
    return last - timedelta(days=REMINDER_LEAD_DAYS)
