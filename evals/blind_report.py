"""The split-aware report: every corpus split side by side, so no change can lift one split while lowering another.

    python evals/blind_report.py [--per-case] [--json FILE]    # committed corpus and the blind development split
    python evals/blind_report.py --frozen                       # also measures the frozen split (recorded)

The blind corpus (`evals/corpora/blind`) is split by `splits.json` into a development split (read, debugged and
tuned on) and a frozen split (only measured). For the committed corpus and the development split, and for each
batch of the development split, the report prints field accuracy, statuses and "completed with a wrong term"
counts, then per-field accuracy on the development split. The frozen split is run only with `--frozen`; it then
prints one aggregate line for it and nothing per case or per field, and appends the measurement to
`evals/corpora/blind/measurements.md`, which allows at most FROZEN_BUDGET measurements in all. Each batch held out
whole (`held_out`) is measured with it, one aggregate line per batch. `--per-case` and `--json` cover the development
split and the committed corpus only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from evals.runner import CaseResult, EvalResult, RunOptions, run_eval  # noqa: E402
from evals.scorers import accuracy  # noqa: E402

BLIND = ROOT / "evals" / "corpora" / "blind"
COMMITTED = ROOT / "evals" / "cases"
MEASUREMENTS = BLIND / "measurements.md"
# Wave 2: three measurements while the reader was tuned, and one to close the wave (the maintainer's, after every
# branch was merged; nothing was tuned after it). Waves 3 and 4 add one each: the closing measurement, nothing tuned
# after it. Wave 5 adds three: two at its start, after each of two scorer changes and before any tuning (so the wave
# is measured against a figure scored the same way), and its closing one. A new wave of tuning starts a new table
# and says how many looks it adds.
FROZEN_BUDGET = 10


@dataclass(frozen=True)
class Split:
    """One named set of case folders, and whether its per-case and per-field results may be shown."""

    name: str
    folders: tuple[Path, ...]
    readable: bool


def blind_splits() -> tuple[Split, Split, list[Split]]:
    """The development and frozen splits of the blind corpus and one held-out split per batch, from `splits.json`
    (one folder per form; a held-out batch arrived after tuning began and is measured like the frozen split)."""
    data = json.loads((BLIND / "splits.json").read_text(encoding="utf-8"))

    def folders(layouts: dict[str, list[str]]) -> tuple[Path, ...]:
        return tuple(BLIND / form for forms in layouts.values() for form in forms)

    held: dict[str, dict[str, list[str]]] = {}
    for layout, forms in data.get("held_out", {}).items():
        held.setdefault(layout.split("/")[0], {})[layout] = forms
    return (Split("blind dev", folders(data["development"]), True),
            Split("blind frozen", folders(data["frozen"]), False),
            [Split(f"held out {batch}", folders(layouts), False) for batch, layouts in sorted(held.items())])


def frozen_measurements_taken() -> int:
    """How many frozen measurements `measurements.md` records (one table row each)."""
    if not MEASUREMENTS.is_file():
        return 0
    return sum(1 for line in MEASUREMENTS.read_text(encoding="utf-8").splitlines()
               if line.startswith("| ") and line[2:3].isdigit())


def summary_row(name: str, cases: list[CaseResult]) -> dict[str, Any]:
    """The aggregate figures of one split or batch: nothing here names a case or a field."""
    acc = accuracy([f for r in cases for f in r.fields])
    return {"split": name, "cases": len(cases), "field_accuracy": None if acc is None else round(acc, 4),
            "passed": sum(r.passed for r in cases),
            "completed_wrong": sum(r.completed_wrong for r in cases),
            "statuses": dict(sorted(Counter(r.status or "error" for r in cases).items()))}


def _batch(result: CaseResult) -> str:
    return result.path.parent.name


def print_table(rows: list[dict[str, Any]]) -> None:
    print(f"{'split':<18}{'cases':>6}{'field acc':>11}{'passed':>8}{'completed wrong':>17}  statuses")
    for row in rows:
        acc = "-" if row["field_accuracy"] is None else f"{row['field_accuracy']:.4f}"
        statuses = ", ".join(f"{k} {v}" for k, v in row["statuses"].items())
        print(f"{row['split']:<18}{row['cases']:>6}{acc:>11}{row['passed']:>8}{row['completed_wrong']:>17}  {statuses}")


def print_per_field(result: EvalResult) -> None:
    print("\nper-field accuracy, blind dev")
    for key, (right, n) in result.per_field().items():
        print(f"  {key:<48}{right:>4}/{n:<4}{right / n:7.3f}")


def print_per_case(results: list[CaseResult]) -> None:
    for r in results:
        wrong = [f for f in r.fields if not f.correct]
        acc = "-" if r.field_accuracy is None else f"{r.field_accuracy:.3f}"
        print(f"\n{r.id}  {acc}  {r.status}  {'; '.join(r.errors)}")
        for f in wrong:
            print(f"    {f.path}: expected {f.expected!r} got {f.actual!r}")


def record_measurement(dev: dict[str, Any], frozen: dict[str, Any], held: list[dict[str, Any]],
                       committed: dict[str, Any]) -> None:
    """Append one frozen measurement (time, commit, the dev, frozen and committed figures) to measurements.md."""
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                            check=False).stdout.strip() or "unknown"
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True,
                           text=True, check=False).stdout.strip()
    if not MEASUREMENTS.is_file():
        MEASUREMENTS.write_text(
            "# Frozen-split measurements\n\nEach row is one run of `python evals/blind_report.py --frozen`: the only "
            f"way the frozen split is looked at, at most {FROZEN_BUDGET} times, aggregate figures only.\n\n"
            "| # | time (UTC) | commit | committed | blind dev | blind frozen | "
            + "".join(f"{row['split']} | " for row in held) + "\n"
            "|---|---|---|---|---|---|" + "---|" * len(held) + "\n",
            encoding="utf-8")
    n = frozen_measurements_taken() + 1
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M")
    with MEASUREMENTS.open("a", encoding="utf-8") as out:
        out.write(f"| {n} | {when} | {commit}{' (uncommitted changes)' if dirty else ''} | "
                  f"{committed['field_accuracy']} | {dev['field_accuracy']} | {frozen['field_accuracy']} | "
                  + "".join(f"{row['field_accuracy']} | " for row in held) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frozen", action="store_true",
                        help="also measure the frozen and held-out splits (FROZEN_BUDGET times in all)")
    parser.add_argument("--per-case", action="store_true", help="wrong fields of every development case")
    parser.add_argument("--no-committed", action="store_true", help="skip the committed corpus (faster)")
    parser.add_argument("--json", type=Path, help="write the development split's eval JSON here")
    parser.add_argument("--concurrency", type=int, default=2)
    args = parser.parse_args(argv)
    if args.frozen and frozen_measurements_taken() >= FROZEN_BUDGET:
        print(f"{MEASUREMENTS}: the frozen split was measured {FROZEN_BUDGET} times already; it is not measured again",
              file=sys.stderr)
        return 2
    options = RunOptions(concurrency=args.concurrency)
    dev_split, frozen_split, held_splits = blind_splits()
    rows: list[dict[str, Any]] = []
    committed = None
    if not args.no_committed:
        committed = run_eval([COMMITTED], options)
        rows.append(summary_row("committed", committed.cases))
    dev = run_eval(list(dev_split.folders), options)
    dev_row = summary_row(dev_split.name, dev.cases)
    rows.append(dev_row)
    for batch in sorted({_batch(r) for r in dev.cases}):
        rows.append(summary_row(f"  dev {batch}", [r for r in dev.cases if _batch(r) == batch]))
    frozen_row = None
    held_rows: list[dict[str, Any]] = []
    if args.frozen:
        frozen = run_eval(list(frozen_split.folders), options)
        frozen_row = summary_row(frozen_split.name, frozen.cases)
        rows.append(frozen_row)
        for held_split in held_splits:
            held = run_eval(list(held_split.folders), options)
            held_rows.append(summary_row(held_split.name, held.cases))
        rows.extend(held_rows)
    if frozen_row is not None:
        if committed is None:
            committed = run_eval([COMMITTED], options)
            rows.insert(0, summary_row("committed", committed.cases))
        # recorded before anything is printed: a reader that stops early (`| head`) must not lose a look
        record_measurement(dev_row, frozen_row, held_rows, summary_row("committed", committed.cases))
    print_table(rows)
    print_per_field(dev)
    if args.per_case:
        print_per_case(dev.cases)
    if args.json:
        args.json.write_text(json.dumps(dev.public(), indent=1, default=str), encoding="utf-8")
    if frozen_row is not None:
        print(f"\nrecorded in {MEASUREMENTS.relative_to(ROOT)} ({frozen_measurements_taken()} of {FROZEN_BUDGET})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
