"""The run service: starts, lists and resumes graph runs. CLI, server and chat all go through it.

A run's thread id derives from its source (`uuid5` of the inputs' content), so the same
contract and deal submitted twice find the first run instead of starting another.
Runs are checkpointed in SQLite (`checkpoints.db`) with durability "sync", so any later
process resumes them.
"""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.types import Command
from pydantic import BaseModel, Field
from sqlmodel import Session, select

from agent.config import Settings, load_settings
from agent.deal import load_deal
from agent.documents import read_document
from agent.errors import ApprovalError, ConfigError, InputError
from agent.extraction import get_extractor
from agent.graph import build_graph
from agent.nodes import Deps
from agent.policy import Policy, load_policy, may_decide
from agent.state import Decision, RunState
from agent.store import RunRecord, audit_trail, get_engine, record_audit, utcnow
from tools.actions import parse_action
from tools.connectors.crm_file import FileCrm
from tools.connectors.local_books import LocalBooks
from tools.connectors.notify import OutboxNotifier
from tools.executor import Executor

_RUN_NS = uuid.UUID("0b7d8a4e-2f1e-4c55-8f0a-3c2b1d9e7a61")


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
    error: str | None = None
    already_processed: bool = False

    def public(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


def run_id_for(kind: str, *parts: bytes) -> str:
    digest = hashlib.sha256(b"\0".join(parts)).hexdigest()
    return str(uuid.uuid5(_RUN_NS, f"{kind}:{digest}"))


class Runtime:
    """Everything one process needs to run the workflow; use as a context manager."""

    def __init__(self, settings: Settings | None = None, *, extractor: str | None = None,
                 policy: Policy | None = None, connectors: list[Any] | None = None):
        self.settings = settings or load_settings()
        self.settings.ensure_home()
        self.engine = get_engine(self.settings.db_url)
        self.policy = policy or load_policy(self.settings.policy_file)
        self.extractor_name = extractor
        self._conn = sqlite3.connect(str(self.settings.checkpoint_path), check_same_thread=False, timeout=30)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self.checkpointer = SqliteSaver(self._conn)
        self.executor = Executor(connectors or self.default_connectors(), self.session)
        deps = Deps(settings=self.settings, session=self.session, policy=self.policy, executor=self.executor,
                    extractor_factory=lambda: get_extractor(self.settings, self.extractor_name))
        self.graph = build_graph(deps).compile(checkpointer=self.checkpointer)

    def default_connectors(self) -> list[Any]:
        return [LocalBooks(self.session), OutboxNotifier(self.session),
                FileCrm(self.settings.home / "crm_updates.jsonl")]

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Runtime:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- starting runs -------------------------------------------------------------------------
    def start_contract_run(self, contract: str | Path, deal: str | Path | None = None) -> RunView:
        """Validate the inputs, then run the graph until it completes or waits for approval."""
        doc = read_document(contract, max_pages=self.settings.max_pages)
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

        kinds: new_contract (contract, deal), usage (usage, request, contract?), payment (payments),
        change_request (request), amendment (contract, amendment). A `books` input seeds the local
        books first. Inputs are validated before anything is stored.
        """
        if "books" in inputs:
            self.seed_books(inputs["books"])
        if kind == "new_contract":
            return self.start_contract_run(inputs["contract"], inputs.get("deal"))
        raise ConfigError(f"event kind {kind!r} is not supported yet; supported: new_contract")

    def seed_books(self, path: str | Path) -> None:
        """Load a books.json seed into the local books (idempotent by record id)."""
        import json

        from tools.books import seed_books

        p = Path(path)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise InputError(str(path), "books file not found", "check the path") from exc
        except json.JSONDecodeError as exc:
            raise InputError(str(path), f"is not valid JSON (line {exc.lineno}: {exc.msg})", "fix the JSON") from exc
        with self.session() as s:
            seed_books(s, data, str(path))
            s.commit()

    def _start(self, run_id: str, kind: str, inputs: dict[str, str], *, source: str) -> RunView:
        with self.session() as s:
            if s.get(RunRecord, run_id) is not None:
                view = self.view(run_id)
                return view.model_copy(update={"already_processed": True})
            s.add(RunRecord(run_id=run_id, kind=kind, source=source))
            record_audit(s, run_id, "run_started", kind=kind, inputs=inputs)
            s.commit()
        state: RunState = {"run_id": run_id, "kind": kind, "inputs": inputs, "decisions": []}
        return self._invoke(run_id, state)

    def _config(self, run_id: str) -> dict[str, Any]:
        return {"configurable": {"thread_id": run_id}}

    def _invoke(self, run_id: str, payload: Any) -> RunView:
        try:
            self.graph.invoke(payload, self._config(run_id), durability="sync")
        except Exception as exc:
            self._sync(run_id, error=f"{type(exc).__name__}: {exc}")
            raise
        return self._sync(run_id)

    def _sync(self, run_id: str, error: str | None = None) -> RunView:
        view = self.view(run_id, error=error)
        with self.session() as s:
            rec = s.get(RunRecord, run_id)
            if rec is not None:
                rec.status = view.status
                rec.updated_at = utcnow()
                rec.error = error
                terms = view.terms or {}
                rec.customer = terms.get("customer_legal_name")
                s.add(rec)
                s.commit()
        return view

    # -- reading runs --------------------------------------------------------------------------
    def view(self, run_id: str, error: str | None = None) -> RunView:
        snap = self.graph.get_state(self._config(run_id))
        values: dict[str, Any] = dict(snap.values or {})
        with self.session() as s:
            rec = s.get(RunRecord, run_id)
        if rec is None and not values:
            raise ApprovalError(f"no run {run_id}; list runs with `accrue pending` or `accrue runs`")
        if snap.interrupts:
            status = "waiting_approval"
        elif error or (rec and rec.error and not snap.next and not values.get("status")):
            status = "failed"
        elif not snap.next and values.get("status") in {"completed", "failed"}:
            status = values["status"]
        else:
            status = "running" if snap.next else values.get("status", "running")
        extraction = values.get("extraction") or {}
        return RunView(
            run_id=run_id, status=status, kind=values.get("kind", rec.kind if rec else "new_contract"),
            source=rec.source if rec else "", terms=extraction.get("terms"),
            citations=extraction.get("citations", {}), warnings=extraction.get("warnings", []),
            extractor=extraction.get("extractor"), findings=values.get("findings", []),
            actions=values.get("actions", []), decisions=values.get("decisions", []),
            error=error or (rec.error if rec else None))

    def runs(self, status: str | None = None) -> list[RunView]:
        with self.session() as s:
            q = select(RunRecord).order_by(RunRecord.created_at)
            if status:
                q = q.where(RunRecord.status == status)
            ids = [r.run_id for r in s.exec(q)]
        return [self.view(i) for i in ids]

    def pending(self) -> list[RunView]:
        return self.runs(status="waiting_approval")

    def audit(self, run_id: str) -> list[dict[str, Any]]:
        with self.session() as s:
            return [e.model_dump(mode="json") for e in audit_trail(s, run_id)]

    # -- deciding ------------------------------------------------------------------------------
    def decide(self, run_id: str, *, approve: list[str] | None = None, reject: list[str] | None = None,
               by: str, role: str | None = None, reason: str | None = None) -> RunView:
        """Record decisions and resume the run. `approve=[]` with no reject approves every pending action."""
        view = self.view(run_id)
        if view.status != "waiting_approval":
            return view.model_copy(update={"already_processed": True})
        role = role or self.policy.role_of(by)
        pending = {a["id"]: parse_action(a) for a in view.actions
                   if a["needs_approval"] and a["status"] == "proposed"}
        approve_ids = list(pending) if approve is not None and not approve and not reject else list(approve or [])
        decisions: list[Decision] = []
        for aid in approve_ids:
            if aid not in pending:
                raise ApprovalError(f"run {run_id} has no pending action {aid}; pending: {', '.join(pending)}")
            ok, why = may_decide(pending[aid], by, role, self.policy)
            if not ok:
                raise ApprovalError(why)
            decisions.append(Decision(action_id=aid, decision="approve", by=by, role=role, reason=reason))
        for aid in reject or []:
            if aid not in pending:
                raise ApprovalError(f"run {run_id} has no pending action {aid}; pending: {', '.join(pending)}")
            if not reason:
                raise ApprovalError("a rejection needs a reason: pass --reason")
            decisions.append(Decision(action_id=aid, decision="reject", by=by, role=role, reason=reason))
        resume = {"decisions": [d.model_dump(mode="json") for d in decisions]}
        return self._invoke(run_id, Command(resume=resume))


@contextmanager
def open_runtime(**kwargs: Any) -> Iterator[Runtime]:
    rt = Runtime(**kwargs)
    try:
        yield rt
    finally:
        rt.close()
