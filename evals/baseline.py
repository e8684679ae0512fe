"""Baseline comparison: what got worse since a saved run, case by case and field by field.

A baseline is any earlier `accrue eval --json` output. Comparing works on that JSON alone,
so runs from another machine or an older version compare the same way. Cases present in
only one of the two runs are noted, never counted as regressions; summary metrics are
compared only when both runs scored the same cases.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accrue.core.errors import InputError

_SUMMARY_METRICS = ("field_accuracy", "findings_precision", "findings_recall", "action_precision", "action_recall",
                    "approval_precision", "approval_recall")
_EPS = 1e-9


@dataclass
class Comparison:
    regressions: list[str] = field(default_factory=list)
    improvements: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def regressed(self) -> bool:
        return bool(self.regressions)


def load_baseline(path: Path) -> dict[str, Any]:
    """Read a saved `accrue eval --json` output; errors name the file and the fix."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(str(path), "baseline file not found", "save one with `accrue eval --json > FILE`") from exc
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"is not valid JSON (line {exc.lineno}: {exc.msg})",
                         "use the output of `accrue eval --json`") from exc
    if not isinstance(data, dict) or not isinstance(data.get("cases"), list) or "summary" not in data:
        raise InputError(str(path), 'is not an eval result (needs "summary" and "cases")',
                         "use the output of `accrue eval --json`")
    return data


def compare(baseline: dict[str, Any], current: dict[str, Any]) -> Comparison:
    """Every case and field that is worse in `current` than in `baseline`."""
    out = Comparison()
    before = {c["id"]: c for c in baseline["cases"]}
    now = {c["id"]: c for c in current["cases"]}
    for cid in sorted(set(before) - set(now)):
        out.notes.append(f"{cid}: in the baseline but not run now")
    for cid in sorted(set(now) - set(before)):
        out.notes.append(f"{cid}: new case (not in the baseline)")
    for cid in sorted(set(before) & set(now)):
        _compare_case(cid, before[cid], now[cid], out)
    if set(before) == set(now):
        for metric in _SUMMARY_METRICS:
            b, n = baseline["summary"].get(metric), current["summary"].get(metric)
            if isinstance(b, int | float) and isinstance(n, int | float):
                if n < b - _EPS:
                    out.regressions.append(f"summary {metric}: {b} -> {n}")
                elif n > b + _EPS:
                    out.improvements.append(f"summary {metric}: {b} -> {n}")
    return out


def _compare_case(cid: str, b: dict[str, Any], n: dict[str, Any], out: Comparison) -> None:
    if b.get("passed") and not n.get("passed"):
        out.regressions.append(f"{cid}: passed in the baseline, does not pass now")
    elif n.get("passed") and not b.get("passed"):
        out.improvements.append(f"{cid}: passes now")
    if n.get("errors") and not b.get("errors"):
        out.regressions.append(f"{cid}: errors now: {n['errors'][0]}")
    bs, ns = b.get("scores") or {}, n.get("scores") or {}
    now_fields = {f["path"]: f for f in ns.get("fields") or []}
    for f in bs.get("fields") or []:
        if not f.get("correct"):
            continue
        cur = now_fields.get(f["path"])
        if cur is None or not cur.get("correct"):
            got = "not scored" if cur is None else json.dumps(cur.get("actual"), default=str)
            out.regressions.append(f"{cid} field {f['path']}: was right ({json.dumps(f.get('expected'), default=str)})"
                                   f", now {got}")
    bf, nf = (bs.get("findings") or {}).get("per_code") or {}, (ns.get("findings") or {}).get("per_code") or {}
    for code, counts in bf.items():
        cur = nf.get(code, {"tp": 0, "fp": 0, "fn": 0})
        if counts.get("tp") and not cur.get("tp"):
            out.regressions.append(f"{cid} finding {code}: was raised, is missed now")
    for code, counts in nf.items():
        if counts.get("fp") and not (bf.get(code) or {}).get("fp"):
            out.regressions.append(f"{cid} finding {code}: raised now but not expected")
    ba, na = bs.get("actions") or {}, ns.get("actions") or {}
    if ba and na:
        was_missing = [json.dumps(a, sort_keys=True) for a in ba.get("missing", [])]
        for action in na.get("missing", []):
            key = json.dumps(action, sort_keys=True)
            if key in was_missing:
                was_missing.remove(key)
            else:
                out.regressions.append(f"{cid} action {action.get('type')}: was matched, is missing now ({key})")
        if len(na.get("unexpected", [])) > len(ba.get("unexpected", [])):
            extra = [a.get("type") for a in na["unexpected"]]
            out.regressions.append(f"{cid} actions: {len(ba.get('unexpected', []))} unexpected before, "
                                   f"{len(na['unexpected'])} now ({', '.join(map(str, extra))})")
    bp, np_ = bs.get("approvals") or {}, ns.get("approvals") or {}
    if np_.get("fn", 0) > bp.get("fn", 0):
        out.regressions.append(f"{cid} approvals: {np_['fn']} sensitive action(s) not flagged (was {bp.get('fn', 0)})")
    if np_.get("fp", 0) > bp.get("fp", 0):
        out.regressions.append(f"{cid} approvals: {np_['fp']} action(s) flagged needlessly (was {bp.get('fp', 0)})")
    bx, nx = bs.get("amount_exactness"), ns.get("amount_exactness")
    if isinstance(bx, int | float) and isinstance(nx, int | float) and nx < bx - _EPS:
        out.regressions.append(f"{cid} amount exactness: {bx} -> {nx}")
