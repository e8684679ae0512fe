"""`accrue eval`: replay evaluation cases through the graph, score them, report, compare, gate.

Exit codes: 0 done; 1 the gate failed (`--gate`) or a regression against `--baseline`;
2 unusable input (no cases folder, a broken baseline file, Claude without a key).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from accrue.core.errors import AccrueError
from accrue.interfaces.cli.common import JsonOpt, console, dump, err, fail
from accrue.settings import load_settings

if TYPE_CHECKING:  # evals is imported lazily, when the command runs
    from evals.gate import GateResult
    from evals.runner import EvalResult

_REPO_CASES = Path(__file__).resolve().parents[3] / "evals" / "cases"


def _default_cases() -> list[Path]:
    local = Path("evals/cases")
    return [local if local.is_dir() else _REPO_CASES]


def eval_command(
    cases: Annotated[list[Path] | None, typer.Option("--cases", help="Case folder(s); default evals/cases")] = None,
    extractor: Annotated[str, typer.Option(help="rules | claude | hybrid")] = "rules",
    concurrency: Annotated[int, typer.Option(min=1, max=32, help="Cases run at the same time")] = 2,
    as_json: JsonOpt = False,
    report: Annotated[Path | None, typer.Option("--report", help="Write a self-contained HTML report here")] = None,
    baseline: Annotated[Path | None, typer.Option("--baseline", help="Saved `--json` run to compare with")] = None,
    output: Annotated[Path | None, typer.Option("--output", help="Also save the JSON result here")] = None,
    gate: Annotated[bool, typer.Option("--gate", help="Exit 1 unless the CI quality gate holds")] = False,
    record: Annotated[Path | None, typer.Option("--record", help="Store Claude responses in DIR")] = None,
    replay: Annotated[Path | None, typer.Option("--replay", help="Answer Claude calls from DIR (offline)")] = None,
    keep_homes: Annotated[Path | None, typer.Option("--keep-homes", help="Keep each case's data folder here")] = None,
) -> None:
    """Run evaluation cases through the graph and score extraction, findings, actions and approvals."""
    # here, not at the top: the harness is only needed by this command, and `accrue --help` starts fast
    from evals.baseline import compare, load_baseline
    from evals.cases import CaseError
    from evals.gate import check
    from evals.report import write_report
    from evals.runner import RunOptions, run_eval

    if extractor not in {"rules", "claude", "hybrid"}:
        fail(f"--extractor {extractor}: unknown extractor; use rules, claude or hybrid")
    if record and replay:
        fail("--record and --replay exclude each other; record once with a key, then replay offline")
    try:
        settings = load_settings()
        if extractor != "rules" and not settings.anthropic_api_key and replay is None:
            fail(f"--extractor {extractor} needs ANTHROPIC_API_KEY; set it, replay recordings with --replay DIR, "
                 "or use --extractor rules")
        base = load_baseline(baseline) if baseline else None
        options = RunOptions(extractor=extractor, concurrency=concurrency, record_dir=record, replay_dir=replay,
                             keep_homes=keep_homes)
        result = run_eval(list(cases or _default_cases()), options, progress=err.is_terminal and not as_json)
    except CaseError as exc:
        fail(exc)
    except AccrueError as exc:
        fail(exc)
    if not result.cases:
        fail(f"{', '.join(str(c) for c in cases or _default_cases())}: no case.json found; "
             "each case is a folder with a case.json (see docs/evals.md)")
    gate_result = check(result)
    data = result.public()
    comparison = compare(base, data) if base is not None else None
    if output:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8")
    if report:
        write_report(result, gate_result, report,
                     regressions=comparison.regressions if comparison is not None else None)
    if as_json:
        dump(data)
    else:
        _print(result, gate_result, report)
    if comparison is not None:
        out = err if as_json else console
        for line in comparison.regressions:
            out.print(f"[red]regression:[/] {escape(line)}", highlight=False, soft_wrap=True)
        for line in comparison.notes:
            out.print(f"[dim]note: {escape(line)}[/]", highlight=False, soft_wrap=True)
        if not comparison.regressions:
            out.print(f"[green]no regressions against {escape(str(baseline))}[/]")
    if gate and not gate_result.passed:
        for line in gate_result.failures:
            err.print(f"[red]gate:[/] {escape(line)}", highlight=False, soft_wrap=True)
        raise typer.Exit(1)
    if comparison is not None and comparison.regressed:
        raise typer.Exit(1)


def _print(result: EvalResult, gate_result: GateResult, report: Path | None) -> None:
    out = console if console.is_terminal else Console(width=160)  # a log or a pipe: keep rows on one line
    table = Table(title="Evaluation cases")
    for col in ("case", "kind", "result", "fields", "findings", "actions", "approvals", "s"):
        table.add_column(col)
    for r in result.cases:
        s = r.scores()
        res = "[red]error[/]" if r.errors else "[green]pass[/]" if r.passed else "[yellow]fail[/]"
        fields = f"{sum(f.correct for f in r.fields)}/{len(r.fields)}" if r.fields else "-"
        findings = "-" if s["findings"] is None else f"tp {s['findings']['tp']} fp {s['findings']['fp']} " \
                                                       f"fn {s['findings']['fn']}"
        actions = "-" if not s["actions"] else (f"{s['actions']['matched']}/{s['actions']['expected']} "
                                                f"+{len(s['actions']['unexpected'])} unexpected")
        approvals = "-" if not s["approvals"] else f"fn {s['approvals']['fn']} fp {s['approvals']['fp']}"
        table.add_row(r.id, r.kind, res, fields, findings, actions, approvals, f"{r.seconds:.2f}")
    out.print(table)
    for r in result.cases:
        for e in r.errors:
            out.print(f"[red]{escape(r.id)}:[/] {escape(str(e))}", highlight=False, soft_wrap=True)
    summary = result.summary()
    out.print(" · ".join(f"{k} {v}" for k, v in summary.items()), highlight=False)
    for name, measured, ok in gate_result.checks:
        out.print(f"gate {name}: {measured} {'[green]ok[/]' if ok else '[red]FAILED[/]'}", highlight=False)
    if report:
        out.print(f"report: {report}", markup=False)


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)
