"""Evaluation cases: find case folders, read `case.json`, and check it before anything runs.

A case is a folder holding `case.json` (id, kind, description, tags, inputs, expected) and
the input files it names. A lifecycle case also says when it runs (`through` for a bill run, `period` for a
close, `as_of` for a dunning run; a refund's input `request` is the refund request) and may list `setup`: earlier
runs on the same books, in order (each a kind with its inputs or date, and `"approve": true` to approve what it
holds), before the run that is scored. Cases can live anywhere:
`discover` walks any folder for `case.json` files, so an outside team's cases run unchanged. A broken case becomes a
`CaseError` naming the file, the field and the fix; the runner reports it as a failed case
and goes on with the rest.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, get_args

from pydantic import ValidationError

from accrue.core.actions import ACTION_TYPES
from accrue.core.refunds import RefundRequest
from accrue.core.terms import ContractTerms
from accrue.workflow.state import RunStatus

KINDS = ("new_contract", "usage", "payment", "change_request", "amendment", "bill_run", "close", "dunning", "refund")
# Kinds started from a date or a request rather than event files: their `inputs` may be left out.
DATED_KINDS = ("bill_run", "close", "dunning")
INPUT_ROLES = ("contract", "deal", "usage", "payments", "books", "request", "amendment")
# The inputs each kind cannot run without (others are optional).
REQUIRED_INPUTS: dict[str, tuple[str, ...]] = {
    "new_contract": ("contract",),
    "usage": ("usage", "request"),
    "payment": ("payments",),
    "change_request": ("request",),
    "amendment": ("contract", "amendment"),
    "bill_run": (),
    "close": (),
    "dunning": (),
    "refund": ("request",),
}
# `refused`: words of the one-line refusal the request must meet before anything is stored (e.g. a refund above
# what the customer holds); such a case expects no run at all.
EXPECTED_KEYS = ("terms", "derived", "findings", "actions", "status", "refused")
# Where a run may stop without a person acting: what `expected.status` may say.
STATUSES = tuple(s for s in get_args(RunStatus) if s != "running")
# Groups with their own extraction threshold in the gate; anything else is an edge case.
GROUPS = ("generated", "handwritten", "edge")


class CaseError(Exception):
    """A case folder that cannot be run as written."""

    def __init__(self, source: Path | str, problem: str, fix: str):
        self.source = str(source)
        super().__init__(f"{source}: {problem}; {fix}")


@dataclass(frozen=True)
class Step:
    """One run: its kind, its input files, its date (a bill run's `through`, a close's `period`, a dunning run's
    `as_of`); `approve` approves whatever it holds for a person (setup steps only)."""

    kind: str
    inputs: dict[str, Path]
    through: date | None = None
    period: str | None = None
    approve: bool = False
    as_of: date | None = None


@dataclass(frozen=True)
class Case:
    """One validated case. `inputs` maps a role to an absolute path; `expected` keeps only the keys given."""

    id: str
    kind: str
    description: str
    tags: tuple[str, ...]
    inputs: dict[str, Path]
    expected: dict[str, Any]
    path: Path
    group: str = "edge"
    setup: tuple[Step, ...] = ()
    through: date | None = None
    period: str | None = None
    as_of: date | None = None

    @property
    def run(self) -> Step:
        """The scored run."""
        return Step(self.kind, self.inputs, self.through, self.period, as_of=self.as_of)

    @property
    def scores_terms(self) -> bool:
        return "terms" in self.expected

    @property
    def scores_findings(self) -> bool:
        return "findings" in self.expected

    @property
    def scores_actions(self) -> bool:
        return "actions" in self.expected


@dataclass(frozen=True)
class BrokenCase:
    """A case folder whose case.json could not be used; reported as an errored case."""

    id: str
    path: Path
    error: str
    tags: tuple[str, ...] = field(default_factory=tuple)
    kind: str = "unknown"
    group: str = "edge"


def group_of(tags: tuple[str, ...], path: Path) -> str:
    """generated | handwritten | edge, from the tags, else from the folder the case sits in."""
    lowered = {t.lower() for t in tags}
    folder = path.parent.name.lower()  # evals/cases/orderforms/<id>/, evals/cases/handwritten/<id>/
    if "generated" in lowered or folder == "orderforms":
        return "generated"
    if lowered & {"handwritten", "hand-written"} or folder == "handwritten":
        return "handwritten"
    return "edge"


def discover(roots: list[Path]) -> list[Path]:
    """Every case folder under `roots` (a root may itself be a case folder), sorted, without duplicates."""
    found: dict[Path, None] = {}
    for root in roots:
        if not root.exists():
            raise CaseError(root, "cases folder not found", "pass an existing folder to --cases")
        if (root / "case.json").is_file():
            found[root.resolve()] = None
            continue
        for case_file in sorted(root.rglob("case.json")):
            if any(part.startswith(".") for part in case_file.relative_to(root).parts):
                continue
            found[case_file.parent.resolve()] = None
    return sorted(found)


def load_case(folder: Path) -> Case:
    """Read and check one case folder; raises CaseError naming the file and the field."""
    source = folder / "case.json"
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CaseError(source, "file not found", "every case folder needs a case.json") from exc
    except json.JSONDecodeError as exc:
        raise CaseError(source, f"is not valid JSON (line {exc.lineno}: {exc.msg})", "fix the JSON") from exc
    if not isinstance(data, dict):
        raise CaseError(source, "must be a JSON object", 'start it with {"id": ..., "kind": ...}')
    case_id = data.get("id")
    if not isinstance(case_id, str) or not case_id.strip():
        raise CaseError(source, "field 'id' is missing or empty", 'add "id": "<short-case-name>"')
    kind = data.get("kind")
    if kind not in KINDS:
        raise CaseError(source, f"field 'kind' is {kind!r}", f"use one of {', '.join(KINDS)}")
    tags = data.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise CaseError(source, "field 'tags' must be a list of strings", 'e.g. "tags": ["payment", "short-pay"]')
    description = data.get("description", "")
    if not isinstance(description, str):
        raise CaseError(source, "field 'description' must be a string", "describe the case in one paragraph")
    run = _step(source, folder, data, "")
    setup = data.get("setup", [])
    if not isinstance(setup, list):
        raise CaseError(source, "field 'setup' must be a list of runs",
                        'e.g. [{"kind": "new_contract", "inputs": {"contract": "contract.pdf"}}]')
    steps = tuple(_step(source, folder, raw, f"setup[{i}].") for i, raw in enumerate(setup))
    expected = _expected(source, data.get("expected"))
    tag_tuple = tuple(tags)
    return Case(id=case_id.strip(), kind=kind, description=description, tags=tag_tuple, inputs=run.inputs,
                expected=expected, path=folder, group=group_of(tag_tuple, folder), setup=steps, through=run.through,
                period=run.period, as_of=run.as_of)


_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def _step(source: Path, folder: Path, raw: Any, where: str) -> Step:
    """A run as case.json states it: the case itself (`where` empty) or one of its setup steps."""
    if not isinstance(raw, dict):
        raise CaseError(source, f"field '{where.rstrip('.')}' must be an object", 'e.g. {"kind": "bill_run", ...}')
    kind = raw.get("kind")
    if kind not in KINDS:
        raise CaseError(source, f"field '{where}kind' is {kind!r}", f"use one of {', '.join(KINDS)}")
    inputs = _inputs(source, folder, kind, raw.get("inputs", {} if kind in DATED_KINDS else None))
    through, period = raw.get("through"), raw.get("period")
    if kind == "bill_run":
        through = _date(source, raw, "through", where)
    as_of = _date(source, raw, "as_of", where) if kind == "dunning" else None
    if kind == "refund":
        refund_request(inputs["request"])
    if kind == "close" and not (isinstance(period, str) and _MONTH.fullmatch(period)):
        raise CaseError(source, f"field '{where}period' is missing or not a month", 'add "period": "YYYY-MM"')
    approve = raw.get("approve", False)
    if not isinstance(approve, bool) or (approve and not where):
        raise CaseError(source, f"field '{where}approve' must be true or false, and only on a setup step",
                        "approve what a setup run holds; the scored run is judged as it stops")
    return Step(kind, inputs, through if kind == "bill_run" else None, period if kind == "close" else None, approve,
                as_of)


def _date(source: Path, raw: dict[str, Any], name: str, where: str) -> date:
    """A step's date field (a bill run's `through`, a dunning run's `as_of`), which the run cannot start without."""
    try:
        return date.fromisoformat(raw[name])
    except (KeyError, TypeError, ValueError):
        raise CaseError(source, f"field '{where}{name}' is missing or not a date",
                        f'add "{name}": "YYYY-MM-DD"') from None


def refund_request(path: Path) -> RefundRequest:
    """A refund case's request file: the customer, amount, currency, reason and requester `accrue refund` takes."""
    try:
        return RefundRequest.model_validate_json(path.read_text(encoding="utf-8"))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise CaseError(path, f"field '{where}': {first['msg']}" if where else first["msg"],
                        'write {"customer", "amount", "currency", "reason", "requested_by"}, amounts as strings'
                        ) from None


def load_cases(roots: list[Path]) -> list[Case | BrokenCase]:
    """All cases under `roots`; a broken one becomes a BrokenCase, a duplicate id is broken too."""
    out: list[Case | BrokenCase] = []
    seen: dict[str, Path] = {}
    for folder in discover(roots):
        try:
            case = load_case(folder)
        except CaseError as exc:
            out.append(BrokenCase(id=folder.name, path=folder, error=str(exc), group=group_of((), folder)))
            continue
        if case.id in seen:
            out.append(BrokenCase(id=f"{case.id}@{folder.name}", path=folder, group=case.group, error=str(CaseError(
                folder / "case.json", f"id {case.id!r} is already used by {seen[case.id]}",
                "give every case a unique id"))))
            continue
        seen[case.id] = folder
        out.append(case)
    return out


def _inputs(source: Path, folder: Path, kind: str, raw: Any) -> dict[str, Path]:
    if not isinstance(raw, dict):
        raise CaseError(source, "field 'inputs' must be an object of role -> file name",
                        'e.g. "inputs": {"contract": "contract.pdf", "deal": "deal.json"}')
    inputs: dict[str, Path] = {}
    for role, name in raw.items():
        if role not in INPUT_ROLES:
            raise CaseError(source, f"field 'inputs.{role}' is not an input role", f"use {', '.join(INPUT_ROLES)}")
        if not isinstance(name, str) or not name:
            raise CaseError(source, f"field 'inputs.{role}' must be a file name", f'e.g. "{role}": "file.ext"')
        path = (folder / name).resolve()
        if not path.is_file():
            raise CaseError(source, f"field 'inputs.{role}' names {name}, which is not in the case folder",
                            f"add {name} beside case.json or fix the name")
        inputs[role] = path
    missing = [r for r in REQUIRED_INPUTS[kind] if r not in inputs]
    if missing:
        raise CaseError(source, f"a {kind} case needs inputs {', '.join(missing)}",
                        f"add {', '.join(repr(m) for m in missing)} to 'inputs'")
    return inputs


_TERMS_FIELDS = set(ContractTerms.model_fields)


def _expected(source: Path, raw: Any) -> dict[str, Any]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise CaseError(source, "field 'expected' must be an object", 'use {"terms": {...}, "findings": [...]}')
    unknown = set(raw) - set(EXPECTED_KEYS)
    if unknown:
        raise CaseError(source, f"field 'expected.{sorted(unknown)[0]}' is not scored",
                        f"use only {', '.join(EXPECTED_KEYS)}")
    out: dict[str, Any] = {}
    if "terms" in raw:
        terms = raw["terms"]
        if not isinstance(terms, dict):
            raise CaseError(source, "field 'expected.terms' must be an object", "list terms fields and values")
        for key in terms:
            if key not in _TERMS_FIELDS:
                raise CaseError(source, f"field 'expected.terms.{key}' is not a terms field",
                                "see accrue/core/terms.py ContractTerms for the field names")
        out["terms"] = terms
    if "derived" in raw:
        out["derived"] = _derived(source, raw["derived"])
    if "findings" in raw:
        findings = raw["findings"]
        if not isinstance(findings, list) or not all(isinstance(f, str) for f in findings):
            raise CaseError(source, "field 'expected.findings' must be a list of finding codes",
                            'e.g. ["missing_po"]; [] expects none')
        out["findings"] = findings
    if "status" in raw:
        if raw["status"] not in STATUSES:
            raise CaseError(source, f"field 'expected.status' is {raw['status']!r}",
                            f"use one of {', '.join(STATUSES)}")
        out["status"] = raw["status"]
    if "refused" in raw:
        if not isinstance(raw["refused"], str) or not raw["refused"].strip():
            raise CaseError(source, "field 'expected.refused' must be words of the refusal",
                            'e.g. "less than the USD 400.01 asked for"')
        out["refused"] = raw["refused"]
    if "actions" in raw:
        actions = raw["actions"]
        if not isinstance(actions, list):
            raise CaseError(source, "field 'expected.actions' must be a list", 'e.g. [{"type": "create_invoice"}]')
        for i, action in enumerate(actions):
            _check_action(source, i, action)
        out["actions"] = actions
    return out


def _derived(source: Path, raw: Any) -> dict[str, Any]:
    """`expected.derived`: values a person computes from stated ones, e.g. an end date from a start and a term.

    `{"service_end_date": {"value": "2028-02-29", "rule": "start + 24 months - 1 day"}}`. An extractor that
    leaves such a value null is right (the document does not state it); one that derives it must derive it right.
    """
    if not isinstance(raw, dict):
        raise CaseError(source, "field 'expected.derived' must be an object",
                        'e.g. {"service_end_date": {"value": "2028-02-29", "rule": "start + 24 months - 1 day"}}')
    out: dict[str, Any] = {}
    for key, entry in raw.items():
        if key not in _TERMS_FIELDS:
            raise CaseError(source, f"field 'expected.derived.{key}' is not a terms field",
                            "see accrue/core/terms.py ContractTerms for the field names")
        if not isinstance(entry, dict) or "value" not in entry:
            raise CaseError(source, f"field 'expected.derived.{key}' needs a 'value'",
                            'write {"value": ..., "rule": "how it is computed"}')
        out[key] = entry["value"]
    return out


def expected_terms(expected: dict[str, Any], actual: dict[str, Any] | None) -> dict[str, Any]:
    """The terms to score against: the stated values, and each derived value the extractor did derive."""
    terms = dict(expected.get("terms", {}))
    for key, value in expected.get("derived", {}).items():
        if actual is not None and actual.get(key) is not None:
            terms[key] = value
    return terms


def _check_action(source: Path, i: int, action: Any) -> None:
    where = f"expected.actions[{i}]"
    if not isinstance(action, dict) or "type" not in action:
        raise CaseError(source, f"field '{where}' needs a 'type'", f"use one of {', '.join(ACTION_TYPES)}")
    cls = ACTION_TYPES.get(action["type"])
    if cls is None:
        raise CaseError(source, f"field '{where}.type' is {action['type']!r}", f"use one of {', '.join(ACTION_TYPES)}")
    if "optional" in action and not isinstance(action["optional"], bool):
        raise CaseError(source, f"field '{where}.optional' must be true or false", "or leave it out")
    for key in action:
        if key not in cls.model_fields and key != "optional":
            raise CaseError(source, f"field '{where}.{key}' is not a field of {action['type']}",
                            f"use {', '.join(sorted(cls.model_fields))}")
