"""The embedded extractor: deterministic, offline, cited. Order-form text in, ContractTerms out.

How it reads (details in docs/extraction.md):
1. settle the document's conventions: day-first or month-first numeric dates, decimal comma or point;
2. segment pages into lines, label/value pairs and clauses (`rules_segment`);
3. propose candidates for each term from labels, then prose phrasings (`rules_fields`, vocabulary in
   `rules_vocab`); a labelled value outranks a sentence, the earliest wins among equals;
4. read fee tables, fee lines and ramps (`rules_tables`), and usage tiers (`rules_usage`);
5. cite every value with the line, row or sentence it came from, and how it was found (`Citation.method`: a
   label, a learned label, a table row, a sentence, a heading, the amounts' currency); leave what it cannot read null
   and say so in `warnings` (`not_found:<field>`), never guessing and never emitting a computed
   value as if the document stated it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from pydantic import ValidationError

from accrue.core.document import Document
from accrue.core.errors import InputError
from accrue.core.terms import Citation, ContractTerms, ExtractionResult
from accrue.core.textnorm import find_money, infer_day_first, infer_decimal_comma, normalise_ws
from accrue.extraction import rules_vocab as V
from accrue.extraction.rules_fields import (
    RANK_LABEL,
    Candidate,
    Context,
    read_billing_block,
    read_clauses,
    read_currency_from_amounts,
    read_head_date,
    read_issuer,
    read_letter_parties,
    read_non_standard,
    read_other_party,
    read_pairs,
    read_parties,
    read_side_by_side,
    read_start_questions,
    read_tick_boxes,
    read_titles,
)
from accrue.extraction.rules_grid import read_grid_tables
from accrue.extraction.rules_rows import drop_row_references, read_arithmetic_rows, tidy_description
from accrue.extraction.rules_segment import Span, segment
from accrue.extraction.rules_tables import (
    Draft,
    line_items_json,
    read_fee_lines,
    read_fee_pairs,
    read_tables,
    unsettled_amounts,
)
from accrue.extraction.rules_usage import read_prose_usage, read_usage, usage_rules_json

SCALAR_FIELDS = (
    "customer_legal_name", "vendor_legal_name", "order_form_number", "billing_contact_email", "currency",
    "effective_date", "service_start_date", "service_end_date", "term_months", "auto_renew", "renewal_term_months",
    "non_renewal_notice_days", "payment_terms_days", "billing_frequency", "billing_timing", "billing_anchor",
    "po_required", "po_number", "total_contract_value", "price_escalator_percent", "late_fee_percent_per_month",
)
# The most text the reader takes from one document: 200 pages (the page limit) of dense text. Every pattern runs in
# linear time, so this bounds a run's time (about 5 s at the limit on one core) as the page limit bounds its memory.
MAX_TEXT_CHARS = 1_000_000
# Terms every order form states; their absence is reported as `not_found:<field>`.
CORE_FIELDS = ("customer_legal_name", "vendor_legal_name", "currency", "effective_date", "service_start_date",
               "payment_terms_days", "billing_frequency", "line_items")


def refuse_oversized(doc: Document) -> None:
    """Refuse a document with more text than the embedded reader reads; callers that store a run check it first,
    so such a document is refused before anything is written."""
    size = sum(len(p) for p in doc.pages)
    if size > MAX_TEXT_CHARS:
        raise InputError(doc.source, f"has {size:,} characters of text, over the {MAX_TEXT_CHARS:,} the embedded "
                         "reader reads", "pass only the order form, or split the document")


class RulesExtractor:
    """Reads label/value cover pages, prose clauses, fee tables, ramps and usage tiers without a model.

    `labels` is the vocabulary of form labels it reads (the built-in one by default; with the labels people
    taught it by correcting runs: `accrue.extraction.learned_labels.vocabulary`).
    """

    name = "rules"

    def __init__(self, labels: Mapping[str, str] | None = None) -> None:
        self.labels = labels if labels is not None else V.LABELS

    def extract(self, doc: Document) -> ExtractionResult:
        refuse_oversized(doc)
        full = "\n".join(doc.pages)
        labels = V.with_defined_labels(self.labels, normalise_ws(full))
        seg = segment(doc, labels)
        decimal_comma = infer_decimal_comma(full)
        day_first = infer_day_first(full)
        warnings: list[str] = []
        if day_first is None:
            day_first = bool(decimal_comma)
            if _has_ambiguous_numeric_date(full):
                order = "day/month" if day_first else "month/day"
                warnings.append(f"ambiguous_dates: numeric dates read as {order}; no date in the document settles it")
        ctx = Context(seg, day_first, decimal_comma)
        read_pairs(ctx)
        read_side_by_side(ctx, labels)
        read_clauses(ctx)
        read_billing_block(ctx)
        read_head_date(ctx)
        read_tick_boxes(ctx)
        read_start_questions(ctx)
        read_parties(ctx)
        read_titles(ctx)
        read_currency_from_amounts(ctx)
        vendor = ctx.best("vendor_legal_name")
        read_letter_parties(ctx, vendor.value if vendor else None)
        read_issuer(ctx)
        read_other_party(ctx)
        _purchase_order_number(ctx)
        values: dict[str, Any] = {}
        cites: dict[str, Citation] = {}
        for name in SCALAR_FIELDS:
            best = ctx.best(name)
            if best is not None:
                values[name] = best.value
                cites[name] = Citation(page=best.page, quote=best.quote, method=best.method)
        _not_the_vendors_address(values, cites)
        warnings.extend(_stated_twice(ctx))
        ctx.currency_hint = values.get("currency")
        commitment = ctx.best("minimum_commitment")
        if commitment is not None:
            values["minimum_commitment"] = commitment.value
            for leaf in ("amount", "period"):
                cites[f"minimum_commitment.{leaf}"] = Citation(page=commitment.page, quote=commitment.quote,
                                                               method=commitment.method)
        consumed: set[tuple[int, int]] = set()
        usage = read_usage(ctx, consumed) or read_prose_usage(ctx)
        grid, gridded = read_grid_tables(ctx, consumed)
        drafts = (grid + [replace(d, method="table") for d in read_tables(ctx, consumed, gridded)]
                  + [replace(d, method="label") for d in read_fee_pairs(ctx, consumed)]
                  + [replace(d, method="prose") for d in read_fee_lines(ctx, consumed)])
        for draft in drafts:  # a line that gave an item's price is read; the arithmetic reader takes only the rest
            where = draft.spans.get("unit_price")
            if where is not None:
                page = seg.pages[where.page - 1]
                consumed.update((x.page, x.index) for x in page.lines_overlapping(where.start, where.start + 1))
        drafts += read_arithmetic_rows(ctx, consumed)
        for draft in drafts:
            tidy_description(ctx, draft)
            where = draft.spans.get("description")
            if where is not None:
                _verbatim_description(draft, doc, len(seg.pages[where.page - 1].text))
        drop_row_references(drafts)
        # in reading order of the price: a description may come from elsewhere (a lead-in, a product label)
        drafts.sort(key=lambda d: _reading_position(d.spans.get("unit_price") or d.spans["description"]))
        values["line_items"] = line_items_json(drafts, cites)
        values["usage_rules"] = usage_rules_json(usage, cites)
        values["non_standard_terms"] = _non_standard(ctx, cites)
        warnings.extend(_priced_in_another_currency(values, cites, decimal_comma))
        warnings.extend(unsettled_amounts(values, cites, decimal_comma))
        terms = _validated(values, cites, warnings)
        warnings.extend(_coverage_warnings(terms, doc))
        return ExtractionResult(terms=terms, citations=cites, warnings=warnings, extractor=self.name)


_PRICE_LEAVES = re.compile(r"^(?:line_items\[\d+\]\.(?:unit_price|net_amount)|"
                           r"usage_rules\[\d+\]\.tiers\[\d+\]\.unit_price)$")
# A currency written as a code or an unambiguous symbol; "$" alone is also the Canadian, Australian... dollar.
_NAMED_CURRENCY = re.compile(r"[A-Z]{3}|[€£¥₹]")


def _priced_in_another_currency(values: dict[str, Any], cites: dict[str, Citation],
                                decimal_comma: bool | None) -> list[str]:
    """`inconsistent:currency:` for a price whose quote names a currency other than the contract's ("EUR 18.00" in
    a USD form): billing it in the contract's currency would bill the wrong amount, so the run holds."""
    currency = values.get("currency")
    if not currency:
        return []
    out: list[str] = []
    for path, cite in cites.items():
        if not _PRICE_LEAVES.match(path):
            continue
        for money in find_money(cite.quote, decimal_comma=decimal_comma):
            if money.currency != currency and _NAMED_CURRENCY.search(money.text):
                out.append(f'inconsistent:currency: the contract is in {currency} but {path} is priced in '
                           f'{money.currency} on page {cite.page} ("{cite.quote}")')
                break
    return out


# Terms that decide who is billed, what, when or how much: stated twice with different values, the run holds.
CONFLICT_FIELDS = ("currency", "effective_date", "service_start_date", "service_end_date", "term_months",
                   "payment_terms_days", "billing_frequency", "billing_timing", "total_contract_value")


def _stated_twice(ctx: Context) -> list[str]:
    """`inconsistent:` warnings for a billing term that two labels state with different values (a cover page and a
    body, two "Payment Terms" lines): the reader keeps the first, and the gate holds the run for a person."""
    out: list[str] = []
    for name in CONFLICT_FIELDS:
        first: dict[Any, Candidate] = {}
        for c in sorted((c for c in ctx.candidates if c.field == name and c.rank >= RANK_LABEL),
                        key=lambda c: c.position):
            first.setdefault(c.value, c)
        if len(first) > 1:
            a, b = list(first.values())[:2]
            out.append(f'inconsistent:{name}: stated as {a.value} on page {a.page} ("{a.quote}") and as {b.value} '
                       f'on page {b.page} ("{b.quote}")')
    return out


def _verbatim_description(draft: Draft, doc: Document, normalised_length: int) -> None:
    """The description as the page writes it: the reader sees dashes and quotes normalised ('Stream - Platform'),
    the page says 'Stream — Platform'."""
    desc, where = draft.values.get("description"), draft.spans.get("description")
    if not isinstance(desc, str) or where is None or not 1 <= where.page <= len(doc.pages):
        return
    pattern = "".join(_VARIANTS.get(ch, re.escape(ch)) for ch in desc)
    raw = doc.pages[where.page - 1]
    # normalising only removes characters, so the words stand at or after their normalised offset, and no further
    # after it than the page shrank: searching that window, not the page, keeps long pages linear
    shrink = max(0, len(raw) - normalised_length)
    m = re.compile(pattern).search(raw, where.start, where.start + len(where.text) + shrink)
    if m:
        draft.values["description"] = " ".join(m.group(0).split())


# each character the reader normalises, and what the page may have written instead
_VARIANTS = {"-": "[-\u2010-\u2015\u2212]", "'": "['\u2018\u2019]", '"': "[\"\u201c\u201d]", " ": "\\s+"}


def _of_the_vendor(email: str, vendor: str) -> bool:
    """Is the address at the vendor's own domain ('billing@veridianloop.example' for Veridian Loop Technologies)?"""
    domain = re.sub(r"[^a-z0-9]", "", email.rpartition("@")[2].split(".")[0].lower())
    words = [re.sub(r"[^a-z0-9]", "", w.lower()) for w in vendor.split()]
    words = [w for w in words if w]
    return bool(domain and words) and (domain.startswith("".join(words[:2])) or
                                       (len(words[0]) >= 4 and domain.startswith(words[0])))


def _not_the_vendors_address(values: dict[str, Any], cites: dict[str, Citation]) -> None:
    """The billing contact is where the customer receives invoices: an address at the vendor's own domain (its
    receivables desk, its account manager) is not it. Another address in the same quote takes its place."""
    email, vendor = values.get("billing_contact_email"), values.get("vendor_legal_name")
    if not email or not vendor or not _of_the_vendor(email, vendor):
        return
    other = next((m.group(0) for m in V.EMAIL.finditer(cites["billing_contact_email"].quote)
                  if not _of_the_vendor(m.group(0), vendor)), None)
    if other is None:
        del values["billing_contact_email"], cites["billing_contact_email"]
    else:
        values["billing_contact_email"] = other


def _reading_position(span: Span) -> tuple[int, int]:
    return span.page, span.start


def _purchase_order_number(ctx: Context) -> None:
    """A customer's purchase order is itself the order: its PO number is the order's number."""
    first = ctx.seg.pages[0].lines[:8] if ctx.seg.pages else []
    # within the first four lines, or as the document's title line under a letterhead
    near_top = any(re.search(r"\bpurchase order\b", x.text, re.I) for x in first[:4])
    titled = any(re.fullmatch(r"\W*purchase order\W*", x.text, re.I) for x in first)
    if not near_top and not titled:
        return
    po = ctx.best("po_number")
    # under a title further down, only a number its own label states ("PO Number 260417-HCSD") is the order's
    stated = po is not None and bool(re.search(rf"(?:number|no\.?|#)\s*:?\s*{re.escape(str(po.value))}", po.quote,
                                               re.I))
    if po is not None and po.rank >= RANK_LABEL and (near_top or stated):
        ctx.candidates.append(Candidate("order_form_number", po.value, po.page, po.quote, RANK_LABEL + 1,
                                        po.position, po.method))


def _has_ambiguous_numeric_date(text: str) -> bool:
    return bool(re.search(r"(?<![\d/.])(?:0?[1-9]|1[0-2])[/.](?:0?[1-9]|1[0-2])[/.](?:19|20)\d\d\b", text))


def _non_standard(ctx: Context, cites: dict[str, Citation]) -> list[str]:
    found: list[str] = []
    for summary, span in read_non_standard(ctx):
        cites[f"non_standard_terms[{len(found)}]"] = Citation(page=span.page, quote=span.text, method="prose")
        found.append(summary)
    return found


def _validated(values: dict[str, Any], cites: dict[str, Citation], warnings: list[str]) -> ContractTerms:
    """ContractTerms from the values; a value that breaks a hard rule (end before start) is dropped with a warning."""
    for _ in range(6):
        try:
            return ContractTerms.model_validate(values)
        except ValidationError as exc:
            error = exc.errors()[0]
            loc = [str(p) for p in error["loc"]]
            name = loc[0] if loc else ""
            if name in ("line_items", "usage_rules") and len(loc) > 1 and loc[1].isdigit():
                values[name].pop(int(loc[1]))
                for key in [k for k in cites if k.startswith(f"{name}[")]:
                    cites.pop(key)
                warnings.append(f"conflict:{name}[{loc[1]}]: {error['msg']}; the item was not read")
                continue
            if not name:
                name = "service_end_date"
            warnings.append(f"conflict:{name}: {error['msg']}; left null")
            values[name] = None if name not in ("line_items", "usage_rules", "non_standard_terms") else []
            for key in [k for k in cites if k == name or k.startswith(f"{name}.") or k.startswith(f"{name}[")]:
                cites.pop(key)
    return ContractTerms()


def _coverage_warnings(terms: ContractTerms, doc: Document) -> list[str]:
    out: list[str] = []
    if doc.textless_pages:
        pages = ", ".join(str(p) for p in doc.textless_pages)
        out.append(f"textless_pages: page(s) {pages} of {doc.source} have no text layer; nothing on them was read "
                   f"(OCR them or use --extractor claude)")
    missing = [name for name in CORE_FIELDS if getattr(terms, name) in (None, [])]
    out.extend(f"not_found:{name}" for name in missing)
    if len(missing) == len(CORE_FIELDS):
        out.append(f"no_terms: {doc.source} has no recognisable order-form terms; check that it is a signed "
                   f"order form")
    return out
