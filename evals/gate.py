"""The CI quality gate: the few numbers below which the agent must not ship.

- approval recall 1.0: an unflagged sensitive action is the costliest error there is;
- no case errors: every case, including event kinds, runs to a result;
- no failed case: a case is a promise about one situation, so one that does not pass fails the gate, whatever
  the averages say;
- extraction field accuracy: >= 0.95 on the generated order forms, >= 0.85 on the hand-written ones
  (the thresholds of the extraction issue), each checked only when that group has scored fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from evals.runner import EvalResult


@dataclass(frozen=True)
class Thresholds:
    approval_recall: float = 1.0
    generated_field_accuracy: float = 0.95
    handwritten_field_accuracy: float = 0.85
    max_errors: int = 0
    max_failed: int = 0


@dataclass
class GateResult:
    failures: list[str] = field(default_factory=list)
    checks: list[tuple[str, str, bool]] = field(default_factory=list)  # (name, measured vs threshold, ok)

    @property
    def passed(self) -> bool:
        return not self.failures


def check(result: EvalResult, thresholds: Thresholds | None = None) -> GateResult:
    """Every gate check with its measured value; `failures` says in one line each what fell short."""
    t = thresholds or Thresholds()
    gate = GateResult()

    def add(name: str, measured: str, ok: bool, failure: str) -> None:
        gate.checks.append((name, measured, ok))
        if not ok:
            gate.failures.append(failure)

    approvals = result.approval_counts()
    missed = [f"{r.id}" for r in result.cases if r.action_score and r.action_score.approvals.fn]
    add("approval recall", f"{approvals.recall:.3f} (needs >= {t.approval_recall})",
        approvals.recall >= t.approval_recall,
        f"approval recall {approvals.recall:.3f} < {t.approval_recall}: a sensitive action was not flagged in "
        f"{', '.join(missed)}")
    errored = [r for r in result.cases if r.errors]
    add("case errors", f"{len(errored)} (allowed {t.max_errors})", len(errored) <= t.max_errors,
        f"{len(errored)} case(s) errored: " + "; ".join(f"{r.id}: {r.errors[0]}" for r in errored[:10])
        + (" ..." if len(errored) > 10 else ""))
    failed = [r for r in result.cases if not r.passed and not r.errors]
    add("failed cases", f"{len(failed)} of {len(result.cases)} (allowed {t.max_failed})", len(failed) <= t.max_failed,
        f"{len(failed)} case(s) did not pass: " + ", ".join(r.id for r in failed[:10])
        + (" ..." if len(failed) > 10 else ""))
    for group, minimum in (("generated", t.generated_field_accuracy), ("handwritten", t.handwritten_field_accuracy)):
        acc = result.field_accuracy(group)
        if acc is None:
            gate.checks.append((f"{group} field accuracy", "no scored fields (not checked)", True))
            continue
        add(f"{group} field accuracy", f"{acc:.3f} (needs >= {minimum})", acc >= minimum,
            f"{group} field accuracy {acc:.3f} < {minimum}")
    return gate
