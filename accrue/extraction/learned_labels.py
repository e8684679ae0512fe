"""Labels people taught the embedded reader by correcting a run: "Go-live: 1 March 2026" marked as the service
start date teaches that "Go-live" states the start date.

A learned label is a (label, field) pair. This module turns a corrected value's quote into one (the words before
the value, as a form's label), and merges learned labels into the reader's vocabulary. Only fields a label can
state are learnable; a label the built-in vocabulary already knows is not learned again, and never re-pointed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from accrue.adapters.label_store import LearnedLabel
from accrue.extraction.rules_vocab import LABELS, clean_label

# The field a label states -> the topic the reader reads for it (see rules_vocab.LABELS).
FIELD_TOPICS: dict[str, str] = {
    "customer_legal_name": "customer", "vendor_legal_name": "vendor", "order_form_number": "order_number",
    "billing_contact_email": "email", "effective_date": "effective", "service_start_date": "start",
    "service_end_date": "end", "term_months": "term", "currency": "currency", "billing_frequency": "billing",
    "payment_terms_days": "payment", "auto_renew": "renewal", "non_renewal_notice_days": "notice",
    "po_number": "po", "total_contract_value": "tcv", "late_fee_percent_per_month": "late",
    "price_escalator_percent": "escalator", "minimum_commitment": "commitment",
}
MAX_LABEL_WORDS = 6
_SEPARATED = re.compile(r"^\s*(?P<label>[^:\n]{2,60}?)\s*[:\-–—]\s+\S")


def label_for(field: str, quote: str) -> str | None:
    """The label a corrected value's quote states it under ("Go-live: 1 March 2026" -> "go-live"), or None.

    None when the field is not one a label states, the quote has no "Label: value" shape, the label is too
    long to be one, or the built-in vocabulary already knows it.
    """
    if field not in FIELD_TOPICS:
        return None
    m = _SEPARATED.match(quote)
    if m is None:
        return None
    label = clean_label(m.group("label"))
    if not label or len(label.split()) > MAX_LABEL_WORDS or label in LABELS or not re.search(r"[a-z]", label):
        return None
    return label


def vocabulary(learned: Iterable[LearnedLabel]) -> Mapping[str, str]:
    """The built-in labels plus the learned ones; a built-in label keeps its topic."""
    merged = dict(LABELS)
    for item in learned:
        topic = FIELD_TOPICS.get(item.field)
        if topic is not None:
            merged.setdefault(item.label, topic)
    return merged
