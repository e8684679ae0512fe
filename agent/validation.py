"""Cross-checks between the contract, the CRM deal and the books. Pure: models in, findings out."""

from __future__ import annotations

import re
from decimal import Decimal

from rapidfuzz import fuzz

from agent.billing.contract_value import contract_value
from agent.deal import Deal
from agent.findings import Finding
from agent.money import round_money
from agent.terms import ExtractionResult

_SUFFIXES = re.compile(
    r"\b(incorporated|inc|corporation|corp|company|co|llc|l\.l\.c|ltd|limited|gmbh|ag|sa|s\.a|plc|bv|b\.v|"
    r"pty|llp|lp|sarl|srl|oy|ab|as|nv)\b\.?", re.IGNORECASE)


def canonical_name(name: str) -> str:
    """'ACME Corporation, Inc.' -> 'acme': legal suffixes and punctuation removed, for matching only."""
    name = _SUFFIXES.sub(" ", name.lower())
    return re.sub(r"[^a-z0-9]+", " ", name).strip()


def name_similarity(a: str, b: str) -> float:
    """0-100; 100 when the names differ only in case, punctuation or legal suffix."""
    ca, cb = canonical_name(a), canonical_name(b)
    if ca and ca == cb:
        return 100.0
    return float(fuzz.token_sort_ratio(ca, cb))


def validate_contract(extraction: ExtractionResult, deal: Deal | None, *,
                      allowed_payment_terms: frozenset[int] = frozenset({0, 15, 30}),
                      known_skus: frozenset[str] | None = None) -> list[Finding]:
    """Findings for a new contract: CRM vs contract, missing or ungrounded values, non-standard terms."""
    t = extraction.terms
    findings: list[Finding] = []
    for warning in extraction.warnings:
        if warning.startswith("ungrounded:"):
            path = warning.split(":", 2)[1]
            findings.append(Finding(code="ungrounded_value", message=warning, fields=[path]))
        elif warning.startswith("inconsistent:"):
            path = warning.split(":", 2)[1]
            findings.append(Finding(code="inconsistent_terms", message=warning, fields=[path]))
        elif warning.startswith("disagree:"):
            path = warning.split(":", 2)[1]
            findings.append(Finding(code="extractor_disagreement", message=warning, fields=[path]))
    for field in ("customer_legal_name", "service_start_date", "currency", "payment_terms_days"):
        if getattr(t, field) is None:
            findings.append(Finding(code="missing_field", severity="error", fields=[field],
                                    message=f"the contract does not state {field} (or it could not be read)"))
    if t.payment_terms_days is not None and t.payment_terms_days not in allowed_payment_terms:
        findings.append(Finding(
            code="non_standard_payment_terms", fields=["payment_terms_days"],
            message=f"payment terms Net {t.payment_terms_days} are outside the standard "
                    f"{sorted(allowed_payment_terms)}",
            evidence={"payment_terms_days": t.payment_terms_days}))
    if t.po_required and not t.po_number:
        findings.append(Finding(code="missing_po", fields=["po_required"],
                                message="the contract requires a purchase order number but none is given"))
    if t.non_standard_terms:
        findings.append(Finding(code="non_standard_terms", fields=["non_standard_terms"],
                                message="non-standard clauses: " + "; ".join(t.non_standard_terms)))
    if deal is not None:
        findings.extend(_against_deal(extraction, deal, known_skus))
    return findings


def _against_deal(extraction: ExtractionResult, deal: Deal, known_skus: frozenset[str] | None) -> list[Finding]:
    t = extraction.terms
    out: list[Finding] = []
    if t.customer_legal_name:
        score = name_similarity(t.customer_legal_name, deal.account_name)
        if score < 100:
            out.append(Finding(
                code="customer_name_mismatch", severity="warning" if score >= 80 else "error",
                fields=["customer_legal_name"],
                message=f"contract names the customer '{t.customer_legal_name}', the CRM '{deal.account_name}' "
                        f"(similarity {score:.0f}/100)",
                evidence={"contract": t.customer_legal_name, "crm": deal.account_name, "similarity": round(score)}))
    if t.currency and t.currency != deal.currency:
        out.append(Finding(code="currency_mismatch", severity="error", fields=["currency"],
                           message=f"contract currency {t.currency}, CRM deal currency {deal.currency}",
                           evidence={"contract": t.currency, "crm": deal.currency}))
    currency = t.currency or deal.currency
    tcv = t.total_contract_value if t.total_contract_value is not None else contract_value(t)
    if tcv is not None and round_money(tcv, currency) != round_money(deal.amount, currency):
        out.append(Finding(
            code="amount_mismatch", severity="error", fields=["total_contract_value"],
            message=f"contract value {round_money(tcv, currency)} {currency} differs from the CRM amount "
                    f"{round_money(deal.amount, currency)} {deal.currency} by "
                    f"{round_money(tcv - deal.amount, currency)}",
            evidence={"contract": str(tcv), "crm": str(deal.amount)}))
    if known_skus is not None:
        for i, item in enumerate(t.line_items):
            if item.sku and item.sku not in known_skus:
                out.append(Finding(code="sku_unmapped", fields=[f"line_items[{i}].sku"],
                                   message=f"SKU {item.sku} is not in the product catalogue"))
    deal_date = deal.close_date
    if t.effective_date and abs((t.effective_date - deal_date).days) > 31:
        out.append(Finding(code="date_mismatch", severity="warning", fields=["effective_date"],
                           message=f"contract effective {t.effective_date}, CRM deal closed {deal_date}",
                           evidence={"contract": str(t.effective_date), "crm": str(deal_date)}))
    return out


_ = Decimal
