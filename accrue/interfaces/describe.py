"""Actions in words: one plain sentence per proposed action, plus a small table where one helps.

The terminal, the web inbox and the chat all describe actions with these functions, so an
approver reads the same sentence everywhere: amounts with their currency, dates as
YYYY-MM-DD, customers and invoices by name and number (through `names`, which maps the
ids the books use to what people call them), and never a field name, a Python repr or
`None`. Pure: action JSON in, text out; `--json` output never passes through here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from accrue.core.money import format_money

TITLES = {
    "create_customer": "New customer", "create_subscription": "New subscription", "create_invoice": "Invoice",
    "create_credit_note": "Credit note", "apply_payment": "Payment", "apply_credit": "Apply credit",
    "close_period": "Close period", "write_off": "Write-off",
    "create_collections_task": "Collections task", "post_journal_entry": "Journal entry",
    "update_crm": "CRM update", "notify": "Notification", "refund_credit": "Refund",
}
STATUS_WORDS = {"proposed": "proposed", "approved": "approved", "rejected": "rejected", "executed": "done",
                "failed": "failed"}
FREQUENCY = {"annual": "annually", "semiannual": "every six months", "quarterly": "quarterly", "monthly": "monthly",
             "one_time": "once"}
PERIOD = {"year": "a year", "quarter": "a quarter", "month": "a month", "one_time": "one-time"}


@dataclass
class SmallTable:
    """A few rows a person reads beside the sentence: an invoice's lines, a payment's allocations, a schedule."""

    title: str
    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)
    right: set[int] = field(default_factory=set)  # columns holding amounts, aligned right


@dataclass
class Described:
    title: str
    sentence: str
    tables: list[SmallTable] = field(default_factory=list)


def money(amount: Any, currency: str | None) -> str:
    """`USD 24,000.00`; an amount that is not a number is shown as given."""
    try:
        value = Decimal(str(amount))
    except (InvalidOperation, ValueError):
        return str(amount)
    return format_money(value, currency) if currency else f"{value:,}"


def price(amount: Any, currency: str | None) -> str:
    """A unit price: like `money`, but never rounded away (`EUR 0.002` stays `EUR 0.002`)."""
    try:
        value = Decimal(str(amount))
    except (InvalidOperation, ValueError):
        return str(amount)
    text = money(value, currency)
    shown = Decimal(text.split()[-1].replace(",", ""))
    return text if shown == value else f"{currency + ' ' if currency else ''}{value.normalize():,f}"


def title(action_type: str) -> str:
    return TITLES.get(action_type, action_type.replace("_", " ").capitalize())


def names_in_run(actions: list[dict[str, Any]], books: Mapping[str, str] | None = None) -> dict[str, str]:
    """Ids -> what people call them: the books' names and numbers first, then what the run itself creates."""
    names = dict(books or {})
    for a in actions:
        if a.get("type") == "create_customer" and a.get("customer_id"):
            names.setdefault(a["customer_id"], a.get("customer_legal_name") or a["customer_id"])
        if a.get("type") == "create_invoice" and a.get("invoice_id"):
            names.setdefault(a["invoice_id"], "the new invoice")
        if a.get("type") == "create_subscription" and a.get("subscription_id"):
            names.setdefault(a["subscription_id"], "the subscription")
    return names


def humanise(text: str, names: Mapping[str, str]) -> str:
    """Free text (a memo) with any id it mentions replaced by its name or number."""
    for ident in sorted(names, key=len, reverse=True):
        text = text.replace(ident, names[ident])
    return text


def reasons(a: dict[str, Any], names: Mapping[str, str] | None = None) -> list[str]:
    """Why an action needs a person, with any id a reason mentions read as its name or number."""
    return [humanise(str(r), names or {}) for r in a.get("reasons", [])]


def describe(a: dict[str, Any], names: Mapping[str, str] | None = None) -> Described:
    """The sentence (and tables) for one action's JSON."""
    known = names or {}
    describer = _DESCRIBERS.get(a.get("type", ""))
    if describer is None:
        return Described(title(a.get("type", "action")), "An action of a kind this version cannot describe.")
    sentence, tables = describer(a, lambda ident: known.get(ident, ident) if ident else "")
    return Described(title(a["type"]), sentence, tables)


Name = Callable[[str | None], str]


def _customer(a: dict[str, Any], name: Name) -> tuple[str, list[SmallTable]]:
    email = f"; invoices go to {a['billing_email']}" if a.get("billing_email") else ""
    return f"Create customer {a['customer_legal_name']}, billed in {a['currency']}{email}.", []


def _subscription(a: dict[str, Any], name: Name) -> tuple[str, list[SmallTable]]:
    cur = a["currency"]
    until = f" to {a['end_date']}" if a.get("end_date") else ""
    timing = "in advance" if a.get("billing_timing") == "advance" else "in arrears"
    schedule = a.get("schedule") or []
    planned = f", {len(schedule)} invoice(s) planned" if schedule else ""
    sentence = (f"Start {name(a['customer'])}'s subscription from {a['start_date']}{until}, billed "
                f"{FREQUENCY.get(a['billing_frequency'], a['billing_frequency'])} {timing} in {cur}{planned}.")
    items = SmallTable("Items", ["item", "qty", "price", "per"], right={1, 2})
    for i in a.get("items", []):
        discount = f" less {i['discount_percent']}%" if i.get("discount_percent") else ""
        items.rows.append([f"{i['description']}{discount}", _number(i["quantity"]), price(i["unit_price"], cur),
                           PERIOD.get(i["price_period"], i["price_period"])])
    tables = [items]
    if schedule:
        plan = SmallTable("Billing schedule", ["invoice date", "due", "period", "amount"], right={3})
        for row in schedule:
            period = f"{row['period_start']} to {row['period_end']}" if row.get("period_start") else ""
            plan.rows.append([str(row.get("invoice_date", "")), str(row.get("due_date") or ""), period,
                              money(row.get("amount", ""), row.get("currency") or cur)])
        tables.append(plan)
    revenue = a.get("revenue_schedule") or []
    if revenue:
        total = sum((Decimal(str(r["amount"])) for r in revenue), Decimal(0))
        sentence += (f" Revenue of {money(total, cur)} is recognised monthly from {revenue[0]['month']} to "
                     f"{revenue[-1]['month']}.")
    return sentence, tables


def _invoice(a: dict[str, Any], name: Name) -> tuple[str, list[SmallTable]]:
    cur = a["currency"]
    po = a.get("po_number") or ""
    po = f", {po}" if po.upper().startswith("PO") else (f", PO {po}" if po else "")
    sentence = (f"Invoice {name(a['customer'])} {money(a['amount'], cur)}, dated {a['invoice_date']}, due "
                f"{a['due_date']}{po}.")
    lines = SmallTable("Lines", ["description", "period", "amount"], right={2})
    for ln in a.get("lines", []):
        period = f"{ln['period_start']} to {ln['period_end']}" if ln.get("period_start") else ""
        lines.rows.append([ln["description"], period, money(ln["amount"], cur)])
    return sentence, [lines]


def _credit(a: dict[str, Any], name: Name) -> tuple[str, list[SmallTable]]:
    return f"Credit {money(a['amount'], a['currency'])} on {name(a['invoice_id'])}: {a['reason']}.", []


def _payment(a: dict[str, Any], name: Name) -> tuple[str, list[SmallTable]]:
    cur = a["currency"]
    payer = f" from {name(a['customer'])}" if a.get("customer") else (f" from {a['payer']}" if a.get("payer") else "")
    when = f" received {a['payment_date']}" if a.get("payment_date") else ""
    ref = f" (reference {a['reference']})" if a.get("reference") else ""
    allocations = a.get("allocations", [])
    applied = ", ".join(f"{money(x['amount'], cur)} to {name(x['invoice_id'])}" for x in allocations[:3])
    more = f" and {len(allocations) - 3} more" if len(allocations) > 3 else ""
    rest = Decimal(str(a.get("unapplied_amount") or 0))
    left = f"; {money(rest, cur)} stays unapplied" if rest else ""
    sentence = (f"Apply the payment of {money(a.get('amount', 0), cur)}{payer}{when}{ref}: "
                f"{applied or 'nothing applied'}{more}{left}.")
    table = SmallTable("Allocations", ["invoice", "amount"], right={1})
    table.rows = [[name(x["invoice_id"]), money(x["amount"], cur)] for x in allocations]
    return sentence, [table] if len(allocations) > 1 else []


def _write_off(a: dict[str, Any], name: Name) -> tuple[str, list[SmallTable]]:
    return f"Write off {money(a['amount'], a['currency'])} on {name(a['invoice_id'])}: {a['reason']}.", []


def _collections(a: dict[str, Any], name: Name) -> tuple[str, list[SmallTable]]:
    return (f"Ask collections to chase {money(a['amount_outstanding'], a['currency'])} open on "
            f"{name(a['invoice_id'])}: {a['reason']}."), []


def _journal(a: dict[str, Any], name: Name) -> tuple[str, list[SmallTable]]:
    cur = a["currency"]
    lines = a.get("lines", [])
    total = sum((Decimal(str(ln["debit"])) for ln in lines), Decimal(0))
    # The memo says what the entry records in words ("Payment P-1001 from Initech LLC", "Revenue recognition
    # 2026-03"); the source reference alone can be a key no person uses ("close:2026-03").
    memo = re.sub(r"[\w-]+", lambda m: name(m.group(0)), a.get("memo") or "").strip()
    what = f": {memo}" if memo else (f", recording {name(a['source_ref'])}" if a.get("source_ref") else "")
    sentence = f"Post a journal entry of {money(total, cur)} dated {a['date']}{what}."
    table = SmallTable("Journal lines", ["account", "debit", "credit"], right={1, 2})
    for ln in lines:
        table.rows.append([ln["account"], _money_or_blank(ln["debit"], cur), _money_or_blank(ln["credit"], cur)])
    return sentence, [table]


def _crm(a: dict[str, Any], name: Name) -> tuple[str, list[SmallTable]]:
    changes = "; ".join(f"{k.removesuffix('_id').replace('_', ' ')}: {_crm_value(str(v), name)}"
                        for k, v in a.get("fields", {}).items())
    return f"Update CRM deal {a['deal_id']}: {changes or 'no fields'}.", []


def _crm_value(value: str, name: Name) -> str:
    """A CRM field's value as a person reads it: an amount the CRM stores as '24000.00 USD' reads 'USD 24,000.00'."""
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?) ([A-Z]{3})", value)
    return money(m.group(1), m.group(2)) if m else name(value)


def _notify(a: dict[str, Any], name: Name) -> tuple[str, list[SmallTable]]:
    return f"Tell {a['channel']}: {a['message']}", []


def _apply_credit(a: dict[str, Any], name: Name) -> tuple[str, list[SmallTable]]:
    cur = a["currency"]
    held = ("the unapplied cash of payment " + a["payment_id"]) if a.get("payment_id") else "the credit balance"
    allocations = a.get("allocations", [])
    applied = ", ".join(f"{money(x['amount'], cur)} to {name(x['invoice_id'])}" for x in allocations)
    table = SmallTable("Allocations", ["invoice", "amount"], right={1})
    table.rows = [[name(x["invoice_id"]), money(x["amount"], cur)] for x in allocations]
    return (f"Apply {held} of {name(a['customer'])}: {applied or 'nothing applied'}.",
            [table] if len(allocations) > 1 else [])


def _refund(a: dict[str, Any], name: Name) -> tuple[str, list[SmallTable]]:
    cur = a["currency"]
    sources = [f"{money(a['from_credit_balance'], cur)} of their credit balance"] if Decimal(
        str(a.get("from_credit_balance") or 0)) else []
    sources += [f"{money(d['amount'], cur)} of payment {d['payment_id']}'s unapplied cash"
                for d in a.get("from_unapplied", [])]
    return (f"Refund {money(a['amount'], cur)} to {name(a['customer'])} in cash ({' and '.join(sources)}): "
            f"{a['reason']}."), []


def _close(a: dict[str, Any], name: Name) -> tuple[str, list[SmallTable]]:
    return (f"Close the books for {a['month']}: nothing is posted on or before {a['closes_through']} again "
            "(later entries go to the open period)."), []


_DESCRIBERS: dict[str, Callable[[dict[str, Any], Name], tuple[str, list[SmallTable]]]] = {
    "create_customer": _customer, "create_subscription": _subscription, "create_invoice": _invoice,
    "create_credit_note": _credit, "apply_payment": _payment, "write_off": _write_off,
    "create_collections_task": _collections, "post_journal_entry": _journal, "update_crm": _crm, "notify": _notify,
    "apply_credit": _apply_credit, "close_period": _close, "refund_credit": _refund,
}


def _number(value: Any) -> str:
    try:
        return f"{Decimal(str(value)).normalize():f}"
    except (InvalidOperation, ValueError):
        return str(value)


def _money_or_blank(amount: Any, currency: str) -> str:
    try:
        return "" if Decimal(str(amount)) == 0 else money(amount, currency)
    except (InvalidOperation, ValueError):
        return str(amount)


TERM_LABELS = {
    "customer_legal_name": "Customer", "vendor_legal_name": "Vendor", "order_form_number": "Order form",
    "billing_contact_email": "Billing email", "currency": "Currency", "effective_date": "Effective",
    "service_start_date": "Service start", "service_end_date": "Service end", "term_months": "Term",
    "auto_renew": "Renews automatically", "renewal_term_months": "Renewal term",
    "non_renewal_notice_days": "Non-renewal notice", "payment_terms_days": "Payment terms",
    "billing_frequency": "Billed", "billing_timing": "Billed in", "billing_anchor": "Billing anchor",
    "po_required": "PO required", "po_number": "PO number", "line_items": "Line item",
    "total_contract_value": "Contract value", "minimum_commitment": "Minimum commitment",
    "usage_rules": "Usage", "price_escalator_percent": "Price escalator",
    "late_fee_percent_per_month": "Late fee", "non_standard_terms": "Non-standard terms",
}


def term_label(path: str) -> str:
    """'line_items[1]' -> 'Line item 2'; 'payment_terms_days' -> 'Payment terms'."""
    m = re.fullmatch(r"(\w+)\[(\d+)\]", path)
    if m:
        return f"{TERM_LABELS.get(m.group(1), m.group(1))} {int(m.group(2)) + 1}"
    return TERM_LABELS.get(path, path.replace("_", " ").capitalize())


def term_text(field: str, value: Any, currency: str | None) -> str:
    """A terms value as a person reads it: Net 45, USD 24,000.00 a year, 12 months, yes/no."""
    if value is None or value == [] or value == {}:
        return "not stated"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if field == "payment_terms_days":
        return "due on receipt" if int(value) == 0 else f"Net {value}"
    if field in {"term_months", "renewal_term_months"}:
        return f"{value} months"
    if field == "non_renewal_notice_days":
        return f"{value} days"
    if field in {"price_escalator_percent"}:
        return f"{_number(value)}% a year"
    if field == "late_fee_percent_per_month":
        return f"{_number(value)}% a month"
    if field == "total_contract_value":
        return money(value, currency)
    if field == "minimum_commitment" and isinstance(value, dict):
        return f"{money(value.get('amount'), currency)} per {value.get('period', 'period')}"
    if field == "billing_frequency":
        return str(FREQUENCY.get(str(value), value))
    if field == "billing_timing":
        return "advance" if value == "advance" else "arrears"
    if field == "line_items" and isinstance(value, dict):
        discount = f", less {_number(value['discount_percent'])}%" if value.get("discount_percent") else ""
        return (f"{value.get('description', '')}: {_number(value.get('quantity', 1))} x "
                f"{price(value.get('unit_price'), currency)} {PERIOD.get(value.get('price_period', ''), '')}"
                f"{discount}").rstrip()
    if field == "usage_rules" and isinstance(value, dict):
        return usage_text(value, currency)
    if isinstance(value, list):
        return "; ".join(term_text(field, v, currency) for v in value)
    return str(value)


def usage_text(rule: dict[str, Any], currency: str | None) -> str:
    """'API calls: 1,000,000 included a month, then USD 0.002 per call up to 5,000,000, USD 0.001 above'."""
    unit = rule.get("unit") or "unit"
    included = Decimal(str(rule.get("included_quantity") or 0))
    parts = [f"{rule.get('metric', 'usage')}:"]
    if included:
        parts.append(f"{included:,f} included" + (f" a {rule['included_period']}" if rule.get("included_period")
                                                  else "") + ",")
    prices = []
    for tier in rule.get("tiers", []):
        each = f"{price(tier['unit_price'], currency)} per {unit}"
        prices.append(f"{each} up to {Decimal(str(tier['up_to'])):,f}" if tier.get("up_to") is not None
                      else f"{each} above")
    parts.append(", ".join(prices) if prices else "priced per " + unit)
    if rule.get("billing_frequency"):
        parts.append(f"(billed {FREQUENCY.get(rule['billing_frequency'], rule['billing_frequency'])})")
    return " ".join(parts)
