"""Soft checks on extracted terms: stated numbers and dates that do not agree with each other.

They never change a value; each disagreement becomes an `inconsistent:<field path>` warning a
person sees beside the extraction. They live apart from the terms schema because the contract
value check needs the billing engine, which itself reads the schema.
"""

from __future__ import annotations

from accrue.core.billing.contract_value import contract_value
from accrue.core.billing.periods import months_between
from accrue.core.money import round_money
from accrue.core.terms import ContractTerms


def consistency_warnings(terms: ContractTerms) -> list[str]:
    """Soft checks whose failure a person must see: arithmetic and dates that do not agree."""
    warnings: list[str] = []
    currency = terms.currency or "USD"
    if terms.service_start_date and terms.service_end_date and terms.term_months is not None:
        months = months_between(terms.service_start_date, terms.service_end_date)
        if months is not None and months != terms.term_months:
            warnings.append(
                f"inconsistent:term_months: {terms.term_months} months stated but the service dates span {months}"
            )
    start, end = terms.service_start_date, terms.service_end_date
    for i, item in enumerate(terms.line_items):
        if start and item.start_date and item.start_date < start:
            warnings.append(f"inconsistent:line_items[{i}].start_date: {item.start_date} is before the service start "
                            f"{start}")
        if end and item.end_date and item.end_date > end:
            warnings.append(f"inconsistent:line_items[{i}].end_date: {item.end_date} is after the service end {end}")
        if item.net_amount is not None:
            expected = round_money(item.computed_net(), currency)
            if round_money(item.net_amount, currency) != expected:
                warnings.append(
                    f"inconsistent:line_items[{i}].net_amount: stated {item.net_amount}, "
                    f"quantity x unit price x (1 - discount) is {expected}"
                )
    if terms.total_contract_value is not None and terms.line_items:
        computed = contract_value(terms)
        if computed is not None and round_money(computed, currency) != round_money(
            terms.total_contract_value, currency
        ):
            warnings.append(
                f"inconsistent:total_contract_value: stated {terms.total_contract_value}, "
                f"line items over the term sum to {round_money(computed, currency)}"
            )
    return warnings
