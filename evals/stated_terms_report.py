"""How the gate's second reading of the words (`accrue/core/stated_terms.py`) does on forms with hand-worked terms.

    python evals/stated_terms_report.py

For the committed corpus and the blind development split (never the frozen or held-out forms), per checked term:
- false holds: the words are read as stating another value than the hand-worked one (each is a person's time
  wasted on a form the reader read right; the count should be 0);
- stated: on how many of the forms that have the term the words state it at all. Only there can a wrong value
  read by the extractor be held by this check, so it is the share of wrong values the check can catch.

Both are tuned figures: the check's rules were written while reading these forms. Forms it was not tuned on are
the frozen and held-out splits, measured only in a look (`evals/blind_report.py --frozen`).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from accrue.adapters.documents import read_document  # noqa: E402
from accrue.core.stated_terms import CHECKED, stated_disagreements, stated_terms  # noqa: E402
from accrue.core.terms import ContractTerms  # noqa: E402


def case_folders() -> list[Path]:
    splits = json.loads((ROOT / "evals" / "corpora" / "blind" / "splits.json").read_text(encoding="utf-8"))
    blind = [ROOT / "evals" / "corpora" / "blind" / form for forms in splits["development"].values() for form in forms]
    return blind + sorted(p.parent for p in (ROOT / "evals" / "cases").rglob("case.json"))


def main() -> int:
    false_holds: Counter[str] = Counter()
    stated: Counter[str] = Counter()
    having: Counter[str] = Counter()
    forms = 0
    for case in case_folders():
        contract = next((p for p in sorted(case.iterdir()) if p.stem == "contract"), None)
        gold = json.loads((case / "case.json").read_text(encoding="utf-8"))["expected"].get("terms") or {}
        if contract is None or not gold:
            continue
        forms += 1
        pages = read_document(contract).pages
        usage = [{"metric": r["metric"], "unit": r.get("unit"), "tiers": [{"up_to": None, "unit_price": "1"}]}
                 for r in gold.get("usage_rules") or [] if r.get("metric")]
        terms = ContractTerms.model_validate({**{k: gold.get(k) for k in CHECKED}, "usage_rules": usage})
        for gap in stated_disagreements(pages, terms, {}):
            false_holds[gap.fields[0]] += 1
            print(f"false hold  {case.relative_to(ROOT)}: {gap.message}")
        said = {s.term for s in stated_terms(pages)}
        for term in CHECKED:
            if term != "currency" and gold.get(term) is not None:
                having[term] += 1
                stated[term] += term in said
    print(f"\n{forms} forms with hand-worked terms (committed corpus and blind development split; the check was tuned"
          " on them)")
    print(f"{'term':<22}{'false holds':>12}{'stated':>10}{'of':>6}")
    for term in CHECKED:
        shown = f"{stated[term]:>10}{having[term]:>6}" if term != "currency" else f"{'-':>10}{'-':>6}"
        print(f"{term:<22}{false_holds[term]:>12}{shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
