"""Per-field accuracy of the embedded extractor over case folders (generated and hand-written order forms).

    python evals/extraction_accuracy.py                 # table for evals/cases/orderforms + handwritten
    python evals/extraction_accuracy.py --json          # machine-readable
    python evals/extraction_accuracy.py --errors        # also list every wrong value with its citation
    python evals/extraction_accuracy.py --cases DIR ... # any folders holding case.json files

Each case's contract is read and extracted exactly as `accrue extract --extractor rules` does
(`read_document` + `extract_terms`, so grounding applies), then compared with
`expected.terms` by the eval harness's scorer (`evals.scorers.score_terms`), so these numbers
are the ones the quality gate uses. Two measures are reported per group:
- leaf accuracy (the gate's measure): every leaf of the expected terms, nulls included
  (`line_items[1].unit_price`), right or wrong under the normalisation printed below;
- field accuracy (stricter): a top-level field counts as right only when all its leaves are.
The extractor never sees the expected values; nothing here changes them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from accrue.adapters.documents import read_document  # noqa: E402
from accrue.extraction import extract_terms  # noqa: E402
from accrue.extraction.rules import RulesExtractor  # noqa: E402
from evals.cases import expected_terms  # noqa: E402
from evals.scorers import NORMALISATION, FieldResult, generalise, score_terms  # noqa: E402

DEFAULT_DIRS = [ROOT / "evals" / "cases" / "orderforms", ROOT / "evals" / "cases" / "handwritten"]


def case_folders(roots: list[Path]) -> list[Path]:
    return sorted({p.parent for root in roots for p in root.rglob("case.json")})


def group_of(case: dict[str, Any]) -> str:
    tags = case.get("tags") or []
    return "generated" if "generated" in tags else "handwritten" if "handwritten" in tags else "other"


def run_case(folder: Path) -> dict[str, Any]:
    """Extract one case's contract and score it; errors are reported, never raised."""
    case = json.loads((folder / "case.json").read_text(encoding="utf-8"))
    started = time.perf_counter()
    try:
        doc = read_document(folder / case["inputs"]["contract"])
        result = extract_terms(doc, RulesExtractor())
    except Exception as exc:  # noqa: BLE001 - a broken case is a result, not a crash
        return {"id": case["id"], "group": group_of(case), "error": f"{type(exc).__name__}: {exc}",
                "results": score_terms(case["expected"]["terms"], None), "seconds": time.perf_counter() - started,
                "warnings": []}
    data = result.model_dump(mode="json")
    return {"id": case["id"], "group": group_of(case), "error": None,
            "results": score_terms(expected_terms(case["expected"], data["terms"]), data["terms"], data["citations"]),
            "seconds": time.perf_counter() - started, "warnings": data["warnings"]}


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for run in runs:
        groups[run["group"]].append(run)
    out: dict[str, Any] = {}
    for name, members in sorted(groups.items()):
        leaves: list[FieldResult] = [r for run in members for r in run["results"]]
        per_key: dict[str, list[bool]] = defaultdict(list)
        per_field: dict[str, list[bool]] = defaultdict(list)
        for run in members:
            top: dict[str, bool] = {}
            for r in run["results"]:
                per_key[generalise(r.path)].append(r.correct)
                head = r.path.split(".")[0].split("[")[0]
                top[head] = top.get(head, True) and r.correct
            for head, ok in top.items():
                per_field[head].append(ok)
        out[name] = {
            "cases": len(members),
            "errors": sum(1 for run in members if run["error"]),
            "leaf_accuracy": sum(r.correct for r in leaves) / len(leaves) if leaves else None,
            "field_accuracy": (sum(sum(v) for v in per_field.values()) / sum(len(v) for v in per_field.values())
                               if per_field else None),
            "leaves": len(leaves),
            "per_leaf": {k: {"accuracy": sum(v) / len(v), "n": len(v)} for k, v in sorted(per_key.items())},
            "per_field": {k: {"accuracy": sum(v) / len(v), "n": len(v)} for k, v in sorted(per_field.items())},
            "seconds": sum(run["seconds"] for run in members),
        }
    return out


def evaluate(roots: list[Path] | None = None) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    runs = [run_case(folder) for folder in case_folders(roots or DEFAULT_DIRS)]
    return summarise(runs), runs


def _print(summary: dict[str, Any], runs: list[dict[str, Any]], show_errors: bool) -> None:
    print("Normalisation (evals.scorers):")
    for rule in NORMALISATION:
        print(f"  - {rule}")
    for name, group in summary.items():
        print(f"\n{name}: {group['cases']} cases, {group['leaves']} leaves, errors {group['errors']}, "
              f"{group['seconds']:.2f} s")
        print(f"  leaf accuracy  {group['leaf_accuracy']:.3f}   (gate measure)")
        print(f"  field accuracy {group['field_accuracy']:.3f}   (a field is right only if all its leaves are)")
        print(f"  {'field':<46} {'acc':>6} {'n':>5}")
        for key, row in group["per_leaf"].items():
            print(f"  {key:<46} {row['accuracy']:>6.3f} {row['n']:>5}")
    if show_errors:
        print("\nWrong values:")
        for run in runs:
            if run["error"]:
                print(f"  {run['id']}: ERROR {run['error']}")
            for r in run["results"]:
                if not r.correct:
                    quote = (r.citation or {}).get("quote", "")
                    print(f"  {run['id']}: {r.path}: expected {r.expected!r} got {r.actual!r}"
                          + (f"  <- {quote[:90]!r}" if quote else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Per-field accuracy of the embedded extractor on case folders.")
    parser.add_argument("--cases", type=Path, nargs="*", help="folders holding case folders (default: the corpus)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--errors", action="store_true", help="list every wrong value")
    args = parser.parse_args(argv)
    summary, runs = evaluate(args.cases or None)
    if args.json:
        cases = [{"id": r["id"], "group": r["group"], "error": r["error"], "warnings": r["warnings"],
                  "wrong": [x.as_json() for x in r["results"] if not x.correct]} for r in runs]
        print(json.dumps({"normalisation": NORMALISATION, "summary": summary, "cases": cases}, indent=2,
                         default=str))
    else:
        _print(summary, runs, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
