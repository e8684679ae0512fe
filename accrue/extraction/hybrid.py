"""Hybrid extraction: the embedded rules and Claude read the same document; a person sees where they differ.

Both results are grounded first, so only values whose quotes stand are compared. Every
field on which they differ becomes a warning `disagree:<path>: rules=<a> claude=<b>`
(the validation stage turns those into `extractor_disagreement` findings, which the
policy routes to approval). A value only one of them found counts as a disagreement too:
null is a claim that the document does not say it. The merged terms keep Claude's value
where it is grounded and fall back to the rules value elsewhere; lists and nested objects
are taken whole from one side so an item never mixes the two readings, and so are the service
dates when one side's start and the other's end would end the service before it starts. Where both read the
same value, its citation keeps the embedded reader's method (a label, a table row) rather than `model`.

Comparison rules: numbers as numbers (14400 = 14400.00), dates and enums exactly, legal
names and identifiers case- and punctuation-insensitively, free text (descriptions,
metric names) by fuzzy match (rapidfuzz token-set ratio >= 85), and `non_standard_terms`
by count only, since the two extractors word their summaries differently.
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from typing import Any

from rapidfuzz import fuzz

from accrue.core.document import Document
from accrue.core.grounding import ground
from accrue.core.terms import Citation, ContractTerms, ExtractionResult
from accrue.extraction.protocol import Extractor, ReadingExtractor

FUZZY_MIN = 85
_FREE_TEXT = {"description", "metric", "unit"}
_NAMES = {"customer_legal_name", "vendor_legal_name"}
_LISTS_BY_KEY = {"line_items": ("sku", "description"), "usage_rules": (None, "metric")}
_PUNCT = re.compile(r"[^\w\s@.-]|(?<!\w)[.-]|[.-](?!\w)")


class HybridExtractor:
    """Runs `rules` and `claude` on one document and reports their disagreements."""

    name = "hybrid"

    def __init__(self, rules: Extractor, claude: Extractor):
        self.rules = rules
        self.claude = claude

    def extract(self, doc: Document) -> ExtractionResult:
        return self.extract_read(doc)[0]

    def extract_read(self, doc: Document) -> tuple[ExtractionResult, Document]:
        """Claude reads first (it may transcribe scanned pages); the rules then read the same text."""
        if isinstance(self.claude, ReadingExtractor):
            claude_raw, read_doc = self.claude.extract_read(doc)
        else:
            claude_raw, read_doc = self.claude.extract(doc), doc
        rules_raw = self.rules.extract(read_doc)
        merged = merge(ground(rules_raw, read_doc), ground(claude_raw, read_doc))
        return merged, read_doc


def merge(rules: ExtractionResult, claude: ExtractionResult) -> ExtractionResult:
    """One result from two grounded ones: Claude's values where present, disagreements as warnings."""
    r = rules.terms.model_dump(mode="python")
    c = claude.terms.model_dump(mode="python")
    disagreements: list[str] = []
    from_claude: dict[str, bool] = {}
    for field in ContractTerms.model_fields:
        a, b = r.get(field), c.get(field)
        if field in _LISTS_BY_KEY:
            disagreements += _compare_lists(field, a or [], b or [])
        elif field == "non_standard_terms":
            if len(a or []) != len(b or []):
                disagreements.append(f"disagree:{field}: rules={_show(a)} claude={_show(b)}")
        elif isinstance(a, dict) and isinstance(b, dict):
            disagreements += _compare_dicts(field, a, b)
        elif not same(field, a, b):
            disagreements.append(f"disagree:{field}: rules={_show(a)} claude={_show(b)}")
        from_claude[field] = b not in (None, [], {})
    start, end = "service_start_date", "service_end_date"
    if from_claude[start] != from_claude[end]:
        # One side's start with the other side's end can break the terms' own rule (end before start):
        # the pair comes whole from Claude then; both halves are already listed as disagreements.
        picked = {f: (c if from_claude[f] else r)[f] for f in (start, end)}
        if picked[start] and picked[end] and picked[end] < picked[start]:
            from_claude[start] = from_claude[end] = True
    data: dict[str, Any] = {}
    citations: dict[str, Citation] = {}
    for field, use_claude in from_claude.items():
        data[field] = c.get(field) if use_claude else r.get(field)
        source = claude if use_claude else rules
        citations.update({p: cite for p, cite in source.citations.items() if _under(p, field)})
        agreed = rules.citations.get(field)
        if use_claude and field in citations and agreed is not None and same(field, r.get(field), c.get(field)):
            # both read it: the embedded reader's method says how the words state it (a label, a table row)
            citations[field] = citations[field].model_copy(update={"method": agreed.method})
    warnings = list(claude.warnings) + [f"rules:{w}" for w in rules.warnings] + disagreements
    return ExtractionResult(terms=ContractTerms.model_validate(data), citations=citations, warnings=warnings,
                            extractor=HybridExtractor.name, usage=rules.usage + claude.usage)


def _compare_dicts(path: str, a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for key in dict.fromkeys([*a, *b]):
        x, y = a.get(key), b.get(key)
        sub = f"{path}.{key}"
        if isinstance(x, list) or isinstance(y, list):
            x, y = x or [], y or []
            if len(x) != len(y):
                out.append(f"disagree:{sub}: rules={len(x)} items claude={len(y)} items")
            for i, (p, q) in enumerate(zip(x, y, strict=False)):
                out += _compare_dicts(f"{sub}[{i}]", p, q) if isinstance(p, dict) else (
                    [] if same(key, p, q) else [f"disagree:{sub}[{i}]: rules={_show(p)} claude={_show(q)}"])
        elif not same(key, x, y):
            out.append(f"disagree:{sub}: rules={_show(x)} claude={_show(y)}")
    return out


def _compare_lists(field: str, rules_items: list[dict[str, Any]], claude_items: list[dict[str, Any]]) -> list[str]:
    """Pair items by key (SKU, else fuzzy description or metric), then compare each pair field by field."""
    id_key, text_key = _LISTS_BY_KEY[field]
    out: list[str] = []
    unpaired = list(range(len(rules_items)))
    for ci, citem in enumerate(claude_items):
        best, best_score = None, 0.0
        for ri in unpaired:
            ritem = rules_items[ri]
            if id_key and ritem.get(id_key) and citem.get(id_key):
                score = 100.0 if _norm(ritem[id_key]) == _norm(citem[id_key]) else 0.0
            else:
                score = fuzz.token_set_ratio(_norm(ritem.get(text_key) or ""), _norm(citem.get(text_key) or ""))
            # Equal scores keep the earliest candidate, so ramp years with one description pair in order.
            if score > best_score:
                best, best_score = ri, score
        if best is None or best_score < FUZZY_MIN:
            out.append(f"disagree:{field}[{ci}]: rules=null claude={_show(citem.get(text_key))}")
            continue
        unpaired.remove(best)
        out += _compare_dicts(f"{field}[{ci}]", rules_items[best], citem)
    for ri in unpaired:
        out.append(f"disagree:{field}: rules={_show(rules_items[ri].get(text_key))} claude=null")
    return out


def same(field: str, a: Any, b: Any) -> bool:
    """Do two values say the same thing? See the module docstring for the rules."""
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, Decimal)) and isinstance(b, (int, Decimal)):
        return Decimal(a) == Decimal(b)
    if isinstance(a, str) and isinstance(b, str):
        if field in _FREE_TEXT:
            return fuzz.token_set_ratio(_norm(a), _norm(b)) >= FUZZY_MIN
        if field in _NAMES:
            return _norm(a) == _norm(b)
        return a.strip().casefold() == b.strip().casefold()
    return a == b


def _norm(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", text.casefold()).split())


def _under(path: str, field: str) -> bool:
    return path == field or path.startswith((f"{field}.", f"{field}["))


def _show(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (Decimal, int, date)):
        return str(value)
    return json.dumps(value, default=str, ensure_ascii=False)
