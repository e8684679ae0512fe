"""The chat's typed tools: every read and write the chat may do, over the public RunService API and the books.

Each tool takes one args model and returns one result model (`accrue.interfaces.chat.schemas`); the
Anthropic tool definitions are generated from the args models. Read tools only read. Write
tools only *propose*: each becomes a change-request run through `accrue.interfaces.chat.requests`,
the policy marks what needs a person, and that waits. Deciding (`decide`) is not a model tool: the
session calls it for the person at the keyboard, and `RunService.decide` has `may_decide` rule on it
(the speaker's role in policy.toml [people], and that they did not request the action themselves).
"""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from rapidfuzz import fuzz

from accrue.adapters.read_model import InvoiceView, ReadModel
from accrue.core.actions import parse_action
from accrue.core.approval import Allowed, Refused, approver_named, may_act, may_decide, normalise_name
from accrue.core.billing.renewal import renewal_of
from accrue.core.billing.schedule import build_schedule
from accrue.core.clock import utcnow
from accrue.core.corrections import parse_assignment
from accrue.core.errors import AccrueError, ApprovalError, InputError
from accrue.core.money import round_money
from accrue.core.refunds import RefundRequest
from accrue.core.requests import ChangeRequest, RequestLine
from accrue.core.terms import ContractTerms
from accrue.core.validation import canonical_name
from accrue.interfaces.chat.requests import submit
from accrue.interfaces.chat.schemas import (
    ActionLine,
    AuditLine,
    BalanceArgs,
    BalanceResult,
    CitedValue,
    CorrectionResult,
    CreditArgs,
    DecisionResult,
    ExplainArgs,
    ExplainResult,
    FindArgs,
    FindResult,
    InvoiceChangeArgs,
    Match,
    OutstandingInvoice,
    PendingArgs,
    PendingItem,
    PendingResult,
    ProposalResult,
    RefundArgs,
    ScheduleArgs,
    ScheduleEntry,
    ScheduleResult,
    TermsArgs,
    TermsResult,
    ToolArgs,
    ToolCall,
    WriteOffArgs,
)
from accrue.interfaces.describe import reasons, term_text
from accrue.interfaces.render import summarise_action
from accrue.workflow.service import RunService, RunView

MATCH_THRESHOLD = 80.0


class ToolError(AccrueError):
    """A tool call that cannot be carried out; the message says why and what to ask instead."""


# -- the registry the model sees ------------------------------------------------------------------

@dataclass(frozen=True)
class ToolSpec:
    name: str
    args: type[ToolArgs]
    method: str
    writes: bool


TOOL_SPECS: tuple[ToolSpec, ...] = (
    ToolSpec("find", FindArgs, "find", False),
    ToolSpec("show_terms", TermsArgs, "show_terms", False),
    ToolSpec("billing_schedule", ScheduleArgs, "billing_schedule", False),
    ToolSpec("pending_approvals", PendingArgs, "pending_approvals", False),
    ToolSpec("explain_run", ExplainArgs, "explain_run", False),
    ToolSpec("customer_balance", BalanceArgs, "customer_balance", False),
    ToolSpec("propose_credit_note", CreditArgs, "propose_credit_note", True),
    ToolSpec("propose_write_off", WriteOffArgs, "propose_write_off", True),
    ToolSpec("propose_invoice_change", InvoiceChangeArgs, "propose_invoice_change", True),
    ToolSpec("propose_refund", RefundArgs, "propose_refund", True),
)
TOOLS_BY_NAME = {t.name: t for t in TOOL_SPECS}


def anthropic_tool_defs() -> list[dict[str, Any]]:
    """Anthropic tool definitions generated from the args models; approving is deliberately not among them."""
    defs = []
    for spec in TOOL_SPECS:
        schema = spec.args.model_json_schema()
        schema.pop("title", None)
        schema.pop("description", None)  # the tool's description already says it
        for prop in schema.get("properties", {}).values():
            prop.pop("title", None)
        schema["additionalProperties"] = False
        doc = " ".join((spec.args.__doc__ or spec.name).split())
        defs.append({"name": spec.name, "description": doc, "input_schema": schema})
    return defs


# -- helpers ------------------------------------------------------------------------------------

def name_score(query: str, name: str) -> float:
    """0-100: how well a typed name matches a legal name (suffixes, case and small typos aside)."""
    q, n = canonical_name(query), canonical_name(name)
    if not q or not n:
        return 0.0
    if q == n:
        return 100.0
    score = float(fuzz.ratio(q, n))
    if len(q) >= 3:
        score = max(score, float(fuzz.partial_ratio(q, n)) - (5 if len(q) < len(n) else 0))
        score = max(score, float(fuzz.token_set_ratio(q, n)))
    return score


def handle_of(run_id: str, action_id: str) -> str:
    return f"{run_id[:8]}/{action_id}"


F = TypeVar("F", bound=Callable[..., Any])


def recorded(method: F) -> F:
    """Keep each call of a tool in the session's journal (input, result or error), so a one-shot answer can
    show which tools it used and what they returned."""
    signature = inspect.signature(method)

    @functools.wraps(method)
    def wrapper(self: ChatTools, *args: Any, **kwargs: Any) -> Any:
        bound = signature.bind(self, *args, **kwargs)
        given = {k: v for k, v in bound.arguments.items() if k != "self"}
        if len(given) == 1 and isinstance(next(iter(given.values())), BaseModel):
            given = next(iter(given.values())).model_dump(mode="json")
        call = ToolCall(name=method.__name__, input={k: _plain(v) for k, v in given.items()})
        self.journal.append(call)
        try:
            result = method(self, *args, **kwargs)
        except AccrueError as exc:
            call.error = str(exc)
            raise
        call.result = _plain(result)
        return result

    return wrapper  # type: ignore[return-value]


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal | date):
        return str(value)
    return value


@dataclass
class _Customer:
    name: str
    customer_id: str | None
    runs: list[RunView]


class ChatTools:
    """The tools bound to one run service and one speaker; the speaker is fixed for the session."""

    def __init__(self, rt: RunService, speaker: str, role: str | None = None):
        if not normalise_name(speaker):
            raise ToolError("a chat needs a speaker: pass --as NAME")
        if role is not None and isinstance(refused := may_act(speaker, role, rt.policy), Refused):
            raise ApprovalError(refused.reason)
        listed = approver_named(speaker, rt.policy)
        self.rt = rt
        self.books = ReadModel(rt.engine)
        # as policy.toml [people] spells them; someone unlisted may ask and request, never decide
        self.speaker = listed.name if listed else " ".join(speaker.split())
        self.listed_roles: tuple[str, ...] = listed.roles if listed else ()
        self.role: str | None = role or next(iter(self.listed_roles), None)
        self.journal: list[ToolCall] = []

    def require_writer(self) -> None:
        """A person listed only in roles that may decide nothing (sales) reads; they do not start runs or correct
        terms either. Someone not listed may still ask for something, which a listed person then decides."""
        if self.listed_roles and not any(r in self.rt.policy.roles for r in self.listed_roles):
            raise ToolError(f"{self.speaker} ({', '.join(self.listed_roles)}) can read the books and the runs but not "
                            "request changes; ask someone in finance")

    @property
    def role_label(self) -> str:
        """The role as the session shows it, saying so when the speaker has none."""
        return self.role or "no role in policy.toml [people]"

    # -- dispatch ------------------------------------------------------------------------------
    def call(self, name: str, raw: dict[str, Any]) -> BaseModel:
        """Validate a model's tool input against the args model and run the tool; errors are ToolErrors."""
        spec = TOOLS_BY_NAME.get(name)
        if spec is None:
            raise ToolError(f"there is no tool named {name!r}; tools: {', '.join(TOOLS_BY_NAME)}. "
                            "Approving or rejecting is done by a person with /approve or /reject, not by a tool")
        try:
            args = spec.args.model_validate(raw)
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'input'}: {e['msg']}" for e in exc.errors())
            raise ToolError(f"invalid input for {name}: {problems}") from None
        try:
            return getattr(self, spec.method)(args)
        except ToolError:
            raise
        except AccrueError as exc:
            raise ToolError(str(exc)) from exc

    # -- lookups -------------------------------------------------------------------------------
    def customers(self) -> list[_Customer]:
        """Every customer the books or the contract runs know, with their contract runs (oldest first)."""
        found: dict[str, _Customer] = {}
        for c in self.books.customers():
            found[canonical_name(c.legal_name)] = _Customer(c.legal_name, c.id, [])
        for view in self.rt.runs():
            name = (view.terms or {}).get("customer_legal_name")
            if not name:
                continue
            key = canonical_name(name)
            found.setdefault(key, _Customer(name, None, [])).runs.append(view)
        return list(found.values())

    def customer_names(self) -> list[str]:
        return [c.name for c in self.customers()]

    def contract_customers(self) -> list[str]:
        """The customers with a contract run, whose billing schedules the chat can show."""
        return [c.name for c in self.customers() if any(v.terms for v in c.runs)]

    @recorded
    def invoice(self, number: str) -> OutstandingInvoice | None:
        """One invoice by its number, as the balance answers list it; None when the books hold no such invoice."""
        inv = self.books.invoice(number)
        if inv is None:
            return None
        customer = self.books.customer(inv.customer_id)
        return OutstandingInvoice(number=inv.number, invoice_id=inv.id,
                                  customer=customer.legal_name if customer else "", invoice_date=inv.invoice_date,
                                  due_date=inv.due_date, currency=inv.currency, amount=inv.amount,
                                  balance=inv.balance,
                                  days_overdue=max(0, (utcnow().date() - inv.due_date).days) if inv.balance else 0)

    def resolve_customer(self, query: str) -> _Customer:
        scored = sorted(((name_score(query, c.name), c) for c in self.customers()), key=lambda x: -x[0])
        known = ", ".join(c.name for _, c in scored) or "none yet"
        if not scored or scored[0][0] < MATCH_THRESHOLD:
            raise ToolError(f"no customer matches {query!r}; known customers: {known}")
        best, top = scored[0]
        close = [c.name for score, c in scored[1:] if score >= MATCH_THRESHOLD and best - score < 5]
        if close and best < 100:
            raise ToolError(f"{query!r} could be {top.name} or {', '.join(close)}; say which")
        return top

    def _contract_run(self, customer: _Customer) -> RunView:
        runs = [v for v in customer.runs if v.kind in {"new_contract", "amendment"} and v.terms]
        if not runs:
            raise ToolError(f"no contract on file for {customer.name}; run one with /run PATH --deal PATH")
        return runs[-1]

    def _run_by_ref(self, ref: str) -> RunView:
        ref = ref.strip()
        run_part = ref.split("/", 1)[0]
        if re.fullmatch(r"[0-9a-f-]{8,36}", run_part):
            ids = [v.run_id for v in self.rt.runs() if v.run_id.startswith(run_part)]
            if len(ids) == 1:
                return self.rt.view(ids[0])
            if len(ids) > 1:
                raise ToolError(f"run prefix {run_part} is ambiguous: {', '.join(ids)}")
        if re.fullmatch(r"(?i)inv-[\w-]+", ref):
            inv = self.books.invoice(ref)
            if inv is None:
                raise ToolError(f"no invoice {ref} in the books")
            about = [v for v in self.rt.runs()
                     if any(inv.id in (a.get("invoice_id"), a.get("source_ref")) for a in v.actions)]
            if not about:
                raise ToolError(f"no run touches {inv.number}")
            waiting = [v for v in about if v.status == "waiting_approval"]
            return (waiting or about)[-1]
        customer = self.resolve_customer(ref)
        runs = customer.runs or [v for v in self.rt.runs() if self._customer_of_run(v) == customer.name]
        if not runs:
            raise ToolError(f"no runs for {customer.name}")
        waiting = [v for v in runs if v.status == "waiting_approval"]
        return (waiting or runs)[-1]

    def _customer_of_run(self, view: RunView) -> str | None:
        name = (view.terms or {}).get("customer_legal_name")
        if name:
            return name
        for a in view.actions:
            cid = a.get("customer")
            if not cid and a.get("invoice_id"):
                inv = self.books.invoice(a["invoice_id"])
                cid = inv.customer_id if inv else None
            if cid:
                cust = self.books.customer(cid)
                if cust:
                    return cust.legal_name
        return None

    def _cited(self, view: RunView, field: str) -> CitedValue:
        value = (view.terms or {}).get(field)
        cite = view.citations.get(field)
        if cite is None and field == "line_items":
            cite = next((c for k, c in view.citations.items() if k.startswith("line_items[")), None)
        if cite is None and field == "billing_timing":
            cite = view.citations.get("billing_frequency")
        display = term_text(field, value, (view.terms or {}).get("currency"))
        return CitedValue(field=field, value=value, display=display,
                          page=cite["page"] if cite else None, quote=cite["quote"] if cite else None)

    def _cited_item(self, view: RunView, field: str, index: int) -> CitedValue:
        item = (view.terms or {})[field][index]
        path = f"{field}[{index}]"
        cite = view.citations.get(path) or next(
            (c for k, c in sorted(view.citations.items()) if k.startswith(path + ".")), None)
        currency = (view.terms or {}).get("currency")
        display = term_text(field, item, currency)
        return CitedValue(field=path, value=item, display=display, page=cite["page"] if cite else None,
                          quote=cite["quote"] if cite else None)

    def _names(self) -> dict[str, str]:
        """The books' ids -> the names and numbers people know them by."""
        return {c.id: c.legal_name for c in self.books.customers()} | {i.id: i.number for i in self.books.invoices()}

    def _summary(self, a: dict[str, Any]) -> str:
        """One sentence for an action, naming customers and invoices as people know them."""
        return summarise_action(a, self._names())

    def _pending_items(self, views: list[RunView]) -> list[PendingItem]:
        items = []
        for view in views:
            if view.status != "waiting_approval":
                continue
            customer = self._customer_of_run(view)
            for a in view.actions:
                if not (a["needs_approval"] and a["status"] == "proposed"):
                    continue
                ruling = may_decide(parse_action(a), "approve", self.speaker, self.role, self.rt.policy)
                items.append(PendingItem(
                    handle=handle_of(view.run_id, a["id"]), run_id=view.run_id, action_id=a["id"], type=a["type"],
                    summary=self._summary(a), customer=customer, reasons=reasons(a, self._names()),
                    requested_by=a.get("requested_by"), you_may_decide=isinstance(ruling, Allowed),
                    why_not=ruling.reason if isinstance(ruling, Refused) else None))
        return items

    # -- read tools ----------------------------------------------------------------------------
    @recorded
    def find(self, args: FindArgs) -> FindResult:
        matches: list[Match] = []
        for c in self.customers():
            score = name_score(args.query, c.name)
            for view in c.runs:
                score = max(score, float(fuzz.partial_ratio(args.query.lower(), view.source.lower())))
            if score < MATCH_THRESHOLD - 10:
                continue
            matches.append(Match(kind="customer", name=c.name, customer_id=c.customer_id, score=round(score, 1)))
            matches += [Match(kind="contract", name=c.name, customer_id=c.customer_id, run_id=v.run_id,
                              status=v.status, source=v.source, score=round(score, 1)) for v in c.runs]
        matches.sort(key=lambda m: -m.score)
        return FindResult(query=args.query, matches=matches[: args.limit * 2])

    @recorded
    def show_terms(self, args: TermsArgs) -> TermsResult:
        if re.fullmatch(r"[0-9a-f-]{8,36}", args.customer.strip()):
            view = self._run_by_ref(args.customer)
        else:
            view = self._contract_run(self.resolve_customer(args.customer))
        terms = view.terms or {}
        unknown = [f for f in args.fields if f not in terms]
        if unknown:
            raise ToolError(f"unknown terms field(s) {', '.join(unknown)}; fields: {', '.join(terms)}")
        fields = args.fields or [k for k, v in terms.items() if v not in (None, [], {})]
        values: list[CitedValue] = []
        for f in fields:
            if f in {"line_items", "usage_rules"} and terms.get(f):
                values += [self._cited_item(view, f, i) for i in range(len(terms[f]))]
            else:
                values.append(self._cited(view, f))
        return TermsResult(customer=terms.get("customer_legal_name") or "", run_id=view.run_id, source=view.source,
                           extractor=view.extractor, values=values, warnings=view.warnings)

    @recorded
    def billing_schedule(self, args: ScheduleArgs) -> ScheduleResult:
        customer = self.resolve_customer(args.customer)
        entries: list[ScheduleEntry] = []
        basis: list[str] = []
        issued: set[str] = set()
        subs = []
        if customer.customer_id:
            invoices = sorted(self.books.invoices(customer_id=customer.customer_id), key=lambda i: i.invoice_date)
            for inv in invoices:
                issued.add(inv.id)
                starts = [ln.period_start for ln in inv.lines if ln.period_start]
                ends = [ln.period_end for ln in inv.lines if ln.period_end]
                entries.append(ScheduleEntry(invoice_date=inv.invoice_date, amount=inv.amount,
                                             currency=inv.currency, status="issued", invoice_number=inv.number,
                                             period_start=min(starts, default=None),
                                             period_end=max(ends, default=None)))
            subs = self.books.subscriptions(customer_id=customer.customer_id)
        if entries:
            basis.append("invoices in the books")
        dated = {e.invoice_date for e in entries}
        upcoming: dict[date, ScheduleEntry] = {}
        planned = [row for sub in subs for row in sub.schedule]
        if not planned:
            planned = [row for v in customer.runs for a in v.actions if a["type"] == "create_subscription"
                       for row in a.get("schedule", [])]
        for row in planned:
            entry = _schedule_row(row)
            if entry and entry.invoice_date not in dated:
                upcoming[entry.invoice_date] = entry
        if planned:
            basis.append("the subscription's billing schedule")
        for v in customer.runs:
            for a in v.actions:
                if a["type"] == "create_invoice" and a["invoice_id"] not in issued and a["status"] == "proposed":
                    when = date.fromisoformat(a["invoice_date"])
                    upcoming[when] = ScheduleEntry(
                        invoice_date=when, amount=Decimal(a["amount"]), currency=a["currency"],
                        status="waiting_approval" if a["needs_approval"] else "planned",
                        period_start=_first(a, "period_start"), period_end=_first(a, "period_end"))
        if not planned:
            contract = next((v for v in reversed(customer.runs) if v.terms), None)
            if contract is not None:
                for entry in _projected(contract, dated | set(upcoming)):
                    upcoming[entry.invoice_date] = entry
                basis.append("planned from the contract's terms by the billing engine")
        entries += upcoming.values()
        contract = next((v for v in reversed(customer.runs) if v.terms), None)
        renewal = _renewal(contract) if contract is not None else None
        if renewal is not None and renewal.invoice_date not in {e.invoice_date for e in entries}:
            entries.append(renewal)
            basis.append("the renewal the contract provides for")
        entries.sort(key=lambda e: e.invoice_date)
        cites = []
        if contract is not None:
            cites = [self._cited(contract, f) for f in ("billing_frequency", "billing_timing", "payment_terms_days",
                                                        "service_start_date", "service_end_date")]
        return ScheduleResult(customer=customer.name, basis="; ".join(basis) or "nothing recorded yet",
                              entries=entries, citations=cites)

    @recorded
    def pending_approvals(self, args: PendingArgs) -> PendingResult:
        views = self.rt.pending()
        about = None
        if args.invoice:
            inv = self.books.invoice(args.invoice)
            if inv is None:
                raise ToolError(f"no invoice {args.invoice} in the books; ask for open invoices to see the numbers")
            about = inv.number
            on_it = {(v.run_id, a["id"]) for v in views for a in v.actions
                     if inv.id in (a.get("invoice_id"), a.get("source_ref"))}
            items = [i for i in self._pending_items(views) if (i.run_id, i.action_id) in on_it]
        else:
            items = self._pending_items(views)
        if args.customer:
            about = self.resolve_customer(args.customer).name
            items = [i for i in items if i.customer == about]
        shown = [i for i in items if i.you_may_decide] if args.mine_only else items
        return PendingResult(speaker=self.speaker, role=self.role_label, items=shown,
                             others_count=len(items) - len(shown), about=about)

    @recorded
    def explain_run(self, args: ExplainArgs) -> ExplainResult:
        view = self._run_by_ref(args.run)
        audit = [AuditLine(at=e["at"], actor=e["actor"], event=e["event"], action_id=e.get("action_id"),
                           detail=e.get("detail") or {}) for e in self.rt.audit(view.run_id)]
        fields = {f for x in view.findings for f in x.get("fields", [])} or {
            e for a in view.actions if a["needs_approval"] and a["status"] == "proposed"
            for e in a.get("evidence", []) if e in (view.terms or {})}
        citations = {f: self._cited(view, f) for f in sorted(fields) if view.terms and f in view.terms}
        actions = [ActionLine(id=a["id"], type=a["type"], summary=self._summary(a), status=a["status"],
                              needs_approval=a["needs_approval"], reasons=reasons(a, self._names()),
                              requested_by=a.get("requested_by")) for a in view.actions]
        return ExplainResult(run_id=view.run_id, kind=view.kind, status=view.status, source=view.source,
                             customer=self._customer_of_run(view), findings=view.findings, actions=actions,
                             pending=self._pending_items([view]), decisions=view.decisions, audit=audit,
                             citations=citations, error=view.error)

    @recorded
    def customer_balance(self, args: BalanceArgs) -> BalanceResult:
        customer = self.resolve_customer(args.customer) if args.customer else None
        today = utcnow().date()
        if customer is not None and customer.customer_id is None:
            return BalanceResult(customer=customer.name, outstanding={}, open_invoices=[])
        names = {c.id: c.legal_name for c in self.books.customers()}
        invoices = self.books.open_invoices(customer_id=customer.customer_id if customer is not None else None)
        outstanding: dict[str, Decimal] = {}
        rows = []
        for inv in invoices:
            outstanding[inv.currency] = round_money(outstanding.get(inv.currency, Decimal(0)) + inv.balance,
                                                    inv.currency)
            rows.append(OutstandingInvoice(number=inv.number, invoice_id=inv.id,
                                           customer=names.get(inv.customer_id, ""), invoice_date=inv.invoice_date,
                                           due_date=inv.due_date, currency=inv.currency, amount=inv.amount,
                                           balance=inv.balance,
                                           days_overdue=max(0, (today - inv.due_date).days)))
        return BalanceResult(customer=customer.name if customer else None, outstanding=outstanding,
                             open_invoices=rows)

    # -- write tools: proposals only -------------------------------------------------------------
    @recorded
    def propose_credit_note(self, args: CreditArgs) -> ProposalResult:
        inv = self._open_invoice(args.invoice, args.currency)
        if args.amount > inv.amount - inv.amount_credited:
            raise ToolError(f"{inv.number} totals {inv.currency} {inv.amount - inv.amount_credited} after earlier "
                            f"credits; cannot credit {args.amount}")
        return self._propose(ChangeRequest(invoice=inv.number, amount=args.amount, reason=args.reason,
                                           requested_by=self.speaker))

    @recorded
    def propose_write_off(self, args: WriteOffArgs) -> ProposalResult:
        inv = self._open_invoice(args.invoice, args.currency)
        if args.amount > inv.balance:
            raise ToolError(f"{inv.number} has {inv.currency} {inv.balance} open; cannot write off {args.amount}")
        return self._propose(ChangeRequest(invoice=inv.number, write_off=args.amount, reason=args.reason,
                                           requested_by=self.speaker))

    @recorded
    def propose_invoice_change(self, args: InvoiceChangeArgs) -> ProposalResult:
        inv = self._open_invoice(args.invoice, args.currency)
        if (args.new_amount is None) == (args.lines is None):
            raise ToolError("give either the corrected total (new_amount) or the corrected lines, not both")
        if args.lines is not None:
            lines = [RequestLine(description=ln.description, amount=ln.amount) for ln in args.lines]
        else:
            text = inv.lines[0].description if len(inv.lines) == 1 else f"Corrected invoice {inv.number}"
            lines = [RequestLine(description=text, amount=args.new_amount or Decimal(0))]
        total = round_money(sum((ln.amount for ln in lines), Decimal(0)), inv.currency)
        if total == inv.amount - inv.amount_credited:
            raise ToolError(f"{inv.number} already totals {inv.currency} {total}; nothing to change")
        return self._propose(ChangeRequest(invoice=inv.number, lines=lines, reason=args.reason,
                                           requested_by=self.speaker))

    @recorded
    def propose_refund(self, args: RefundArgs) -> ProposalResult:
        """A refund run (`RunService.start_refund`) for money the customer holds; refused, with what to ask
        instead, when they hold none or less than asked."""
        self.require_writer()
        customer = self.resolve_customer(args.customer)
        held = [c for c in self.books.customer_credits() if c.customer_id == customer.customer_id]
        if customer.customer_id is None or not held:
            raise ToolError(f"{customer.name} holds no credit balance or overpayment to pay back; to reduce what "
                            "they owe on an invoice, ask for a credit note on it (\"credit 500 on INV-0042, reason "
                            "SLA breach\")")
        currencies = sorted({c.currency for c in held})
        currency = (args.currency or (currencies[0] if len(currencies) == 1 else "")).upper()
        if not currency:
            raise ToolError(f"{customer.name} holds money in {' and '.join(currencies)}; say which currency")
        try:
            view = self.rt.start_refund(RefundRequest(customer=customer.name, amount=args.amount, currency=currency,
                                                      reason=args.reason, requested_by=self.speaker))
        except (InputError, ValidationError) as exc:
            raise ToolError(exc.problem if isinstance(exc, InputError) else
                            "; ".join(str(e["msg"]) for e in exc.errors())) from exc
        return self._proposal_result(view)

    def _open_invoice(self, ref: str, currency: str | None = None) -> InvoiceView:
        inv = self.books.invoice(ref)
        if inv is None:
            raise ToolError(f"no invoice {ref} in the books; ask for open invoices to see the numbers")
        if currency and currency.upper() != inv.currency:
            raise ToolError(f"{inv.number} is in {inv.currency}, not {currency.upper()}; give the amount in "
                            f"{inv.currency}")
        if inv.status in {"void", "written_off"}:
            raise ToolError(f"{inv.number} is {inv.status}; it cannot be changed")
        return inv

    def _propose(self, request: ChangeRequest) -> ProposalResult:
        self.require_writer()
        return self._proposal_result(submit(self.rt, request))

    def _proposal_result(self, view: RunView) -> ProposalResult:
        queued = self._pending_items([view])
        me = normalise_name(self.speaker)
        mine = [a for a in view.actions if a.get("requested_by") is None or normalise_name(a["requested_by"]) == me]
        executed = [a["id"] for a in mine if a["status"] == "executed"]
        if view.already_processed:
            msg = "this exact request was already made; showing that run"
        elif queued:
            msg = "queued for approval; nothing has changed in the books yet"
        else:
            msg = f"the run is {view.status}"
        return ProposalResult(run_id=view.run_id, status=view.status, queued=queued, executed=executed,
                              already_requested=view.already_processed, message=msg)

    # -- a person's decision (never a model tool) -----------------------------------------------------
    @recorded
    def correct(self, ref: str, assignments: list[str]) -> CorrectionResult:
        """Correct terms of the run waiting for review that `ref` names (a run id or its customer), as the speaker,
        through `RunService.correct`: it re-validates and plans again; a value without a quote is the speaker's
        own entry, so what depends on it waits for someone else's approval."""
        self.require_writer()
        waiting = [v for v in self.rt.pending() if v.status == "needs_review"]
        by_id = [v for v in waiting if v.run_id.startswith(ref.strip().lower())]
        scored = sorted(((name_score(ref, _run_customer(v)), v) for v in waiting if _run_customer(v)),
                        key=lambda x: -x[0])
        matches = by_id or [v for score, v in scored if score >= MATCH_THRESHOLD and score >= scored[0][0] - 5]
        if not matches:
            names = ", ".join(sorted({_run_customer(v) for v in waiting})) or "none"
            raise ToolError(f"no run waiting for review matches {ref!r}; runs waiting for review: {names}")
        if len(matches) > 1:
            raise ToolError(f"{ref!r} matches several runs waiting for review: "
                            + ", ".join(f"{v.run_id[:8]} ({_run_customer(v)})" for v in matches) + "; name one run")
        target = matches[0]
        view = self.rt.correct(target.run_id, [parse_assignment(a) for a in assignments], by=self.speaker,
                               role=self.role)
        reasons = [str(g.get("message", "")) for g in (view.review or {}).get("gaps", [])] \
            if view.status == "needs_review" else []
        return CorrectionResult(run_id=view.run_id, customer=_run_customer(target), corrected=list(assignments),
                                status=view.status, reasons=reasons)

    @recorded
    def decide(self, ref: str, *, approve: bool, reason: str | None = None,
               action_type: str | None = None) -> DecisionResult:
        """Approve or reject pending actions as the speaker. `ref` is a handle, run id or customer name."""
        items = self._pending_items(self.rt.pending())
        targets = _select_pending(items, ref, action_type)
        if not targets:
            what = f" {action_type.replace('_', ' ')}" if action_type else ""
            raise ApprovalError(f"nothing{what} is waiting for approval for {ref!r}; see /pending")
        runs = {t.run_id for t in targets}
        if len(runs) > 1:
            raise ApprovalError(f"{ref!r} matches several runs: " + ", ".join(t.handle for t in targets)
                                + "; name one handle")
        run_id = targets[0].run_id
        ids = [t.action_id for t in targets]
        before = {a["id"]: a["status"] for a in self.rt.view(run_id).actions}
        if approve:
            view = self.rt.decide(run_id, approve=ids, by=self.speaker, role=self.role, reason=reason)
        else:
            if not reason:
                raise ApprovalError("a rejection needs a reason, e.g. /reject HANDLE wrong amount")
            view = self.rt.decide(run_id, reject=ids, by=self.speaker, role=self.role, reason=reason)
        executed = [a["id"] for a in view.actions if a["status"] == "executed" and before.get(a["id"]) != "executed"]
        books = self._books_refs(view, executed)
        verb = "approved" if approve else "rejected"
        recorded = next((d for d in reversed(view.decisions) if d["action_id"] in ids), None)
        role = recorded["role"] if recorded else self.role_label
        msg = f"{verb} {', '.join(handle_of(run_id, i) for i in ids)} as {self.speaker} ({role}); " \
              f"the run is {view.status}"
        return DecisionResult(run_id=run_id, action_ids=ids, decision="approve" if approve else "reject",
                              by=self.speaker, role=role, status=view.status, executed=executed, books=books,
                              message=msg)

    def _books_refs(self, view: RunView, executed: list[str]) -> list[str]:
        out: list[str] = []
        for a in view.actions:
            if a["id"] not in executed:
                continue
            if a["type"] == "create_invoice":
                inv = self.books.invoice(a["invoice_id"])
                if inv is not None:
                    out.append(f"invoice {inv.number}: {inv.currency} {inv.amount}, due {inv.due_date}, "
                               f"{inv.status}")
            elif a["type"] in {"create_credit_note", "write_off"}:
                inv = self.books.invoice(a["invoice_id"])
                label = "credit note" if a["type"] == "create_credit_note" else "write-off"
                tail = f"; {inv.number} balance {inv.currency} {inv.balance}" if inv is not None else ""
                out.append(f"{label} {a.get('external_id') or a['id']}: {a['currency']} {a['amount']}{tail}")
            else:
                out.append(f"{a['type']} {a.get('external_id') or ''}".strip())
        return out


def _select_pending(items: list[PendingItem], ref: str, action_type: str | None) -> list[PendingItem]:
    ref = ref.strip()
    if "/" in ref:
        return [i for i in items if i.handle == ref or f"{i.run_id}/{i.action_id}" == ref]
    if re.fullmatch(r"[0-9a-f-]{8,36}", ref):
        chosen = [i for i in items if i.run_id.startswith(ref)]
    else:
        scored = [(name_score(ref, i.customer or ""), i) for i in items]
        best = max((s for s, _ in scored), default=0.0)
        chosen = [i for s, i in scored if s >= MATCH_THRESHOLD and s == best]
        if not chosen and re.fullmatch(r"(?i)inv-[\w-]+", ref):
            chosen = [i for i in items if ref.lower() in i.summary.lower()]
    if action_type:
        chosen = [i for i in chosen if i.type == action_type]
    return chosen


def _first(action: dict[str, Any], key: str) -> date | None:
    lines = action.get("lines") or []
    value = lines[0].get(key) if lines else None
    return date.fromisoformat(value) if value else None


def _schedule_row(row: dict[str, Any]) -> ScheduleEntry | None:
    when = row.get("invoice_date") or row.get("date")
    if not when or row.get("amount") is None:
        return None
    return ScheduleEntry(invoice_date=date.fromisoformat(str(when)), amount=Decimal(str(row["amount"])),
                         currency=str(row.get("currency", "")), status="planned",
                         period_start=row.get("period_start"), period_end=row.get("period_end"))


def _projected(view: RunView, taken: set[date]) -> list[ScheduleEntry]:
    """The billing engine's schedule for the contract's terms, minus invoices already dated."""
    try:
        planned = build_schedule(ContractTerms.model_validate(view.terms))
    except ValueError:
        return []
    return [ScheduleEntry(invoice_date=p.invoice_date, period_start=p.period_start, period_end=p.period_end,
                          amount=p.amount, currency=p.currency, status="planned")
            for p in planned if p.invoice_date not in taken]


def _renewal(view: RunView) -> ScheduleEntry | None:
    """The first invoice of the term that follows the contract's, when it renews itself (the bill run issues it)."""
    try:
        terms = ContractTerms.model_validate(view.terms)
        renewal = renewal_of(terms, terms.service_end_date) if terms.service_end_date else None
        planned = build_schedule(renewal.terms) if renewal else []
    except ValueError:
        return None
    first = next((p for p in planned if renewal and p.invoice_date >= renewal.term.start), None)
    if first is None:
        return None
    return ScheduleEntry(invoice_date=first.invoice_date, period_start=first.period_start,
                         period_end=first.period_end, amount=first.amount, currency=first.currency,
                         status="planned", renewal=True)


def _run_customer(view: RunView) -> str:
    return str((view.terms or {}).get("customer_legal_name") or "")
