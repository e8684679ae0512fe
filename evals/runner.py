"""The runner: replays each case through the same graph as production and scores every stage.

Each case gets its own temporary data folder (its own SQLite books and checkpoints), built
with `RunService(settings=...)`, so cases never share state and can run side by side in
threads. A case that raises is recorded with its error; the others go on. The result
object carries everything the JSON output, the HTML report, the baseline comparison and
the gate need.
"""

from __future__ import annotations

import multiprocessing
import shutil
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from accrue.core.completeness import is_billing_term
from accrue.core.errors import InputError
from accrue.settings import load_settings
from accrue.workflow.service import RunService, RunView
from evals.cases import BrokenCase, Case, Step, expected_terms, load_cases, refund_request
from evals.scorers import (
    ActionScore,
    Counts,
    FieldResult,
    Grounding,
    accuracy,
    score_actions,
    score_findings,
    score_grounding,
    score_terms,
    total,
)

SUMMARY_KEYS = ("cases", "passed", "field_accuracy", "findings_precision", "findings_recall", "action_precision",
                "action_recall", "approval_precision", "approval_recall", "cost_usd", "seconds", "needs_review",
                "straight_through_rate", "completed_with_wrong_terms")
CASE_KEYS = ("id", "passed", "terms", "findings", "actions", "errors", "scores")


@dataclass
class CaseResult:
    """What the agent did on one case and how it scored."""

    id: str
    kind: str
    group: str
    path: Path
    description: str = ""
    tags: tuple[str, ...] = ()
    expected: dict[str, Any] = field(default_factory=dict)
    status: str | None = None
    terms: dict[str, Any] | None = None
    citations: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)
    actions: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    refused: str | None = None  # the one-line refusal of a request turned down before any run was stored
    fields: list[FieldResult] = field(default_factory=list)
    grounding: Grounding = field(default_factory=Grounding)
    finding_counts: dict[str, Counts] = field(default_factory=dict)
    action_score: ActionScore | None = None
    usage: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def field_accuracy(self) -> float | None:
        return accuracy(self.fields)

    @property
    def passed(self) -> bool:
        if self.errors:
            return False
        if "refused" in self.expected and self.expected["refused"] not in (self.refused or ""):
            return False
        if "status" in self.expected and self.status != self.expected["status"]:
            return False
        if any(not f.correct for f in self.fields):
            return False
        if any(c.fp or c.fn for c in self.finding_counts.values()):
            return False
        return not (self.action_score and (self.action_score.missing or self.action_score.unexpected))

    @property
    def wrong_billing_terms(self) -> list[str]:
        """Scored billing terms the agent got wrong (not labels such as a line's description)."""
        return [f.path for f in self.fields if not f.correct and is_billing_term(f.path)]

    @property
    def billed_nothing(self) -> bool:
        """A contract run that proposed neither an invoice nor a subscription."""
        return self.kind == "new_contract" and not any(
            a.get("type") in {"create_invoice", "create_subscription"} for a in self.actions)

    @property
    def completed_wrong(self) -> bool:
        """Completed without a person, with a wrong billing term or nothing billed: the error the gate exists for."""
        return not self.errors and self.status == "completed" and bool(self.wrong_billing_terms or self.billed_nothing)

    @property
    def policy_free(self) -> bool:
        """Should go straight through: no policy rule applies (no expected action needs approval; no proposed one,
        when the case lists none) and the case expects neither a wait for a person nor a refused request."""
        actions = self.expected["actions"] if "actions" in self.expected else self.actions
        waits = "refused" in self.expected or self.expected.get("status", "completed") != "completed"
        return not self.errors and not waits and not any(a.get("needs_approval") for a in actions)

    @property
    def cost_usd(self) -> Decimal:
        return Decimal(str(self.usage.get("cost_usd", "0")))

    def scores(self) -> dict[str, Any]:
        """Everything scored on this case, as JSON (the `scores` of `--json` and what baselines compare)."""
        findings = total(self.finding_counts) if "findings" in self.expected else None
        out: dict[str, Any] = {
            "kind": self.kind, "group": self.group, "status": self.status,
            "status_expected": self.expected.get("status"), "refused": self.refused,
            "refused_expected": self.expected.get("refused"), "wrong_billing_terms": self.wrong_billing_terms,
            "field_accuracy": self.field_accuracy,
            "fields": [f.as_json() for f in self.fields],
            "grounding": self.grounding.as_json(),
            "findings": None if findings is None else {
                **findings.as_json(), "per_code": {k: v.as_json() for k, v in self.finding_counts.items()},
                "expected": self.expected["findings"]},
            "actions": None, "approvals": None, "amount_exactness": None,
            "cost_usd": str(self.cost_usd), "tokens": {k: v for k, v in self.usage.items() if k != "cost_usd"},
            "seconds": round(self.seconds, 3),
        }
        if self.action_score is not None and "actions" in self.expected:
            s = self.action_score
            exp = self.expected["actions"]
            out["actions"] = {
                "expected": len(exp) - len(s.optional_unmatched), "proposed": len(self.actions),
                "matched": len(s.matched),
                "missing": [exp[i] for i in s.missing],
                "unexpected": [_brief(self.actions[j]) for j in s.unexpected],
                "pairs": [[i, self.actions[j].get("id")] for i, j in s.matched],
            }
            out["approvals"] = s.approvals.as_json()
            out["amount_exactness"] = s.amount_exactness
            out["amount_errors"] = s.amount_errors
        return out

    def public(self) -> dict[str, Any]:
        return {"id": self.id, "passed": self.passed, "terms": self.terms, "findings": self.findings,
                "actions": self.actions, "errors": self.errors, "scores": self.scores()}


def _brief(action: dict[str, Any]) -> dict[str, Any]:
    """An action without its bookkeeping, for listing what was not expected."""
    skip = {"idempotency_key", "evidence", "depends_on", "external_id", "status", "reasons"}
    return {k: v for k, v in action.items() if k not in skip}


@dataclass
class EvalResult:
    cases: list[CaseResult]
    seconds: float
    extractor: str

    def _sum(self, pick: Callable[[CaseResult], Counts | None]) -> Counts:
        return total([c for c in (pick(r) for r in self.cases) if c is not None])

    def findings_counts(self) -> Counts:
        return self._sum(lambda r: total(r.finding_counts) if "findings" in r.expected else None)

    def action_counts(self) -> Counts:
        """tp = matched, fp = unexpected, fn = missing, over cases that list actions."""
        return self._sum(lambda r: Counts(len(r.action_score.matched), len(r.action_score.unexpected),
                                          len(r.action_score.missing))
                         if r.action_score is not None and "actions" in r.expected else None)

    def approval_counts(self) -> Counts:
        return self._sum(lambda r: r.action_score.approvals if r.action_score is not None else None)

    def fields(self, group: str | None = None) -> list[FieldResult]:
        return [f for r in self.cases if group is None or r.group == group for f in r.fields]

    def field_accuracy(self, group: str | None = None) -> float | None:
        return accuracy(self.fields(group))

    def per_field(self) -> dict[str, tuple[int, int]]:
        """Generalised field key -> (right, scored), over all cases."""
        out: dict[str, tuple[int, int]] = {}
        for f in self.fields():
            right, n = out.get(f.key, (0, 0))
            out[f.key] = (right + int(f.correct), n + 1)
        return dict(sorted(out.items()))

    def grounding(self) -> Grounding:
        g = Grounding()
        for r in self.cases:
            g = g + r.grounding
        return g

    def cost_usd(self) -> Decimal:
        return sum((r.cost_usd for r in self.cases), Decimal(0))

    def summary(self) -> dict[str, Any]:
        f, a, p = self.findings_counts(), self.action_counts(), self.approval_counts()
        acc = self.field_accuracy()
        return {"cases": len(self.cases), "passed": sum(r.passed for r in self.cases),
                "field_accuracy": None if acc is None else round(acc, 4),
                "findings_precision": round(f.precision, 4), "findings_recall": round(f.recall, 4),
                "action_precision": round(a.precision, 4), "action_recall": round(a.recall, 4),
                "approval_precision": round(p.precision, 4), "approval_recall": round(p.recall, 4),
                "cost_usd": str(self.cost_usd()), "seconds": round(self.seconds, 2),
                "needs_review": sum(r.status == "needs_review" for r in self.cases),
                "straight_through_rate": self.straight_through_rate(),
                "completed_with_wrong_terms": sum(r.completed_wrong for r in self.cases)}

    def straight_through_rate(self) -> float | None:
        """Of the runs no policy rule holds, the share that completed without a person (None when there are none)."""
        free = [r for r in self.cases if r.policy_free]
        return round(sum(r.status == "completed" for r in free) / len(free), 4) if free else None

    def public(self) -> dict[str, Any]:
        """The `accrue eval --json` document: {"summary": {...}, "cases": [...]}."""
        return {"summary": self.summary(), "cases": [r.public() for r in self.cases]}


# --------------------------------------------------------------------------------------------- running
@dataclass(frozen=True)
class RunOptions:
    extractor: str = "rules"
    concurrency: int = 2
    record_dir: Path | None = None
    replay_dir: Path | None = None
    keep_homes: Path | None = None


# Who approves what a case's setup runs hold (a controller in the default policy's [people]).
SETUP_APPROVER = "Dana Controller"


def run_case(case: Case, options: RunOptions) -> CaseResult:
    """Run one case in its own data folder and score it; never raises for what the agent does."""
    result = CaseResult(id=case.id, kind=case.kind, group=case.group, path=case.path,
                        description=case.description, tags=case.tags, expected=case.expected)
    base = options.keep_homes
    if base is not None:
        base.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix=f"{_safe(case.id)}-", dir=base))
    started = time.perf_counter()
    try:
        _run_graph(case, options, home, result)
    except Exception as exc:  # one case's failure is data, never the end of the evaluation
        result.errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        result.seconds = time.perf_counter() - started
        if options.keep_homes is None:
            shutil.rmtree(home, ignore_errors=True)
    _score(case, result)
    return result


def _safe(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in text)[:40]


def _run_graph(case: Case, options: RunOptions, home: Path, result: CaseResult) -> None:

    settings = load_settings(extractor=options.extractor)
    update: dict[str, Any] = {"home": home, "database_url": None}
    if options.record_dir is not None:
        update["llm_record_dir"] = options.record_dir
    if options.replay_dir is not None:
        update["llm_replay_dir"] = options.replay_dir
    settings = settings.model_copy(update=update)
    rt = RunService(settings=settings, extractor=options.extractor)
    try:
        for step in case.setup:
            done = _start(rt, step)
            if step.approve and done.status == "waiting_approval":
                rt.decide(done.run_id, approve=[], by=SETUP_APPROVER)
        try:
            view = _start(rt, case.run)
        except InputError as exc:
            if "refused" not in case.expected:
                raise
            result.refused = str(exc)
            return
        result.status = view.status
        result.terms = view.terms
        result.citations = dict(view.citations or {})
        result.warnings = list(view.warnings or [])
        result.findings = [f.get("code", "") for f in view.findings]
        result.actions = list(view.actions)
        if view.error:
            result.errors.append(view.error)
        elif view.status == "failed":
            result.errors.append(f"run {view.run_id} failed")
        state = rt.state(view.run_id)
        extraction = state.contract_terms(rt.session) if state else None
        usage = extraction.usage.model_dump(mode="json") if extraction else {}
        result.usage = {k: usage[k] for k in ("input_tokens", "output_tokens", "cache_read_input_tokens",
                                               "cache_creation_input_tokens", "calls", "cost_usd") if k in usage}
    finally:
        rt.close()
        rt.engine.dispose()


def _start(rt: RunService, step: Step) -> RunView:
    """Start one run of a case: from its files, a bill run, close or dunning run from its date, a refund from its
    request; a dunning run or a refund first loads the `books` seed it names."""
    if step.kind in ("dunning", "refund") and "books" in step.inputs:
        rt.seed_books(step.inputs["books"])
    if step.kind == "dunning" and step.as_of is not None:
        return rt.start_dunning(step.as_of)
    if step.kind == "refund":
        return rt.start_refund(refund_request(step.inputs["request"]))
    if step.kind == "bill_run" and step.through is not None:
        return rt.start_bill_run(step.through)
    if step.kind == "close" and step.period is not None:
        return rt.start_close(step.period)
    return rt.start_run(step.kind, {role: str(path) for role, path in step.inputs.items()})


def _score(case: Case, result: CaseResult) -> None:
    exp = case.expected
    if "terms" in exp:
        result.fields = score_terms(expected_terms(exp, result.terms), result.terms, result.citations)
    result.grounding = score_grounding(result.terms, result.citations, result.warnings)
    if "findings" in exp:
        result.finding_counts = score_findings(exp["findings"], result.findings)
    if "actions" in exp:
        result.action_score = score_actions(exp["actions"], result.actions)


def broken_result(case: BrokenCase) -> CaseResult:
    return CaseResult(id=case.id, kind=case.kind, group=case.group, path=case.path, errors=[case.error])


ProgressHook = Callable[[CaseResult], None]


def run_cases(cases: list[Case | BrokenCase], options: RunOptions, on_done: ProgressHook | None = None) -> EvalResult:
    """Run every case, `options.concurrency` at a time (each in a worker process of its own when more than one);
    results come back in the cases' order."""
    started = time.perf_counter()
    results: dict[int, CaseResult] = {}
    runnable = []
    for n, case in enumerate(cases):
        if isinstance(case, BrokenCase):
            results[n] = broken_result(case)
            if on_done:
                on_done(results[n])
        else:
            runnable.append((n, case))
    if options.concurrency <= 1 or len(runnable) <= 1:
        for n, case in runnable:
            results[n] = run_case(case, options)
            if on_done:
                on_done(results[n])
    else:
        # Processes, not threads: a case is CPU work in Python (reading PDFs, validating, planning), which
        # threads of one process would take turns at. Forked, each worker starts with what this process has
        # imported and pays for it once, whatever the number of cases it runs.
        with ProcessPoolExecutor(max_workers=options.concurrency, mp_context=multiprocessing.get_context("fork"),
                                 ) as pool:
            futures = {pool.submit(run_case, case, options): n for n, case in runnable}
            for fut in as_completed(futures):
                results[futures[fut]] = fut.result()
                if on_done:
                    on_done(results[futures[fut]])
    return EvalResult(cases=[results[n] for n in range(len(cases))], seconds=time.perf_counter() - started,
                      extractor=options.extractor)


def run_eval(roots: list[Path], options: RunOptions | None = None, *, progress: bool = False) -> EvalResult:
    """Load the cases under `roots` and run them, with a rich progress bar on stderr when `progress`."""
    options = options or RunOptions()
    cases = load_cases(roots)
    if not progress:
        return run_cases(cases, options)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    failed = 0
    with Progress(TextColumn("[bold]eval"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.fields[last]}"), console=console, transient=False) as bar:
        task = bar.add_task("cases", total=len(cases), last="")

        def done(r: CaseResult) -> None:
            nonlocal failed
            failed += not r.passed
            mark = "[green]pass[/]" if r.passed else ("[red]error[/]" if r.errors else "[yellow]fail[/]")
            bar.update(task, advance=1, last=f"{mark} {r.id}  ({failed} not passed)")

        return run_cases(cases, options, done)
