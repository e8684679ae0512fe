"""The offline intent parser: keywords plus entity matching turn a typed line into one typed Intent.

Deterministic and pure (text and the known customer names in, an `Intent` out), so the chat
works without a model and its decisions can be tested line by line. It covers the questions
finance staff ask most; anything else becomes `needs_llm`, which the session answers by
saying plainly that the request needs the LLM. Slash commands are parsed here too.
"""

from __future__ import annotations

import re
import shlex
from decimal import Decimal, InvalidOperation
from typing import Literal

from pydantic import BaseModel, Field
from rapidfuzz import fuzz

from accrue.core.money import KNOWN_CURRENCIES
from accrue.core.textnorm import find_dates
from accrue.core.validation import canonical_name

IntentKind = Literal["help", "pending", "approve", "reject", "terms", "explain", "balance", "schedule", "find",
                     "credit", "write_off", "invoice_change", "run", "correct", "cost", "quit", "needs_llm",
                     "unknown_command", "empty"]


class Intent(BaseModel):
    """What the person asked for, with the entities found in their words."""

    kind: IntentKind
    customer: str | None = None
    invoice: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    reason: str | None = None
    fields: list[str] = Field(default_factory=list)
    handle: str | None = None
    action_type: str | None = None
    mine_only: bool = False
    path: str | None = None
    deal: str | None = None
    assignments: list[str] = Field(default_factory=list, description="correct: PATH=VALUE edits to a run's terms")
    text: str = ""
    problem: str | None = Field(default=None, description="Why the line could not be acted on as typed")


# Phrases -> terms fields, longest first so "payment terms" is consumed before "term".
_FIELD_PHRASES: list[tuple[str, list[str]]] = [
    (r"payment terms?|net \d+|\bnet\b|when .*\b(due|pay)\b|due date", ["payment_terms_days"]),
    (r"billing (frequency|cadence|timing)|how often|billed (annually|quarterly|monthly)|in (advance|arrears)",
     ["billing_frequency", "billing_timing"]),
    (r"non[- ]standard|special terms|unusual", ["non_standard_terms"]),
    (r"auto[- ]?renew\w*|renew\w*|notice", ["auto_renew", "renewal_term_months", "non_renewal_notice_days"]),
    (r"purchase order|\bpo\b", ["po_required", "po_number"]),
    (r"total contract value|contract value|\btcv\b|worth|total value", ["total_contract_value"]),
    (r"line items?|price|pricing|fees?|products?|seats?|licen[cs]es?", ["line_items"]),
    (r"usage|overage|tiers?", ["usage_rules"]),
    (r"minimum commit\w*|commitment", ["minimum_commitment"]),
    (r"escalat\w*|uplift", ["price_escalator_percent"]),
    (r"late fee", ["late_fee_percent_per_month"]),
    (r"billing (contact|email)|contact|e-?mail", ["billing_contact_email"]),
    (r"currency", ["currency"]),
    (r"order form number|order number", ["order_form_number"]),
    (r"start date|\bstart\w*|begin\w*", ["service_start_date"]),
    (r"end date|\bends?\b|expir\w*", ["service_end_date"]),
    (r"\bterm\b|how long|length|duration", ["term_months", "service_start_date", "service_end_date"]),
    (r"effective", ["effective_date"]),
    (r"vendor|supplier", ["vendor_legal_name"]),
]
_ACTION_WORDS: list[tuple[str, str]] = [
    (r"credit( note)?s?|refund", "create_credit_note"),
    (r"write[- ]?offs?", "write_off"),
    (r"invoices?|bill", "create_invoice"),
    (r"customer", "create_customer"),
    (r"subscription", "create_subscription"),
    (r"payment", "apply_payment"),
    (r"journal|ledger|entry", "post_journal_entry"),
]
_INVOICE = re.compile(r"\b(inv-[a-z0-9][a-z0-9-]*)\b", re.IGNORECASE)
_HANDLE = re.compile(r"\b([0-9a-f]{8}(?:-[0-9a-f-]{4,27})?/a\d+)\b")
_RUN_ID = re.compile(r"\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{8})\b")
# Any ISO 4217 code written in capitals ("KWD 1,250.500"); the common ones in any case ("500 eur"), since a
# lower-case word like "all" or "top" is a word, not Albanian lek or Tongan pa'anga.
_COMMON = "USD|EUR|GBP|CAD|AUD|CHF|JPY|SEK|NOK|DKK|SGD|NZD|INR"
_CURRENCIES = f"(?-i:{'|'.join(sorted(KNOWN_CURRENCIES, key=len, reverse=True))})|{_COMMON}"
_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}
_AMOUNT = re.compile(rf"(?:(?P<code1>{_CURRENCIES})\s*|(?P<sym>[$€£])\s*)?(?P<num>\d[\d,]*(?:\.\d+)?)"
                     rf"(?:\s*(?P<k>k)\b)?(?:\s*(?P<code2>{_CURRENCIES})\b)?", re.IGNORECASE)


def match_customer(text: str, names: list[str]) -> str | None:
    """The known customer named in `text` (fuzzy, word windows, legal suffixes ignored), or None."""
    words = re.findall(r"[a-z0-9]+", re.sub(r"'s\b|’s\b", "", text.lower()))
    best: tuple[float, str] | None = None
    for name in names:
        target = canonical_name(name)
        if not target:
            continue
        size = len(target.split())
        for n in {size, 1} if size > 1 else {1}:
            for i in range(len(words) - n + 1):
                window = " ".join(words[i:i + n])
                if len(window) < 3:
                    continue
                score = float(fuzz.ratio(window, target))
                if n < size:
                    score = min(score, float(fuzz.ratio(window, target.split()[0]))) - 5
                if score >= 85 and (best is None or score > best[0]):
                    best = (score, name)
    return best[1] if best else None


def _amount(text: str) -> tuple[Decimal | None, str | None]:
    cleaned = _INVOICE.sub(" ", text)
    cleaned = re.sub(r"\b\d{4}-\d{2}-\d{2}\b", " ", cleaned)
    cleaned = _HANDLE.sub(" ", cleaned)
    for m in _AMOUNT.finditer(cleaned):
        try:
            value = Decimal(m.group("num").replace(",", ""))
        except InvalidOperation:
            continue
        if m.group("k"):
            value *= 1000
        code = (m.group("code1") or m.group("code2") or "").upper() or _SYMBOLS.get(m.group("sym") or "")
        return value, code or None
    return None, None


def _reason(text: str) -> str | None:
    m = re.search(r"\b(?:reason|because|due to)\b[:\s]+(.+)$", text, re.IGNORECASE)
    reason = m.group(1).strip(" .,;") if m else None
    purpose = re.search(r"\bfor (?:the )?(?!\d)(.+?)(?:,|;|$|\s+(?:reason|because|due to)\b)", text, re.IGNORECASE)
    if purpose and not _INVOICE.fullmatch(purpose.group(1).strip()):
        note = purpose.group(1).strip(" .,;")
        reason = f"{reason} ({note})" if reason else note
    return reason


def _fields(text: str) -> list[str]:
    rest = text.lower()
    out: list[str] = []
    for pattern, fields in _FIELD_PHRASES:
        if re.search(pattern, rest):
            out += [f for f in fields if f not in out]
            rest = re.sub(pattern, " ", rest)
    return out


def _run_id(text: str) -> str | None:
    m = _RUN_ID.search(text)
    return m.group(1) if m else None


def _action_type(text: str) -> str | None:
    low = text.lower()
    for pattern, kind in _ACTION_WORDS:
        if re.search(rf"\b(?:{pattern})\b", low):
            return kind
    return None


def parse_slash(line: str) -> Intent:
    """`/pending`, `/approve ID`, `/reject ID REASON`, `/run PATH --deal PATH`, `/help`, `/cost`, `/quit`."""
    try:
        parts = shlex.split(line[1:])
    except ValueError as exc:
        return Intent(kind="unknown_command", text=line, problem=f"cannot read the command: {exc}")
    if not parts:
        return Intent(kind="help", text=line)
    cmd, args = parts[0].lower(), parts[1:]
    if cmd in {"help", "h", "?"}:
        return Intent(kind="help", text=line)
    if cmd in {"quit", "exit", "q"}:
        return Intent(kind="quit", text=line)
    if cmd == "cost":
        return Intent(kind="cost", text=line)
    if cmd == "pending":
        return Intent(kind="pending", mine_only=bool(args and args[0] == "mine"), text=line)
    if cmd == "approve":
        if not args:
            return Intent(kind="approve", text=line, problem="usage: /approve ID (an id from /pending)")
        return Intent(kind="approve", handle=args[0], text=line)
    if cmd == "reject":
        if len(args) < 2:
            return Intent(kind="reject", handle=args[0] if args else None, text=line,
                          problem="usage: /reject ID REASON (a rejection needs a reason)")
        return Intent(kind="reject", handle=args[0], reason=" ".join(args[1:]), text=line)
    if cmd == "correct":
        if len(args) < 2 or not all("=" in a for a in args[1:]):
            return Intent(kind="correct", text=line,
                          problem="usage: /correct RUN_OR_CUSTOMER PATH=VALUE ... (e.g. service_start_date=2026-07-01)")
        return Intent(kind="correct", handle=args[0], assignments=args[1:], text=line)
    if cmd == "run":
        deal = None
        if "--deal" in args:
            i = args.index("--deal")
            if i + 1 >= len(args):
                return Intent(kind="run", text=line, problem="usage: /run PATH --deal PATH")
            deal = args[i + 1]
            args = args[:i] + args[i + 2:]
        if len(args) != 1:
            return Intent(kind="run", text=line, problem="usage: /run PATH --deal PATH")
        return Intent(kind="run", path=args[0], deal=deal, text=line)
    return Intent(kind="unknown_command", text=line, problem=f"unknown command /{cmd}; type /help")


def parse(line: str, customers: list[str]) -> Intent:
    """Classify one typed line; `customers` are the names the books and runs know (for entity matching)."""
    text = " ".join(line.strip().split())
    if not text:
        return Intent(kind="empty")
    if text.startswith("/"):
        return parse_slash(text)
    low = text.lower().rstrip("?!. ")
    customer = match_customer(text, customers)
    invoice_m = _INVOICE.search(text)
    invoice = invoice_m.group(1).upper() if invoice_m and re.match(r"(?i)inv-\d+$", invoice_m.group(1)) \
        else (invoice_m.group(1) if invoice_m else None)
    handle_m = _HANDLE.search(text)
    base = {"customer": customer, "invoice": invoice, "text": text,
            "handle": handle_m.group(1) if handle_m else None}

    stated = _stated_term(text)
    if stated is not None:
        return stated
    if re.fullmatch(r"(help|what can you do|commands|\?)", low):
        return Intent(kind="help", **base)
    if re.fullmatch(r"(quit|exit|bye)", low):
        return Intent(kind="quit", **base)
    question = re.match(r"^(why|what|how|when|who|which|is|are|does|do|can|show|list|tell)\b", low) is not None

    decision = re.match(r"^(?:please\s+|yes\s*,?\s*)?(approve|accept|reject|decline|deny)\b", low)
    if decision:
        approve = decision.group(1) in {"approve", "accept"}
        action_type = _action_type(re.sub(r"^\S+\s*", "", low))
        reason = None if approve else _reason(text)
        ref = base["handle"] or _run_id(low) or customer or invoice
        problem = None
        if ref is None:
            problem = "say what to decide: a customer (\"approve the Acme invoice\") or an id from /pending"
        elif not approve and not reason:
            problem = "a rejection needs a reason, e.g. \"reject the Acme invoice, reason wrong price\""
        return Intent(kind="approve" if approve else "reject", action_type=action_type, reason=reason,
                      problem=problem, **(base | {"handle": ref}))

    amount, currency = _amount(text)
    if re.search(r"\bwrite[- ]?off\b|\bwrite (?:it |this )?off\b", low) and not question:
        return _proposal("write_off", base, amount, currency, text)
    if re.search(r"\b(credit|refund)\b", low) and not question and (amount is not None or invoice):
        return _proposal("credit", base, amount, currency, text)
    if re.search(r"\b(change|correct|adjust|reduce|lower|raise|increase|fix)\b", low) and invoice and not question:
        if amount is None:
            return Intent(kind="invoice_change", problem="give the corrected total, e.g. \"change INV-0002 to "
                          "2500, reason wrong seat count\"", **base)
        return _proposal("invoice_change", base, amount, currency, text)

    if re.match(r"^(?:please |can you |could you )?(draft|write|compose|send|summari[sz]e|compare|translate|"
                r"forecast|predict|recommend|suggest|should)\b", low):
        return Intent(kind="needs_llm", **base)
    waiting = re.search(r"waiting for (my )?(approval|sign[- ]?off|decision)|pending|to approve|"
                        r"approval queue|needs? (my )?(approval|sign[- ]?off)|awaiting|my approvals?", low)
    if waiting and not low.startswith("why") and not customer:
        return Intent(kind="pending", mine_only=bool(re.search(r"\b(my|me|i)\b", low)), **base)
    if re.search(r"\b(why|held|hold|stuck|blocked|waiting|explain|what happened|status|audit|findings?)\b", low) \
            and (customer or base["handle"] or _RUN_ID.search(low) or invoice):
        ref = base["handle"] or _run_id(low)
        return Intent(kind="explain", action_type=_action_type(low), **(base | {"handle": ref}))
    if re.search(r"\b(owe|owes|owing|balance|outstanding|open invoices?|unpaid|overdue|receivables?|ar)\b", low):
        return Intent(kind="balance", **base)
    if re.search(r"\b(schedule|next invoice|when (?:will|is|are|do) .*\b(bill|billed|invoice|invoiced)\b|"
                 r"billing dates?|upcoming invoices?)\b", low):
        if customer is None:
            return Intent(kind="schedule", problem="say whose schedule, e.g. \"billing schedule for Globex\"",
                          **base)
        return Intent(kind="schedule", **base)
    fields = _fields(low)
    if customer and (fields or re.search(r"\b(terms|contract|order form|agreement|deal)\b", low)):
        return Intent(kind="terms", fields=fields, **base)
    if re.search(r"^(find|search|look ?up|who is|which customers?|list (all )?(customers|contracts))\b|"
                 r"^(customers|contracts)$", low):
        query = re.sub(r"^(find|search( for)?|look ?up|who is)\s+", "", low).strip()
        return Intent(kind="find", reason=query or None, **base)
    if customer and len(low.split()) <= 3:
        return Intent(kind="find", reason=customer, **base)
    if (fields or "terms" in low) and customer is None and question:
        return Intent(kind="terms", fields=fields, problem="say whose contract: which customer?", **base)
    return Intent(kind="needs_llm", **base)


def _proposal(kind: Literal["credit", "write_off", "invoice_change"], base: dict[str, object],
              amount: Decimal | None, currency: str | None, text: str) -> Intent:
    reason = _reason(text)
    problem = None
    example = {"credit": "credit 500 on INV-0042, reason SLA breach",
               "write_off": "write off 120 on INV-0042, reason uncollectable",
               "invoice_change": "change INV-0042 to 2500, reason wrong seat count"}[kind]
    if base.get("invoice") is None:
        problem = f"say which invoice, e.g. \"{example}\""
    elif amount is None:
        problem = f"say how much, e.g. \"{example}\""
    elif not reason:
        problem = f"a request needs a reason for the audit trail, e.g. \"{example}\""
    return Intent(kind=kind, amount=amount, currency=currency, reason=reason, problem=problem, **base)


# "Acme's service starts on 1 July 2026", "Globex pays net 45": a person stating a term, i.e. correcting a run.
_STATED_DATE = re.compile(r"^(?P<who>.+?)(?:'s|’s)?\s+(?:service\s+|subscription\s+|contract\s+)?"
                          r"(?P<what>starts?|begins?|goes live|ends?|expires?)\s+(?:on\s+)?(?P<rest>.+)$",
                          re.IGNORECASE)
_STATED_NET = re.compile(r"^(?P<who>.+?)(?:'s|’s)?\s+(?:payment terms are|pays)\s+(?:(?:with)?in\s+)?"
                         r"(?:net\s+)?(?P<days>\d{1,3})(?:\s+days)?$", re.IGNORECASE)
_QUESTION = re.compile(r"^(?:when|what|which|how|does|do|is|are|why|who|show|tell)\b", re.IGNORECASE)


def _stated_term(text: str) -> Intent | None:
    """A statement of one term for one customer's run waiting for review; None for anything else."""
    if text.endswith("?") or _QUESTION.match(text):
        return None
    m = _STATED_NET.match(text.rstrip("."))
    if m:
        return Intent(kind="correct", handle=m.group("who").strip(), text=text,
                      assignments=[f"payment_terms_days={int(m.group('days'))}"])
    m = _STATED_DATE.match(text.rstrip("."))
    if m is None:
        return None
    dates = find_dates(m.group("rest"))
    if len(dates) != 1:
        return None
    field = "service_start_date" if m.group("what").lower().startswith(("start", "begin", "goes")) \
        else "service_end_date"
    return Intent(kind="correct", handle=m.group("who").strip(), text=text,
                  assignments=[f"{field}={dates[0].isoformat()}"])
