"""Benchmark: the embedded extractor on a generated 10-page order form, pinned to one core. Target < 0.3 s.

    python evals/bench_extract.py [--pages 10] [--runs 7] [--json]

The form comes from the corpus generator (`evals/orderforms/generate.py: bench_form`): a key-terms
grid, a fee table of ~80 lines running over the pages, and pages of standard terms. Reported:
PDF reading (pypdf text extraction) and extraction (segmenting, reading every term, grounding
every citation: `extract_terms` with the rules extractor), as the median of `--runs` runs after
one warm-up. The process is pinned to one CPU where the OS allows it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from accrue.adapters.documents import read_pdf_bytes  # noqa: E402
from accrue.extraction import extract_terms  # noqa: E402
from accrue.extraction.rules import RulesExtractor  # noqa: E402
from evals.orderforms.generate import bench_form  # noqa: E402

TARGET_SECONDS = 0.3


def pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity on this OS)"


def run(pages: int = 10, runs: int = 7) -> dict[str, object]:
    pinned = pin_one_core()
    data = bench_form(pages)
    read_times, extract_times = [], []
    result = None
    for i in range(runs + 1):
        t0 = time.perf_counter()
        doc = read_pdf_bytes("bench-order-form.pdf", data, max_pages=200)
        t1 = time.perf_counter()
        result = extract_terms(doc, RulesExtractor())
        t2 = time.perf_counter()
        if i:  # the first run warms imports and regex caches
            read_times.append(t1 - t0)
            extract_times.append(t2 - t1)
    assert result is not None
    extract_median = statistics.median(extract_times)
    return {"pages": len(doc.pages), "line_items": len(result.terms.line_items), "citations": len(result.citations),
            "runs": runs, "cpu": pinned, "read_seconds_median": round(statistics.median(read_times), 4),
            "extract_seconds_median": round(extract_median, 4), "extract_seconds_max": round(max(extract_times), 4),
            "target_seconds": TARGET_SECONDS, "within_target": extract_median < TARGET_SECONDS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the embedded extractor on a generated long order form.")
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = run(args.pages, args.runs)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{report['pages']}-page order form, {report['line_items']} line items, {report['citations']} citations "
              f"({report['cpu']})")
        print(f"  read PDF (pypdf):        {report['read_seconds_median']:.3f} s median")
        print(f"  extract + ground:        {report['extract_seconds_median']:.3f} s median, "
              f"{report['extract_seconds_max']:.3f} s max over {report['runs']} runs")
        print(f"  target < {TARGET_SECONDS} s: {'met' if report['within_target'] else 'MISSED'}")
    return 0 if report["within_target"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
