"""Cross-checks of a run's inputs: contract vs CRM deal vs books, usage files, payments, change requests.

Pure: models in, findings out. Which findings make an action need approval is the policy's
business; validation only states what is wrong, where, and with what evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache

from rapidfuzz import fuzz

from accrue.core.billing.cash import CashApplication
from accrue.core.billing.contract_value import contract_value
from accrue.core.billing.periods import Period, first_anchor_date
from accrue.core.billing.schedule import build_schedule
from accrue.core.billing.usage import match_metric, monthly_equivalent, trailing_average
from accrue.core.billing.usage_digest import CustomerUsage, Lines, UsageDigest
from accrue.core.deal import Deal
from accrue.core.findings import Finding
from accrue.core.money import minor_units, round_money
from accrue.core.terms import ContractTerms, ExtractionResult, UsageRule

_SUFFIXES = re.compile(
    r"\b(incorporated|inc|corporation|corp|company|co|llc|l\.l\.c|ltd|limited|gmbh|ag|sa|s\.a|plc|bv|b\.v|"
    r"pty|llp|lp|sarl|srl|oy|ab|as|nv)\b\.?", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)  # a payer is matched against every customer's name, the same names each time
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


def name_findings(contract_name: str, other: str, where: str, key: str) -> list[Finding]:
    """customer_name_mismatch when two records name different companies.

    Names that differ only in case, punctuation or legal suffix ("Acme Corp" and "ACME
    Corporation, Inc.") are the same company: no finding. Severity: warning when the names
    are close (fuzzy >= 80, perhaps a typo or a trading name), error when they are not.
    """
    score = name_similarity(contract_name, other)
    if score == 100:
        return []
    return [Finding(code="customer_name_mismatch", severity="warning" if score >= 80 else "error",
                    fields=["customer_legal_name"],
                    message=f"contract names the customer '{contract_name}', {where} '{other}' "
                            f"(similarity {score:.0f}/100)",
                    evidence={"contract": contract_name, key: other, "similarity": round(score)})]


def books_customer_findings(contract_name: str, customers: dict[str, str]) -> list[Finding]:
    """customer_name_mismatch when the books hold a customer with a similar but not the same name.

    The same company (canonical names equal) is simply reused; a close name (fuzzy 80-99) may be
    the same customer misspelt, and creating a second one would split its account: a person checks.
    """
    scored = sorted(((name_similarity(contract_name, legal), cid) for cid, legal in customers.items()),
                    reverse=True)
    if not scored or scored[0][0] == 100 or scored[0][0] < 80:
        return []
    score, cid = scored[0]
    return [Finding(code="customer_name_mismatch", severity="warning", fields=["customer_legal_name"],
                    message=f"contract names the customer '{contract_name}'; the books hold a similar customer "
                            f"{cid} '{customers[cid]}' (similarity {score:.0f}/100): a new customer would be created",
                    evidence={"contract": contract_name, "books": customers[cid], "similarity": round(score)})]


def match_customer_name(name: str, customers: dict[str, str], threshold: float = 90.0) -> str | None:
    """Id of the one customer (id -> legal name) whose name is the same company; None if none or a tie."""
    scored = sorted(((name_similarity(name, legal), cid) for cid, legal in customers.items()), reverse=True)
    if not scored or scored[0][0] < threshold or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def extraction_findings(extraction: ExtractionResult, prefix: str = "") -> list[Finding]:
    """Findings from the extractor's own warnings: ungrounded, inconsistent and disputed values."""
    findings: list[Finding] = []
    codes = {"ungrounded": "ungrounded_value", "inconsistent": "inconsistent_terms",
             "disagree": "extractor_disagreement"}
    for warning in extraction.warnings:
        kind, _, rest = warning.partition(":")
        if kind == "transcribed":
            findings.append(_transcribed_page(extraction, warning, prefix))
            continue
        if kind == "hidden_text":
            findings.append(_hidden_text(warning, prefix))
            continue
        if kind in codes and rest:
            path = rest.split(":", 1)[0]
            findings.append(Finding(code=codes[kind], message=f"{prefix}{warning}" if prefix else warning,
                                    fields=[prefix + path]))
    return findings


def _hidden_text(warning: str, prefix: str) -> Finding:
    """Text drawn so no reader can see it (white, tiny, invisible, off the page): it was left out of the reading,
    but a document that hides words is one a person must look at before money depends on it."""
    match = re.match(r"hidden_text:page (\d+)", warning)
    return Finding(code="hidden_text", severity="error", message=f"{prefix}{warning}" if prefix else warning,
                   evidence={"page": int(match.group(1)) if match else 0})


def _transcribed_page(extraction: ExtractionResult, warning: str, prefix: str) -> Finding:
    """A scanned page Claude read from the image: its quotes were checked against Claude's own transcript, not a
    text layer, so every value cited there needs a person's eye before money depends on it."""
    match = re.match(r"transcribed:page (\d+)", warning)
    page = int(match.group(1)) if match else 0
    fields = sorted(prefix + path for path, cite in extraction.citations.items() if cite.page == page)
    return Finding(code="transcribed_page", message=f"{prefix}{warning}" if prefix else warning, fields=fields,
                   evidence={"page": page})


def validate_contract(extraction: ExtractionResult, deal: Deal | None, *,
                      allowed_payment_terms: frozenset[int] = frozenset({0, 15, 30}),
                      known_skus: frozenset[str] | None = None) -> list[Finding]:
    """Findings for a new contract: CRM vs contract, missing or ungrounded values, non-standard terms."""
    t = extraction.terms
    findings = extraction_findings(extraction)
    for name in ("customer_legal_name", "service_start_date", "currency", "payment_terms_days"):
        if getattr(t, name) is None:
            findings.append(Finding(code="missing_field", severity="error", fields=[name],
                                    message=f"the contract does not state {name} (or it could not be read)"))
    if not t.line_items and not t.usage_rules:
        findings.append(Finding(code="missing_field", severity="error", fields=["line_items"],
                                message="the contract lists no fees (or they could not be read); nothing to bill"))
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
    findings.extend(schedule_findings(t))
    if deal is not None:
        findings.extend(_against_deal(extraction, deal, known_skus))
    return findings


def schedule_findings(t: ContractTerms) -> list[Finding]:
    """inconsistent_terms when terms that state what a schedule needs still give no invoice to plan.

    The planner proposes nothing then; this finding is what tells a person why.
    """
    if not (t.service_start_date and t.currency and t.line_items):
        return []  # reported as missing_field
    try:
        if t.billing_anchor:
            first_anchor_date(t.service_start_date, t.billing_anchor)
    except ValueError as exc:
        return [_unschedulable("billing_anchor", exc, t.billing_anchor)]
    try:
        build_schedule(t)
    except ValueError as exc:
        return [_unschedulable("line_items", exc, len(t.line_items))]
    return []


def _unschedulable(field: str, exc: ValueError, value: object) -> Finding:
    return Finding(code="inconsistent_terms", severity="error", fields=[field], evidence={field: value},
                   message=f"the contract's fees cannot be scheduled: {exc}")


def _against_deal(extraction: ExtractionResult, deal: Deal, known_skus: frozenset[str] | None) -> list[Finding]:
    t = extraction.terms
    out: list[Finding] = []
    if t.customer_legal_name:
        out.extend(name_findings(t.customer_legal_name, deal.account_name, "the CRM", "crm"))
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



# -- usage ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class UsageScreen:
    """What a usage file contributes to the bill after screening, and what was kept out and why."""

    customer_id: str
    totals: dict[int, Decimal]  # usage rule index -> quantity in the period
    counted_rows: int
    findings: list[Finding] = field(default_factory=list)
    by_month: dict[int, dict[str, Decimal]] = field(default_factory=dict)  # rule -> {"YYYY-MM": quantity}


def screen_usage(digest: UsageDigest, customer_id: str, known_customers: set[str], rules: list[UsageRule],
                 history: list[tuple[str, str, str, Decimal]], *, spike_factor: Decimal,
                 trailing_months: int) -> UsageScreen:
    """Keep duplicate events, out-of-period rows, unknown customers and unmapped metrics out of the bill.

    `digest` is the usage file folded for the billed period (duplicates already set apart); `history` rows
    are (customer_id, metric, "YYYY-MM", quantity) from the books. Each metric name is matched to a usage
    rule once. Returns the per-rule totals for `customer_id` and one finding per problem kind, with the
    lines involved.
    """
    period = digest.period
    findings: list[Finding] = []
    if digest.duplicates.count:
        findings.append(Finding(code="usage_duplicate_events", severity="warning",
                                message=f"{digest.duplicates.count} usage rows repeat an event_id already counted; "
                                        "each event is billed once", evidence=digest.duplicates.evidence()))
    for cid, usage in digest.customers.items():
        if cid == customer_id:
            continue
        who = ("is not a customer in the books" if cid not in known_customers
               else f"is a different customer than the contract's ({customer_id})")
        findings.append(Finding(code="usage_unknown_customer", severity="error",
                                message=f"{usage.lines.count} usage rows for customer_id '{cid}', which {who}; "
                                        "not billed", evidence={"customer_id": cid, **usage.lines.evidence()}))
    own = digest.customers.get(customer_id, CustomerUsage())
    if own.out_of_period.count:
        findings.append(Finding(code="usage_out_of_period", severity="warning",
                                message=f"{own.out_of_period.count} usage rows fall outside {period.label()}; "
                                        "not billed",
                                evidence={"period_start": period.start.isoformat(),
                                          "period_end": period.end.isoformat(), **own.out_of_period.evidence()}))
    totals: dict[int, Decimal] = {}
    months: dict[int, list[tuple[int, str, Decimal]]] = {}  # rule -> (first line, "YYYY-MM", quantity)
    negative: list[Lines] = []
    counted = 0
    for metric, used in own.metrics.items():
        index = match_metric(metric, rules)
        if index is None:
            findings.append(Finding(code="sku_unmapped", severity="error", fields=["usage_rules"],
                                    message=f"usage metric '{metric}' ({used.lines.count} rows) matches no usage "
                                            "rule of the contract; not billed",
                                    evidence={"metric": metric, **used.lines.evidence()}))
            continue
        counted += used.lines.count
        negative.append(used.negative)
        totals[index] = totals.get(index, Decimal(0)) + sum((m.quantity for m in used.months.values()), Decimal(0))
        months.setdefault(index, []).extend((m.first_line, key, m.quantity) for key, m in used.months.items())
    by_month: dict[int, dict[str, Decimal]] = {}
    for index, parts in months.items():
        merged = by_month[index] = {}
        for _, key, quantity in sorted(parts):  # months in the order their first row appears in the file
            merged[key] = merged.get(key, Decimal(0)) + quantity
    negatives = Lines.merged(negative)
    if negatives.count:
        findings.append(Finding(code="usage_negative_quantity", severity="warning",
                                message=f"{negatives.count} usage rows have negative quantities (corrections?)",
                                evidence=negatives.evidence()))
    findings.extend(_spikes(totals, period, customer_id, rules, history, spike_factor, trailing_months))
    return UsageScreen(customer_id, totals, counted, findings, by_month)


def usage_history_by_rule(history: list[tuple[str, str, str, Decimal]], customer_id: str,
                          rules: list[UsageRule]) -> dict[int, dict[str, Decimal]]:
    """The customer's history per usage rule index: {rule: {"YYYY-MM": quantity}} (metric names matched by meaning)."""
    out: dict[int, dict[str, Decimal]] = {}
    for cid, metric, month, quantity in history:
        if cid != customer_id:
            continue
        index = match_metric(metric, rules)
        if index is not None:
            months = out.setdefault(index, {})
            months[month] = months.get(month, Decimal(0)) + quantity
    return out


def _spikes(totals: dict[int, Decimal], period: Period, customer_id: str, rules: list[UsageRule],
            history: list[tuple[str, str, str, Decimal]], factor: Decimal, months: int) -> list[Finding]:
    out: list[Finding] = []
    by_rule = usage_history_by_rule(history, customer_id, rules)
    for index, total in totals.items():
        average = trailing_average(by_rule.get(index, {}), period.start, months)
        if average is None:
            continue
        current = monthly_equivalent(total, period)
        if current > factor * average:
            out.append(Finding(
                code="usage_spike", severity="warning", fields=[f"usage_rules[{index}]"],
                message=f"{rules[index].metric}: {current.normalize():f} per month is above {factor} x the trailing "
                        f"average of {average.normalize():f}",
                evidence={"metric": rules[index].metric, "monthly": str(current), "trailing_average": str(average),
                          "factor": str(factor)}))
    return out


# -- payments -------------------------------------------------------------------------------------
def payment_findings(applications: list[CashApplication], already_recorded: set[str]) -> list[Finding]:
    """Short, over, unmatched and already-recorded payments, each naming the payment and invoices."""
    out: list[Finding] = []
    for app in applications:
        p = app.payment
        where = {"payment_id": p.payment_id, "line": p.row, "amount": str(p.amount), "currency": p.currency}
        if p.payment_id in already_recorded:
            out.append(Finding(code="duplicate_payment", severity="warning", evidence=where,
                               message=f"payment {p.payment_id} is already recorded in the books; not applied again"))
            continue
        if app.outcome == "short":
            rest = ", ".join(f"{inv} {amt}" for inv, amt in app.remaining)
            out.append(Finding(code="short_payment", severity="warning",
                               evidence={**where, "remaining": {inv: str(a) for inv, a in app.remaining}},
                               message=f"payment {p.payment_id} of {p.amount} {p.currency} leaves {rest} open"))
        elif app.outcome == "over":
            out.append(Finding(code="overpayment", severity="warning",
                               evidence={**where, "unapplied": str(app.unapplied)},
                               message=f"payment {p.payment_id} exceeds the invoices it pays by {app.unapplied} "
                                       f"{p.currency}; kept as unapplied cash"))
        elif app.outcome == "unmatched":
            out.append(Finding(code="unmatched_payment", severity="error", evidence={**where, "payer": p.payer},
                               message=f"payment {p.payment_id} ({p.amount} {p.currency} from {p.payer}) matches no "
                                       f"open invoice ({app.note}); it waits in unapplied cash until it is matched"))
    return out


# -- change requests and amendments ---------------------------------------------------------------
def change_request_findings(invoice_ref: str, found: bool, *, credit: Decimal | None, creditable: Decimal | None,
                            currency: str | None, requested_currency: str | None, write_off: Decimal | None = None,
                            open_balance: Decimal | None = None) -> list[Finding]:
    """Unknown invoice, a credit above what the invoice still holds, a write-off above what is still owed, or a
    currency that is not the invoice's."""
    if not found:
        return [Finding(code="unknown_invoice", severity="error", fields=["invoice"],
                        message=f"invoice {invoice_ref} is not in the books", evidence={"invoice": invoice_ref})]
    out: list[Finding] = []
    if requested_currency and currency and requested_currency.upper() != currency:
        out.append(Finding(code="currency_mismatch", severity="error", fields=["currency"],
                           message=f"request is in {requested_currency}, invoice {invoice_ref} in {currency}",
                           evidence={"request": requested_currency, "invoice": currency}))
    if credit is not None and creditable is not None and credit > creditable:
        out.append(Finding(code="credit_exceeds_invoice", severity="error", fields=["amount"],
                           message=f"credit of {credit} exceeds the {creditable} still creditable on {invoice_ref}",
                           evidence={"credit": str(credit), "creditable": str(creditable)}))
    if write_off is not None and open_balance is not None and write_off > open_balance:
        out.append(Finding(code="write_off_exceeds_balance", severity="error", fields=["write_off"],
                           message=f"write-off of {write_off} exceeds the {open_balance} still owed on {invoice_ref}",
                           evidence={"write_off": str(write_off), "open_balance": str(open_balance)}))
    return out


def request_precision_findings(amounts: list[tuple[str, Decimal]], currency: str) -> list[Finding]:
    """An amount of a change request finer than the invoice's currency: refused, never rounded into a different
    credit (400.001 USD is not 400.00)."""
    out: list[Finding] = []
    for name, value in amounts:
        if round_money(value, currency) != value:
            out.append(Finding(code="amount_precision", severity="error", fields=[name],
                               message=f"{name} {value} has more decimals than {currency} allows "
                                       f"({minor_units(currency)}); write the exact amount to credit",
                               evidence={name: str(value), "currency": currency}))
    return out


def amendment_findings(contract: ExtractionResult, amendment: ExtractionResult, effective: date | None,
                       term: Period | None) -> list[Finding]:
    """The amendment must name the same customer, a change date inside the term, and lines to change."""
    out = extraction_findings(amendment, prefix="amendment.")
    c, a = contract.terms.customer_legal_name, amendment.terms.customer_legal_name
    if c and a and name_similarity(c, a) < 100:
        out.append(Finding(code="customer_name_mismatch", severity="error", fields=["amendment.customer_legal_name"],
                           message=f"the amendment names '{a}', the contract '{c}'",
                           evidence={"contract": c, "amendment": a}))
    if effective is None:
        out.append(Finding(code="missing_field", severity="error", fields=["amendment.effective_date"],
                           message="the amendment does not state its effective date (or it could not be read)"))
    elif term is not None and not term.contains(effective):
        out.append(Finding(code="date_mismatch", severity="error", fields=["amendment.effective_date"],
                           message=f"the amendment takes effect {effective}, outside the term {term.label()}"))
    if not amendment.terms.line_items:
        out.append(Finding(code="missing_field", severity="error", fields=["amendment.line_items"],
                           message="the amendment lists no fee lines to change (or they could not be read)"))
    cur_c, cur_a = contract.terms.currency, amendment.terms.currency
    if cur_c and cur_a and cur_c != cur_a:
        out.append(Finding(code="currency_mismatch", severity="error", fields=["amendment.currency"],
                           message=f"the amendment is in {cur_a}, the contract in {cur_c}"))
    return out
