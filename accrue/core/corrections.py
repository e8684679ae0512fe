"""Corrections: a person supplies or corrects a term of a held run, and the run plans again from the result.

A `TermEdit` is what a person asks for (set `line_items[1].unit_price`, add a line item, remove one);
`apply_edits` applies it to an extraction: the edited terms are validated by the `ContractTerms`
model, a quote given with a value is checked by the same grounding check the extractors pass
(`accrue.core.grounding`), and the result is a `Correction` that records who, when, in which role,
the old and new value and where the value comes from (a citation, or `entered_by_person`). The
extraction keeps the person's citation in place of the extractor's, and loses the warnings the
correction answers. Whoever entered a value cannot alone approve an action that depends on it
(`entered_value_conflict`, called by `accrue.core.approval.may_decide`). Pure: models and data in, models out.
"""

from __future__ import annotations

import json
import re
import types
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from accrue.core.actions import Action
from accrue.core.consistency import consistency_warnings
from accrue.core.errors import AccrueError
from accrue.core.findings import Finding, paths_overlap
from accrue.core.grounding import leaf_name, quote_on_page, quote_states_value
from accrue.core.names import normalise_name
from accrue.core.terms import Citation, ContractTerms, ExtractionResult

EditOp = Literal["set", "add", "remove"]
Provenance = Literal["document", "entered_by_person"]

# The prefix that points a path at an amendment's terms instead of its contract's (as findings name them).
AMENDMENT = "amendment."
# Leaves a quote given for a whole new item (a line item, a commitment) must state: what it costs.
_PRICED_LEAVES = frozenset({"unit_price", "net_amount", "amount"})
# Extraction warnings that name the path they are about (`ungrounded:<path>: ...`, `not_found:<path>`).
_PATH_WARNING = re.compile(r"(ungrounded|not_found|disagree|inconsistent):([^:\s]+)")
_SEGMENT = re.compile(r"([a-z_]+)((?:\[\d+\])*)")


class CorrectionError(AccrueError):
    """A correction that cannot be applied as given; the message names the path, the problem and the fix."""


class TermEdit(BaseModel):
    """One change a person asks for. `set` a value (a JSON value; a string is read as the field's type, so
    "2026-03-01" is a date and "1200.00" a decimal), `add` an item to a list (`path` names the list, `value`
    is the item as an object) or `remove` one (`path` names the item, e.g. `line_items[1]`; on any other path
    `remove` clears the value). `citation` is where the document states the value, checked on its page."""

    model_config = ConfigDict(extra="forbid")

    path: str = Field(description="Terms path: service_start_date, line_items[1].unit_price, amendment.effective_date")
    op: EditOp = "set"
    value: Any = Field(default=None, description="The new value (set) or the new item (add)")
    citation: Citation | None = Field(default=None, description="Page and verbatim quote that state the value")

    @model_validator(mode="after")
    def _path_fits_the_terms(self) -> TermEdit:
        parts = parse_path(self.path)
        annotation = annotation_at(parts, self.path)
        if self.op == "add" and get_origin(annotation) is not list:
            raise ValueError(f"{self.path} is not a list; add items to line_items, usage_rules or their tiers")
        if self.op == "remove" and self.citation is not None:
            raise ValueError(f"{self.path}: a removal takes no quote")
        return self


class Correction(BaseModel):
    """One applied correction as the run state and the audit trail keep it. An added item is recorded under its
    new index (`line_items[2]`); its `old` is null, and a removed item's `new` is null."""

    model_config = ConfigDict(extra="forbid")

    path: str
    op: EditOp
    old: Any = None
    new: Any = None
    by: str
    role: str
    at: datetime
    citation: Citation | None = None
    provenance: Provenance

    @model_validator(mode="after")
    def _provenance_matches_citation(self) -> Correction:
        if (self.provenance == "document") != (self.citation is not None):
            raise ValueError("a correction is from the document exactly when it carries a citation")
        return self


# -- paths ------------------------------------------------------------------------------------------------
def parse_path(path: str) -> list[str | int]:
    """`line_items[1].unit_price` -> ["line_items", 1, "unit_price"]; the amendment prefix is not part of it."""
    body = path.removeprefix(AMENDMENT)
    parts: list[str | int] = []
    for token in body.split("."):
        m = _SEGMENT.fullmatch(token)
        if not m:
            raise ValueError(f"'{path}' is not a terms path; write it like service_start_date or "
                             "line_items[1].unit_price")
        parts.append(m.group(1))
        parts.extend(int(i) for i in re.findall(r"\d+", m.group(2)))
    return parts


def annotation_at(parts: list[str | int], path: str) -> Any:
    """The type the terms model gives the value at `parts`; a ValueError naming the fields there when none."""
    current: Any = ContractTerms
    for n, part in enumerate(parts):
        current = _optional_inner(current)
        if isinstance(part, int):
            if get_origin(current) is not list:
                raise ValueError(f"{path}: {_join(parts[:n])} is not a list")
            current = get_args(current)[0]
            continue
        where = _join(parts[:n]) or "the terms"
        if get_origin(current) is list:
            raise ValueError(f"{path}: {where} is a list; name one of its items, like {where}[0].{part}")
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            raise ValueError(f"{path}: {where} has no fields")
        if part not in current.model_fields:
            raise ValueError(f"{path}: '{part}' is not a field of {where}; its fields are "
                             f"{', '.join(current.model_fields)}")
        current = current.model_fields[part].annotation
    return _optional_inner(current)


def _optional_inner(annotation: Any) -> Any:
    if get_origin(annotation) in (Union, types.UnionType):
        inner = [a for a in get_args(annotation) if a is not type(None)]
        return inner[0] if len(inner) == 1 else annotation
    return annotation


def _join(parts: Sequence[str | int]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _get(data: Any, parts: Sequence[str | int]) -> Any:
    for part in parts:
        if isinstance(part, int):
            data = data[part] if isinstance(data, list) and part < len(data) else None
        else:
            data = data.get(part) if isinstance(data, dict) else None
    return data


def _under(path: str, parent: str) -> bool:
    return path == parent or path.startswith(parent + ".") or path.startswith(parent + "[")


# -- the command-line form ----------------------------------------------------------------------------------
def parse_assignment(text: str, citation: Citation | None = None) -> TermEdit:
    """`PATH=VALUE` as a person types it: `service_start_date=2026-03-01`, `line_items[1].unit_price=1200.00`,
    `line_items[+]={"description": "Support", "unit_price": "4800.00"}` (add), `line_items[1]=-` (remove;
    `-` clears any other value). A value starting with `{` or `[` is JSON."""
    path, sep, raw = text.partition("=")
    path = path.strip()
    if not sep or not path:
        raise CorrectionError(f"'{text}': write a correction as PATH=VALUE, e.g. service_start_date=2026-03-01")
    op: EditOp = "set"
    value: Any = raw.strip()
    if path.endswith("[+]"):
        op, path = "add", path.removesuffix("[+]")
    if value == "-":
        if op == "add":
            raise CorrectionError(f"'{text}': an added item needs its fields as JSON, e.g. "
                                  '{"description": "Support", "unit_price": "4800.00", "price_period": "year"}')
        op, value = "remove", None
    elif isinstance(value, str) and value[:1] in "{[":
        try:
            value = json.loads(value)
        except json.JSONDecodeError as exc:
            raise CorrectionError(f"{path}: the value is not valid JSON ({exc.msg}); quote keys and strings "
                                  "with double quotes") from exc
    try:
        return TermEdit(path=path, op=op, value=value, citation=citation)
    except ValidationError as exc:
        raise CorrectionError(edit_error(exc)) from exc


def edit_error(exc: ValidationError) -> str:
    """One line for a `TermEdit` that does not fit the terms (its validators name the path and the fix)."""
    return str(exc.errors()[0].get("msg", "invalid correction")).removeprefix("Value error, ")


# -- applying -----------------------------------------------------------------------------------------------
def apply_edits(extraction: ExtractionResult, edits: Sequence[TermEdit], pages: Sequence[str], *, by: str,
                role: str, at: datetime) -> tuple[ExtractionResult, list[Correction]]:
    """The extraction with every edit applied, in order, and the corrections they make.

    Raises CorrectionError (naming the path, the problem and the fix) for an edit that does not fit the terms,
    a value the terms model refuses, or a quote that is not on its page or does not state the value; then
    nothing is applied. `pages` are the page texts of the document the terms came from.
    """
    corrections: list[Correction] = []
    for edit in edits:
        extraction, correction = _apply(extraction, edit, pages, by=by, role=role, at=at)
        corrections.append(correction)
    return extraction, corrections


def _apply(extraction: ExtractionResult, edit: TermEdit, pages: Sequence[str], *, by: str, role: str,
           at: datetime) -> tuple[ExtractionResult, Correction]:
    prefix = AMENDMENT if edit.path.startswith(AMENDMENT) else ""
    parts = parse_path(edit.path)
    data = extraction.terms.model_dump(mode="json")
    for n, part in enumerate(parts[:-1]):
        items = _get(data, parts[:n])
        if isinstance(part, int) and isinstance(items, list) and part >= len(items):
            raise CorrectionError(_no_item(edit.path, parts[:n + 1], items))
    old = _get(data, parts)
    parent = _get(data, parts[:-1]) if len(parts) > 1 else data
    last = parts[-1]
    if edit.op == "add":
        if not isinstance(old, list):
            raise CorrectionError(f"{edit.path}: {_join(parts[:-1]) or 'the terms'} is not set; set it whole first")
        parts, old = [*parts, len(old)], None
        _get(data, parts[:-1]).append(edit.value)
    elif isinstance(last, int):
        if not isinstance(parent, list) or last >= len(parent):
            raise CorrectionError(_no_item(edit.path, parts, parent))
        if edit.op == "remove":
            del parent[last]
        else:
            parent[last] = edit.value
    else:
        if not isinstance(parent, dict):
            raise CorrectionError(f"{edit.path}: {_join(parts[:-1])} is not set; set it whole first, e.g. "
                                  f"{_join(parts[:-1])}={{...}}")
        parent[last] = None if edit.op == "remove" else edit.value
    try:
        terms = ContractTerms.model_validate(data)
    except ValidationError as exc:
        shown = f"{edit.path}[+]" if edit.op == "add" else edit.path
        raise CorrectionError(_first_error(exc, shown, edit.value)) from exc
    path = prefix + _join(parts)
    removed_item = edit.op == "remove" and isinstance(last, int)
    new = None if edit.op == "remove" else _get(terms.model_dump(mode="json"), parts)
    citations = _citations_after(extraction.citations, _join(parts), removed_item)
    if edit.citation is not None:
        citations.update(_checked_citation(edit, _join(parts), terms, pages))
    warnings = _warnings_after(extraction.warnings, _join(parts), removed_item, terms)
    corrected = extraction.model_copy(update={"terms": terms, "citations": citations, "warnings": warnings})
    correction = Correction(path=path, op=edit.op, old=old, new=new, by=by, role=role, at=at, citation=edit.citation,
                            provenance="document" if edit.citation is not None else "entered_by_person")
    return corrected, correction


def _no_item(path: str, parts: list[str | int], items: Any) -> str:
    listed = _join(parts[:-1])
    count = len(items) if isinstance(items, list) else 0
    have = f"{listed}[0] to {listed}[{count - 1}]" if count else "none"
    return (f"{path}: the terms have {count} {leaf_name(listed).replace('_', ' ')} ({have}); "
            f"add one with {listed}[+]={{...}}")


def _first_error(exc: ValidationError, path: str, value: Any = None) -> str:
    error = exc.errors()[0]
    message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
    where = _join([p for p in error.get("loc", ()) if isinstance(p, (str, int))])
    shown = f"={json.dumps(value, default=str)}" if value is not None else ""
    detail = f" ({where}: {message})" if where and not path.endswith(where) else f" ({message})"
    return f"{path}{shown} is not a valid value{detail}; fix the value and correct it again"


def _checked_citation(edit: TermEdit, path: str, terms: ContractTerms, pages: Sequence[str]) -> dict[str, Citation]:
    """The citations a quote gives the edited value, once the grounding check accepts it; else CorrectionError."""
    citation = edit.citation
    assert citation is not None
    if not 1 <= citation.page <= len(pages):
        raise CorrectionError(f"{edit.path}: --page {citation.page} is not a page of the document "
                              f"(it has {len(pages)}); give the page the quote is on")
    if not quote_on_page(citation.quote, pages[citation.page - 1]):
        raise CorrectionError(f"{edit.path}: the quote \"{citation.quote}\" is not on page {citation.page}; copy it "
                              "exactly as the page has it, or leave out --quote to enter the value as your own")
    parts = parse_path(path)
    typed = terms
    for part in parts:
        typed = typed[part] if isinstance(part, int) else getattr(typed, part)  # type: ignore[index]
    stated: dict[str, Citation] = {}
    if isinstance(typed, BaseModel):
        leaves = _leaves(typed.model_dump(mode="python"), path)
        missing = [p for p, v in leaves if leaf_name(p) in _PRICED_LEAVES and not quote_states_value(
            leaf_name(p), v, citation.quote)]
        if missing:
            raise CorrectionError(f"{edit.path}: the quote does not state {', '.join(missing)}; quote the words "
                                  "that give the price, or leave out --quote")
        stated = {p: citation for p, v in leaves if quote_states_value(leaf_name(p), v, citation.quote)}
    elif quote_states_value(leaf_name(path), typed, citation.quote):
        stated = {path: citation}
    else:
        raise CorrectionError(f"{edit.path}: the quote \"{citation.quote}\" does not state {typed}; quote the words "
                              "that give the value, or leave out --quote to enter it as your own")
    return stated


def _leaves(data: Any, path: str) -> list[tuple[str, Any]]:
    if isinstance(data, dict):
        return [leaf for key, value in data.items() for leaf in _leaves(value, f"{path}.{key}")]
    if isinstance(data, list):
        return [leaf for i, value in enumerate(data) for leaf in _leaves(value, f"{path}[{i}]")]
    return [] if data is None else [(path, data)]


def _after_removal(path: str, removed: str) -> str | None:
    """Where a value at `path` sits once the list item `removed` (`line_items[1]`) is gone; None if it was in it."""
    listed, _, index = removed.rpartition("[")
    n = int(index.rstrip("]"))
    m = re.match(rf"{re.escape(listed)}\[(\d+)\](.*)", path)
    if not m:
        return path
    at = int(m.group(1))
    if at == n:
        return None
    return f"{listed}[{at - 1}]{m.group(2)}" if at > n else path


def _citations_after(citations: dict[str, Citation], path: str, removed_item: bool) -> dict[str, Citation]:
    """The document's citations that still hold: none for the corrected value, the rest re-indexed past a removal."""
    out: dict[str, Citation] = {}
    for p, cite in citations.items():
        moved = _after_removal(p, path) if removed_item else (None if _under(p, path) else p)
        if moved is not None:
            out[moved] = cite
    return out


def _warnings_after(warnings: list[str], path: str, removed_item: bool, terms: ContractTerms) -> list[str]:
    """The extractor's warnings the correction does not answer, and the consistency checks on the new terms."""
    out: list[str] = []
    for warning in warnings:
        m = _PATH_WARNING.match(warning)
        if m and m.group(1) == "inconsistent":
            continue  # checked again below, on the corrected terms
        if m is None:
            out.append(warning)
            continue
        about = m.group(2)
        if removed_item:
            moved = _after_removal(about, path)
            if moved is not None:
                out.append(warning.replace(about, moved, 1))
        elif not paths_overlap(about, path):
            out.append(warning)
    return out + consistency_warnings(terms)


# -- what the corrections mean now --------------------------------------------------------------------------
def current_values(corrections: Sequence[Correction]) -> list[tuple[str, Correction]]:
    """Each correction that still stands, under the path its value has now (items after a removed one move up).

    A removed item is listed under its list (`line_items`): everything billed from that list depends on it.
    """
    current: list[tuple[str, Correction]] = []
    for c in corrections:
        if c.op == "remove" and c.path.endswith("]"):
            moved = [(_after_removal(p, c.path), k) for p, k in current]
            current = [(p, k) for p, k in moved if p is not None]
            current.append((c.path.rpartition("[")[0], c))
        else:
            current = [(p, k) for p, k in current if not _under(p, c.path)]
            current.append((c.path, c))
    return current


def entered_paths(corrections: Sequence[Correction], prefix: str = "") -> frozenset[str]:
    """Paths (under `prefix`, which is dropped) whose value a person entered without a quote from the document."""
    return frozenset(p.removeprefix(prefix) for p, c in current_values(corrections)
                     if c.provenance == "entered_by_person" and c.op != "remove" and p.startswith(prefix)
                     and not (not prefix and p.startswith(AMENDMENT)))


def entered_findings(corrections: Sequence[Correction]) -> list[Finding]:
    """An `entered_by_person` finding per value a person entered without a quote: the policy holds what depends on
    it for someone else's approval (`policy.toml [findings.entered_by_person]`)."""
    return [Finding(code="entered_by_person", severity="info", fields=[p],
                    message=f"{p} = {json.dumps(c.new, default=str)} was entered by {c.by} without a quote from "
                            "the document",
                    evidence={"by": c.by, "role": c.role, "at": c.at.isoformat(), "old": c.old, "new": c.new})
            for p, c in current_values(corrections) if c.provenance == "entered_by_person" and c.op != "remove"]


def entered_value_conflict(action: Action, person: str, corrections: Sequence[Correction]) -> str | None:
    """Why `person` may not approve `action` alone: they corrected a value it depends on. None when they did not."""
    who = normalise_name(person)
    paths = sorted({p for p, c in current_values(corrections)
                    if normalise_name(c.by) == who and any(paths_overlap(p, e) for e in action.evidence)})
    if not paths:
        return None
    return (f"{person} entered {', '.join(paths)}, which {action.id or 'this action'} depends on; someone else "
            "must approve it")


