"""Measure PDF text readers for accrue's embedded extractor: fidelity and speed on the blind development split.

    pip install pdfplumber pypdfium2   # only for this measurement; accrue itself reads with pypdf
    python evals/measure_pdf_readers.py

Fidelity is the share of the gold strings (party names, order numbers, line-item descriptions and SKUs) that occur,
whitespace-normalised, in the text a reader gives: a value the text does not contain cannot be read or quoted.
Speed is the median seconds to read every page, on the development forms and on the 10-page bench form. Only the
development split is read (`splits.json`); the frozen split is never opened here.
"""

from __future__ import annotations

import io
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from accrue.core.textnorm import normalise_ws  # noqa: E402
from evals.orderforms.generate import bench_form  # noqa: E402

BLIND = ROOT / "evals" / "corpora" / "blind"


def read_pypdf(data: bytes) -> list[str]:
    import pypdf

    return [p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages]


def read_pypdf_layout(data: bytes) -> list[str]:
    import pypdf

    return [p.extract_text(extraction_mode="layout") or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages]


def read_pdfplumber(data: bytes) -> list[str]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [p.extract_text() or "" for p in pdf.pages]


def read_pypdfium2(data: bytes) -> list[str]:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        return [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()


READERS: dict[str, Callable[[bytes], list[str]]] = {
    "pypdf": read_pypdf, "pypdf (layout mode)": read_pypdf_layout, "pdfplumber": read_pdfplumber,
    "pypdfium2": read_pypdfium2,
}


def gold_strings(terms: dict[str, object]) -> list[str]:
    out = [terms.get(k) for k in ("customer_legal_name", "vendor_legal_name", "order_form_number")]
    for item in terms.get("line_items") or []:  # type: ignore[union-attr]
        out += [item.get("description"), item.get("sku")]
    return [normalise_ws(s) for s in out if isinstance(s, str) and s]


def development_forms() -> list[tuple[bytes, list[str]]]:
    splits = json.loads((BLIND / "splits.json").read_text(encoding="utf-8"))
    forms = []
    for folders in splits["development"].values():
        for folder in folders:
            case = json.loads((BLIND / folder / "case.json").read_text(encoding="utf-8"))
            contract = BLIND / folder / case["inputs"]["contract"]
            if contract.suffix.lower() == ".pdf":
                forms.append((contract.read_bytes(), gold_strings(case["expected"].get("terms", {}))))
    return forms


def main() -> int:
    forms = development_forms()
    bench = bench_form(10)
    print(f"{len(forms)} development PDFs, {sum(len(g) for _, g in forms)} gold strings; bench form 10 pages")
    print(f"{'reader':<22}{'fidelity':>9}{'dev s/form':>12}{'bench s':>9}")
    for name, read in READERS.items():
        try:
            read(bench)
        except ImportError:
            print(f"{name:<22}  not installed")
            continue
        found = total = 0
        times = []
        for data, gold in forms:
            started = time.perf_counter()
            text = normalise_ws(" ".join(read(data)))
            times.append(time.perf_counter() - started)
            found += sum(g in text for g in gold)
            total += len(gold)
        bench_times = []
        for _ in range(5):
            started = time.perf_counter()
            read(bench)
            bench_times.append(time.perf_counter() - started)
        print(f"{name:<22}{found / total:>9.3f}{statistics.median(times):>12.4f}{statistics.median(bench_times):>9.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
