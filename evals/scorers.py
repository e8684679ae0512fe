"""Scorers: pure functions comparing what a case expects with what the agent produced.

Each stage is scored on its own, so a report can say where a case went wrong:
- terms: every leaf the case lists (`line_items[1].unit_price`) is right or wrong under the
  normalisation in `NORMALISATION`; accuracy is right leaves / listed leaves;
- citation grounding: values that carry a citation that passed the grounding check, over all
  values the extractor emitted (including those dropped as `ungrounded:`);
- findings: finding codes as a set, true/false positives and misses per code;
- actions: an expected action matches a proposed one of the same type whose listed fields are
  equal (decimals numerically, dates and strings exactly, nested objects by their listed keys,
  nested lists item by item and of equal length); pairs come from a maximum matching, so the
  order of the lists does not matter;
- approvals: `needs_approval` of each expected action that lists it, against the proposed action
  it pairs with (the one matching every other listed field, else the first unpaired proposal
  of the same type); an expected action the agent did not propose at all is a missing action,
  not an approval error (nothing unflagged would execute); an expected action marked
  `"optional": true` is never missing, only matched when proposed;
- amount exactness: amounts listed in expected actions, equal to the cent in the paired proposal;
- status: where the run stopped (`expected.status`), and whether a run that completed without a
  person did so with a wrong billing term (`accrue.core.completeness.is_billing_term`) or nothing billed.
No I/O here: the runner feeds these functions and the report renders their output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from evals.assignment import best_pairing

NORMALISATION = [
    "Money, quantities, percentages and day/month counts compare numerically (\"24000\" equals \"24000.00\").",
    "Dates compare exactly as ISO 8601 (YYYY-MM-DD).",
    "Currency codes compare upper-cased; booleans and closed-set values (frequency, timing, period) exactly.",
    "Names, descriptions, e-mails and other text compare case-insensitively, with whitespace collapsed and "
    "leading/trailing punctuation ignored.",
    "A null expected value matches null, an empty string or an empty list.",
    "A usage rule's included_quantity stated nowhere (null) equals 0: the schema writes 'nothing included' as 0, and "
    "the bill is the same.",
    "po_required null (the form is silent) equals false (the form says none is needed): accrue acts only on a stated "
    "requirement, so both bill the same, and the corpora's authors wrote a silent form both ways.",
    "Lists of objects (line_items, usage_rules, tiers) compare item by item, only the keys the case lists; "
    "expected and extracted items pair by content (the pairing with the most right fields, then the one nearest "
    "document order), so one missed line costs only its own fields; each extra item the agent produced counts as one "
    "wrong field.",
    "non_standard_terms (free-text summaries) match when the counts agree and each expected summary has its own "
    "actual one with a token-set similarity of at least 80/100.",
]

# Fields whose absence means zero of it: a usage rule with no allowance includes 0 units.
_NOTHING_IS_ZERO = frozenset({"included_quantity"})
# Requirements only a stated `true` acts on: a silent form (null) and one saying "no" (false) bill the same.
_SILENCE_IS_NO = frozenset({"po_required"})
_NUMERIC_FIELDS = {
    "quantity", "unit_price", "discount_percent", "net_amount", "total_contract_value", "amount",
    "included_quantity", "up_to", "price_escalator_percent", "late_fee_percent_per_month", "term_months",
    "renewal_term_months", "non_renewal_notice_days", "payment_terms_days",
}
_FREE_TEXT_LISTS = {"non_standard_terms"}

_AMOUNT_KEYS = {"amount", "unapplied_amount", "amount_outstanding", "debit", "credit"}
_INDEX = re.compile(r"\[\d+\]")
_PUNCT = " \t\n.,;:"


# --------------------------------------------------------------------------------------------------- terms
@dataclass
class FieldResult:
    """One scored leaf: `path` indexed (`line_items[1].unit_price`), `key` generalised (`line_items[].unit_price`)."""

    path: str
    expected: Any
    actual: Any
    correct: bool
    citation: dict[str, Any] | None = None

    @property
    def key(self) -> str:
        return generalise(self.path)

    def as_json(self) -> dict[str, Any]:
        return {"path": self.path, "key": self.key, "expected": self.expected, "actual": self.actual,
                "correct": self.correct, "citation": self.citation}


def generalise(path: str) -> str:
    return _INDEX.sub("[]", path)


def _leaf_name(path: str) -> str:
    return _INDEX.sub("", path.rsplit(".", 1)[-1])


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _as_decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int | float | str):
        try:
            d = Decimal(str(value).replace(",", "").strip())
        except InvalidOperation:
            return None
        return d if d.is_finite() else None
    return None


def _norm_text(value: Any) -> str:
    return re.sub(r"\s+", " ", str(value)).strip(_PUNCT).casefold()


def leaf_equal(path: str, expected: Any, actual: Any) -> bool:
    """Whether one terms value is right, under NORMALISATION."""
    name = _leaf_name(path)
    if name in _NOTHING_IS_ZERO and (_is_empty(expected) or _is_empty(actual)):
        e = Decimal(0) if _is_empty(expected) else _as_decimal(expected)
        return e is not None and e == (Decimal(0) if _is_empty(actual) else _as_decimal(actual))
    if name in _SILENCE_IS_NO and (expected is None or actual is None):
        return (expected is True) is (actual is True)
    if _is_empty(expected):
        return _is_empty(actual)
    if _is_empty(actual):
        return False
    if name in _FREE_TEXT_LISTS:
        return _free_text_lists_equal(expected, actual)
    if isinstance(expected, bool) or isinstance(actual, bool):
        return expected is actual
    if name in _NUMERIC_FIELDS:
        e, a = _as_decimal(expected), _as_decimal(actual)
        return e is not None and a is not None and e == a
    if name.endswith("_date"):
        return str(expected) == str(actual)
    if name == "currency":
        return str(expected).strip().upper() == str(actual).strip().upper()
    if isinstance(expected, list) or isinstance(actual, list):
        if not (isinstance(expected, list) and isinstance(actual, list)) or len(expected) != len(actual):
            return False
        return all(leaf_equal(path, e, a) for e, a in zip(expected, actual, strict=True))
    return _norm_text(expected) == _norm_text(actual)


def _free_text_lists_equal(expected: Any, actual: Any) -> bool:
    exp = [_norm_text(x) for x in (expected if isinstance(expected, list) else [expected])]
    act = [_norm_text(x) for x in (actual if isinstance(actual, list) else [actual])]
    if len(exp) != len(act):
        return False
    free = list(act)
    for e in exp:
        best = max(free, key=lambda a: _similarity(e, a), default=None)
        if best is None or _similarity(e, best) < 80:
            return False
        free.remove(best)
    return True


def _similarity(a: str, b: str) -> float:
    return fuzz.token_set_ratio(a, b, processor=default_process)


def citation_for(path: str, citations: dict[str, Any]) -> dict[str, Any] | None:
    """The citation of a leaf, else of its first item (scalar lists), else of the nearest parent path."""
    if path in citations:
        return citations[path]
    if f"{path}[0]" in citations:
        return citations[f"{path}[0]"]
    parent = path
    while True:
        cut = max(parent.rfind("."), parent.rfind("["))
        if cut <= 0:
            return None
        parent = parent[:cut]
        if parent in citations:
            return citations[parent]


def score_terms(expected: dict[str, Any], actual: dict[str, Any] | None,
                citations: dict[str, Any] | None = None) -> list[FieldResult]:
    """One FieldResult per leaf the case lists; a missing extraction makes every leaf wrong.

    Items of a list of objects pair by content (`evals.assignment.best_pairing`, the most right leaves,
    then the least displacement), so one missed line costs its own leaves, not every later line's."""
    return _walk("", "", expected, actual or {}, citations or {}, absent=False)


def _walk(path: str, act_path: str, exp: Any, act: Any, cites: dict[str, Any], *, absent: bool) -> list[FieldResult]:
    # `path` names the expected leaf (the report's key); `act_path` the extracted one its citation is under.
    # `absent`: the list item holding this leaf was not produced at all, so even a null leaf is wrong.
    if isinstance(exp, dict) and exp:
        out: list[FieldResult] = []
        for key, sub in exp.items():
            out += _walk(f"{path}.{key}" if path else key, f"{act_path}.{key}" if act_path else key, sub,
                         act.get(key) if isinstance(act, dict) else None, cites, absent=absent)
        return out
    if isinstance(exp, list) and exp and all(isinstance(x, dict) for x in exp):
        return _walk_items(path, act_path, exp, act if isinstance(act, list) else [], cites, absent=absent)
    correct = not absent and leaf_equal(path, exp, act)
    return [FieldResult(path, exp, act, correct, citation_for(act_path, cites))]


def _walk_items(path: str, act_path: str, exp: list[Any], act: list[Any], cites: dict[str, Any], *,
                absent: bool) -> list[FieldResult]:
    def scored(i: int, j: int) -> list[FieldResult]:
        return _walk(f"{path}[{i}]", f"{act_path}[{j}]", exp[i], act[j], cites, absent=absent)

    pairs = best_pairing(len(exp), len(act), lambda i, j: sum(r.correct for r in scored(i, j)))
    out: list[FieldResult] = []
    for i, item in enumerate(exp):
        j = pairs.get(i)
        out += (scored(i, j) if j is not None
                else _walk(f"{path}[{i}]", f"{act_path}[{i}]", item, None, cites, absent=True))
    paired = set(pairs.values())
    out += [FieldResult(f"{path}[{j}]", None, act[j], False, citation_for(f"{act_path}[{j}]", cites))
            for j in range(len(act)) if j not in paired]
    return out


def accuracy(results: list[FieldResult]) -> float | None:
    return sum(r.correct for r in results) / len(results) if results else None


def terms_leaves(data: Any, prefix: str = "") -> list[tuple[str, Any]]:
    """Every set (non-empty) leaf of a terms JSON object, with its citation-style path."""
    out: list[tuple[str, Any]] = []
    if isinstance(data, dict):
        for key, value in data.items():
            out += terms_leaves(value, f"{prefix}.{key}" if prefix else key)
    elif isinstance(data, list):
        for i, item in enumerate(data):
            out += terms_leaves(item, f"{prefix}[{i}]")
    elif not _is_empty(data):
        out.append((prefix, data))
    return out


@dataclass
class Grounding:
    values: int = 0
    cited: int = 0
    ungrounded: int = 0

    @property
    def rate(self) -> float | None:
        total = self.values + self.ungrounded
        return self.cited / total if total else None

    def __add__(self, other: Grounding) -> Grounding:
        return Grounding(self.values + other.values, self.cited + other.cited, self.ungrounded + other.ungrounded)

    def as_json(self) -> dict[str, Any]:
        return {"values": self.values, "cited": self.cited, "ungrounded": self.ungrounded, "rate": self.rate}


def score_grounding(terms: dict[str, Any] | None, citations: dict[str, Any] | None,
                    warnings: list[str] | None) -> Grounding:
    """Values with a citation that passed grounding, over values emitted plus values dropped as ungrounded."""
    leaves = terms_leaves(terms or {})
    cites = citations or {}
    cited = sum(1 for path, _ in leaves if path in cites)
    dropped = sum(1 for w in warnings or [] if w.startswith("ungrounded:"))
    return Grounding(values=len(leaves), cited=cited, ungrounded=dropped)


# ------------------------------------------------------------------------------------------------ findings
@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_json(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision, "recall": self.recall}


def score_findings(expected: list[str], actual: list[str]) -> dict[str, Counts]:
    """Per finding code: found (tp), raised but not expected (fp), expected but not raised (fn). Codes as sets."""
    exp, act = set(expected), set(actual)
    return {code: Counts(tp=int(code in exp and code in act), fp=int(code in act and code not in exp),
                         fn=int(code in exp and code not in act)) for code in sorted(exp | act)}


def total(counts: dict[str, Counts] | list[Counts]) -> Counts:
    values = counts.values() if isinstance(counts, dict) else counts
    out = Counts()
    for c in values:
        out = out + c
    return out


# ------------------------------------------------------------------------------------------------- actions
def value_equal(expected: Any, actual: Any) -> bool:
    """The matching rule for one listed action field (see module docstring)."""
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(k in actual and value_equal(v, actual[k]) for k, v in expected.items())
    if isinstance(expected, list):
        return (isinstance(actual, list) and len(actual) == len(expected)
                and all(value_equal(e, a) for e, a in zip(expected, actual, strict=True)))
    if isinstance(expected, bool) or isinstance(actual, bool) or expected is None or actual is None:
        return expected is actual
    e, a = _as_decimal(expected), _as_decimal(actual)
    if e is not None and a is not None and not _looks_like_date(expected):
        return e == a
    return str(expected) == str(actual)


def _looks_like_date(value: Any) -> bool:
    return isinstance(value, str) and bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value))


def action_matches(expected: dict[str, Any], actual: dict[str, Any], *, ignore: frozenset[str] = frozenset()) -> bool:
    if actual.get("type") != expected.get("type"):
        return False
    skip = ignore | {"type", "optional"}
    return all(k in actual and value_equal(v, actual[k]) for k, v in expected.items() if k not in skip)


def max_matching(n_expected: int, n_actual: int, edge: Any) -> dict[int, int]:
    """Maximum bipartite matching expected index -> actual index (Kuhn's augmenting paths; lists are small)."""
    adj = [[j for j in range(n_actual) if edge(i, j)] for i in range(n_expected)]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(n_expected):
        augment(i, set())
    return {i: j for j, i in owner.items()}


@dataclass
class ActionScore:
    matched: list[tuple[int, int]] = field(default_factory=list)  # (expected index, actual index)
    missing: list[int] = field(default_factory=list)
    unexpected: list[int] = field(default_factory=list)
    optional_unmatched: list[int] = field(default_factory=list)
    approvals: Counts = field(default_factory=Counts)
    approval_pairs: list[tuple[int, int]] = field(default_factory=list)
    amounts_listed: int = 0
    amounts_exact: int = 0
    amount_errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def amount_exactness(self) -> float | None:
        return self.amounts_exact / self.amounts_listed if self.amounts_listed else None


def score_actions(expected: list[dict[str, Any]], actual: list[dict[str, Any]]) -> ActionScore:
    """Matched / missing / unexpected actions, approval counts and amount exactness for one case.

    An expected action marked `"optional": true` may be proposed or not: unmatched, it is neither missing nor
    counted; matched, it counts like any other (for behaviour the issue neither asks for nor rules out).
    """
    full = max_matching(len(expected), len(actual), lambda i, j: action_matches(expected[i], actual[j]))
    score = ActionScore(matched=sorted(full.items()),
                        missing=[i for i in range(len(expected)) if i not in full and not expected[i].get("optional")],
                        unexpected=[j for j in range(len(actual)) if j not in full.values()])
    score.optional_unmatched = [i for i in range(len(expected)) if i not in full and expected[i].get("optional")]
    # Approval pairs: same listed fields apart from needs_approval, then same type for what is left.
    pairs = max_matching(len(expected), len(actual),
                         lambda i, j: action_matches(expected[i], actual[j], ignore=frozenset({"needs_approval"})))
    used = set(pairs.values())
    for i, exp in enumerate(expected):
        if i in pairs or expected[i].get("optional"):
            continue
        j = next((j for j, act in enumerate(actual) if j not in used and act.get("type") == exp.get("type")), None)
        if j is not None:
            pairs[i] = j
            used.add(j)
    score.approval_pairs = sorted(pairs.items())
    for i, j in score.approval_pairs:
        exp, act = expected[i], actual[j]
        if "needs_approval" in exp:
            want, got = bool(exp["needs_approval"]), bool(act.get("needs_approval"))
            score.approvals = score.approvals + Counts(tp=int(want and got), fp=int(got and not want),
                                                       fn=int(want and not got))
        for path, value in _amount_leaves(exp):
            score.amounts_listed += 1
            got_value = _get_path(act, path)
            if value_equal(value, got_value):
                score.amounts_exact += 1
            else:
                score.amount_errors.append({"expected_index": i, "actual_index": j, "type": exp.get("type"),
                                            "path": path, "expected": value, "actual": got_value})
    return score


def _amount_leaves(data: Any, prefix: str = "") -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    if isinstance(data, dict):
        for key, value in data.items():
            path = f"{prefix}.{key}" if prefix else key
            if key in _AMOUNT_KEYS and not isinstance(value, dict | list):
                out.append((path, value))
            else:
                out += _amount_leaves(value, path)
    elif isinstance(data, list):
        for i, item in enumerate(data):
            out += _amount_leaves(item, f"{prefix}[{i}]")
    return out


def _get_path(data: Any, path: str) -> Any:
    for token in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        if token.startswith("["):
            idx = int(token[1:-1])
            data = data[idx] if isinstance(data, list) and idx < len(data) else None
        else:
            data = data.get(token) if isinstance(data, dict) else None
        if data is None:
            return None
    return data
