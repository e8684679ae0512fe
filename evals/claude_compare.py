"""Claude's extraction quality beside the embedded reader's, reproducible from recorded responses.

    python evals/claude_compare.py --record evals/recordings   # needs ANTHROPIC_API_KEY; `make eval-claude`
    python evals/claude_compare.py --replay evals/recordings   # no key, no network: the same figures
    python evals/claude_compare.py --replay DIR --json         # machine-readable, per document

Each document is read and extracted exactly as `accrue extract` does (`read_document` + `extract_terms`,
so grounding applies), once by the embedded reader and once by Claude alone (`--extractor claude`).
Recording writes every Claude response to DIR as a cassette (`accrue.adapters.llm_replay`); replaying
answers from them, so the figures come back without a key, and `accrue eval --extractor claude
--replay DIR` replays the same cassettes through the whole run. Corpora: the committed extraction
cases (`evals/cases/orderforms`, `evals/cases/handwritten`, or `--cases`), scored by the harness's
leaf accuracy (`evals.scorers.score_terms`); and the CUAD dev set when `../shared/data/cuad-dev/` is
present (its five labelled fields, scored as `evals/cuad_eval.py` does). Per extractor and corpus:
field accuracy, citation grounding rate, and tokens and USD per document.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from accrue.adapters.documents import read_document  # noqa: E402
from accrue.core.errors import AccrueError  # noqa: E402
from accrue.core.terms import ExtractionResult  # noqa: E402
from accrue.extraction import extract_terms, get_extractor  # noqa: E402
from accrue.extraction.protocol import Extractor  # noqa: E402
from accrue.extraction.rules import RulesExtractor  # noqa: E402
from accrue.settings import load_settings  # noqa: E402
from evals.cases import expected_terms  # noqa: E402
from evals.cuad_eval import DATA as CUAD_DATA  # noqa: E402
from evals.cuad_eval import FIELDS as CUAD_FIELDS  # noqa: E402
from evals.cuad_eval import _expires, _norm  # noqa: E402
from evals.extraction_accuracy import DEFAULT_DIRS, case_folders  # noqa: E402
from evals.scorers import Grounding, score_grounding, score_terms  # noqa: E402

RECORDINGS = ROOT / "evals" / "recordings"
EXTRACTORS = ("rules", "claude")


def corpus_documents(case_dirs: list[Path]) -> list[dict[str, Any]]:
    """Each committed case's contract with the expected terms to score it by."""
    docs = []
    for folder in case_folders(case_dirs):
        case = json.loads((folder / "case.json").read_text(encoding="utf-8"))
        docs.append({"id": case["id"], "corpus": "cases", "path": folder / case["inputs"]["contract"],
                     "expected": case["expected"]})
    return docs


def cuad_documents(data: Path) -> list[dict[str, Any]]:
    """The CUAD dev contracts (text files) with their labels, when the data is beside the repository."""
    labels = data / "labels.jsonl"
    if not labels.is_file():
        return []
    rows = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{"id": row["id"], "corpus": "cuad", "path": data / row["text_file"], "expected": row.get("expected") or {}}
            for row in rows]


def score(doc: dict[str, Any], result: ExtractionResult) -> tuple[int, int]:
    """(right, scored) leaves of one document's extraction against its expected values."""
    terms = result.terms.model_dump(mode="json")
    if doc["corpus"] == "cuad":
        expiry = _expires(terms, result.citations)
        scored = [name for name in CUAD_FIELDS if name in doc["expected"]]
        right = sum(_norm(expiry if name == "service_end_date" else terms.get(name)) == _norm(doc["expected"][name])
                    for name in scored)
        return right, len(scored)
    citations = {k: v.model_dump(mode="json") for k, v in result.citations.items()}
    results = score_terms(expected_terms(doc["expected"], terms), terms, citations)
    return sum(r.correct for r in results), len(results)


def run_document(doc: dict[str, Any], name: str, extractor: Extractor) -> dict[str, Any]:
    """One extractor on one document: scores, grounding, tokens and cost; a failure is a result, not a crash."""
    row: dict[str, Any] = {"id": doc["id"], "corpus": doc["corpus"], "extractor": name}
    try:
        result = extract_terms(read_document(doc["path"]), extractor)
    except AccrueError as exc:
        return {**row, "error": str(exc), "right": 0, "scored": 0, "grounding": Grounding().as_json(), "usage": None}
    right, scored = score(doc, result)
    data = result.model_dump(mode="json")
    grounding = score_grounding(data["terms"], data["citations"], data["warnings"])
    # no wall time: it differs between a recording and its replay, and the figures must not
    return {**row, "error": None, "right": right, "scored": scored, "grounding": grounding.as_json(),
            "usage": data["usage"]}


def summarise(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per corpus and extractor: field accuracy, grounding rate, tokens and USD per document."""
    out = []
    for corpus in sorted({r["corpus"] for r in rows}):
        for name in EXTRACTORS:
            mine = [r for r in rows if r["corpus"] == corpus and r["extractor"] == name]
            if not mine:
                continue
            right, scored = sum(r["right"] for r in mine), sum(r["scored"] for r in mine)
            grounding = sum((Grounding(r["grounding"]["values"], r["grounding"]["cited"],
                                       r["grounding"]["ungrounded"]) for r in mine), Grounding())
            usages = [r["usage"] or {} for r in mine]
            count = len(mine)

            def per_doc(key: str, values: list[dict[str, Any]] = usages, n: int = count) -> float:
                return round(sum(int(u.get(key) or 0) for u in values) / n, 1)

            cost = sum((Decimal(u.get("cost_usd") or "0") for u in usages), Decimal(0))
            out.append({"corpus": corpus, "extractor": name, "documents": count,
                        "errors": sum(1 for r in mine if r["error"]),
                        "field_accuracy": right / scored if scored else None, "scored_fields": scored,
                        "grounding_rate": grounding.rate, "input_tokens_per_doc": per_doc("input_tokens"),
                        "output_tokens_per_doc": per_doc("output_tokens"),
                        "cache_read_tokens_per_doc": per_doc("cache_read_input_tokens"),
                        "cache_write_tokens_per_doc": per_doc("cache_creation_input_tokens"),
                        "calls_per_doc": per_doc("calls"), "usd_per_doc": str(cost / count) if count else "0"})
    return out


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def print_table(report: dict[str, Any]) -> None:
    print(f"model {report['model']}; Claude responses {report['mode']} {report['recordings']}")
    head = (f"{'corpus':8} {'extractor':9} {'docs':>5} {'errors':>6} {'field acc':>9} {'grounded':>8} "
            f"{'in/doc':>9} {'out/doc':>8} {'cache rd':>9} {'calls':>5} {'USD/doc':>10}")
    print(head)
    print("-" * len(head))
    for s in report["summary"]:
        print(f"{s['corpus']:8} {s['extractor']:9} {s['documents']:>5} {s['errors']:>6} "
              f"{_fmt(s['field_accuracy']):>9} {_fmt(s['grounding_rate']):>8} {s['input_tokens_per_doc']:>9} "
              f"{s['output_tokens_per_doc']:>8} {s['cache_read_tokens_per_doc']:>9} {s['calls_per_doc']:>5} "
              f"{Decimal(s['usd_per_doc']):>10.6f}")
    for row in report["documents"]:
        if row["error"]:
            print(f"error: {row['corpus']}/{row['id']} ({row['extractor']}): {row['error']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Claude's extraction beside the embedded reader's, recorded.")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--record", type=Path, metavar="DIR", help="call Claude (needs ANTHROPIC_API_KEY), record to DIR")
    mode.add_argument("--replay", type=Path, metavar="DIR", help="answer from DIR's recordings; no key, no network")
    parser.add_argument("--cases", type=Path, action="append", help="case folders (default: the committed corpus)")
    parser.add_argument("--cuad", type=Path, default=CUAD_DATA, help="CUAD dev folder (default ../shared/data)")
    parser.add_argument("--no-cuad", action="store_true", help="leave CUAD out even when present")
    parser.add_argument("--limit", type=int, help="only the first N documents of each corpus")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    if args.record and not os.environ.get("ANTHROPIC_API_KEY"):
        print("error: --record calls Claude and needs ANTHROPIC_API_KEY; set it, or use --replay DIR with "
              "recordings someone made", file=sys.stderr)
        return 2
    if args.replay and not args.replay.is_dir():
        print(f"error: {args.replay}: no recordings folder; record one with --record (make eval-claude)",
              file=sys.stderr)
        return 2
    if args.record:
        args.record.mkdir(parents=True, exist_ok=True)
    try:
        settings = load_settings(llm_record_dir=args.record, llm_replay_dir=args.replay)
        claude = get_extractor(settings, "claude")
    except AccrueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    corpora = [corpus_documents(args.cases or DEFAULT_DIRS), [] if args.no_cuad else cuad_documents(args.cuad)]
    documents = [doc for corpus in corpora for doc in (corpus[:args.limit] if args.limit else corpus)]
    rows = [run_document(doc, name, extractor) for doc in documents
            for name, extractor in (("rules", RulesExtractor()), ("claude", claude))]
    report = {"model": settings.model, "mode": "recorded to" if args.record else "replayed from",
              "recordings": str(args.record or args.replay), "summary": summarise(rows), "documents": rows}
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_table(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
