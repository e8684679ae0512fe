"""The embedded extractor: deterministic, no network. Reads labelled order-form fields.

Each value is taken from one line of the page and cited with that exact line, so the
grounding check can confirm it. What it cannot read it leaves null and says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from agent.documents import Document
from agent.terms import Citation, ContractTerms, ExtractionResult
from agent.textnorm import find_dates, find_numbers, normalise_ws


@dataclass
class _Line:
    page: int
    text: str


_LABELS: dict[str, tuple[str, ...]] = {
    "order_form_number": ("order form number", "order form no", "order number", "quote number"),
    "vendor_legal_name": ("vendor", "provider", "supplier"),
    "customer_legal_name": ("customer", "client"),
    "billing_contact_email": ("billing contact", "billing email", "invoice email", "accounts payable"),
    "effective_date": ("effective date", "order date"),
    "service_start_date": ("service start date", "subscription start date", "start date"),
    "service_end_date": ("service end date", "subscription end date", "end date"),
    "term_months": ("subscription term", "initial term", "term"),
    "currency": ("currency",),
    "billing_frequency": ("billing frequency", "invoicing", "billing"),
    "payment_terms_days": ("payment terms",),
    "auto_renew": ("auto-renewal", "renewal"),
    "po_number": ("po number", "purchase order number", "purchase order"),
    "total_contract_value": ("total contract value", "tcv"),
}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ITEM = re.compile(
    r"^(?P<desc>.+?)\s*(?:\((?:SKU\s*)?(?P<sku>[A-Z0-9-]+)\))?\s*:\s*(?P<qty>[\d,.]+)\s*x\s*"
    r"(?:[A-Z]{3}\s*|\$)?(?P<price>[\d,.]+)\s*(?:per|/)\s*(?P<period>year|quarter|month|one[- ]time)",
    re.IGNORECASE,
)


class RulesExtractor:
    name = "rules"

    def extract(self, doc: Document) -> ExtractionResult:
        lines = [_Line(i + 1, normalise_ws(t)) for i, page in enumerate(doc.pages) for t in page.splitlines()
                 if t.strip()]
        values: dict[str, Any] = {}
        cites: dict[str, Citation] = {}
        warnings: list[str] = []

        def put(path: str, value: Any, line: _Line) -> None:
            if value is None or path in values:
                return
            values[path] = value
            cites[path] = Citation(page=line.page, quote=line.text)

        for line in lines:
            label, _, rest = line.text.partition(":")
            if not rest:
                continue
            key = label.strip().lower()
            for field, names in _LABELS.items():
                if key in names:
                    put(field, _parse_field(field, rest.strip(), line.text), line)
                    break
        for line in lines:
            m = _ITEM.match(line.text)
            if m:
                period = m.group("period").lower().replace(" ", "_").replace("-", "_")
                items = values.setdefault("line_items", [])
                i = len(items)
                qty = find_numbers(m.group("qty"))[0]
                price = find_numbers(m.group("price"))[0]
                items.append({"description": m.group("desc").strip(), "sku": m.group("sku"), "quantity": qty,
                              "unit_price": price, "price_period": period})
                for leaf in ("description", "sku", "quantity", "unit_price", "price_period"):
                    if items[i][leaf] is not None:
                        cites[f"line_items[{i}].{leaf}"] = Citation(page=line.page, quote=line.text)
        if "billing_frequency" in values:
            freq, timing = values.pop("billing_frequency")
            if freq:
                values["billing_frequency"] = freq
                values["billing_timing"] = timing
                cites["billing_timing"] = cites["billing_frequency"]
        if values.get("po_number"):
            values["po_required"] = True
            cites["po_required"] = cites["po_number"]
        for field in ("customer_legal_name", "service_start_date", "payment_terms_days", "currency"):
            if values.get(field) is None:
                warnings.append(f"not_found:{field}")
        terms = ContractTerms.model_validate(values)
        return ExtractionResult(terms=terms, citations=cites, warnings=warnings, extractor=self.name)


def _parse_field(field: str, value: str, line: str) -> Any:
    lower = value.lower()
    if field in {"effective_date", "service_start_date", "service_end_date"}:
        dates = find_dates(value, day_first=False)
        return dates[0] if dates else None
    if field == "term_months":
        nums = find_numbers(value)
        if not nums:
            return None
        return int(nums[0] * 12) if "year" in lower else int(nums[0])
    if field == "payment_terms_days":
        if "receipt" in lower:
            return 0
        nums = find_numbers(value)
        return int(nums[0]) if nums else None
    if field == "total_contract_value":
        nums = find_numbers(value)
        return nums[0] if nums else None
    if field == "currency":
        m = re.search(r"\b[A-Z]{3}\b", value)
        return m.group(0) if m else ("USD" if "$" in value else None)
    if field == "billing_contact_email":
        m = _EMAIL.search(value)
        return m.group(0) if m else None
    if field == "billing_frequency":
        freq = next((f for k, f in (("semi", "semiannual"), ("annual", "annual"), ("quarter", "quarterly"),
                                    ("month", "monthly"), ("one", "one_time")) if k in lower), None)
        timing = "arrears" if "arrear" in lower else "advance"
        return (freq, timing)
    if field == "auto_renew":
        return not any(w in lower for w in ("no", "not", "none"))
    return value.strip() or None


def _as_date(value: Any) -> date | None:
    return value if isinstance(value, date) else None


_ = Decimal  # money values are Decimals from find_numbers
