"""The HTML report: one self-contained file (inline CSS and SVG, no scripts, no network).

Summary, gate, a bar chart of per-field accuracy, a per-case table with expected vs actual,
and every wrong field with the citation the agent gave for its value. Everything taken
from a contract or case is escaped: contract text is data, never markup.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Any

from evals.gate import GateResult
from evals.runner import CaseResult, EvalResult
from evals.scorers import NORMALISATION

_CSS = """
*{box-sizing:border-box}body{font:14px/1.45 -apple-system,'Segoe UI',Helvetica,Arial,sans-serif;color:#1f2933;
margin:0;background:#f5f7fa}main{max-width:1240px;margin:0 auto;padding:24px 28px 60px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 10px;border-bottom:2px solid #d9e2ec;
padding-bottom:4px}.sub{color:#52606d;margin:0 0 18px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:10px}
.card{background:#fff;border:1px solid #d9e2ec;border-radius:8px;padding:10px 12px}
.card b{display:block;font-size:22px}.card span{color:#52606d;font-size:12px;text-transform:uppercase}
table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #d9e2ec}
th,td{padding:6px 8px;border-bottom:1px solid #e4e7eb;text-align:left;vertical-align:top}
th{background:#243b53;color:#fff;font-weight:600;font-size:13px}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.pass{color:#1a7f37;font-weight:600}.fail{color:#b7791f;font-weight:600}.err{color:#c53030;font-weight:600}
.badge{display:inline-block;padding:2px 10px;border-radius:12px;font-weight:700;color:#fff}
.badge.ok{background:#1a7f37}.badge.no{background:#c53030}
tr.wrong td{background:#fff5f5}code,pre{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace}
pre{white-space:pre-wrap;word-break:break-word;margin:0;max-height:320px;overflow:auto}
details{margin:4px 0}summary{cursor:pointer;color:#243b53}.quote{color:#52606d;font-style:italic}
.chart{background:#fff;border:1px solid #d9e2ec;border-radius:8px;padding:10px}
ul.norm{margin:0;padding-left:20px;color:#3e4c59}.small{font-size:12px;color:#52606d}
"""


def _e(value: Any) -> str:
    if value is None:
        return '<span class="small">null</span>'
    if isinstance(value, dict | list):
        return f"<code>{escape(json.dumps(value, default=str, ensure_ascii=False))}</code>"
    return escape(str(value))


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value * 100:.1f}%"


def _colour(acc: float) -> str:
    return "#2f9e44" if acc >= 0.95 else "#f08c00" if acc >= 0.85 else "#e03131"


def field_chart(per_field: dict[str, tuple[int, int]]) -> str:
    """Horizontal bars, one per field key: accuracy, with right/scored beside it. Inline SVG."""
    if not per_field:
        return '<p class="small">No case lists expected terms, so there is no field accuracy to chart.</p>'
    row, label_w, bar_w, top = 20, 300, 640, 24
    height = top + row * len(per_field) + 10
    width = label_w + bar_w + 120
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Per-field accuracy" '
             f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="Helvetica,Arial" '
             f'font-size="12">']
    for pct in (0, 0.25, 0.5, 0.75, 1.0):
        x = label_w + bar_w * pct
        parts.append(f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{height - 6}" stroke="#cbd2d9"/>')
        parts.append(f'<text x="{x:.1f}" y="{top - 10}" text-anchor="middle" fill="#52606d">{int(pct * 100)}%</text>')
    for n, (key, (right, total)) in enumerate(per_field.items()):
        y = top + n * row
        acc = right / total if total else 0.0
        parts.append(f'<text x="{label_w - 8}" y="{y + 13}" text-anchor="end" fill="#1f2933">{escape(key)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{bar_w}" height="{row - 6}" fill="#edf2f7"/>')
        parts.append(f'<rect x="{label_w}" y="{y + 3}" width="{bar_w * acc:.1f}" height="{row - 6}" '
                     f'fill="{_colour(acc)}"><title>{escape(key)}: {right}/{total}</title></rect>')
        parts.append(f'<text x="{label_w + bar_w + 8}" y="{y + 13}" fill="#1f2933">{acc * 100:.0f}% '
                     f'({right}/{total})</text>')
    parts.append("</svg>")
    legend = ('<p class="small">Bar colour: green at or above 95%, amber at or above 85%, red below. '
              "Indices are folded together: line_items[].unit_price counts every line item's unit price.</p>")
    return "".join(parts) + legend


def _cards(result: EvalResult, gate: GateResult) -> str:
    s = result.summary()
    g = result.grounding()
    items = [("cases", s["cases"]), ("passed", f'{s["passed"]}/{s["cases"]}'),
             ("field accuracy", _pct(s["field_accuracy"])), ("grounding rate", _pct(g.rate)),
             ("findings P / R", f'{_pct(s["findings_precision"])} / {_pct(s["findings_recall"])}'),
             ("actions P / R", f'{_pct(s["action_precision"])} / {_pct(s["action_recall"])}'),
             ("approvals P / R", f'{_pct(s["approval_precision"])} / {_pct(s["approval_recall"])}'),
             ("needs review", s["needs_review"]), ("straight-through", _pct(s["straight_through_rate"])),
             ("completed with a wrong term", s["completed_with_wrong_terms"]),
             ("cost (USD)", s["cost_usd"]), ("tokens in / out", _tokens(result)), ("wall time", f'{s["seconds"]} s'),
             ("gate", "PASS" if gate.passed else "FAIL")]
    return '<div class="cards">' + "".join(
        f'<div class="card"><span>{escape(k)}</span><b>{escape(str(v))}</b></div>' for k, v in items) + "</div>"


def _tokens(result: EvalResult) -> str:
    fresh = sum(int(r.usage.get("input_tokens", 0)) for r in result.cases)
    cached = sum(int(r.usage.get("cache_read_input_tokens", 0)) + int(r.usage.get("cache_creation_input_tokens", 0))
                 for r in result.cases)
    out = sum(int(r.usage.get("output_tokens", 0)) for r in result.cases)
    return f"{fresh + cached:,} / {out:,}"


def _gate_table(gate: GateResult) -> str:
    rows = "".join(f'<tr><td>{escape(name)}</td><td>{escape(measured)}</td>'
                   f'<td class="{"pass" if ok else "err"}">{"ok" if ok else "FAILED"}</td></tr>'
                   for name, measured, ok in gate.checks)
    fails = "".join(f"<li>{escape(f)}</li>" for f in gate.failures)
    return (f'<table><tr><th>check</th><th>measured</th><th>result</th></tr>{rows}</table>'
            + (f'<ul class="small">{fails}</ul>' if fails else ""))


def _groups_table(result: EvalResult) -> str:
    rows = []
    for group in ("generated", "handwritten", "edge"):
        cases = [r for r in result.cases if r.group == group]
        if not cases:
            continue
        passed = sum(r.passed for r in cases)
        rows.append(f'<tr><td>{group}</td><td class="num">{len(cases)}</td><td class="num">{passed}</td>'
                    f'<td class="num">{_pct(result.field_accuracy(group))}</td>'
                    f'<td class="num">{sum(1 for r in cases if r.errors)}</td></tr>')
    return ('<table><tr><th>group</th><th class="num">cases</th><th class="num">passed</th>'
            '<th class="num">field accuracy</th><th class="num">errors</th></tr>' + "".join(rows) + "</table>")


def _status(r: CaseResult) -> str:
    if r.errors:
        return '<span class="err">error</span>'
    return '<span class="pass">pass</span>' if r.passed else '<span class="fail">fail</span>'


def _run_status(r: CaseResult) -> str:
    """Where the run stopped; against the expected status when the case lists one; flagged when it completed
    without a person with a wrong billing term or nothing billed."""
    shown = escape(r.status or "–")
    if "status" in r.expected and r.status != r.expected["status"]:
        shown += f' <span class="fail">(expected {escape(r.expected["status"])})</span>'
    if r.completed_wrong:
        shown += ' <span class="err">wrong terms, no person</span>'
    return shown


def _cite(citation: dict[str, Any] | None) -> str:
    if not citation:
        return '<span class="small">no citation</span>'
    return f'p.{escape(str(citation.get("page")))} <span class="quote">"{escape(str(citation.get("quote")))}"</span>'


def _case_row(r: CaseResult) -> str:
    s = r.scores()
    fields = f"{sum(f.correct for f in r.fields)}/{len(r.fields)}" if r.fields else "–"
    if s["findings"] is not None:
        exp_codes = ", ".join(r.expected["findings"]) or "none"
        findings = f'exp {escape(exp_codes)}<br>got {escape(", ".join(sorted(set(r.findings))) or "none")}'
    else:
        findings = f'<span class="small">not scored</span> {escape(", ".join(sorted(set(r.findings))))}'
    if s["actions"]:
        a = s["actions"]
        actions = (f'{a["matched"]}/{a["expected"]} matched, {len(a["missing"])} missing, '
                   f'{len(a["unexpected"])} unexpected')
        appr = s["approvals"]
        approvals = f'tp {appr["tp"]} · fn {appr["fn"]} · fp {appr["fp"]}'
    else:
        actions, approvals = '<span class="small">not scored</span>', "–"
    return (f'<tr id="case-{escape(r.id)}"><td><a href="#detail-{escape(r.id)}">{escape(r.id)}</a></td>'
            f'<td>{escape(r.kind)}</td><td>{escape(r.group)}</td><td>{_status(r)}</td><td>{_run_status(r)}</td>'
            f'<td class="num">{fields}</td>'
            f'<td>{findings}</td><td>{actions}</td><td>{approvals}</td>'
            f'<td class="num">{escape(str(r.cost_usd))}</td><td class="num">{r.seconds:.2f}</td></tr>')


def _detail(r: CaseResult) -> str:
    out = [f'<details id="detail-{escape(r.id)}"><summary><b>{escape(r.id)}</b> · {escape(r.kind)} · '
           f'{_status(r)} · {escape(r.description[:160])}</summary>']
    if r.errors:
        out.append('<p class="err">' + "<br>".join(escape(e) for e in r.errors) + "</p>")
    if r.fields:
        rows = "".join(
            f'<tr class="{"" if f.correct else "wrong"}"><td><code>{escape(f.path)}</code></td>'
            f'<td>{_e(f.expected)}</td><td>{_e(f.actual)}</td><td>{"✓" if f.correct else "✗"}</td>'
            f'<td>{_cite(f.citation)}</td></tr>'
            for f in r.fields)
        out.append('<table><tr><th>field</th><th>expected</th><th>actual</th><th></th><th>citation</th></tr>'
                   f"{rows}</table>")
    if "findings" in r.expected or r.findings:
        exp = r.expected.get("findings")
        out.append(f'<p><b>Findings</b> expected: {escape(", ".join(exp)) if exp is not None else "not scored"}'
                   f' · actual: {escape(", ".join(r.findings)) or "none"}</p>')
    if r.action_score is not None:
        exp = r.expected["actions"]
        matched = dict(r.action_score.approval_pairs)
        rows = []
        full = dict(r.action_score.matched)
        for i, action in enumerate(exp):
            j = full.get(i, matched.get(i))
            actual = r.actions[j] if j is not None else None
            verdict = "matched" if i in full else ("differs" if actual is not None else "missing")
            cls = "" if i in full else "wrong"
            shown = None if actual is None else {"id": actual.get("id"),
                                                 **{k: actual[k] for k in action if k in actual}}
            rows.append(f'<tr class="{cls}"><td>{_e(action)}</td><td>{_e(shown)}</td><td>{verdict}</td></tr>')
        for j in r.action_score.unexpected:
            if j in matched.values():
                continue
            a = r.actions[j]
            rows.append(f'<tr class="wrong"><td><span class="small">not expected</span></td>'
                        f'<td>{_e({k: a.get(k) for k in ("id", "type", "needs_approval", "amount") if k in a})}</td>'
                        f'<td>unexpected</td></tr>')
        out.append('<table><tr><th>expected action (listed fields)</th><th>proposed (same fields)</th><th></th></tr>'
                   + "".join(rows) + "</table>")
    if r.actions:
        out.append(f'<details><summary>all proposed actions ({len(r.actions)})</summary>'
                   f'<pre>{escape(json.dumps(r.actions, indent=1, default=str))}</pre></details>')
    out.append("</details>")
    return "".join(out)


def _wrong_fields(result: EvalResult) -> str:
    rows = [f'<tr class="wrong"><td><a href="#detail-{escape(r.id)}">{escape(r.id)}</a></td><td><code>{escape(f.path)}'
            f'</code></td><td>{_e(f.expected)}</td><td>{_e(f.actual)}</td><td>{_cite(f.citation)}</td></tr>'
            for r in result.cases for f in r.fields if not f.correct]
    if not rows:
        return '<p class="pass">Every scored field is right.</p>'
    return ('<table><tr><th>case</th><th>field</th><th>expected</th><th>actual</th><th>citation of the actual value'
            '</th></tr>' + "".join(rows) + "</table>")


def render(result: EvalResult, gate: GateResult, *, title: str = "accrue evaluation",
           regressions: list[str] | None = None) -> str:
    """The whole report as one HTML string."""
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    badge = '<span class="badge ok">gate passed</span>' if gate.passed else '<span class="badge no">gate failed</span>'
    reg = ""
    if regressions is not None:
        items = "".join(f"<li>{escape(x)}</li>" for x in regressions) or "<li>none</li>"
        reg = f"<h2>Regressions against the baseline</h2><ul>{items}</ul>"
    case_rows = "".join(_case_row(r) for r in result.cases)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(title)}</title><style>{_CSS}</style></head><body><main>
<h1>{escape(title)} {badge}</h1>
<p class="sub">{len(result.cases)} cases · extractor <b>{escape(result.extractor)}</b> · {when}</p>
{_cards(result, gate)}
<h2>Quality gate</h2>{_gate_table(gate)}
<h2>Per-field accuracy</h2><div class="chart">{field_chart(result.per_field())}</div>
<h2>By group</h2>{_groups_table(result)}
{reg}
<h2>Cases</h2>
<table><tr><th>case</th><th>kind</th><th>group</th><th>result</th><th>run status</th><th class="num">fields</th>
<th>findings</th>
<th>actions</th><th>approvals</th><th class="num">USD</th><th class="num">s</th></tr>{case_rows}</table>
<h2>Wrong fields, with the citation behind each value</h2>{_wrong_fields(result)}
<h2>Case details: expected vs actual</h2>{"".join(_detail(r) for r in result.cases)}
<h2>How values are compared</h2><ul class="norm">{"".join(f"<li>{escape(n)}</li>" for n in NORMALISATION)}
<li>Findings compare as sets of codes per case; actions match on type and every listed field (decimals
numerically, dates exactly, nested lists item by item); a case passes with no error, every listed field right,
exactly the expected finding codes and every expected action matched with none unexpected.</li>
<li>Precision and recall are 100% when there is nothing to count.</li>
<li>Straight-through: of the runs no policy rule holds (no expected action needs approval, or no proposed one when
the case lists no actions), the share that completed without a person. Completed with a wrong term: runs that
completed without a person with a wrong billing term (not a label such as a line's description) or, for a
contract, nothing billed.</li></ul>
</main></body></html>
"""


def write_report(result: EvalResult, gate: GateResult, path: Path, *, regressions: list[str] | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(result, gate, regressions=regressions), encoding="utf-8")
    return path
