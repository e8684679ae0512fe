"""What an approver needs to decide, built from a run: pure functions from run JSON to inbox cards.

For every action waiting for approval the card carries the amount, the policy reasons,
and the evidence: each extracted value the action depends on (`action.evidence` paths),
its citation (page and quote) and the text around the quote on the stored page, so a
person can check the number against the contract without opening it. A value with no
citation is shown as such, never hidden. The HTML page and the JSON API both use these
cards; nothing here touches a database.
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Any

from accrue.core.textnorm import normalise_ws
from accrue.interfaces.describe import describe, names_in_run, reasons, term_label, term_text

CONTEXT_CHARS = 60
TITLES = {
    "create_customer": "Create customer", "create_subscription": "Create subscription",
    "create_invoice": "Issue invoice", "create_credit_note": "Issue credit note", "apply_payment": "Apply payment",
    "apply_credit": "Apply credit",
    "write_off": "Write off", "create_collections_task": "Collections task", "post_journal_entry": "Post journal entry",
    "update_crm": "Update CRM", "notify": "Notify", "refund_credit": "Refund credit",
}
FIELD_LABELS = {
    "customer_legal_name": "Customer", "currency": "Currency", "service_start_date": "Service start",
    "service_end_date": "Service end", "payment_terms_days": "Payment terms (days)",
    "billing_frequency": "Billing frequency", "billing_timing": "Billed in", "po_number": "PO number",
    "po_required": "PO required", "billing_contact_email": "Billing email", "total_contract_value": "Contract value",
    "term_months": "Term (months)", "billing_anchor": "Billing anchor", "minimum_commitment": "Minimum commitment",
}


def locate(quote: str, page: str, context: int = CONTEXT_CHARS) -> tuple[str, str, str] | None:
    """(text before, the quote, text after) on the whitespace-normalised page; None if not on the page."""
    text, q = normalise_ws(page), normalise_ws(quote)
    start = text.find(q) if q else -1
    if start < 0:
        return None
    end = start + len(q)
    before, after = text[max(0, start - context):start], text[end:end + context]
    if start > context and " " in before:
        before = "… " + before.split(" ", 1)[1]
    if end + context < len(text) and " " in after:
        after = after.rsplit(" ", 1)[0] + " …"
    return before, text[start:end], after


def value_at(terms: dict[str, Any], path: str) -> Any:
    """The terms value at `line_items[0].unit_price`-style path; None when absent."""
    obj: Any = terms
    for name, index in re.findall(r"([A-Za-z_]+)|\[(\d+)\]", path):
        if obj is None:
            return None
        if name:
            obj = obj.get(name) if isinstance(obj, dict) else None
        else:
            i = int(index)
            obj = obj[i] if isinstance(obj, list) and i < len(obj) else None
    return obj


def show_value(value: Any, path: str = "", currency: str | None = None) -> str:
    root = re.match(r"[A-Za-z_]+", path)
    if root and root.group(0) in {"line_items", "usage_rules", "minimum_commitment"} and value is not None \
            and path.rstrip("]").count("[") <= 1 and "." not in path:
        return term_text(root.group(0), value, currency)
    if isinstance(value, dict) and "unit_price" in value:
        qty = value.get("quantity") or "1"
        return f"{value.get('description', '')}: {qty} × {value['unit_price']} per {value.get('price_period', '')}"
    if isinstance(value, dict):
        return _event_row_text(value)
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return "" if value is None else str(value)


def _event_row_text(row: dict[str, Any]) -> str:
    """A row of an event file in words: 'payment id P-1002, date 2026-04-21, amount EUR 2,997.50, payer ...'."""
    currency = row.get("currency")
    shown = []
    for key, value in row.items():
        if value in (None, [], {}) or (key == "currency" and currency):
            continue
        if key in {"amount", "fee"} and currency:
            value = money(str(value), str(currency))
        shown.append(f"{key.replace('_', ' ')} {value}")
    return ", ".join(shown)


KIND_TITLES = {"new_contract": "New contract", "usage": "Usage billing", "payment": "Cash application",
               "change_request": "Change request", "amendment": "Amendment"}
_ID_KEYS = ("payment_id", "event_id", "invoice_id", "id", "number", "invoice")
_EVENT_PATH = re.compile(r"([A-Za-z_]+)\[([^\]]+)\]")


def event_item(event: dict[str, Any] | None, path: str) -> dict[str, Any] | None:
    """The event row an evidence path like `payments[P-1002]` names (by its id, or by index)."""
    m = _EVENT_PATH.fullmatch(path)
    if not event or not m or not isinstance(event.get(m.group(1)), list):
        return None
    rows = [r for r in event[m.group(1)] if isinstance(r, dict)]
    key = m.group(2)
    for row in rows:
        if any(str(row.get(k)) == key for k in _ID_KEYS if row.get(k) is not None):
            return row
    return rows[int(key)] if key.isdigit() and int(key) < len(rows) else None


def label(path: str) -> str:
    m = re.fullmatch(r"line_items\[(\d+)\](.*)", path)
    if m:
        return f"Line item {int(m.group(1)) + 1}" + (f" {m.group(2).lstrip('.')}" if m.group(2) else "")
    m = _EVENT_PATH.fullmatch(path)
    if m:
        return f"{m.group(1).rstrip('s').replace('_', ' ').capitalize()} {m.group(2)}"
    return FIELD_LABELS.get(path) or term_label(path)


def _covers(evidence_path: str, cited_path: str) -> bool:
    return cited_path == evidence_path or cited_path.startswith((evidence_path + ".", evidence_path + "["))


def evidence_rows(paths: list[str], terms: dict[str, Any], citations: dict[str, Any], pages: list[str],
                  flagged: set[str] | frozenset[str] = frozenset(), event: dict[str, Any] | None = None,
                  source_name: str = "") -> list[dict[str, Any]]:
    """One row per evidence path: label, value, and each distinct citation with its surrounding text.

    Paths into the event (`payments[P-1002]`) show that row of the event file instead of a quote.
    Rows for values a validation finding names (`flagged`) come first and are marked.
    """
    rows: list[dict[str, Any]] = []
    for path in paths:
        item = event_item(event, path) if value_at(terms, path) is None else None
        if item is not None:
            shown = {k: v for k, v in item.items() if k != "row" and v not in (None, "", "0")}
            where = f"{source_name or 'event file'}" + (f", row {item['row']}" if item.get("row") else "")
            rows.append({"path": path, "label": label(path), "value": show_value(shown), "stated": True,
                         "citations": [], "event_source": where,
                         "flagged": any(_covers(path, f) or _covers(f, path) for f in flagged)})
            continue
        seen: set[tuple[int, str]] = set()
        cites: list[dict[str, Any]] = []
        for cited, cite in citations.items():
            if not _covers(path, cited) or not cite:
                continue
            key = (int(cite["page"]), cite["quote"])
            if key in seen:
                continue
            seen.add(key)
            page_no = int(cite["page"])
            text = pages[page_no - 1] if 1 <= page_no <= len(pages) else ""
            found = locate(cite["quote"], text)
            cites.append({"page": page_no, "quote": cite["quote"], "before": found[0] if found else "",
                          "match": found[1] if found else cite["quote"], "after": found[2] if found else "",
                          "on_page": found is not None})
        hit = any(_covers(path, f) or _covers(f, path) for f in flagged)
        value = value_at(terms, path)
        rows.append({"path": path, "label": label(path), "value": show_value(value, path, terms.get("currency")),
                     "stated": value is not None,
                     "citations": cites, "event_source": None, "flagged": hit})
    return sorted(rows, key=lambda r: not r["flagged"])


def _amount(action: dict[str, Any]) -> tuple[str | None, str | None]:
    for key in ("amount", "amount_outstanding"):
        if action.get(key) not in (None, ""):
            return str(action[key]), action.get("currency")
    return None, action.get("currency")


def money(amount: str | None, currency: str | None) -> str:
    """`USD 24,000.00`: digit grouping only; amounts arrive already rounded and are never re-rounded here."""
    if amount is None:
        return ""
    whole, _, frac = amount.partition(".")
    sign = "-" if whole.startswith("-") else ""
    grouped = f"{int(whole.lstrip('-') or '0'):,}"
    return f"{currency or ''} {sign}{grouped}{'.' + frac if frac else ''}".strip()


def action_card(action: dict[str, Any], terms: dict[str, Any], citations: dict[str, Any],
                pages: list[str], flagged: set[str] | frozenset[str] = frozenset(),
                event: dict[str, Any] | None = None, source_name: str = "",
                names: dict[str, str] | None = None) -> dict[str, Any]:
    amount, currency = _amount(action)
    described = describe(action, names)
    return {
        "id": action["id"], "type": action["type"], "title": TITLES.get(action["type"], action["type"]),
        "status": action["status"], "needs_approval": action["needs_approval"],
        "reasons": reasons(action, names),
        "amount": amount, "currency": currency, "amount_text": money(amount, currency),
        "summary": described.sentence, "external_id": action.get("external_id"),
        "recorded_as": (names or {}).get(action.get("external_id") or "", action.get("external_id")),
        "tables": [{"title": t.title, "columns": t.columns, "rows": t.rows, "right": sorted(t.right)}
                   for t in described.tables],
        "requested_by": action.get("requested_by"), "depends_on": action.get("depends_on", []),
        "lines": [{"description": ln["description"], "amount": money(str(ln["amount"]), currency)}
                  for ln in action.get("lines", []) if isinstance(ln, dict) and "description" in ln
                  and "amount" in ln],
        "dates": {k: action[k] for k in ("invoice_date", "due_date", "start_date", "end_date", "payment_date")
                  if action.get(k)},
        "evidence": evidence_rows(action.get("evidence", []), terms, citations, pages, flagged, event, source_name),
    }


def run_card(run: dict[str, Any], pages: list[str], event: dict[str, Any] | None = None,
             books: dict[str, str] | None = None) -> dict[str, Any]:
    """The inbox card for one run (RunView JSON + its stored document pages and parsed event); `books` maps the
    books' customer and invoice ids to names and numbers."""
    terms = run.get("terms") or {}
    citations = run.get("citations") or {}
    source = run.get("source") or ""
    source_name = PurePath(source).name if source else ""
    flagged = {f for finding in run.get("findings", []) for f in finding.get("fields", [])}
    names = names_in_run(run.get("actions", []), books)
    cards = [action_card(a, terms, citations, pages, flagged, event, source_name, names)
             for a in run.get("actions", [])]
    pending = [c for c in cards if c["needs_approval"] and c["status"] == "proposed"]
    kind = run.get("kind", "new_contract")
    return {
        "run_id": run["run_id"], "status": run["status"], "kind": kind,
        "customer": terms.get("customer_legal_name") or _customer_of([a for a in run.get("actions", [])
                                                                      if a["needs_approval"]], names)
        or KIND_TITLES.get(kind, kind.replace("_", " ").capitalize()),
        "order_form": terms.get("order_form_number"), "source_name": source_name,
        "findings": run.get("findings", []), "warnings": run.get("warnings", []), "error": run.get("error"),
        "pending": pending, "other": [c for c in cards if c not in pending], "decisions": run.get("decisions", []),
    }


def _customer_of(actions: list[dict[str, Any]], names: dict[str, str]) -> str | None:
    for a in actions:
        for key in ("customer_legal_name", "customer"):
            if a.get(key):
                return names.get(str(a[key]), str(a[key]))
    return None
