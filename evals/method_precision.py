"""How often a billing term read by each method is right: the evidence behind `[completeness] hold_methods`.

    python evals/method_precision.py [--json FILE]

Runs the committed corpus and the blind development split (never the frozen or held-out forms: the methods a gate
distrusts are chosen on what we may look at) and counts, for every billing term the extractor emitted, whether it
matched the gold, grouped by how it was found (`Citation.method`). A method whose values are wrong too often is one
the completeness gate should hold for a person rather than trust.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from accrue.core.completeness import is_billing_term  # noqa: E402
from evals.runner import RunOptions, run_eval  # noqa: E402
from evals.scorers import _is_empty  # noqa: E402

BLIND = ROOT / "evals" / "corpora" / "blind"


def development_folders() -> list[Path]:
    """The development split's case folders, from `splits.json` (frozen and held-out forms are left out)."""
    splits = json.loads((BLIND / "splits.json").read_text(encoding="utf-8"))
    return [BLIND / case for cases in splits["development"].values() for case in cases]


def tally(roots: list[Path]) -> dict[str, dict[str, int]]:
    """method -> {"right": n, "wrong": n} over emitted billing terms (a null the gold also has is not counted)."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"right": 0, "wrong": 0})
    result = run_eval(roots, RunOptions(extractor="rules"))
    for case in result.cases:
        for f in case.fields:
            if not is_billing_term(f.path) or _is_empty(f.actual):
                continue
            method = (f.citation or {}).get("method") or "uncited"
            counts[method]["right" if f.correct else "wrong"] += 1
    return dict(counts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the counts as JSON")
    args = parser.parse_args(argv)
    rows = {"committed": tally([ROOT / "evals" / "cases"]), "blind development": tally(development_folders())}
    print(f"{'split':<18} {'method':<14} {'right':>6} {'wrong':>6} {'precision':>9}")
    for split, counts in rows.items():
        for method, c in sorted(counts.items()):
            n = c["right"] + c["wrong"]
            print(f"{split:<18} {method:<14} {c['right']:>6} {c['wrong']:>6} {c['right'] / n:>9.3f}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
