"""Values computed from stated ones, shown as computed: an end date from a start and a term, a term from two dates,
a start date from the effective date the term runs from.

A contract often states "twenty-four (24) months from the Effective Date" and never the end date. The end date is
then arithmetic on two stated values, not a reading, so it is emitted with a citation whose `method` is `derived`,
naming its `inputs` (the paths of the values it is computed from) and its `rule`. The grounding check re-runs
`verify` on every derived value: each input must itself be grounded and the arithmetic must reproduce the value.
The day-count convention is the billing engine's (`accrue.core.billing.periods`): a term of N months starting on a
day ends the day before the same day N months later, so `months_between` of the derived dates gives N back.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from accrue.core.billing.periods import months_between, period_from
from accrue.core.terms import Citation, ExtractionResult

START = "service_start_date"
EFFECTIVE = "effective_date"
END = "service_end_date"
TERM = "term_months"

# The term clause says the term runs from the effective date: "from the Effective Date", "commence on the date
# hereof", "effective as of the date first stated above and shall continue for ...".
_FROM_EFFECTIVE = re.compile(
    r"effective\s+date|date\s+(?:hereof|of\s+(?:this\s+(?:agreement|order)|execution|signature))|"
    r"execution\s+date|date\s+first\s+(?:written|stated|set\s+forth|above)|effective\s+(?:as\s+of|on|upon)",
    re.IGNORECASE)
# ...and not from some other event: "five (5) years from the Reseller's first purchase order".
_FROM_OTHER = re.compile(
    r"(?i:(?:years?|months?)\)?\s+(?:from|after|following)\s+(?:the\s+)?)"
    r"(?!(?i:effective\s+date|date\s+(?:hereof|of\s+this|of\s+execution|first)|execution\s+date))"
    r"(?:[A-Z\"'“]\w*|(?i:first|last|installation|delivery|acceptance|launch|completion|go-live)\b)")


def end_date(start: date, months: int) -> date:
    """The last day of a term of `months` months beginning on `start` (2026-03-01 + 24 months -> 2028-02-29)."""
    return period_from(start, months).end


def term_months(start: date, end: date) -> int | None:
    """Months from `start` to `end` inclusive when they span whole months (2026-03-01..2027-02-28 is 12), else None."""
    if end < start:
        return None
    months = months_between(start, end)
    return months if months else None


def runs_from_effective_date(term_quote: str) -> bool:
    """Does this term clause count its duration from the effective date (and from nothing else)?"""
    return bool(_FROM_EFFECTIVE.search(term_quote)) and not _FROM_OTHER.search(term_quote)


def derive(result: ExtractionResult) -> ExtractionResult:
    """Add the values computable from cited, stated ones; a value the document states is never replaced.

    Use after an extractor read the document and before the grounding check, which verifies each derived value.
    An input two readings disagree on (`disagree:`) or that broke a hard rule (`conflict:`) derives nothing.
    The citation of a derived value is its duration's (for an end date or a start date) or its end date's (for a
    term): the words that complete the computation, with `inputs` and `rule` naming the rest.
    """
    terms, citations = result.terms, result.citations
    update: dict[str, Any] = {}
    cites = dict(citations)
    disputed = {w.split(":", 2)[1] for w in result.warnings if w.startswith(("disagree:", "conflict:"))}

    def stated(name: str) -> Citation | None:
        cite = citations.get(name)
        if name in disputed or cite is None or cite.method == "derived" or getattr(terms, name) is None:
            return None
        return cite

    term_cite, start, end, months = stated(TERM), terms.service_start_date, terms.service_end_date, terms.term_months
    if end is None and term_cite is not None and months:
        anchor = START if stated(START) else (
            EFFECTIVE if stated(EFFECTIVE) and runs_from_effective_date(term_cite.quote) else None)
        begin: date | None = getattr(terms, anchor) if anchor else None
        if anchor is not None and begin is not None:
            update[END] = end_date(begin, months)
            cites[END] = term_cite.model_copy(update={
                "method": "derived", "inputs": [anchor, TERM], "rule": f"{anchor} {begin} + {months} months - 1 day"})
    if start is None and term_cite is not None and stated(EFFECTIVE) and runs_from_effective_date(term_cite.quote):
        # "runs for five (5) years from the Effective Date": the term's first day is the effective date
        update[START] = terms.effective_date
        cites[START] = term_cite.model_copy(update={
            "method": "derived", "inputs": [EFFECTIVE], "rule": f"{EFFECTIVE} {terms.effective_date}, where the term "
                                                                "runs from"})
    end_cite = stated(END)
    if months is None and start is not None and end is not None and end_cite is not None and stated(START):
        whole = term_months(start, end)
        if whole is not None:
            update[TERM] = whole
            rule = f"whole months from {start} to the day after {end}"
            cites[TERM] = end_cite.model_copy(update={"method": "derived", "inputs": [START, END], "rule": rule})
    if not update:
        return result
    # a value now derived is no longer missing ("not_found:service_start_date" said the page states none)
    warnings = [w for w in result.warnings if not any(w == f"not_found:{name}" for name in update)]
    return result.model_copy(update={"terms": terms.model_copy(update=update), "citations": cites,
                                     "warnings": warnings})


def verify(field: str, value: Any, inputs: dict[str, Any], citation: Citation) -> bool:
    """Does the derivation in `citation` reproduce `value` from the `inputs` values (all present)?"""
    if any(inputs.get(name) is None for name in citation.inputs) or not citation.inputs:
        return False
    if field == END and len(citation.inputs) == 2 and citation.inputs[1] == TERM:
        anchor = citation.inputs[0]
        if anchor == EFFECTIVE and not runs_from_effective_date(citation.quote):
            return False
        return anchor in (START, EFFECTIVE) and end_date(inputs[anchor], int(inputs[TERM])) == value
    if field == START and citation.inputs == [EFFECTIVE]:
        return runs_from_effective_date(citation.quote) and inputs[EFFECTIVE] == value
    if field == TERM and citation.inputs == [START, END]:
        return term_months(inputs[START], inputs[END]) == value
    return False
