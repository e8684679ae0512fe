"""Graph nodes: each stage of the workflow as a small function returning a partial state update.

Nodes are where the pure core (extraction, validation, billing, planning, policy) meets I/O
(documents, event files, the books, connectors). `ingest` reads every input of the run's
kind, `validate` checks them against each other and the books, one planner node per event
kind proposes actions, `execute` carries out what may run, `review` waits for a person.
A node with side effects (`execute`) is safe to re-run from its top: the executor skips
every idempotency key already done. State values are plain JSON.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from langgraph.types import interrupt
from sqlmodel import Session, select

from accrue.adapters.books import BooksCustomer, BooksInvoice, BooksInvoiceLine, BooksPayment, UsageHistory
from accrue.adapters.documents import read_document
from accrue.adapters.event_files import (
    load_deal,
    read_change_request,
    read_payments_csv,
    read_usage_csv,
    read_usage_request,
)
from accrue.adapters.executor import Executor
from accrue.adapters.store import record_audit
from accrue.core.actions import Action, action_json, parse_action
from accrue.core.billing.cash import CashApplication, OpenInvoice, Payment, apply_cash
from accrue.core.billing.midterm import match_changes
from accrue.core.billing.periods import Period
from accrue.core.billing.schedule import subscription_term
from accrue.core.billing.usage import UsageRecord
from accrue.core.deal import parse_deal
from accrue.core.document import Document
from accrue.core.errors import InputError
from accrue.core.findings import Finding
from accrue.core.planner import (
    InvoiceOnBooks,
    UsageInputs,
    amendment_line_evidence,
    customer_id_for,
    plan_amendment,
    plan_change_request,
    plan_new_contract,
    plan_payments,
    plan_usage,
)
from accrue.core.policy import Policy, PolicyContext, apply_policy, may_decide
from accrue.core.requests import ChangeRequest, UsageRequest
from accrue.core.terms import ExtractionResult
from accrue.core.validation import (
    amendment_findings,
    books_customer_findings,
    change_request_findings,
    extraction_findings,
    match_customer_name,
    payment_findings,
    screen_usage,
    usage_history_by_rule,
    validate_contract,
)
from accrue.extraction import Extractor, ReadingExtractor, extract_terms
from accrue.settings import Settings
from accrue.workflow.state import ApprovalRequest, Decision, Resume, RunState


class Node(Protocol):
    """A graph node: the run state in, a partial state update out. The parameter is named `state` because
    LangGraph's node protocols name it so, and a type checker matches parameters by name."""

    def __call__(self, state: RunState) -> dict[str, Any]: ...


@dataclass
class Deps:
    """What the nodes need from the outside world, injected once when the graph is built."""

    settings: Settings
    session: Callable[[], Session]
    policy: Policy
    executor: Executor
    extractor_factory: Callable[[], Extractor]
    require_text: bool = True  # False when the extractor reads scanned pages (Claude): see accrue.extraction


def _actions(state: RunState) -> list[Action]:
    return [parse_action(a) for a in state.get("actions", [])]


def _findings(state: RunState) -> list[Finding]:
    return [Finding.model_validate(f) for f in state.get("findings", [])]


def _terms(state: RunState) -> ExtractionResult | None:
    return ExtractionResult.model_validate(state["extraction"]) if state.get("extraction") else None


def _doc_json(doc: Document) -> dict[str, Any]:
    """The document as state keeps it: its path (`source`), hash and page text; never the file's bytes."""
    return {"source": doc.source, "sha256": doc.sha256, "pages": doc.pages, "media_type": doc.media_type,
            "textless_pages": doc.textless_pages}


def _doc(d: dict[str, Any]) -> Document:
    return Document(source=d["source"], pages=d["pages"], sha256=d["sha256"], media_type=d["media_type"],
                    textless_pages=d.get("textless_pages", []))


def _doc_for(d: dict[str, Any], extractor: Extractor) -> Document:
    """The document to extract from: pages without text go to an extractor that reads the PDF itself, so
    its bytes are read again from the file here (checkpoints keep only text) and must be the ones ingested."""
    doc = _doc(d)
    if not doc.textless_pages or not isinstance(extractor, ReadingExtractor):
        return doc
    path = Path(doc.source)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(doc.source, f"cannot be read again for its pages without text ({exc.strerror})",
                         "put the file back where the run found it, or start a new run") from exc
    if hashlib.sha256(raw).hexdigest() != doc.sha256:
        raise InputError(doc.source, "changed after the run read it", "start a new run with the file as it is now")
    return replace(doc, raw=raw)


# -- JSON forms of event records (state must be plain JSON) ---------------------------------------
def _record_json(r: UsageRecord) -> dict[str, Any]:
    return {"event_id": r.event_id, "customer_id": r.customer_id, "metric": r.metric, "quantity": str(r.quantity),
            "timestamp": r.timestamp.isoformat(), "row": r.row}


def _record(d: dict[str, Any]) -> UsageRecord:
    return UsageRecord(d["event_id"], d["customer_id"], d["metric"], Decimal(d["quantity"]),
                       datetime.fromisoformat(d["timestamp"]), d["row"])


def _payment_json(p: Payment) -> dict[str, Any]:
    return {"payment_id": p.payment_id, "date": p.date.isoformat(), "amount": str(p.amount), "currency": p.currency,
            "payer": p.payer, "reference": p.reference, "fee": str(p.fee), "row": p.row}


def _payment(d: dict[str, Any]) -> Payment:
    return Payment(d["payment_id"], date.fromisoformat(d["date"]), Decimal(d["amount"]), d["currency"], d["payer"],
                   d["reference"], Decimal(d["fee"]), d["row"])


def _application_json(a: CashApplication) -> dict[str, Any]:
    return {"payment": _payment_json(a.payment), "outcome": a.outcome, "customer_id": a.customer_id,
            "allocations": [[i, str(x)] for i, x in a.allocations], "unapplied": str(a.unapplied),
            "remaining": [[i, str(x)] for i, x in a.remaining], "method": a.method, "note": a.note}


def _application(d: dict[str, Any]) -> CashApplication:
    return CashApplication(_payment(d["payment"]), d["outcome"], d["customer_id"],
                           [(i, Decimal(x)) for i, x in d["allocations"]], Decimal(d["unapplied"]),
                           [(i, Decimal(x)) for i, x in d["remaining"]], d["method"], d["note"])


def _jsonable(d: dict[str, Any]) -> dict[str, Any]:
    return {k: (str(v) if isinstance(v, Decimal | date) else v) for k, v in d.items()}


def _open_invoice_json(inv: OpenInvoice) -> dict[str, Any]:
    return _jsonable(asdict(inv))


def _open_invoice(d: dict[str, Any]) -> OpenInvoice:
    return OpenInvoice(d["id"], d["number"], d["customer_id"], d["currency"], Decimal(d["balance"]),
                       date.fromisoformat(d["invoice_date"]), date.fromisoformat(d["due_date"]))


# -- reading the books ----------------------------------------------------------------------------
def _customers(s: Session) -> dict[str, str]:
    return {c.id: c.legal_name for c in s.exec(select(BooksCustomer))}


def _open_invoices(s: Session) -> list[OpenInvoice]:
    closed = {"paid", "void", "written_off"}
    return [OpenInvoice(i.id, i.number, i.customer_id, i.currency, i.balance, i.invoice_date, i.due_date)
            for i in s.exec(select(BooksInvoice)) if i.status not in closed and i.balance > 0]


def _history(s: Session) -> list[tuple[str, str, str, Decimal]]:
    return [(h.customer_id, h.metric, h.period, Decimal(h.quantity)) for h in s.exec(select(UsageHistory))]


def _find_invoice(s: Session, ref: str) -> BooksInvoice | None:
    ref_l = ref.strip().lower()
    for inv in s.exec(select(BooksInvoice)):
        if inv.id.lower() == ref_l or inv.number.lower() == ref_l:
            return inv
    return None


def _line_quotes(extraction: ExtractionResult) -> list[str | None]:
    """Each fee line's citation quote (its role marker, "Removed:", may be there and not in the description)."""
    out: list[str | None] = []
    for i in range(len(extraction.terms.line_items)):
        cite = next((extraction.citations.get(f"line_items[{i}].{leaf}")
                     for leaf in ("description", "quantity", "unit_price", "sku")
                     if extraction.citations.get(f"line_items[{i}].{leaf}")), None)
        out.append(cite.quote if cite else None)
    return out


def _on_books(inv: BooksInvoice) -> InvoiceOnBooks:
    return InvoiceOnBooks(inv.id, inv.number, inv.customer_id, inv.currency, inv.invoice_date, inv.due_date,
                          Decimal(inv.amount), Decimal(inv.amount_credited), inv.po_number)


def make_nodes(deps: Deps) -> dict[str, Node]:
    def ingest(state: RunState) -> dict[str, Any]:
        inputs = state["inputs"]
        update: dict[str, Any] = {"status": "running"}
        event: dict[str, Any] = {}
        if "contract" in inputs:
            update["document"] = _doc_json(read_document(inputs["contract"], max_pages=deps.settings.max_pages,
                                                         require_text=deps.require_text))
        if inputs.get("deal"):
            update["deal"] = load_deal(inputs["deal"]).model_dump(mode="json")
        if "amendment" in inputs:
            event["amendment_document"] = _doc_json(read_document(inputs["amendment"],
                                                                  max_pages=deps.settings.max_pages,
                                                                  require_text=deps.require_text))
        if "usage" in inputs:
            event["usage"] = [_record_json(r) for r in read_usage_csv(inputs["usage"])]
        if "payments" in inputs:
            event["payments"] = [_payment_json(p) for p in read_payments_csv(inputs["payments"])]
        if "request" in inputs:
            if state.get("kind") == "usage":
                event["request"] = read_usage_request(inputs["request"]).model_dump(mode="json")
            else:
                event["request"] = read_change_request(inputs["request"]).model_dump(mode="json")
        update["event"] = event
        return update

    def extract(state: RunState) -> dict[str, Any]:
        update: dict[str, Any] = {"extraction": None}
        if state.get("document"):
            extractor = deps.extractor_factory()
            update["extraction"] = extract_terms(_doc_for(state["document"], extractor), extractor).model_dump(
                mode="json")
        event = dict(state.get("event") or {})
        if event.get("amendment_document"):
            extractor = deps.extractor_factory()
            event["amendment"] = extract_terms(_doc_for(event["amendment_document"], extractor),
                                               extractor).model_dump(mode="json")
            update["event"] = event
        return update

    def validate(state: RunState) -> dict[str, Any]:
        kind = state.get("kind", "new_contract")
        extraction = _terms(state)
        event = dict(state.get("event") or {})
        findings: list[Finding] = []
        with deps.session() as s:
            if kind == "new_contract" and extraction is not None:
                deal = parse_deal(state["deal"], "deal") if state.get("deal") else None
                findings = validate_contract(extraction, deal,
                                             allowed_payment_terms=deps.policy.allowed_payment_terms_days)
                if extraction.terms.customer_legal_name:
                    findings += books_customer_findings(extraction.terms.customer_legal_name, _customers(s))
            elif kind == "usage" and extraction is not None:
                findings = _validate_usage(s, extraction, event)
            elif kind == "payment":
                findings = _validate_payments(s, event)
            elif kind == "change_request":
                findings = _validate_change(s, event)
            elif kind == "amendment" and extraction is not None:
                findings = _validate_amendment(extraction, event)
        return {"findings": [f.model_dump(mode="json") for f in findings], "event": event}

    def _validate_usage(s: Session, extraction: ExtractionResult, event: dict[str, Any]) -> list[Finding]:
        terms = extraction.terms
        request = UsageRequest.model_validate(event["request"])
        customers = _customers(s)
        name = terms.customer_legal_name or ""
        customer_id = request.customer_id or (match_customer_name(name, customers) if name else None) or (
            customer_id_for(name) if name else "")
        history = _history(s)
        period = Period(request.period_start, request.period_end)
        screen = screen_usage([_record(r) for r in event["usage"]], period, customer_id, set(customers),
                              terms.usage_rules, history, spike_factor=deps.policy.usage_spike_factor,
                              trailing_months=deps.policy.usage_trailing_months)
        known = customer_id in customers
        event["screen"] = {"customer_id": customer_id if known else None,
                           "customer_name": customers.get(customer_id, name),
                           "totals": {str(k): str(v) for k, v in screen.totals.items()},
                           "by_month": {str(k): {m: str(q) for m, q in months.items()}
                                        for k, months in screen.by_month.items()},
                           "history": {str(k): {m: str(q) for m, q in months.items()} for k, months in
                                       usage_history_by_rule(history, customer_id, terms.usage_rules).items()}}
        findings = extraction_findings(extraction) + screen.findings
        if not known:
            findings.append(Finding(
                code="usage_unknown_customer", severity="error", fields=["customer_legal_name"],
                message=f"the contract's customer '{name}' ({customer_id or 'no id'}) is not in the books; nothing "
                        "is billed until it is (run its contract, or seed the books)",
                evidence={"customer_id": customer_id, "counted_rows": screen.counted_rows}))
        if not terms.usage_rules:  # then every metric is unmapped: say the one thing that is wrong
            findings = [f for f in findings if f.code != "sku_unmapped"]
            findings.append(Finding(code="missing_field", severity="error", fields=["usage_rules"],
                                    message="the contract states no usage pricing (or it could not be read)"))
        return findings

    def _validate_payments(s: Session, event: dict[str, Any]) -> list[Finding]:
        customers = _customers(s)
        open_invoices = _open_invoices(s)
        recorded = {p.id for p in s.exec(select(BooksPayment))}
        applications = []
        for p in (_payment(x) for x in event["payments"]):
            if p.payment_id in recorded:
                applications.append(CashApplication(p, "unmatched", note="already recorded"))
                continue
            applications.append(apply_cash(p, open_invoices, match_customer_name(p.payer, customers)))
            # later payments in the file see what earlier ones paid
            paid = dict(applications[-1].allocations)
            open_invoices = [inv if inv.id not in paid else OpenInvoice(
                inv.id, inv.number, inv.customer_id, inv.currency, inv.balance - paid[inv.id], inv.invoice_date,
                inv.due_date) for inv in open_invoices]
        event["applications"] = [_application_json(a) for a in applications]
        event["open_invoices"] = [_open_invoice_json(i) for i in _open_invoices(s)]
        event["recorded"] = sorted(recorded & {a.payment.payment_id for a in applications})
        return payment_findings(applications, recorded)

    def _validate_change(s: Session, event: dict[str, Any]) -> list[Finding]:
        request = ChangeRequest.model_validate(event["request"])
        inv = _find_invoice(s, request.invoice)
        if inv is not None:
            event["invoice"] = _jsonable(asdict(_on_books(inv)))
        return change_request_findings(
            request.invoice, inv is not None, credit=request.amount,
            creditable=_on_books(inv).creditable if inv else None, currency=inv.currency if inv else None,
            requested_currency=request.currency)

    def _validate_amendment(contract: ExtractionResult, event: dict[str, Any]) -> list[Finding]:
        amendment = ExtractionResult.model_validate(event["amendment"])
        effective = amendment.terms.effective_date or amendment.terms.service_start_date
        try:
            term = subscription_term(contract.terms)
        except ValueError:
            term = None
        findings = extraction_findings(contract) + amendment_findings(contract, amendment, effective, term)
        if amendment.terms.line_items and not match_changes(contract.terms.line_items, amendment.terms.line_items,
                                                            _line_quotes(amendment)):
            findings.append(Finding(code="missing_field", severity="error", fields=["amendment.line_items"],
                                    message="no fee line of the amendment differs from the contract"))
        return findings

    def _policy(state: RunState, actions: list[Action], extraction: ExtractionResult | None) -> dict[str, Any]:
        ctx = PolicyContext(kind=state.get("kind", "new_contract"), findings=_findings(state),
                            payment_terms_days=extraction.terms.payment_terms_days if extraction else None)
        return {"actions": [action_json(a) for a in apply_policy(actions, ctx, deps.policy)]}

    def plan_contract(state: RunState) -> dict[str, Any]:
        extraction = _terms(state)
        if extraction is None:
            return {"actions": []}
        deal = parse_deal(state["deal"], "deal") if state.get("deal") else None
        with deps.session() as s:
            existing = _customers(s)
        actions = plan_new_contract(extraction.terms, deal, run_id=state["run_id"], existing_customers=existing)
        return _policy(state, actions, extraction)

    def plan_usage_node(state: RunState) -> dict[str, Any]:
        extraction = _terms(state)
        screen = (state.get("event") or {}).get("screen")
        if extraction is None or not screen or not screen.get("customer_id") or not extraction.terms.usage_rules:
            return {"actions": []}
        request = UsageRequest.model_validate(state["event"]["request"])  # type: ignore[index]
        inputs = UsageInputs(
            customer_id=screen["customer_id"], period=Period(request.period_start, request.period_end),
            totals={int(k): Decimal(v) for k, v in screen["totals"].items()},
            history={int(k): {m: Decimal(q) for m, q in months.items()} for k, months in screen["history"].items()},
            by_month={int(k): {m: Decimal(q) for m, q in months.items()}
                      for k, months in screen.get("by_month", {}).items()})
        actions = plan_usage(extraction.terms, inputs, run_id=state["run_id"], customer_name=screen["customer_name"])
        return _policy(state, actions, extraction)

    def plan_payment_node(state: RunState) -> dict[str, Any]:
        event = state.get("event") or {}
        invoices = {d["id"]: _open_invoice(d) for d in event.get("open_invoices", [])}
        actions = plan_payments([_application(a) for a in event.get("applications", [])], run_id=state["run_id"],
                                invoices=invoices, write_off_tolerance=deps.policy.write_off_tolerance,
                                already_recorded=set(event.get("recorded", [])))
        return _policy(state, actions, None)

    def plan_change_node(state: RunState) -> dict[str, Any]:
        event = state.get("event") or {}
        if not event.get("invoice") or any(f.severity == "error" for f in _findings(state)):
            return {"actions": []}
        d = event["invoice"]
        invoice = InvoiceOnBooks(d["id"], d["number"], d["customer_id"], d["currency"],
                                 date.fromisoformat(d["invoice_date"]), date.fromisoformat(d["due_date"]),
                                 Decimal(d["amount"]), Decimal(d["amount_credited"]), d["po_number"])
        request = ChangeRequest.model_validate(event["request"])
        actions = plan_change_request(request, invoice, run_id=state["run_id"],
                                      today=datetime.now(UTC).date())
        return _policy(state, actions, None)

    def plan_amendment_node(state: RunState) -> dict[str, Any]:
        extraction = _terms(state)
        event = state.get("event") or {}
        if extraction is None or not event.get("amendment"):
            return {"actions": []}
        if any(f.severity == "error" and f.code in {"missing_field", "date_mismatch", "currency_mismatch"}
               for f in _findings(state)):
            return {"actions": []}
        amendment = ExtractionResult.model_validate(event["amendment"])
        effective = amendment.terms.effective_date or amendment.terms.service_start_date
        assert effective is not None
        changes = match_changes(extraction.terms.line_items, amendment.terms.line_items, _line_quotes(amendment))
        with deps.session() as s:
            existing = _customers(s)
            customer = match_customer_name(extraction.terms.customer_legal_name or "", existing, 95.0)
            current = None
            if customer:
                dated = [i for i in s.exec(select(BooksInvoice).where(BooksInvoice.customer_id == customer))
                         if i.invoice_date <= effective and i.status != "void" and not _usage_only(s, i.id)]
                current = max(dated, key=lambda i: (i.invoice_date, i.number)).id if dated else None
        actions = plan_amendment(extraction.terms, changes, effective, run_id=state["run_id"],
                                 existing_customers=existing, current_invoice=current,
                                 amendment_evidence=amendment_line_evidence(changes))
        return _policy(state, actions, extraction)

    def execute(state: RunState) -> dict[str, Any]:
        actions = {a.id: a for a in _actions(state)}
        order = list(actions)
        progress = True
        while progress:
            progress = False
            for aid in order:
                action = actions[aid]
                if action.status in {"executed", "rejected", "failed"}:
                    continue
                blocked = [d for d in action.depends_on if actions[d].status in {"rejected", "failed"}]
                if blocked:
                    note = f"not run: {', '.join(blocked)} did not run"
                    actions[aid] = action.model_copy(update={"status": "rejected", "reasons": [*action.reasons, note]})
                    progress = True
                    continue
                ready = action.status == "approved" or (action.status == "proposed" and not action.needs_approval)
                if not ready or any(actions[d].status != "executed" for d in action.depends_on):
                    continue
                row = deps.executor.execute(action, run_id=state["run_id"])
                status = "executed" if row.status == "succeeded" else "failed"
                actions[aid] = action.model_copy(update={"status": status, "external_id": row.external_id})
                progress = True
        return {"actions": [action_json(a) for a in actions.values()]}

    def review(state: RunState) -> dict[str, Any]:
        waiting = [a for a in _actions(state) if a.needs_approval and a.status == "proposed"]
        request = ApprovalRequest(run_id=state["run_id"], actions=[action_json(a) for a in waiting])
        answer = interrupt(request.model_dump(mode="json"))
        resume = Resume.model_validate(answer)
        return apply_decisions(state, resume.decisions, deps.policy, deps.session)

    def confirm(state: RunState) -> dict[str, Any]:
        actions = _actions(state)
        status = "failed" if any(a.status == "failed" for a in actions) else "completed"
        with deps.session() as s:
            record_audit(s, state["run_id"], f"run_{status}",
                         executed=[a.id for a in actions if a.status == "executed"],
                         rejected=[a.id for a in actions if a.status == "rejected"],
                         failed=[a.id for a in actions if a.status == "failed"])
            s.commit()
        return {"status": status}

    return {"ingest": ingest, "extract": extract, "validate": validate,
            "plan_new_contract": plan_contract, "plan_usage": plan_usage_node, "plan_payment": plan_payment_node,
            "plan_change_request": plan_change_node, "plan_amendment": plan_amendment_node,
            "execute": execute, "review": review, "confirm": confirm}


def _usage_only(session: Session, invoice_id: str) -> bool:
    """An invoice all of whose lines bill usage: never the one a subscription change credits against."""
    kinds = {line.revenue_type for line in session.exec(
        select(BooksInvoiceLine).where(BooksInvoiceLine.invoice_id == invoice_id))}
    return kinds == {"usage"}


def apply_decisions(state: RunState, decisions: list[Decision], policy: Policy,
                    session: Callable[[], Session]) -> dict[str, Any]:
    """Apply decisions that the policy allows; refused ones leave the action pending and are audited."""
    actions = {a.id: a for a in _actions(state)}
    applied: list[dict[str, Any]] = []
    with session() as s:
        for d in decisions:
            action = actions.get(d.action_id)
            if action is None or not action.needs_approval or action.status != "proposed":
                continue
            allowed, why = may_decide(action, d.by, d.role, policy)
            if d.role not in policy.roles_of(d.by):
                # resume values can come from outside accrue (LangGraph Server): the role must be the policy's
                allowed, why = False, f"{d.by} does not hold the role '{d.role}' in policy.toml"
            if d.decision == "approve" and not allowed:
                record_audit(s, state["run_id"], "decision_refused", actor=d.by, action_id=d.action_id, reason=why)
                continue
            status = "approved" if d.decision == "approve" else "rejected"
            actions[d.action_id] = action.model_copy(update={"status": status})
            record_audit(s, state["run_id"], status, actor=d.by, action_id=d.action_id, role=d.role,
                         reason=d.reason, at=d.at.isoformat())
            applied.append(d.model_dump(mode="json"))
        s.commit()
    return {"actions": [action_json(a) for a in actions.values()],
            "decisions": [*state.get("decisions", []), *applied]}
