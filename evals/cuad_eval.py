"""Per-field accuracy of the embedded extractor on real contracts: CUAD dev set in ../shared/data/cuad-dev/.

    python evals/cuad_eval.py            # table
    python evals/cuad_eval.py --json     # machine-readable, with every miss
    python evals/cuad_eval.py --pdf      # read the filed PDF instead of the text where one exists
    python evals/cuad_eval.py --data DIR # another folder with labels.jsonl and contracts/

The data (65 SEC-filed commercial contracts with CUAD's labels mapped to our fields, CC BY 4.0)
is read from `../shared/data/cuad-dev/` beside the repository and is never copied into it.
When the folder is absent the script says so and exits 0.

Scored fields: effective_date, service_end_date, renewal_term_months, auto_renew,
non_renewal_notice_days. A field is scored only on contracts whose label states it (CUAD's
annotators labelled only what the text states unambiguously), so:
- accuracy  = right / labelled (a null or a different value is wrong);
- precision = right / emitted among labelled contracts (how often a value we give is right);
- emitted_unlabelled = values given where CUAD has no label (neither right nor wrong).
Normalisation: dates compare as ISO dates, counts as integers, booleans exactly. Values come from
`extract_terms`, so only grounded values count.

End dates: CUAD's labels name the day a term expires, which for a term stated as a duration is the anniversary
of its start ("one (1) year from the Effective Date" of 2020-01-02 is labelled 2021-01-02). accrue's
`service_end_date` is the last day of service, inclusive (2021-01-01), the billing engine's convention. So a
*derived* end date is scored against the label as the day after it (`expiry_convention`); `strict` figures,
comparing the dates as they are, are reported beside them. A stated end date is always compared as it is.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from accrue.adapters.documents import read_document  # noqa: E402
from accrue.core.errors import InputError  # noqa: E402
from accrue.extraction import extract_terms  # noqa: E402
from accrue.extraction.rules import RulesExtractor  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "cuad-dev"
FIELDS = ("effective_date", "service_end_date", "renewal_term_months", "auto_renew", "non_renewal_notice_days")


def _norm(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return int(value)
    return str(value)


def _expires(terms: dict[str, Any], citations: dict[str, Any]) -> Any:
    """The day the term expires in CUAD's sense: a derived last day of service plus one day."""
    end, cite = terms.get("service_end_date"), citations.get("service_end_date")
    if end is None or cite is None or cite.method != "derived":
        return end
    return (date.fromisoformat(end) + timedelta(days=1)).isoformat()


def evaluate(data: Path, *, use_pdf: bool = False) -> dict[str, Any]:
    labels = [json.loads(line) for line in (data / "labels.jsonl").read_text(encoding="utf-8").splitlines()
              if line.strip()]
    per_field = {f: {"labelled": 0, "right": 0, "wrong": 0, "missing": 0, "emitted_unlabelled": 0, "derived": 0,
                     "right_strict": 0} for f in FIELDS}
    misses: list[dict[str, Any]] = []
    errors: list[dict[str, str]] = []
    started = time.perf_counter()
    for row in labels:
        source = data / (row["pdf_file"] if use_pdf and row.get("pdf_file") else row["text_file"])
        try:
            result = extract_terms(read_document(source), RulesExtractor())
        except InputError as exc:
            errors.append({"id": row["id"], "error": str(exc)})
            continue
        terms = result.terms.model_dump(mode="json")
        expiry = _expires(terms, result.citations)
        expected = row.get("expected") or {}
        for name in FIELDS:
            got = _norm(terms.get(name))
            stats = per_field[name]
            if name not in expected:
                stats["emitted_unlabelled"] += got is not None
                continue
            want = _norm(expected[name])
            stats["labelled"] += 1
            cite = result.citations.get(name)
            stats["derived"] += cite is not None and cite.method == "derived"
            stats["right_strict"] += got == want
            if name == "service_end_date":
                got = _norm(expiry)
            if got == want:
                stats["right"] += 1
                continue
            stats["missing" if got is None else "wrong"] += 1
            misses.append({"id": row["id"], "field": name, "expected": want, "got": got,
                           "quote": cite.quote[:160] if cite else None})
    for stats in per_field.values():
        emitted = stats["right"] + stats["wrong"]
        stats["accuracy"] = stats["right"] / stats["labelled"] if stats["labelled"] else None
        stats["precision"] = stats["right"] / emitted if emitted else None
    labelled = sum(s["labelled"] for s in per_field.values())
    right = sum(s["right"] for s in per_field.values())
    strict = sum(s["right_strict"] for s in per_field.values())
    return {"data": str(data), "source": "pdf where present" if use_pdf else "text", "contracts": len(labels),
            "errors": errors, "overall_accuracy": right / labelled if labelled else None,
            "overall_accuracy_strict": strict / labelled if labelled else None, "labelled": labelled,
            "per_field": per_field, "misses": misses, "seconds": round(time.perf_counter() - started, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Embedded extractor accuracy on CUAD contracts.")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--pdf", action="store_true", help="read the filed PDFs where they exist")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true", help="list every miss with the cited quote")
    args = parser.parse_args(argv)
    if not (args.data / "labels.jsonl").is_file():
        print(f"CUAD data not found at {args.data} (expected labels.jsonl and contracts/); nothing to evaluate. "
              f"It lives in ../shared/data/cuad-dev/ beside the repository and is never committed.")
        return 0
    report = evaluate(args.data, use_pdf=args.pdf)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"CUAD dev: {report['contracts']} contracts ({report['source']}), {report['labelled']} labelled values, "
          f"{report['seconds']} s, {len(report['errors'])} unreadable")
    print(f"overall accuracy {report['overall_accuracy']:.3f} (derived end dates read as the expiry day); "
          f"strict {report['overall_accuracy_strict']:.3f}")
    print(f"{'field':<26}{'labelled':>9}{'right':>7}{'wrong':>7}{'missing':>9}{'accuracy':>10}{'precision':>11}"
          f"{'unlabelled':>12}{'derived':>9}{'strict':>8}")
    for name, s in report["per_field"].items():
        acc = f"{s['accuracy']:.3f}" if s["accuracy"] is not None else "-"
        prec = f"{s['precision']:.3f}" if s["precision"] is not None else "-"
        print(f"{name:<26}{s['labelled']:>9}{s['right']:>7}{s['wrong']:>7}{s['missing']:>9}{acc:>10}{prec:>11}"
              f"{s['emitted_unlabelled']:>12}{s['derived']:>9}{s['right_strict']:>8}")
    if args.misses:
        for m in report["misses"]:
            print(f"  {m['id']} {m['field']}: expected {m['expected']!r} got {m['got']!r}"
                  + (f"  <- {m['quote']!r}" if m["quote"] else ""))
    for e in report["errors"]:
        print(f"  unreadable {e['id']}: {e['error']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
