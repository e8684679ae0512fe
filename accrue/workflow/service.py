"""The run service: starts, lists and resumes graph runs. CLI, server and chat all go through it.

A run's thread id derives from its source (`uuid5` of the inputs' content), so the same
contract and deal submitted twice find the first run instead of starting another.
Runs are checkpointed with durability "sync", so any later process resumes them: in SQLite
(`checkpoints.db`) by default, in PostgreSQL when DATABASE_URL points there (`accrue.workflow.checkpoint`).
Every step that moves a run (start, decide, review, retry) holds the run's lock (`accrue.adapters.run_lock`)
and reads the run again under it, so concurrent commands on one run take turns and each decision is
recorded once; a run found mid-graph under the lock was cut off by a dead process, and is finished.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field, ValidationError
from sqlmodel import Session, col, select

from accrue.adapters import label_store
from accrue.adapters.books import BooksSubscription, seed_books
from accrue.adapters.connectors.registry import build_connectors, close_connectors, mask_credentials
from accrue.adapters.database import get_engine, replayable_session
from accrue.adapters.documents import read_document
from accrue.adapters.event_files import (
    check_usage_csv,
    load_deal,
    read_change_request,
    read_json,
    read_payments_csv,
    read_usage_request,
)
from accrue.adapters.executor import Executor, reopen_failed
from accrue.adapters.label_store import LearnedLabel
from accrue.adapters.policy_file import load_policy
from accrue.adapters.read_model import open_invoice_rows
from accrue.adapters.run_lock import RunLocks
from accrue.adapters.secrets import redact
from accrue.adapters.store import RunRecord, audit_trail, record_audit
from accrue.core.actions import action_json
from accrue.core.approval import Allowed, Refused, Verdict, may_act, may_decide
from accrue.core.billing.close import month_period
from accrue.core.clock import utcnow
from accrue.core.corrections import TermEdit, edit_error
from accrue.core.document import Document
from accrue.core.errors import ApprovalError, ConfigError, InputError
from accrue.core.money import NumberError, format_money, minor_units, parse_amount
from accrue.core.policy import Policy
from accrue.core.refunds import RefundRequest, refund_refusal
from accrue.extraction import get_extractor, needs_text_layer
from accrue.extraction.learned_labels import label_for
from accrue.extraction.rules import refuse_oversized
from accrue.settings import Settings, load_settings
from accrue.workflow.approval import Decision, Resume
from accrue.workflow.context import Context
from accrue.workflow.nodes.books_reads import find_invoice
from accrue.workflow.nodes.receivables_reads import customer_named, held, refunds_waiting
from accrue.workflow.state import RunState, keep_terms, stored
from accrue.workflow.terms_review import ReviewDecision, TermsReview

if TYPE_CHECKING:
    from langchain_core.runnables import RunnableConfig
    from langgraph.checkpoint.base import BaseCheckpointSaver
    from langgraph.graph.state import CompiledStateGraph

    from accrue.workflow.checkpoint import Checkpointer

_RUN_NS = uuid.UUID("0b7d8a4e-2f1e-4c55-8f0a-3c2b1d9e7a61")


# A run in one of these states is not going anywhere without a person (or is done).
SETTLED_STATUSES = frozenset({"completed", "rejected", "failed", "waiting_approval", "needs_review"})
# Runs a person must act on: decide held actions, or correct or confirm the terms.
PENDING_STATUSES = ("waiting_approval", "needs_review")
# Findings of the validate step that come from what the books hold, not from the run's own inputs: a person can
# clear their cause in the books (credit the invoice, add the customer), after which `accrue retry` plans again.
BOOKS_FINDINGS = frozenset({"usage_already_billed", "usage_unknown_customer", "unknown_invoice",
                            "credit_exceeds_invoice", "write_off_exceeds_balance", "unmatched_payment",
                            "unknown_customer", "refund_exceeds_credit", "true_up_stale"})


class RunView(BaseModel):
    """The JSON shape `accrue run --json` and `pending --json` print."""

    run_id: str
    status: str
    kind: str = "new_contract"
    source: str = ""
    terms: dict[str, Any] | None = None
    citations: dict[str, Any] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)
    extractor: str | None = None
    findings: list[dict[str, Any]] = Field(default_factory=list)
    actions: list[dict[str, Any]] = Field(default_factory=list)
    decisions: list[dict[str, Any]] = Field(default_factory=list)
    review: dict[str, Any] | None = Field(
        default=None, description="needs_review: why the run waits, with the evidence (a TermsReviewRequest)")
    corrections: list[dict[str, Any]] = Field(default_factory=list)
    error: str | None = None
    already_processed: bool = False

    def public(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


# kind -> (required input roles, the first naming the run's source; optional roles)
EVENT_INPUTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "new_contract": (("contract",), ("deal", "books")),
    "usage": (("usage", "request", "contract"), ("books", "deal")),
    "payment": (("payments",), ("books",)),
    "change_request": (("request",), ("books",)),
    "amendment": (("amendment", "contract"), ("books", "deal")),
}
INPUT_ROLES = ("contract", "deal", "usage", "payments", "request", "amendment", "books")


def read_contract(path: str | Path, *, max_pages: int, require_text: bool) -> Document:
    """A contract or amendment read before its run is stored: one no reader takes (too long, no text, not a
    document) is refused now, in one line, rather than stored as a failed run."""
    doc = read_document(path, max_pages=max_pages, require_text=require_text)
    refuse_oversized(doc)
    return doc


def check_event_inputs(kind: str, inputs: dict[str, str | Path], *, max_pages: int,
                       require_text: bool = True) -> dict[str, Path]:
    """Read and check every input of a run before anything is stored; the files by role, for the run id.

    Roles the kind does not use are ignored; a missing required role, an unknown role or a broken
    file is an error naming it. `require_text=False` accepts scanned PDFs (for an extractor that reads them).
    """
    if kind not in EVENT_INPUTS:
        raise ConfigError(f"event kind {kind!r} is not supported; use one of: {', '.join(EVENT_INPUTS)}")
    required, optional = EVENT_INPUTS[kind]
    unknown = [r for r in inputs if r not in INPUT_ROLES]
    if unknown:
        raise InputError(f"inputs of the {kind} run", f"unknown input role {', '.join(map(repr, unknown))}",
                         f"use the roles {', '.join(INPUT_ROLES)}")
    missing = [r for r in required if not inputs.get(r)]
    if missing:
        raise InputError(f"inputs of the {kind} run", f"missing input {', '.join(map(repr, missing))}",
                         f"a {kind} run needs {', '.join(required)}")
    readers = {
        "contract": lambda p: read_contract(p, max_pages=max_pages, require_text=require_text),
        "amendment": lambda p: read_contract(p, max_pages=max_pages, require_text=require_text),
        "deal": load_deal, "usage": check_usage_csv, "payments": read_payments_csv,
        "request": read_usage_request if kind == "usage" else read_change_request,
    }
    out: dict[str, Path] = {}
    for role in (*required, *optional):
        path = inputs.get(role)
        if not path:
            continue
        if role == "books":
            read_json(path, "books")
        else:
            readers[role](path)
        out[role] = Path(path)
    return out


def run_id_for(kind: str, *parts: bytes) -> str:
    digest = hashlib.sha256(b"\0".join(parts)).hexdigest()
    return str(uuid.uuid5(_RUN_NS, f"{kind}:{digest}"))


def _run_id_of_files(kind: str, roles: dict[str, Path]) -> str:
    """`run_id_for(kind, b"role=" + bytes, ...)` over the files in role order, read in chunks: an event file
    of any size is hashed without being held in memory."""
    digest = hashlib.sha256()
    for n, role in enumerate(sorted(roles)):
        digest.update((b"\0" if n else b"") + role.encode() + b"=")
        with roles[role].open("rb") as f:
            while chunk := f.read(1 << 20):
                digest.update(chunk)
    return str(uuid.uuid5(_RUN_NS, f"{kind}:{digest.hexdigest()}"))


class RunService:
    """Everything one process needs to run the workflow; use as a context manager."""

    def __init__(self, settings: Settings | None = None, *, extractor: str | None = None,
                 policy: Policy | None = None, connectors: list[Any] | None = None):
        self.settings = settings or load_settings()
        self.settings.ensure_home()
        mask_credentials(self.settings)
        self.engine = get_engine(self.settings.db_url)
        self.locks = RunLocks(self.engine, self.settings.home)
        self.policy = policy or load_policy(self.settings.policy_file)
        self.extractor_name = extractor
        # Only an extractor that reads the PDF itself (Claude, with a key) can take a scan; other runs need text,
        # and are refused at once, before anything is stored.
        self.require_text = needs_text_layer(self.settings, extractor)
        # The graph, its checkpoints and the connectors are built when first needed: reading the books or the
        # runs index needs none of them (nor LangGraph's import), and a misconfigured connector only stops
        # what would use it.
        self._given_connectors = connectors or None
        # Connector sets by the billing/CRM choice they serve; the executor carries the one of the run in hand.
        self._connector_sets: dict[str, list[Any]] = {}
        self._active_choice = ""
        self._executor: Executor | None = None

    @cached_property
    def _checkpoints(self) -> Checkpointer:
        from accrue.workflow.checkpoint import open_checkpointer  # LangGraph's: only for what reads or runs graphs

        return open_checkpointer(self.settings)

    @property
    def checkpointer(self) -> BaseCheckpointSaver[Any]:
        return self._checkpoints.saver

    @property
    def executor(self) -> Executor:
        """The executor, with the connectors of the run in hand, else those the settings choose (built when first
        asked for: a connector that cannot be built, e.g. Stripe without a key, raises ConfigError then)."""
        if self._executor is None:
            self._use_connectors(self.connector_choice())
        assert self._executor is not None
        return self._executor

    @cached_property
    def context(self) -> Context:
        return Context(settings=self.settings, session=self.session, policy=self.policy, executor=self.executor,
                       extractor_factory=lambda: get_extractor(self.settings, self.extractor_name),
                       run_lock=self.locks.hold, require_text=self.require_text)

    @cached_property
    def graph(self) -> CompiledStateGraph[Any, Any, Any, Any]:
        from accrue.workflow.graph import build_graph  # LangGraph itself: imported by what runs or reads runs

        return build_graph().compile(checkpointer=self.checkpointer)

    def default_connectors(self) -> list[Any]:
        """The connectors Settings choose (billing, crm, Slack), built by accrue.adapters.connectors.registry."""
        return self._given_connectors or build_connectors(self.settings, self.session)

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def close(self) -> None:
        for connectors in self._connector_sets.values():
            close_connectors(connectors)
        if "_checkpoints" in self.__dict__:  # opened only if a graph was used
            self._checkpoints.close()

    def __enter__(self) -> RunService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- starting runs -------------------------------------------------------------------------
    def start_contract_run(self, contract: str | Path, deal: str | Path | None = None) -> RunView:
        """Validate the inputs, then run the graph until it completes or waits for approval."""
        doc = read_contract(contract, max_pages=self.settings.max_pages, require_text=self.require_text)
        deal_bytes = b""
        if deal is not None:
            load_deal(deal)
            deal_bytes = Path(deal).read_bytes()
        run_id = run_id_for("new_contract", doc.sha256.encode(), deal_bytes)
        inputs = {"contract": str(Path(contract).resolve())}
        if deal is not None:
            inputs["deal"] = str(Path(deal).resolve())
        return self._start(run_id, "new_contract", inputs, source=str(contract))

    def start_run(self, kind: str, inputs: dict[str, str | Path]) -> RunView:
        """Start a run of any event kind from its input files (the roles of an eval case's `inputs`).

        kinds and roles (`EVENT_INPUTS`): new_contract (contract, deal?), usage (usage, request,
        contract), payment (payments), change_request (request), amendment (amendment, contract); any
        may take `books`, a books.json seed loaded before the run starts. Every input is checked
        first, so a broken file stores nothing. The run id derives from the inputs' bytes: the same
        event submitted again returns the existing run (`already_processed`).
        """
        roles = check_event_inputs(kind, inputs, max_pages=self.settings.max_pages, require_text=self.require_text)
        if kind == "change_request":
            self._check_request_currency(inputs["request"], inputs.get("books"))
        if kind == "new_contract":
            with roles["contract"].open("rb") as contract:
                contract_sha = hashlib.file_digest(contract, "sha256").hexdigest().encode()
            run_id = run_id_for(kind, contract_sha, roles["deal"].read_bytes() if "deal" in roles else b"")
        else:
            run_id = _run_id_of_files(kind, roles)
        with self.session() as s:
            recorded = s.get(RunRecord, run_id) is not None
        if recorded and self.state(run_id) is not None:
            return self._found(run_id)
        if "books" in inputs:
            self.seed_books(inputs["books"])
        paths = {role: str(Path(inputs[role]).resolve()) for role in roles if role != "books"}
        main = EVENT_INPUTS[kind][0][0]
        return self._start(run_id, kind, paths, source=str(inputs[main]))

    def start_bill_run(self, through: date) -> RunView:
        """Issue every scheduled invoice due up to `through` across the active subscriptions (a date trigger).

        The run id derives from the date and the active subscriptions: the same bill run again finds the first run
        (and finishes it if a crash cut it off); a subscription recorded since starts a new run, which issues only
        what the books do not hold yet. Each invoice is keyed by its subscription and period, so no period is ever
        issued twice, whichever run proposes it.
        """
        with self.session() as s:
            active = sorted(s.exec(select(BooksSubscription.id).where(BooksSubscription.status == "active")))
        run_id = run_id_for("bill_run", through.isoformat().encode(), *(sub.encode() for sub in active))
        with self.session() as s:
            recorded = s.get(RunRecord, run_id) is not None
        if recorded and self.state(run_id) is not None:
            return self._found(run_id)
        return self._start(run_id, "bill_run", {"through": through.isoformat()}, source=f"bill run through {through}")

    def start_close(self, month: str) -> RunView:
        """Close a month (`YYYY-MM`): post its revenue recognition and close the books through its last day.

        The run id derives from the month: closing it again shows the first close (and finishes it if a crash
        cut it off), and changes nothing. Read the close report with `close_report(month)`.
        """
        try:
            month_period(month)
        except ValueError as exc:
            raise InputError("accrue close --period", str(exc)) from None
        run_id = run_id_for("close", month.encode())
        with self.session() as s:
            recorded = s.get(RunRecord, run_id) is not None
        if recorded and self.state(run_id) is not None:
            return self._found(run_id)
        return self._start(run_id, "close", {"period": month}, source=f"close of {month}")

    def start_dunning(self, as_of: date) -> RunView:
        """Remind, charge late fees on and chase the invoices overdue on `as_of`, as policy.toml `[dunning]` says.

        The run id derives from the day and the open invoices: the same day again finds the first run and changes
        nothing. Every reminder, late fee and task is keyed by its invoice and step, so no later run repeats one.
        """
        with self.session() as s:
            open_ids = sorted(inv.id for inv in open_invoice_rows(s))
        run_id = run_id_for("dunning", as_of.isoformat().encode(), *(inv.encode() for inv in open_ids))
        with self.session() as s:
            recorded = s.get(RunRecord, run_id) is not None
        if recorded and self.state(run_id) is not None:
            return self._found(run_id)
        return self._start(run_id, "dunning", {"as_of": as_of.isoformat()}, source=f"dunning as of {as_of}")

    def start_refund(self, request: RefundRequest) -> RunView:
        """Propose paying back what a customer holds with us; held for someone other than the requester.

        Refused before anything is stored (InputError) for a customer not in the books or an amount above what they
        hold in that currency. The run id derives from the request, so the same request twice pays once.
        """
        with self.session() as s:
            found = customer_named(s, request.customer)
            if found is None:
                raise InputError("accrue refund --customer", f"no customer '{request.customer}' in the books",
                                 "name a customer `accrue books` lists")
            run_id = run_id_for("refund", *(str(v).encode() for v in (
                found[0], request.amount, request.currency, request.reason, request.requested_by)))
            holds = held(s, found[0], request.currency)
            waiting = refunds_waiting(s, found[0], request.currency, other_than=run_id)
        asked = sum((amount for _, amount in waiting), Decimal(0))
        refusal = refund_refusal(request, found[1], replace(holds, credit_balance=holds.credit_balance - asked))
        if refusal is not None:
            if waiting:
                refusal += (f" (of what they hold, {format_money(asked, request.currency)} is already asked back by "
                            f"refund run {', '.join(r for r, _ in waiting)}, not yet decided)")
            raise InputError("accrue refund --amount", refusal)
        request = request.model_copy(update={"customer": found[0]})
        with self.session() as s:
            recorded = s.get(RunRecord, run_id) is not None
        if recorded and self.state(run_id) is not None:
            return self._found(run_id)
        return self._start(run_id, "refund", {"refund": request.model_dump(mode="json")},
                           source=f"refund to {found[1]}")
    def _check_request_currency(self, request_path: str | Path, books_path: str | Path | None) -> None:
        """Refuse, before anything is stored, a change request whose amounts are finer than its invoice's currency
        (the invoice looked up in the books seed given with it, then in the books): never rounded into another."""
        request = read_change_request(request_path)
        currency = _seeded_invoice_currency(books_path, request.invoice) if books_path else None
        if currency is None:
            with self.session() as s:
                invoice = find_invoice(s, request.invoice)
            currency = invoice.currency if invoice else None
        if currency is None:
            return  # an unknown invoice is the validate step's finding
        for name, value in request.amounts():
            try:
                parse_amount(value, currency)
            except NumberError as exc:
                raise InputError(str(request_path), f"field '{name}': {exc} (the currency of {request.invoice})",
                                 f"write the exact amount, to {minor_units(currency)} decimals") from None

    def seed_books(self, path: str | Path) -> None:
        """Load a books.json seed into the local books (idempotent by record id)."""
        data = read_json(path, "books")
        with self.session() as s:
            seed_books(s, data, str(path))
            s.commit()

    def _start(self, run_id: str, kind: str, inputs: dict[str, Any], *, source: str) -> RunView:
        self._use_connectors_of(run_id)  # a connector that cannot be built stops the run before anything is stored
        with self.locks.hold(run_id):
            # Recorded without waiting for the disk: a power cut that undoes it undoes every later commit too (each
            # action's key waits for the disk, and takes this with it), so the same inputs simply start the run again.
            with replayable_session(self.engine, expire_on_commit=False) as s:
                if s.get(RunRecord, run_id) is None:
                    s.add(RunRecord(run_id=run_id, kind=kind, source=source,
                                    summary={"connectors": self.connector_choice()}))
                    record_audit(s, run_id, "run_started", kind=kind, inputs=inputs)
                elif self.state(run_id) is not None:
                    return self._found(run_id)
                else:  # recorded, then cut off before any checkpoint: the same inputs (the run id says so) start
                    # it again
                    record_audit(s, run_id, "run_restarted",
                                 reason="no checkpoint was written before the process stopped")
                s.commit()
            return self._invoke(run_id, _first_state(run_id, kind, inputs))

    def _found(self, run_id: str) -> RunView:
        """The run the same inputs started before, as it stands; one cut off mid-graph is finished first (under its
        lock nothing else is working on it, so a run still `running` was left so by a process that died)."""
        with self.locks.hold(run_id):
            view = self.view(run_id)
            if view.status not in SETTLED_STATUSES:
                return self.retry(run_id)
            return self._unchanged(view)

    def _unchanged(self, view: RunView) -> RunView:
        """`view` as nothing-to-do (`already_processed`), its runs row brought up to it first: a process that died
        after the run's last checkpoint and before its row was updated left the row behind."""
        with self.session() as s:
            rec = s.get(RunRecord, view.run_id)
            if rec is not None and rec.status != view.status:
                rec.status, rec.updated_at = view.status, utcnow()
                s.add(rec)
                s.commit()
        return view.model_copy(update={"already_processed": True})

    def finish_if_cut_off(self, view: RunView) -> RunView:
        """For a single-writer trigger (service worker, folder watch) that finds its event's run already there:
        a run that stopped mid-graph (the process died) is finished from its checkpoint; others come back as-is."""
        if view.already_processed and view.status not in SETTLED_STATUSES:
            return self.retry(view.run_id)
        return view

    def _restart_from_inputs(self, run_id: str) -> RunView:
        """A run recorded but cut off before its first checkpoint: start it again from its recorded inputs.

        Nothing external can have happened yet (effects come only after several checkpoints), and every
        effect is keyed anyway, so starting over is safe.
        """
        with self.session() as s:
            rec = s.get(RunRecord, run_id)
            started = next((e for e in audit_trail(s, run_id) if e.event == "run_started"), None)
            if rec is None or started is None:
                raise ApprovalError(f"no run {run_id}; list runs with `accrue runs` or `accrue pending`")
            record_audit(s, run_id, "run_restarted", reason="no checkpoint was written before the process stopped")
            s.commit()
        return self._invoke(run_id, _first_state(run_id, rec.kind, started.detail.get("inputs", {})))

    def _config(self, run_id: str) -> RunnableConfig:
        return {"configurable": {"thread_id": run_id}}

    def _invoke(self, run_id: str, payload: Any) -> RunView:
        self._use_connectors_of(run_id)
        try:
            self.graph.invoke(payload, self._config(run_id), context=self.context, durability="sync")
        except Exception as exc:
            self._sync(run_id, error=redact(f"{type(exc).__name__}: {exc}"))
            raise
        return self._sync(run_id)

    def _sync(self, run_id: str, error: str | None = None) -> RunView:
        """Record the outcome of the graph call just made: its error (or none: a good call clears an old one) and
        the status it leaves, in one commit of the runs row (which need not wait for the disk: it is read again
        from the run's checkpoint whenever the run is found, `_unchanged`)."""
        with replayable_session(self.engine, expire_on_commit=False) as s:
            rec = s.get(RunRecord, run_id)
            if rec is not None:
                rec.error = error
            try:
                view = self._view(run_id, rec)
            except Exception:  # the run cannot be read back: its error is still recorded
                if rec is not None:
                    s.commit()
                raise
            if rec is not None:
                rec.status = view.status
                rec.updated_at = utcnow()
                terms = view.terms or {}
                rec.customer = terms.get("customer_legal_name")
                s.add(rec)
                s.commit()
        return view

    # -- reading runs --------------------------------------------------------------------------
    def state(self, run_id: str) -> RunState | None:
        """The run's state as its last checkpoint holds it; None before its first checkpoint."""
        values = self.graph.get_state(self._config(run_id)).values
        return RunState.model_validate(values) if values else None

    def view(self, run_id: str, error: str | None = None) -> RunView:
        with self.session() as s:
            rec = s.get(RunRecord, run_id)
        return self._view(run_id, rec, error)

    def _view(self, run_id: str, rec: RunRecord | None, error: str | None = None) -> RunView:
        """The run as its last checkpoint and its runs row `rec` (read by the caller) say."""
        snap = self.graph.get_state(self._config(run_id))
        state = RunState.model_validate(snap.values) if snap.values else None
        if rec is None and state is None:
            raise ApprovalError(f"no run {run_id}; list runs with `accrue pending` or `accrue runs`")
        review: dict[str, Any] | None = None
        if snap.interrupts:
            status = "needs_review" if "review_terms" in snap.next else "waiting_approval"
            review = snap.interrupts[0].value if status == "needs_review" else None
        elif error or (rec and rec.error):
            status = "failed"  # the last graph call raised; `accrue retry` resumes it
        elif state is None:
            status = "running"
        elif not snap.tasks and state.status in {"completed", "rejected", "failed"}:
            status = state.status
        else:
            status = "running" if snap.tasks else state.status
        if state is None:
            return RunView(run_id=run_id, status=status, kind=rec.kind if rec else "new_contract",
                           source=rec.source if rec else "", error=error or (rec.error if rec else None))
        terms = state.contract_terms(self.session)
        extraction = terms.model_dump(mode="json") if terms is not None else {}
        return RunView(
            run_id=run_id, status=status, kind=state.kind, source=rec.source if rec else "",
            terms=extraction.get("terms"), citations=extraction.get("citations", {}),
            warnings=extraction.get("warnings", []), extractor=extraction.get("extractor"),
            findings=[f.model_dump(mode="json") for f in state.findings],
            actions=[action_json(a) for a in state.actions],
            decisions=[d.model_dump(mode="json", exclude={"payload"} if d.payload is None else None)
                       for d in state.decisions],
            review=review, corrections=[c.model_dump(mode="json") for c in state.corrections],
            error=error or (rec.error if rec else None))

    def runs(self, status: str | None = None) -> list[RunView]:
        with self.session() as s:
            q = select(RunRecord).order_by(col(RunRecord.created_at))
            if status:
                q = q.where(RunRecord.status == status)
            ids = [r.run_id for r in s.exec(q)]
        return [self.view(i) for i in ids]

    def pending(self) -> list[RunView]:
        """Runs waiting for a person, oldest first: held actions to decide, or terms to correct or confirm."""
        with self.session() as s:
            q = select(RunRecord).where(col(RunRecord.status).in_(PENDING_STATUSES)).order_by(col(RunRecord.created_at))
            ids = [r.run_id for r in s.exec(q)]
        return [self.view(i) for i in ids]

    def audit(self, run_id: str) -> list[dict[str, Any]]:
        with self.session() as s:
            return [e.model_dump(mode="json") for e in audit_trail(s, run_id)]

    # -- deciding ------------------------------------------------------------------------------
    def decide(self, run_id: str, *, approve: list[str] | None = None, reject: list[str] | None = None,
               by: str, role: str | None = None, reason: str | None = None) -> RunView:
        """Record decisions and resume the run. `approve=[]` with no reject approves every pending action.

        Each decision gets `may_decide`'s ruling first (the review step rules again on the resume value): when any
        is refused, each refusal is audited, nothing is decided and ApprovalError carries the first reason.
        `role` None is the first role policy.toml [people] gives the person. Decisions on one run take turns
        (its lock): a second approval of the same actions finds them decided and changes nothing.
        """
        with self.locks.hold(run_id):
            return self._decide(run_id, approve=approve, reject=reject, by=by, role=role, reason=reason)

    def _decide(self, run_id: str, *, approve: list[str] | None, reject: list[str] | None, by: str,
                role: str | None, reason: str | None) -> RunView:
        view = self.view(run_id)
        if view.status not in SETTLED_STATUSES:  # cut off mid-graph by a dead process (we hold the lock): finish it
            view = self._retry(run_id)
            if view.status != "waiting_approval":
                return view
        if view.status != "waiting_approval":
            return self._unchanged(view)
        state = self.state(run_id)
        pending = {a.id: a for a in (state.actions if state else [])
                   if a.needs_approval and a.status == "proposed"}
        approve_ids = list(pending) if approve is not None and not approve and not reject else list(approve or [])
        asked: list[tuple[str, Verdict]] = [*((aid, "approve") for aid in approve_ids),
                                            *((aid, "reject") for aid in reject or [])]
        decisions: list[Decision] = []
        refused: list[tuple[str, Verdict, str]] = []
        for aid, verdict in asked:
            if aid not in pending:
                raise ApprovalError(f"run {run_id} has no pending action {aid}; pending: {', '.join(pending)}")
            if verdict == "reject" and not reason:
                raise ApprovalError("a rejection needs a reason: pass --reason")
            ruling = may_decide(pending[aid], verdict, by, role, self.policy, state.corrections if state else ())
            if isinstance(ruling, Allowed):
                decisions.append(Decision(action_id=aid, decision=verdict, by=ruling.approver.name, role=ruling.role,
                                          reason=reason))
            else:
                refused.append((aid, verdict, ruling.reason))
        if refused:
            from accrue.workflow.nodes.review import record_refusal  # LangGraph's interrupt comes with it

            with self.session() as s:
                for aid, verdict, why in refused:
                    record_refusal(s, run_id, action_id=aid, decision=verdict, by=by, role=role, why=why)
                s.commit()
            raise ApprovalError(refused[0][2])
        from langgraph.types import Command

        return self._invoke(run_id, Command(resume=Resume(decisions=decisions).model_dump(mode="json")))

    # -- reviewing terms (needs_review) --------------------------------------------------------
    def correct(self, run_id: str, edits: Sequence[TermEdit], *, by: str, role: str | None = None) -> RunView:
        """Correct or supply terms of a run waiting at needs_review; it validates and plans again from them.

        The one way corrections reach a run (the CLI, the chat and the inbox call it; a raw LangGraph resume
        carries the same `TermsReview`). Every edit is checked first against the run (the terms model, the
        quote on its page): a bad one raises CorrectionError naming it, and nothing changes.
        """
        return self._review_terms(run_id, "correct", by=by, role=role, corrections=list(edits))

    def accept_terms(self, run_id: str, *, by: str, reason: str, role: str | None = None) -> RunView:
        """Accept the plan of a run at needs_review as it is (the reason is recorded); its actions go on to the
        policy's approvals and execution. Not for whoever corrected a value the plan depends on."""
        return self._review_terms(run_id, "accept", by=by, role=role, reason=reason)

    def reject_run(self, run_id: str, *, by: str, reason: str, role: str | None = None) -> RunView:
        """Reject a run at needs_review: nothing executes and it ends `rejected`."""
        return self._review_terms(run_id, "reject", by=by, role=role, reason=reason)

    def _review_terms(self, run_id: str, decision: ReviewDecision, *, by: str, role: str | None,
                      reason: str | None = None, corrections: list[TermEdit] | None = None) -> RunView:
        with self.locks.hold(run_id):
            return self._review_terms_held(run_id, decision, by=by, role=role, reason=reason,
                                           corrections=corrections)

    def _review_terms_held(self, run_id: str, decision: ReviewDecision, *, by: str, role: str | None,
                           reason: str | None, corrections: list[TermEdit] | None) -> RunView:
        view = self.view(run_id)
        if view.status != "needs_review":
            raise ApprovalError(f"run {run_id} is {view.status}, not needs_review; only a run whose terms wait for a "
                                "person takes corrections, or is accepted or rejected this way")
        ruling = may_act(by, role, self.policy)
        if isinstance(ruling, Refused):
            raise ApprovalError(ruling.reason)
        try:
            answer = TermsReview(decision=decision, by=ruling.approver.name, role=ruling.role, reason=reason,
                                 corrections=corrections or [])
        except ValidationError as exc:
            raise ApprovalError(edit_error(exc)) from exc
        from langgraph.types import Command

        from accrue.workflow.nodes.review_terms import corrected_update, review_refusal

        state = self.state(run_id)
        assert state is not None  # a run waiting at an interrupt has a checkpoint
        refusal = review_refusal(state, answer, self.policy)
        if refusal:
            raise ApprovalError(refusal)
        if decision == "correct":
            # the node applies it again; here a bad edit stops before any resume
            corrected_update(state, answer, self.session)
        view = self._invoke(run_id, Command(resume=answer.model_dump(mode="json")))
        if decision == "correct":
            self._learn_labels(run_id, answer)
        return view

    def _learn_labels(self, run_id: str, answer: TermsReview) -> None:
        """Teach the embedded reader the label each quoted correction was read under ("Go-live: 1 March 2026" for
        the start date teaches "go-live"), so the next form that uses it is read right; audited."""
        learned: list[str] = []
        for edit in answer.corrections:
            if edit.op != "set" or edit.citation is None:
                continue
            label = label_for(edit.path, edit.citation.quote)
            if label and label_store.add(self.settings.home, LearnedLabel(
                    label=label, field=edit.path, example=edit.citation.quote, learned_from=run_id, by=answer.by)):
                learned.append(f"{label} -> {edit.path}")
        if learned:
            with self.session() as s:
                record_audit(s, run_id, "labels_learned", actor=answer.by, labels=learned)
                s.commit()

    # -- executing again -----------------------------------------------------------------------
    def retry(self, run_id: str, *, by: str = "accrue") -> RunView:
        """Finish what a run did not: resume one cut off mid-execution (a crash) from its checkpoint, re-run its
        failed actions (and those skipped because of them) once the cause is fixed, or plan again a run held for
        what the books held (`BOOKS_FINDINGS`) before any of its actions executed, once a person has fixed that.

        Safe to call any number of times: every effect is keyed, so nothing already done happens again.
        A run waiting for a person for another reason, or with nothing failed, is returned unchanged
        (`already_processed`). `by` is who asked, for the audit trail.
        """
        with self.locks.hold(run_id):
            return self._retry(run_id, by=by)

    def _retry(self, run_id: str, *, by: str = "accrue") -> RunView:
        view = self.view(run_id)
        snap = self.graph.get_state(self._config(run_id))
        if snap.interrupts:
            state = RunState.model_validate(snap.values)
            return self._plan_again(run_id, state, by=by) if books_hold(state) else self._unchanged(view)
        if not snap.values and not snap.tasks:
            return self._restart_from_inputs(run_id)
        if snap.tasks:  # a step to run, or one that ran and saved its writes but not the checkpoint after them
            with self.session() as s:
                record_audit(s, run_id, "run_resumed", next=[t.name for t in snap.tasks])
                s.commit()
            return self._invoke(run_id, None)
        state = RunState.model_validate(snap.values)
        keep_terms(state.actions, self.session)  # a checkpoint written before the content store kept them inline
        actions, reopened = reopen_failed([action_json(a) for a in state.actions],
                                          [d.model_dump(mode="json") for d in state.decisions])
        if not reopened:
            return self._unchanged(view)
        with self.session() as s:
            record_audit(s, run_id, "retry_requested", reopened=reopened)
            s.commit()
        # As if the review step had just handed these actions back: the graph continues at execute.
        self.graph.update_state(self._config(run_id), {"actions": actions, "status": "running"}, as_node="review")
        return self._invoke(run_id, None)

    def _plan_again(self, run_id: str, state: RunState, *, by: str) -> RunView:
        """Validate and plan a held run again from its same inputs, reading the books anew: its proposed actions are
        superseded (audited), and if the cause is still there it holds again with the same finding."""
        with self.session() as s:
            record_audit(s, run_id, "plan_superseded", actor=by, reasons=sorted(books_hold(state)),
                         why="retry: the books are read again", actions=[action_json(a) for a in state.actions])
            s.commit()
        # As if extract had just finished: the pending review is left behind and the graph continues at validate.
        self.graph.update_state(self._config(run_id), stored({"actions": [], "verdict": None, "plan_inputs": None,
                                                              "status": "running"}), as_node="extract")
        return self._invoke(run_id, None)

    def connector_choice(self) -> dict[str, Any]:
        """The billing and CRM systems this runtime's settings choose; a run records it when it starts."""
        choice: dict[str, Any] = {"billing": self.settings.billing, "crm": self.settings.crm}
        if self.settings.billing == "stripe":
            choice["stripe_url"] = self.settings.stripe_url
        return choice

    def _use_connectors_of(self, run_id: str) -> None:
        """A run executes against the systems it started with (`accrue run --billing stripe`, then a plain
        `accrue approve`), and a run of this runtime's own against its own, whichever run a long-lived runtime
        (the service's writer, a chat session) carried before: point the executor at that run's connectors."""
        with self.session() as s:
            rec = s.get(RunRecord, run_id)
            recorded = dict((rec.summary or {}).get("connectors") or {}) if rec else {}
        self._use_connectors(recorded or self.connector_choice())

    def _use_connectors(self, choice: dict[str, Any]) -> None:
        key = _choice_key(choice)
        if key == self._active_choice and self._executor is not None:
            return
        if key not in self._connector_sets:
            self._connector_sets[key] = (self.default_connectors() if choice == self.connector_choice() else
                                         build_connectors(self.settings.model_copy(update=choice), self.session))
        if self._executor is None:
            self._executor = Executor(self._connector_sets[key], self.session)
        else:
            self._executor.set_connectors(self._connector_sets[key])
        self._active_choice = key


def books_hold(state: RunState) -> set[str]:
    """The codes of `BOOKS_FINDINGS` a run is held for, when nothing of it has been decided or executed yet (so
    planning it again can only replace proposals); empty otherwise."""
    if state.decisions or state.terms_decision is not None or any(a.status != "proposed" for a in state.actions):
        return set()
    return {f.code for f in state.findings if f.code in BOOKS_FINDINGS and f.severity == "error"}


def _first_state(run_id: str, kind: str, inputs: dict[str, Any]) -> dict[str, Any]:
    """What a run starts from, checked (kind, input roles) and stored like any node's update."""
    state = RunState.model_validate({"run_id": run_id, "kind": kind, "inputs": inputs})
    return stored({"run_id": state.run_id, "kind": state.kind, "inputs": state.inputs})


def _seeded_invoice_currency(books_path: str | Path, ref: str) -> str | None:
    """The currency of invoice `ref` (id or number, any case) in a books.json seed, if it holds it."""
    data = read_json(books_path, "books")
    invoices = data.get("invoices", []) if isinstance(data, dict) else []
    wanted = ref.strip().lower()
    for inv in invoices if isinstance(invoices, list) else []:
        if isinstance(inv, dict) and wanted in (str(inv.get("id", "")).lower(), str(inv.get("number", "")).lower()):
            return str(inv.get("currency", "")).upper() or None
    return None


def _choice_key(choice: dict[str, Any]) -> str:
    return json.dumps(choice, sort_keys=True)
